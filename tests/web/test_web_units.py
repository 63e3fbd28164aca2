"""Units of the web layer that need no store: query strings, highlighting, languages, formats."""

from __future__ import annotations

import json
import re
from html import unescape

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ngo_atlas.store.base import SearchQuery
from ngo_atlas.web import params
from ngo_atlas.web.highlight import Mark, highlight, sentence_around
from ngo_atlas.web.i18n import (
    _DIR,
    LANGUAGES,
    format_money,
    format_partial_date,
    from_accept_language,
    messages,
    negotiate,
)


def test_query_string_round_trip_keeps_every_part_of_the_state() -> None:
    items = {
        "q": ["Kraków"],
        "funder": ["Fundusz Obywatelski", "UE"],
        "place": ["Lublin"],
        "year_from": ["2010"],
        "year_to": ["2015"],
        "sort": ["start_desc"],
        "page": ["3"],
        "per_page": ["50"],
    }
    query = params.parse(items)
    assert query.filters == {"funder": ["Fundusz Obywatelski", "UE"], "place": ["Lublin"]}
    back = params.parse(
        {k: [v for kk, v in params.to_items(query) if kk == k] for k in params.STATE_KEYS}
    )
    assert back == query


@pytest.mark.parametrize(
    "items, name",
    [
        ({"page": ["zero"]}, "page"),
        ({"page": ["0"]}, "page"),
        ({"per_page": ["1000"]}, "per_page"),
        ({"sort": ["price"]}, "sort"),
        ({"year_from": ["20x0"]}, "year_from"),
    ],
)
def test_bad_parameters_name_the_parameter(items: dict, name: str) -> None:
    with pytest.raises(params.BadParameter) as e:
        params.parse(items)
    assert e.value.name == name


def test_toggling_a_facet_adds_then_removes_it_and_resets_the_page() -> None:
    q = SearchQuery(text="x", page=4)
    on = params.toggle_facet(q, "place", "Lublin")
    assert on.filters == {"place": ["Lublin"]} and on.page == 1
    off = params.toggle_facet(on, "place", "Lublin")
    assert off.filters == {} and q.page == 4  # the original state is not mutated
    assert params.url_for_state(on) == "/?q=x&place=Lublin"


def test_highlight_escapes_markup_and_marks_spans() -> None:
    text = 'A <script>alert(1)</script> B <img onerror="x()"> C'
    s = text.index("<script>")
    html = str(highlight(text, [Mark(0, s, s + 8, "t<i>")]))
    assert "<script>" not in html and "<img" not in html
    assert '<mark id="ev-0" class="ev" data-ev="0" title="t&lt;i&gt;">&lt;script&gt;</mark>' in html
    assert "onerror=&#34;x()&#34;" in html


def test_highlight_splits_overlapping_spans_and_skips_bad_ones() -> None:
    text = "Fundacja Polskie Forum Migracyjne"
    html = str(highlight(text, [Mark(0, 0, 20, "a"), Mark(1, 9, 33, "b"), Mark(2, 5, 99, "bad")]))
    assert html.count("<mark") == 3  # [0,9) [9,20) [20,33)
    assert 'id="ev-0"' in html and 'id="ev-1"' in html and "ev-2" not in html
    assert 'data-ev="0 1"' in html


def test_sentence_around_a_span() -> None:
    text = "Pierwsze zdanie. Projekt realizowano w Lublinie w 2012 r. Trzecie zdanie."
    s = text.index("Lublinie")
    assert sentence_around(text, s, s + 8) == ("Projekt realizowano w ", "Lublinie", " w 2012 r.")


@pytest.mark.parametrize(
    "header, lang",
    [
        ("uk-UA,uk;q=0.9,en;q=0.5", "uk"),
        ("en-GB,en;q=0.9", "en"),
        ("de-DE,fr;q=0.8", "pl"),
        ("de;q=1, en;q=0.4, pl;q=0.7", "pl"),
        ("", "pl"),
        ("en;q=x, uk", "uk"),
    ],
)
def test_accept_language(header: str, lang: str) -> None:
    assert from_accept_language(header) == lang


def test_explicit_choice_beats_cookie_beats_browser() -> None:
    assert negotiate("en", "uk", "pl") == "en"
    assert negotiate(None, "uk", "en") == "uk"
    assert negotiate("xx", None, "en") == "en"


def test_every_language_has_every_message() -> None:
    keys = set(messages("en"))
    for lang in LANGUAGES:
        own = json.loads((_DIR / f"{lang}.json").read_text(encoding="utf-8"))
        assert set(own) == keys, lang


def test_dates_and_money_per_language() -> None:
    assert format_partial_date("2012-06", "pl") == "czerwiec 2012"
    assert format_partial_date("2012-06", "uk") == "червень 2012"
    assert format_partial_date("2009-01-01", "en") == "January 1, 2009"
    assert format_partial_date("2013", "en") == "2013"
    assert format_partial_date("around 2013", "en") == "around 2013"
    assert format_money(999750.0, "PLN", "pl") == "999\xa0750,00\xa0zł"
    assert format_money(21775, "USD", "en") == "$21,775.00"
    assert format_money(830e6, "EUR", "uk") == "830\xa0000\xa0000,00\xa0EUR"
    assert format_money(1500.5, None, "en") == "1,500.5"


_TAG = re.compile(
    r'<mark(?: id="ev-\d+")? class="ev" data-ev="[\d ]+" title="[^"<>]*">|</mark>'
    r'|<span id="ev-\d+" class="ev-anchor"></span>'
)


@settings(max_examples=300, deadline=None)
@example(text="abcd", spans=[(0, 2), (0, 2), (0, 3)])  # spans starting together each get an anchor
@given(
    text=st.text(alphabet=st.sampled_from(list("ab <>&\"'ąж\n")), max_size=60),
    spans=st.lists(st.tuples(st.integers(-5, 70), st.integers(-5, 70)), max_size=6),
)
def test_highlight_keeps_the_text_and_adds_only_marks(text: str, spans: list) -> None:
    html = str(highlight(text, [Mark(i, a, b, "<x>") for i, (a, b) in enumerate(spans)]))
    bare = _TAG.sub("", html)
    assert "<" not in bare and ">" not in bare  # nothing from the text became markup
    assert unescape(bare) == text  # and nothing of it was lost or moved
    valid = [i for i, (a, b) in enumerate(spans) if 0 <= a < b <= len(text)]
    assert sorted(int(k) for k in re.findall(r'id="ev-(\d+)"', html)) == valid
