"""Private donors as a payer: "finansuje X oraz darczyńcy indywidualni", "by individual donors".

SCHEMA's funder is whoever the text says pays for the project; the read gold keeps the crowd of
private or individual donors as a funder ("darczyńcy indywidualni", "private donors", "приватні
донори") when the text names them as paying for the project: the subject or agent of a verb of
funding, an item beside other payers, a funding label's value. It leaves them out when they are
only thanked ("Dziękujemy wszystkim darczyńcom"), when they are counted ("ponad 1 300 darczyńców",
"setki prywatnych darczyńców", "hundreds of individual donors": a collection's amount, funder
null) and for one anonymous donor (singular). The phrase is a noun of the donor class with an
adjective of the private/individual class, in any case; it is given in the nominative plural.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ngo_atlas.extract.money import find_money
from ngo_atlas.extract.payerlist import LIST_BULLET
from ngo_atlas.model import Funding, Span

# the noun class (donors, in the plural, any case) and the adjective class (private, individual)
_PL_NOUN = r"darczyńc(?:y|ów|om|ami|ach)"
_PL_ADJ = r"(?:indywidualn|prywatn)(?:i|ych|ym|ymi|e)"
_EN_NOUN = r"(?:donors|funders|benefactors)"
_EN_ADJ = r"(?:individual|private)"
_UK_NOUN = r"(?:донор(?:и|ів|ам|ами|ах)|благодійник(?:и|ів|ам|ами|ах)|жертводавц(?:і|ів|ям|ями|ях))"
_UK_ADJ = r"(?:приватн|індивідуальн)(?:і|их|им|ими)"
_RU_NOUN = r"(?:донор(?:ы|ов|ам|ами|ах)|жертвовател(?:и|ей|ям|ями|ях)|благотворител(?:и|ей|ям|ями|ях))"
_RU_ADJ = r"(?:частн|индивидуальн)(?:ые|ых|ым|ыми)"

_PHRASE = re.compile(
    r"(?i:(?<![\w])(?:" + _PL_ADJ + r"\s+" + _PL_NOUN + "|" + _PL_NOUN + r"\s+" + _PL_ADJ + "|"
    + _EN_ADJ + r"\s+" + _EN_NOUN + "|" + _UK_ADJ + r"\s+" + _UK_NOUN + "|" + _RU_ADJ + r"\s+" + _RU_NOUN
    + r")(?![\w]))")

# verbs and nouns of paying for something (not "dzięki", not "przekazali": a thanks or a gift
# to the organisation); a funding label's key ends its line with a colon or precedes the value
_PAYING = re.compile(
    r"(?i:(?<![\w])(?:s|współ|do)?finansow\w*|(?<![\w])(?:s|współ)?finansuj\w*|(?<![\w])wspar(?:t|ł|l)\w*|"
    r"(?<![\w])pokry(?:j|ł|l|w|ć)\w*|(?<![\w])(?:co-)?fund(?:ed|s|ing|er|ers)\b|(?<![\w])(?:co-)?financ\w*|"
    r"(?<![\w])paid\s+for\b|(?<![\w])(?:про)?фінансу\w*|(?<![\w])(?:про)?фінансов\w*|(?<![\w])коштом\b|"
    r"(?<![\w])за\s+рахунок\b|(?<![\w])(?:про)?финансир\w*|(?<![\w])за\s+сч[её]т\b|(?<![\w])wsparcie\s*:|"
    r"(?<![\w])(?:support|підтримка|поддержка)\s*:)")
_THANKS = re.compile(r"(?i:dziękuj|podziękow|thank|дяку|подяк|благодар|спасиб)")
# a count or a quantifier before the phrase: the crowd counted, not a payer named
_COUNTED = re.compile(
    r"(?i:(?:\d|setki|setek|setkom|setkami|tysiąc\w*|tysięc\w*|tysięcy|dziesiątk\w*|wielu|wiele|wszystki\w*|"
    r"liczn\w*|hundreds|thousands|dozens|many|all|numerous|сотн\w*|сотен|тисяч\w*|тысяч\w*|десятк\w*|"
    r"багат\w*|многи\w*|усі\w*|всі\w*|всех|всем\w*|всіх|всім\w*)(?:\s+(?:of|z|з|из))?\s+(?:the\s+)?(?:naszych\s+|our\s+|наших\s+)?$)")
# the donors pay a fund or programme ("X to program finansowany przez darczyńców"), not the project
_FUND_PAID = re.compile(r"(?i:(?<![\w])(?:program\w*|fundusz\w*|funds?|фонд\w*|програм\w*)"
                        r"(?:\s+\S+){0,4}?\s*,?\s+(?:(?:który|which|that|що|который)\s+(?:jest|is|є|)\s*)?$)")
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ])|\n")

_NOMINATIVE = (
    (re.compile(r"(?i)^darczyńc"), "darczyńcy"),
    (re.compile(r"(?i)^indywidualn"), "indywidualni"),
    (re.compile(r"(?i)^prywatn"), "prywatni"),
    (re.compile(r"(?i)^донор(?=[иіа]|$)"), None),  # Ukrainian and Russian share the stem; below
    (re.compile(r"(?i)^благодійник"), "благодійники"),
    (re.compile(r"(?i)^жертводавц"), "жертводавці"),
    (re.compile(r"(?i)^приватн"), "приватні"),
    (re.compile(r"(?i)^індивідуальн"), "індивідуальні"),
    (re.compile(r"(?i)^жертвовател"), "жертвователи"),
    (re.compile(r"(?i)^благотворител"), "благотворители"),
    (re.compile(r"(?i)^частн"), "частные"),
    (re.compile(r"(?i)^индивидуальн"), "индивидуальные"),
)


def _nominative(phrase: str, lang: str) -> str:
    words = phrase.lower().split()
    out = []
    for w in words:
        for rx, nom in _NOMINATIVE:
            if rx.match(w):
                w = nom or ("донори" if lang == "uk" or re.search("[іїє]", phrase.lower()) else "доноры")
                break
        out.append(w)
    return " ".join(out)


def _context(text: str, s: int, e: int, a: int, b: int) -> tuple[int, int, int]:
    """The sentence around text[a:b] (within the line) and where its cue may start: a bullet
    line's cue is its list's intro line ("Projekt sfinansowali:")."""
    ls = text.rfind("\n", s, a) + 1
    le = text.find("\n", b, e)
    le = e if le < 0 else le
    cs = ls
    for m in _SENTENCE_END.finditer(text, ls, a):
        cs = m.end()
    m = _SENTENCE_END.search(text, b, le)
    ce = m.end() if m else le
    cue_from = cs
    if LIST_BULLET.match(text, ls, le):  # the nearest line over the list that is not an item
        p = ls - 1
        while p > s:
            ps = text.rfind("\n", s, p) + 1
            line = text[ps:p]
            if line.strip() and not LIST_BULLET.match(line):
                if line.rstrip().endswith(":"):
                    cue_from = ps
                break
            p = ps - 1
    return cs, ce, cue_from


_DONOR_STEMS = ("darczyń", "donor", "донор", "funders", "benefactors", "благодійник", "жертводав", "жертвовател",
                "благотворител")


@lru_cache(maxsize=8)  # find_funding reads one text several times, whole and by project
def _has_donor_noun(text: str) -> bool:
    low = text.lower()
    return any(w in low for w in _DONOR_STEMS)


def private_donors(out: list[Funding], text: str, s: int, e: int, lang: str) -> None:
    """Add the private donors a funding sentence, list or label names as paying (see above)."""
    if not _has_donor_noun(text) or not _PHRASE.search(text, s, e):
        return
    have = {(f.funder or "").lower() for f in out}
    sums = find_money(text, s, e)
    for m in _PHRASE.finditer(text, s, e):
        cs, ce, cue_from = _context(text, s, e, m.start(), m.end())
        if _COUNTED.search(text[max(cs, m.start() - 40):m.start()]):
            continue
        sentence = text[cs:ce]
        cue_text = text[cue_from:ce]
        cue_m = _PAYING.search(cue_text)
        if _THANKS.search(sentence) or not cue_m or _FUND_PAID.search(cue_text[:cue_m.start()]):
            continue
        name = _nominative(m.group(0), lang)
        if name in have:
            continue
        have.add(name)
        f = Funding(funder=name, span=Span(m.start(), m.end(), "private_donors", 0.6))
        # its own sum: the one amount of its sentence when no other payer is named there
        hits = [h for h in sums if cs <= h.start < ce]
        if len(hits) == 1 and not _other_payer(sentence, out):
            h = hits[0]
            bare = [g for g in out if g.funder is None and g.amount == h.amount]
            if bare:
                out.remove(bare[0])
            f.amount, f.currency = h.amount, h.currency
        out.append(f)


def _other_payer(sentence: str, out: list[Funding]) -> bool:
    low = sentence.lower()
    for g in out:
        if g.funder and any(len(w) >= 4 and w[:4].lower() in low for w in g.funder.split()
                            if w[:1].isupper()):
            return True
    return bool(re.search(r"(?<![.!?]\s)(?<!^)\b[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w-]{3,}", sentence[1:]))
