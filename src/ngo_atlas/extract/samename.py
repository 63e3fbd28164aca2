"""One project read as two records: a page names its project twice, as a short name and a
full one ("SĄSIEDZI Z DALEKA" over "Sąsiedzi z daleka. Podkarpacka sieć …"), or heads an
event whose quoted name is the project's own ("Festiwal „Razem na Podwalu”" on the page of
the project "Razem na Podwalu – sąsiedzka integracja …"). The words of one name, cut to
their stems, lie within the other's: the same project, not two."""

from __future__ import annotations

import re

from ngo_atlas.model import Project

_WORD = re.compile(r"[^\W\d_]{3,}")
_QUOTED = re.compile(r"[„“\"«]([^”“\"»\n]{3,80})[”“\"»]")
# what sets two editions or stages of one scheme apart ("– edycja 2", "etap II", "Phase 2")
_EDITION = re.compile(r"\d|\b(?:edycj\w*|etap\w*|częś[ćc]\w*|faz[aeyię]\w*|edition|phase|stage|part|"
                      r"(?-i:[IVX]{1,4}))\b", re.IGNORECASE)


def _stems(name: str) -> set[str]:
    return {w[:4].casefold() for w in _WORD.findall(name)}


def within(short: str, full: str) -> bool:
    """Every word of short (two at least) has its stem among full's words."""
    a = _stems(short)
    return len(a) >= 2 and a <= _stems(full)


def quoted_name(heading: str) -> str | None:
    m = _QUOTED.search(heading)
    return m.group(1) if m else None


def _same_project(a: str, b: str) -> bool:
    short, full = (a, b) if len(_stems(a)) <= len(_stems(b)) else (b, a)
    if not within(short, full) and not _own_name_inside(short, full):
        return False
    rest = full
    for w in _WORD.findall(short):
        rest = re.sub(re.escape(w), " ", rest, count=1, flags=re.IGNORECASE)
    return not _EDITION.search(rest) or bool(_EDITION.search(short))


def _own_name_inside(short: str, full: str) -> bool:
    """A one-word name that the full title holds whole, past its first word ("Mozaika" of
    "Punkt Informacji dla Cudzoziemców Mozaika"); a word opening the full title is its generic
    head ("Akademia" of "Akademia Młodego Lidera", "Klub" of "Klub Seniora"), not one name."""
    words = _WORD.findall(short)
    if len(words) != 1:
        return False
    rest = [w.casefold() for w in _WORD.findall(full)][1:]
    return words[0].casefold() in rest


def one_project_twice(projects: list[Project]) -> None:
    """Two titled records whose titles name one project: one record under the fuller title,
    with the facts of both."""
    titled = [p for p in projects if p.title]
    if len(titled) != 2 or not _same_project(titled[0].title, titled[1].title):
        return
    a, b = titled
    keep, other = (a, b) if len(a.title) >= len(b.title) else (b, a)
    _fold(keep, other)
    projects.remove(other)


def _fold(p: Project, q: Project) -> None:
    for key in ("start", "end", "status"):
        if getattr(p, key) is None and getattr(q, key) is not None:
            setattr(p, key, getattr(q, key))
            if key in q.spans:
                p.spans[key] = q.spans[key]
    payers = {f.funder for f in p.funding}
    p.funding += [f for f in q.funding if f.funder not in payers or f.funder is None and not p.funding]
    names = {o.name for o in p.organizations}
    p.organizations += [o for o in q.organizations if o.name not in names]
    people = {x.name for x in p.people}
    p.people += [x for x in q.people if x.name not in people]
    for attr in ("places", "urls", "themes", "target_groups"):
        have = {x.value for x in getattr(p, attr)}
        getattr(p, attr).extend(x for x in getattr(q, attr) if x.value not in have)
    p.activities += q.activities
