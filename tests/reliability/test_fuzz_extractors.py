"""Property-based fuzzing of each extractor on its own: any text and any sub-range give no
exception, spans inside the text, dates that exist, finite amounts, roles from the model."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ngo_atlas.extract import (activities, dates, funding, labels, links, money,
                               organisations, people, places, status, themes, title)
from ngo_atlas.model import ORG_ROLES, PERSON_ROLES, STATUSES, Span
from test_fuzz_extract import junk, label_line, real_line

FUZZ = settings(max_examples=80, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
texts = st.lists(st.one_of(real_line, label_line, junk), min_size=0, max_size=20).map("\n".join)


def _spans(obj: Any) -> list[tuple[int, int]]:
    """Every (start, end) an extractor's result claims, whatever its shape."""
    if isinstance(obj, Span):
        return [(obj.start, obj.end)]
    if isinstance(obj, tuple) and len(obj) >= 2 and all(isinstance(x, int) for x in obj[:2]):
        return [(obj[0], obj[1])]
    if isinstance(obj, (list, tuple)):
        return [s for item in obj for s in _spans(item)]
    out = []
    if isinstance(getattr(obj, "start", None), int) and isinstance(getattr(obj, "end", None), int):
        out.append((obj.start, obj.end))
    for name in ("span", "start", "end"):
        value = getattr(obj, name, None)
        if value is not None and not isinstance(value, int):
            out += _spans(value)
    return out


def _in_bounds(result: Any, text: str) -> None:
    for a, b in _spans(result):
        assert 0 <= a <= b <= len(text), (a, b, len(text))


@FUZZ
@given(texts, st.floats(0, 1), st.floats(0, 1), st.sampled_from(["pl", "ru", "uk", "en", "und"]))
def test_every_finder_on_any_range(text: str, a: float, b: float, lang: str) -> None:
    s, e = sorted((int(a * len(text)), int(b * len(text))))
    found = labels.find_labels(text)
    _in_bounds(found, text)
    for hit in dates.find_dates(text, s, e):
        _in_bounds(hit, text)
        if hit.iso():
            y, m, d = hit.year, hit.month or 1, hit.day or 1
            dt.date(y, m, d)  # raises for a date that does not exist
    _in_bounds(dates.find_periods(text, s, e), text)
    for hit in money.find_money(text, s, e):
        _in_bounds(hit, text)
        assert math.isfinite(hit.amount) and len(hit.currency) == 3, hit
    _in_bounds(links.find_emails(text, s, e) + links.find_urls(text, s, e), text)
    for org in organisations.find_organisations(text, s, e, found, lang):
        assert org.name.strip() and org.role in ORG_ROLES, org
        _in_bounds(org, text)
    for person in people.find_people(text, s, e, found, lang):
        assert person.role in PERSON_ROLES, person
        _in_bounds(person, text)
    for f in funding.find_funding(text, s, e, found, lang):
        assert f.amount is None or math.isfinite(f.amount), f
        _in_bounds(f, text)
    st_hit = status.find_status(text, s, e, found)
    if st_hit is not None:
        assert st_hit[0] in STATUSES
        _in_bounds(st_hit[1], text)
    chosen = title.choose_title(text, s, e, found)
    if chosen is not None:
        assert chosen[0].strip()
        _in_bounds(chosen[1], text)
    _in_bounds(places.find_places(text, s, e, found, lang), text)
    _in_bounds(themes.find_themes(text, s, e) + themes.find_target_groups(text, s, e), text)
    _in_bounds(activities.find_activities(text, s, e), text)
