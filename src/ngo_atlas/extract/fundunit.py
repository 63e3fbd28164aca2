"""A unit of a paying body named after the body is no payer of its own.

Funding lines name the body that pays and then, after a comma, a bracket or "ze środków" /
"z budżetu", the office inside it that handles the grant: "Funder: U.S. Embassy in Warsaw,
Public Diplomacy Section", "Źródło finansowania: Wysoki Komisarz … (UNHCR), Przedstawicielstwo
w Polsce", "Donor: U.S. Department of State, Office to Monitor …", "finansuje m.st. Warszawa ze
środków Biura Edukacji", "Фінансування: Посольство X, відділ Y". The body is the funder; the
unit (a section, an office, a representation, a department or bureau of it) is read as a second
payer only because the list reader splits at the comma. Such a unit, headed by a unit noun and
standing right after a name on its line, is dropped when it brings no sum of its own; a unit
noun that opens the line ("Biuro Wysokiego Komisarza … finansuje") heads a payer and stays.
A unit listed after a comma, bracket or dash that names a body of its own stays a co-funder:
one with an "of" or genitive complement ("Office of the UN High Commissioner …",
"Przedstawicielstwo Komisji Europejskiej w Polsce") or an acronym before its kind ("UK Home
Office") - unless that complement repeats the body named before it ("Komisja Europejska,
Przedstawicielstwo Komisji Europejskiej w Polsce")."""
from __future__ import annotations

import re

from ngo_atlas.model import Funding

# the head nouns of a body's units (nominative, as the funder names are written)
_UNIT_HEAD = re.compile(
    r"(?i:biuro|wydział|przedstawicielstwo|oddział|sekcja|referat|departament|"
    r"section|office|bureau|division|department|directorate|representation|unit|"
    r"отдел|бюро|представительство|департамент|управление|"
    r"відділ|представництво|управління)\b|"
    # English names the unit's kind last ("Public Diplomacy Section", "Regional Office")
    r"(?:[A-Z][\w.&'’-]*\s+){1,4}(?:Section|Office|Division|Directorate|Unit)$")
# what joins a unit to the body named before it on the line: a comma, a bracket, a dash, or
# the money's source phrase ("ze środков", "z budżetu", "from the budget of", "за кошти")
_JOIN = re.compile(r"(?:,|\(|\s[–—-]|\bze\s+środków|\bz\s+budżetu|\bfrom\s+the\s+(?:budget|funds)\s+of(?:\s+the)?|"
                   r"\bза\s+кошти|\bиз\s+средств)\s*$", re.IGNORECASE)


def _body_before(text: str, start: int, items: list[Funding]) -> tuple[str, bool] | None:
    """The body the name at start follows, on its line and after a joiner only: the name of
    another payer read there or the value of a funding label ("Donor: X, Office …"), with
    whether the joiner only lists (a comma, bracket or dash, not a money-source phrase); None
    when a sentence's own words stand before the joiner ("Projekt finansowany jest ze środków
    Biura …") or nothing does."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _JOIN.search(text, line_start, start)
    if not m:
        return None
    listed = m.group().strip()[:1] in ",(–—-"
    # (a bracketed acronym or sum may close the body's name: "X (UNHCR), Przedstawicielstwo …")
    body_end = len(re.sub(r"\s*\([^()\n]{1,40}\)\s*$", "", text[line_start:m.start()].rstrip())) + line_start
    if any(f.span and f.funder and line_start <= f.span.start < start and
           abs(line_start + len(text[line_start:f.span.end].rstrip()) - body_end) <= 1 for f in items):
        return text[line_start:body_end], listed
    colon = text.rfind(":", line_start, m.start())
    value = text[colon + 1:body_end].split() if colon >= 0 else []
    if value and all(w[:1].isupper() or w[:1].isdigit() or w in _LINKS for w in value):
        return text[colon + 1:body_end], listed
    return None


# the complement that names a body of the unit's own: "of the X" or a capitalised genitive
# ("Przedstawicielstwo Komisji …"); "of" with no article names the unit's subject, not a body
# ("X, Bureau of Population, Refugees, and Migration")
_OWN_COMPLEMENT = re.compile(r"\S+\s+(?:(?:of|OF)\s+(?:the|THE)\s+)?([A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][^\s,;()]*(?:\s+\S+)*)")
# an acronym before an English unit's kind ("UK Home Office", "US Trade Office")
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,}$")


def _stem(word: str) -> str:
    word = word.strip(".,;:()„”\"'«»").lower()
    return word[:5] if len(word) >= 5 else word


def _names_own_body(unit: str, body: str) -> bool:
    """The unit names a body of its own (see the module's note), not only a part of body."""
    words = unit.split()
    if words and not _UNIT_HEAD.match(words[0]):   # English kind last: "UK Home Office"
        own = [w for w in words[:-1] if _ACRONYM.match(w)]
    else:
        m = _OWN_COMPLEMENT.match(unit)
        own = []
        for w in (m.group(1).split() if m else []):
            if not w[:1].isupper():
                break
            own.append(w)
    if not own:
        return False
    body_stems = {_stem(w) for w in body.split() if len(w.strip(".,;:()")) >= 2}
    return not any(_stem(w) in body_stems for w in own if len(w.strip(".,;:()")) >= 2)


# the small words inside a body's name ("Embassy of Canada in Poland", "Fundacja im. X")
_LINKS = {"of", "in", "for", "the", "and", "&", "im.", "w", "we", "na", "rzecz", "ds.", "do", "spraw",
          "i", "в", "у", "и", "і", "та", "з", "по", "делам", "справах"}


def drop_unit_payers(items: list[Funding], text: str) -> list[Funding]:
    """The entries left once a body's unit named after the body is no longer a payer."""
    out = []
    for f in items:
        body = (_body_before(text, f.span.start, items)
                if f.funder and f.amount is None and f.span and _UNIT_HEAD.match(f.funder) else None)
        if body is None or (body[1] and _names_own_body(f.funder, body[0])):
            out.append(f)
    return out
