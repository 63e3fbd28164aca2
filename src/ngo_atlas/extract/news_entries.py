"""A news list's or blog index's entries: a posting date (and category) line over each entry's
heading ("12.03.2024 | Aktualności" / "Nowy projekt: „X” – ruszamy" / teaser / "Czytaj więcej »").
The date line is the entry's metadata, not its name: the heading under it names the entry,
without a label before a quoted name ("Relacja: „X” – …") and without the quotes."""

from __future__ import annotations

import re

from ngo_atlas.extract.dates import find_dates

_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# a heading's label: one to three words and a colon before the name ("Nowy projekt:", "Relacja:",
# "Update:", "Новини проєкту:")
_LABEL = re.compile(r"^[^\W\d_][\w.-]*(?:[^\S\n]+[\w.-]+){0,2}[^\S\n]*:[^\S\n]+(?=\S)")
# a quoted name in the heading, with what follows it on the line set off by a dash
_QUOTED_NAME = re.compile(r"[„“\"«](?P<t>[^„“”\"«»\n]{3,150})[”“\"»]")


def posting_dateline(line: str) -> bool:
    """One posting date, perhaps with its category or author set off by a bar or a dot
    ("12.03.2024 | Aktualności", "March 12, 2024 · News", "14 листопада 2024 · Новини"): a
    post's metadata line. A period ("2021–2022", "01.09.2019 – 31.08.2021") is a card's dates."""
    from ngo_atlas.extract.title import _mostly_dates

    t = line.strip()
    # (most lines fail the cheap tests: no year, or too long for a date line)
    # (the date opens the line: its year within the first 40 characters)
    if len(t) > 120 or _A_YEAR.search(t, 0, 40) is None or t.count(" ") > 14:
        return False
    ds = find_dates(t)
    return len(ds) == 1 and ds[0].day is not None and _mostly_dates(t)


def heading_under_dateline(text: str, s: int, e: int) -> tuple[int, int, str] | None:
    """Where text[s:e] opens with a posting dateline, the entry's heading: the line right above
    its teaser (a category on a line of its own may stand between the date and the heading,
    "12.09.2024\nWydarzenia\nPiknik sąsiedzki – dziękujemy!\nPonad 400 osób …"), as (start,
    end, line); None when no teaser follows."""
    nl = text.find("\n", s, e)
    if nl < 0 or not posting_dateline(text[s:nl]):
        return None
    shown: list[tuple[int, int, str]] = []
    pos = nl + 1
    while pos < e and len(shown) < 3:
        le = text.find("\n", pos, e)
        le = e if le < 0 else le
        line = text[pos:le]
        if line.strip():
            if _prose(line):
                return shown[-1] if shown else None
            shown.append((pos, le, line))
        pos = le + 1
    # (no teaser line of prose: the first line under the date heads what follows)
    return shown[0] if len(shown) >= 2 else None


def _prose(line: str) -> bool:
    """A teaser's line: a sentence (it ends with a stop) or a long run of words."""
    t = line.strip()
    return len(t.split()) > 14 or t.endswith((".", "!", "?", "…")) and len(t.split()) > 6


def heading_name(line: str) -> tuple[int, int] | None:
    """The name a news heading gives, as offsets in line: the quoted name when the heading holds
    one ("Nowy projekt: „X” – ruszamy", "Startuje „X” w szkołach"), else the heading without a
    short label ("Relacja: Warsztaty w Opolu"); None for a heading that is a sentence or a
    question."""
    q = _QUOTED_NAME.search(line)
    if q and 1 <= len(q.group("t").split()) <= 15:
        a, b = q.span("t")
        while b > a and line[b - 1].isspace():
            b -= 1
        return a, b
    a = len(line) - len(line.lstrip())
    lab = _LABEL.match(line, a)
    if lab:
        a = lab.end()
    b = len(line.rstrip())
    name = line[a:b]
    if not 1 <= len(name.split()) <= 14 or name.endswith((".", "?", ":")):
        return None
    return a, b


def about_a_project(text: str, s: int, e: int) -> bool:
    """The entry calls something a project of its own or says who pays for it: a project's
    news, not a collection's thanks, a change of office hours or a report."""
    from ngo_atlas.extract.funding import FUNDER_INTRO
    from ngo_atlas.extract.segment import _own_project_word

    return _own_project_word(text, s, e) or FUNDER_INTRO.search(text, s, e) is not None
