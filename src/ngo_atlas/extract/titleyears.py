"""DATE-D (round 28): the years a record's own title gives its run ("Program Integracji
Cudzoziemców na lata 2022–2025", "Integration Plan 2023–2026", "Програма інтеграції на
2024–2026 роки"). Elsewhere on the page "na lata 2021–2030" is a funder's programme's years;
inside the record's title they date the record itself, as a fallback where the text states no
bound of its own (or states the start in the title's first year and no end)."""

from __future__ import annotations

from ngo_atlas.extract.dates import DateHit, Period, find_periods
from ngo_atlas.model import Project


def title_years(text: str, p: Project) -> Period | None:
    """A range of two bare years inside the title's span, if the title has one."""
    span = p.spans.get("title")
    if span is None or span.end <= span.start:
        return None
    for per in find_periods(text, span.start, span.end):
        a, b = per.start, per.end
        if a and b and a.year and b.year and a.month is None and b.month is None and a.year < b.year:
            return per
    return None


def with_title_years(text: str, p: Project, start: DateHit | None,
                     end: DateHit | None) -> tuple[DateHit | None, DateHit | None]:
    """The bounds completed from the title's years: both where the text states none, the end
    where the stated start falls in the title's first year and no end is stated."""
    if start is not None and end is not None:
        return start, end
    per = title_years(text, p)
    if per is None:
        return start, end
    if start is None and end is None:
        return per.start, per.end
    if end is None and start is not None and start.year == per.start.year:
        return start, per.end
    return start, end
