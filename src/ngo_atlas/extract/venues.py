"""A body that lends the project its rooms (round 22, ORG-L).

"Lokal udostępniła nam Parafia X", "Sale na spotkania bezpłatnie udostępnił Ośrodek Y",
"Stowarzyszenie Z użyczyło nam budynku", "Управління міста X безкоштовно надало приміщення",
"Областное управление X бесплатно предоставило помещение", "The event was hosted by the City of
X": the subject of a verb of lending premises (or the agent of "hosted by") gives the project a
place and does no part of its work; the read gold keeps such a body with role `other` (ca28,
cb26, dc28, fb02, fb03, fb21, fb23, fb28, fb30, u15), and none of them as a partner. A body
brought in as a partner first ("Partnerem jest X, który udostępnia salę", "we współpracy z X,
która udostępniła budynek") stays a partner: that is a relative clause, not the subject here,
and a stronger role found elsewhere wins the merge.

The lending verb counts only with a noun of premises beside it ("udostępnił dane", "надала
допомогу" lend no place).
"""

from __future__ import annotations

import re

from ngo_atlas.extract.text import sentences_with
from ngo_atlas.model import OrgRef

# verbs of lending premises, finite forms, in Polish, Russian and Ukrainian
LEND = re.compile(
    r"(?<!\w)(?:[uU](?:dostępni(?:ł[aoy]?|li|a|ają|ał[aoy]?|ali|ą)?|życz(?:ył[aoy]?|yli|a|ają|ał[aoy]?|ali|y|ą))|"
    r"[пП]редостав(?:ил[аои]?|ля(?:ет|ют|л[аои]?))|[нН]ада(?:в|л[аои]|є|ють|вал[аои]?))(?!\w)")
# the nouns of premises (rooms, halls, a building, a venue) in the three languages
_PREMISES = re.compile(
    r"(?<!\w)(?:sal(?:a|e|i|ę|ą|ach|k[aięiąo]?\w*)|lokal\w*|budyn\w*|pomieszcze\w*|świetlic\w*|pracowni\w*|"
    r"hal[aięeąi]?|magazyn\w*|poczekalni\w*|pok[oó]j\w*|miejsce\s+na|помещени\w*|зал(?:ы|а|у|ов)?|приміщен\w*)(?!\w)",
    re.IGNORECASE)
# what may stand between the lender and its verb: a bracketed gloss, "nam", an adverb of no charge
_FILLER = (r"(?:\s*\([^()\n]{1,60}\))?(?:\s+(?:nam|bezpłatnie|nieodpłatnie|gratis|нам|бесплатно|безкоштовно|"
           r"безоплатно))*\s+")
_AFTER_VERB = re.compile(r"(?:\s+(?:nam|bezpłatnie|nieodpłatnie|нам|бесплатно|безкоштовно))*\s+")
_BEFORE_VERB = re.compile(_FILLER)
# what may open the lender's clause: nothing, a bullet, "a"/"а" after a comma, a sentence adverb
_OPENS = re.compile(r"(?:[\s•–—*·-]*|.*,\s+(?:a|а)\s+|\s*(?:Dodatkowo|Ponadto|Additionally|Дополнительно|Кроме\s+того,?|"
                    r"Також|Крім\s+того,?|Окрім\s+того,?)\s+)", re.DOTALL)
# the stems the lending verbs and "hosted by" start with: a page with none of them is not read
_STEMS = ("udostępni", "Udostępni", "użycz", "Użycz", "предостав", "Предостав", "надал", "надав", "надає", "надаю",
          "hosted by")
# a second subject joined to the first
_AND = re.compile(r"\s*(?:,|,?\s+(?:i|oraz|и|і|та|and))\s+")
# the agent of "hosted by" or of the Polish passive of lending ("w sali udostępnionej przez
# Parafię X", "w budynku użyczonym nam przez Urząd Y"): the body right after it
HOSTED_BY = re.compile(r"(?<!\w)(?:hosted\s+by\s+(?:the\s+)?|"
                       r"(?:udostępnion|użyczon)\w*(?:\s+(?:nam|bezpłatnie|nieodpłatnie))*\s+przez\s+)")


def lender_sentences(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The sentences of text[s:e] with a lending verb beside a premises noun, or "hosted by"."""
    if not any(text.find(c, s, e) >= 0 for c in _STEMS):
        return []
    hits = [v for v in LEND.finditer(text, s, e)
            if _PREMISES.search(text, max(s, v.start() - 50), min(e, v.end() + 50))]
    if not hits and not HOSTED_BY.search(text, s, e):
        return []
    return sentences_with(text, s, e, (LEND, HOSTED_BY))


def premises_lenders(text: str, s: int, e: int, ms: list[tuple[int, int]], make) -> list[OrgRef]:
    """The bodies among `ms` (the sentence's mentions) that lend the project its premises or
    host it; `make(a, b)` builds the OrgRef (role `other`) or None."""
    out: list[OrgRef] = []
    for v in LEND.finditer(text, s, e):
        if not _PREMISES.search(text, max(s, v.start() - 50), min(e, v.end() + 50)):
            continue
        after = _AFTER_VERB.match(text, v.end(), e)
        joined = -1  # where a body joined to the subject after its verb would start
        for a, b in ms:
            if after and a in (after.end(), joined) and text[a:a + 1].isupper():
                # "Lokal udostępniła nam Parafia X", "Lokale udostępniły Centrum X i Dom Y"
                j = _AND.match(text, b, e)
                joined = j.end() if j else -1
            elif b < v.start() and _BEFORE_VERB.fullmatch(text, b, v.start()) and \
                    _OPENS.fullmatch(text, s, a):
                pass  # "Parafia X użyczyła nam budynku", ", а Управління X безкоштовно надала приміщення"
            else:
                continue
            o = make(a, b)
            if o:
                out.append(o)
    for h in HOSTED_BY.finditer(text, s, e):
        if not h.group().startswith("hosted") and not _PREMISES.search(text, max(s, h.start() - 40), h.start()):
            continue  # "danych udostępnionych przez Ministerstwo": data lent, no place
        for a, b in ms:
            if a == h.end():
                o = make(a, b)
                if o:
                    out.append(o)
    return out


# the preposition of place right before a body: "zajęcia odbywają się w Centrum X, które …"
_IN_BEFORE = re.compile(r"(?<!\w)(?:w|we)\s+$")


def relative_role(text: str, s: int, a: int, clause: str) -> str:
    """The role of a body described by a relative clause ("X, który …"): one named as the place
    of the activities whose clause says it lends its rooms ("w Centrum X, które udostępnia nam
    salę", "w Bibliotece Y, która użyczyła sali") is `other`; any other doer a partner."""
    if _IN_BEFORE.search(text, max(s, a - 4), a):
        words = clause.split()[:3]
        if any(LEND.fullmatch(w) for w in words) and _PREMISES.search(clause):
            return "other"
    return "partner"
