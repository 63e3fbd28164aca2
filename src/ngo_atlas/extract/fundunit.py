"""A unit of a paying body named after the body is no payer of its own.

Funding lines name the body that pays and then, after a comma, a bracket or "ze środków" /
"z budżetu", the office inside it that handles the grant: "Funder: U.S. Embassy in Warsaw,
Public Diplomacy Section", "Źródło finansowania: Wysoki Komisarz … (UNHCR), Przedstawicielstwo
w Polsce", "Donor: U.S. Department of State, Office to Monitor …", "finansuje m.st. Warszawa ze
środków Biura Edukacji", "Фінансування: Посольство X, відділ Y". The body is the funder; the
unit (a section, an office, a representation, a department or bureau of it) is read as a second
payer only because the list reader splits at the comma. Such a unit, headed by a unit noun and
standing right after a name on its line, is dropped when it brings no sum of its own; a unit
noun that opens the line ("Biuro Wysokiego Komisarza … finansuje") heads a payer and stays."""
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


def _after_body(text: str, start: int) -> bool:
    """The name at start follows a joiner that follows a capitalised name on the same line."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    m = _JOIN.search(before)
    if not m:
        return False
    head = before[:m.start()].rstrip()
    last = re.findall(r"[^\W\d_][\w.'’-]*", head[-80:])
    return bool(last) and any(w[:1].isupper() for w in last[-4:]) and not head.endswith((".", ":"))


def drop_unit_payers(items: list[Funding], text: str) -> list[Funding]:
    """The entries left once a body's unit named after the body is no longer a payer."""
    return [f for f in items
            if not (f.funder and f.amount is None and f.span and _UNIT_HEAD.match(f.funder)
                    and _after_body(text, f.span.start))]
