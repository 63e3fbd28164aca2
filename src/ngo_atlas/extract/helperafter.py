"""A body named after its verb of helping, the help fronted (round 30, ORG-P).

"Wsparcia merytorycznego udzieli nam Fundacja X", "Szkolenia dla mentorów zapewni Ośrodek Y",
"Festiwal wsparły również Rada Z oraz Stowarzyszenie W", "…, a monitoring prowadzić będzie
Instytut V", "Методичну підтримку вчителям надає Центр X", "Консультации обеспечивает Фонд Y":
in a Slavic verb-second clause the help comes first, then the verb, then the body that gives it,
in the nominative. The read gold keeps every such body (dc10, dc17, ec26, ga07, ga18, ha13, hb01,
j25, jb11, ka02, ka04, ka08, ka23, n12: 14 pages, 8 sets) and the extractor missed them all.
Its role follows the verb: a body that does a part of the work ("zapewni szkolenia", "poprowadzi
zajęcia", "współorganizowało", "zatrudnia asystentów", "prowadzić będzie monitoring",
"обеспечивает консультации") is a partner; one that supports or advises ("udziela wsparcia",
"wspiera", "pomaga", "надає методичну підтримку") is `other`, as the gold has it on 9 of 11
such pages (ha13 and jb11 call the supporter a partner: a gold split, named, not fitted).

Left out by construction: money ("Wkład własny zapewnia Gmina X", "Środki przekazała Y": the
funding finder reads them) and a bare "Wsparcia udzieliła Gmina X" (help of no named kind may be
money), information desks ("Informacji udziela Wydział X": a contact, no part of the work),
rooms lent (venues.py), the project itself as the fronted object ("Projekt poprowadzi X": its
runner, read by the lead cues), a relative pronoun ("…, które poprowadzi X") and a person after
the verb (organisations' caller drops those). English puts the helper before its verb ("X
supports the project") or after "by" (the lead and partner cues): no rule here.
"""

from __future__ import annotations

import re

from ngo_atlas.lang import polish, slavic

# Polish verbs by lemma (Morfeusz), third person: present or future ("fin:…:ter"), or past
# ("praet"); "prowadzić" only in "prowadzić będzie". Doing a part of the work: partner;
# supporting it: other.
_PL_WORK = frozenset(("zapewniać", "zapewnić", "poprowadzić", "przeprowadzić", "współorganizować", "zatrudniać"))
_PL_SUPPORT = frozenset(("wspierać", "wesprzeć", "wspomagać", "wspomóc", "udzielać", "udzielić", "pomagać", "pomóc"))
_PL_STEMS = r"(?:wspier|wspar|wespr|wspom|udziel|zapewni|poprowadz|przeprowadz|współorganiz|pomag|pomog|pomoż|pomóc|zatrudnia)"
_PL_VERB = re.compile(r"(?<![\w-])(?:prowadzić\s+będzie|" + _PL_STEMS + r"[a-ząćęłńóśźż]*)(?![\w-])")
# the sentences worth reading: a stem of one of the verbs (one scan over the segment)
CUE = re.compile(_PL_STEMS + r"|prowadzić\s+będzie|нада|забезпеч|допомага|оказ|обеспеч|предоставля|помога")
# Ukrainian and Russian, the finite forms: providing (a part of the work) or giving help
_CYR_WORK = re.compile(
    r"(?<![\w'-])(?:забезпечу(?:є|ють)|забезпечи(?:в|ла|ло|ли|ть)|обеспечива(?:ет|ют|л[аои]?)|"
    r"обеспечил[аои]?|обеспечит)(?![\w'-])")
_CYR_SUPPORT = re.compile(
    r"(?<![\w'-])(?:нада(?:є|ють|в|ла|ло|ли|ватиме)|допомага(?:є|ють|в|ла|ло|ли)|оказыва(?:ет|ют|л[аои]?)|"
    r"оказал[аои]?|окажет|предоставля(?:ет|ют)|помога(?:ет|ют|л[аои]?))(?![\w'-])")
# what may stand between the verb and the body: a pronoun of the page's own body, an adverb
_PRONOUN = re.compile(r"\s+(?:nam|nas|нам|нас)\b")
_FILLER = re.compile(r"(?:\s+(?:nam|nas|też|także|również|ponadto|dodatkowo|bezpłatnie|нам|нас|також|теж|"
                     r"также|тоже|безкоштовно|бесплатно))*\s+")
# where the clause with the fronted help opens: the sentence, or ", a" / "; " / ", а" inside it
_CLAUSE_OPEN = re.compile(r"(?:,\s+(?:a|zaś|а)\s+|;\s+)")
# fronted words that make the clause no help given: money, information, rooms, the project
# itself, a relative pronoun (lower-case stems, read on each fronted word)
# (a stem that begins other words is anchored: "lokal" / "lokalu" but not "lokalnym", "які" but
# not "якісну")
_NOT_HELP = re.compile(
    r"(?:wkład|środk|środek|finans|dotacj|kwot|grant|informacj|sal[aięeąi]?$|"
    r"lokal(?:u|e|em|i|ach|om|ami)?$|pomieszcz|budyn|"
    r"projekt|zadani|program|któr|фінанс|финанс|кошт|средств|грант|інформац|информац|приміщ|помещ|"
    r"проєкт|проект|програм|(?:який|яка|які|яке|якого|якої|яких|якому|якій|яким|якими|яку)$|котор)")
# a word of the fronted help: letters, an apostrophe or a hyphen inside ("сім'ям", "psycholog-ów")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_MONEY = re.compile(r"\d|zł|€|\$")
# a noun of help alone says not which help (it may be money): "Wsparcia udzieliła Gmina X"
_BARE_HELP = re.compile(r"(?:wsparci|pomoc|підтримк|допомог|поддержк|помощ)\w*")


def _clause_start(text: str, s: int, verb: int) -> int:
    opens = [m.end() for m in _CLAUSE_OPEN.finditer(text, s, verb)]
    return opens[-1] if opens else s


def _preposition(word: str, lang: str) -> bool:
    if lang == "pl":
        return any(t[2].startswith("prep:") for t in polish.analyse(word))
    parses = slavic.word_parses(word.lower(), lang)
    return bool(parses) and parses[0].tag.POS == "PREP"


def _fronted_help(text: str, s: int, verb: int, lang: str, pronoun: bool) -> bool:
    """One to six words before the verb, lower-case after the clause's first, naming no money,
    no information, no rooms and not the project: the help, fronted. A phrase opening with a
    preposition is an adverbial ("Od początku wspiera X": since when, no help named) unless an
    object pronoun follows the verb ("Przy analizie wspierała nas X")."""
    words = text[_clause_start(text, s, verb):verb].split()
    if words and not pronoun and _preposition(words[0], lang):
        return False
    if not 1 <= len(words) <= 6 or _MONEY.search(" ".join(words)) or (
            len(words) == 1 and _BARE_HELP.fullmatch(words[0].lower())):
        return False
    if any(w[:1].isupper() for w in words[1:]) or any(not _WORD.fullmatch(w.strip(",.„”\"")) for w in words):
        return False
    return not any(_NOT_HELP.match(w.lower().strip(",.„”\"")) for w in words)


def _pl_verb_role(word: str) -> str | None:
    for t in polish.analyse(word):
        if t[2].startswith("praet:") or ":ter:" in t[2]:
            lemma = polish.base_lemma(t[1])
            if lemma in _PL_WORK:
                return "partner"
            if lemma in _PL_SUPPORT:
                return "other"
    return None


def helper_starts(text: str, s: int, e: int, lang: str) -> list[tuple[int, str]]:
    """Where a body named after a verb of helping starts in the sentence text[s:e] (the help
    fronted before the verb), with the role its verb gives; the caller reads the names there
    and checks their case."""
    if lang == "pl":
        verbs = [(m, "partner" if m.group().startswith("prowadzić") else _pl_verb_role(m.group()))
                 for m in _PL_VERB.finditer(text, s, e)]
    elif lang in ("uk", "ru"):
        verbs = [(m, "partner") for m in _CYR_WORK.finditer(text, s, e)] + \
                [(m, "other") for m in _CYR_SUPPORT.finditer(text, s, e)]
    else:
        return []
    out = []
    for m, role in verbs:
        if role is None or not _fronted_help(text, s, m.start(), lang, bool(_PRONOUN.match(text, m.end(), e))):
            continue
        f = _FILLER.match(text, m.end(), e)
        at = f.end() if f else m.end()
        if at < e and text[at].isupper():
            out.append((at, role))
    return out
