"""Bodies under a partners' heading ("Partnerzy", "Partnerzy projektu", "Nasi partnerzy",
"Partners", "Project partners", "Партнеры проекта", "Партнери"): the section lists or
describes the project's partners, so a body a verb there makes the subject of its own work
("Fundacja X prowadzi jadłodajnię od 2010 roku") is a partner, not the project's lead."""
from __future__ import annotations

import re

from ngo_atlas.model import OrgRef

# the heading alone on its line (a colon may close it), in any case
_HEADING = re.compile(
    r"^[^\S\n]*(?:#+[^\S\n]*)?(?:(?:nasi|our|project|наши|наші)[^\S\n]+)?"
    r"(?:partnerzy|partners|partner[^\S\n]+organi[sz]ations|organizacje[^\S\n]+partnerskie|партнеры|партнёры|партнери)"
    r"(?:[^\S\n]+(?:projektu|of[^\S\n]+the[^\S\n]+project|проекта|проєкту|проекту))?[^\S\n]*:?[^\S\n]*$",
    re.IGNORECASE | re.MULTILINE)
_HINT = re.compile(r"partner|партн[её]р", re.IGNORECASE)
# the section ends at the next heading: a blank line, then a short line with no sentence's end
_NEXT_HEADING = re.compile(r"\n[^\S\n]*\n[^\S\n]*(?=[^\n]{1,60}\n)(?![^\n]*[.!?;,][^\S\n]*\n)")


def partner_sections(text: str) -> list[tuple[int, int]]:
    """Where each section under a partners' heading runs: from the heading to the next heading."""
    if not _HINT.search(text):
        return []
    out = []
    for m in _HEADING.finditer(text):
        nxt = _NEXT_HEADING.search(text, m.end() + 1)
        out.append((m.start(), nxt.start() if nxt else len(text)))
    return out


def leads_as_partners(text: str, orgs: list[OrgRef]) -> list[OrgRef]:
    """A lead read inside a partners' section is a partner; one the section names as its lead
    ("Lider: Fundacja X", a label's role) stays."""
    if not any(o.role == "lead" for o in orgs):
        return orgs
    sections = partner_sections(text)
    if not sections:
        return orgs
    for o in orgs:
        if o.role == "lead" and o.span and any(a <= o.span.start < b for a, b in sections) \
                and not o.span.rule.startswith("label") and not _LEAD_WORD.search(_line(text, o.span.start)):
            o.role = "partner"
    return orgs


# "Lider: Fundacja X", "Fundacja X (koordynator)": the section names its lead as such
_LEAD_WORD = re.compile(r"lider|koordynator|wnioskodawc|beneficjent|lead|coordinat|applicant|лидер|лідер|координатор",
                        re.IGNORECASE)


def _line(text: str, pos: int) -> str:
    return text[text.rfind("\n", 0, pos) + 1:text.find("\n", pos) if "\n" in text[pos:] else len(text)]
