"""A payer named after its verb of funding or giving, as the verb's subject (Polish word order
puts the new information last):

    "Wyprawki szkolne dla dzieci ufundowała Fundacja X."
    "Festiwal współfinansowały Województwo Y (45 000 zł) oraz Powiat Z."
    "Wsparcia finansowego udzieliła również Gmina W."
    "Środki na podręczniki przekazał dodatkowo Bank V."

The cue phrases of funding read the agent after a passive ("finansowany przez X") or after
"projekt" ("Projekt finansowała X"); any other object before the active verb left its subject
unread. The subject stands in the nominative, so the name's first word must read as one (a
dative "Stowarzyszeniu", an accusative "Fundację" is an object, not the payer), and it must be
a body's (a head word of an organisation or of a local government, or an acronym). A verb of
handing over ("udzieliła", "przekazał") pays only when its clause names money or support before
it ("Informacji udzieliła Fundacja X" gives no money); and a clause that names a body before
the verb has its subject there ("Fundacja X sfinansowała Centrum Y": Y is funded, not paying).
"""

from __future__ import annotations

import re

from ngo_atlas.model import Funding, Span

_VERB = re.compile(
    r"(?<![\w])(?:(?P<fund>u?fundował[aoy]?|ufundowali|(?:współ|do|s)?finansował[aoy]?|(?:współ|do|s)?finansowali)|"
    r"(?P<hand>udzielił[aoy]?|udzielili|przekazał[aoy]?|przekazali))"
    r"\s+(?:(?:również|także|też|dodatkowo|ponadto)\s+)?(?=[A-ZĄĆĘŁŃÓŚŹŻ])")
# the cheap gate: most pages hold none of the verbs' stems
_GATE = re.compile(r"fundował|fundowali|finansował|finansowali|udzielił|przekazał")
# money named before a verb of handing over (support only as "wsparcia finansowego": a bare
# "Wsparcia udzieliła Gmina X" or "wsparcia merytorycznego" may be help of any kind, ORG-P)
_MONEY_BEFORE = re.compile(r"(?i)(?<![\w])(?:dotacj\w*|grant\w*|dofinansowani\w*|środk\w*|pieniądz\w*|pieniędz\w*|"
                           r"darowizn\w*|kwot\w*|wsparci\w*\s+finansow\w*)(?![\w])")
# "nie" right before the verb: the body refused ("Wniosku nie dofinansował Urząd X")
_NEGATED = re.compile(r"(?<![\w])(?i:nie)\s+$")
# a money noun inside a phrase about it, not the thing handed over: "Informację o przyznaniu
# dotacji przekazał Urząd X", "Dokumenty do rozliczenia grantu przekazała Fundacja Y",
# "Podziękowania za środki przekazała …" (a preposition before the money noun in its clause)
_ABOUT_MONEY = re.compile(r"(?<![\w])(?i:o|za|z|ze|do|od|dotycząc\w*|sprawie)\s+(?:\w+\s+){0,2}$")


def _money_handed(text: str, start: int, verb: int) -> bool:
    """The clause text[start:verb] before a verb of handing over names money as the thing
    handed: a money noun not inside a phrase about it (see _ABOUT_MONEY)."""
    return any(not _ABOUT_MONEY.search(text, start, m.start())
               for m in _MONEY_BEFORE.finditer(text, start, verb))


# a local government's head words, which the organisation lexicon leaves to the place rules
_GOVERNMENT = re.compile(r"(?:Województw|Powiat|Gmin|Miast|Samorząd|Urząd|Marszał)\w*")
_CLAUSE_ENDS = ".;:!?\n("


def verb_first_payers(out: list[Funding], text: str, s: int, e: int, lang: str) -> None:
    """Add each body the text names as the subject after a verb of funding or giving (see above)."""
    if lang != "pl" or not _GATE.search(text, s, e):
        return
    from ngo_atlas.extract.funding import clean_funder, is_payer
    from ngo_atlas.extract.organisations import is_acronym, is_org_head, list_after
    from ngo_atlas.lang.polish import word_cases

    for m in _VERB.finditer(text, s, e):
        if _NEGATED.search(text, max(s, m.start() - 8), m.start()):
            continue  # "wniosku nie dofinansował Urząd X": it refused
        start = max(s, max(text.rfind(c, s, m.start()) for c in _CLAUSE_ENDS) + 1)
        if m.group("hand") and not _money_handed(text, start, m.start()):
            continue
        if any(w[:1].isupper() and (is_org_head(w) or _GOVERNMENT.fullmatch(w))
               for w in re.findall(r"[^\W\d_]+", text[start:m.start()])):
            continue  # the clause's subject is the body before the verb
        found = list_after(text, m.end(), min(e, m.end() + 160))[:1]
        if not found or found[0][0] != m.end():
            continue
        a, b = found[0]
        first = text[a:b].split()[0]
        if "nom" not in word_cases(first) and not is_acronym(first):
            continue
        if not (is_org_head(first) or _GOVERNMENT.fullmatch(first) or is_acronym(first)):
            continue
        name = clean_funder(text[a:b], lang)
        if name and not is_payer(out, name, alike=True):
            out.append(Funding(name, None, None, None, Span(a, b, "verb_first_payer", 0.7)))
