"""Full-text search that understands inflection, facets, sorting and paging, on both backends."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ngo_atlas.model import Extraction, Project
from ngo_atlas.store import open_atlas
from ngo_atlas.store.base import FACETS, SearchQuery


def _titles(result):
    return {h.title for h in result.hits}


def _krakow_sentence_atlas(atlas_url, seeds_dir, dev_dir, load_gold):
    """One project whose text says "w Krakowie" and nowhere "Kraków", cut from seed 003."""
    doc, _ex = load_gold(seeds_dir / "003_0140c708d6512038.txt",
                         dev_dir / "003_0140c708d6512038.json")
    sentence = next(line for line in doc.text.splitlines() if "w Krakowie" in line)
    assert "Kraków" not in sentence
    doc = dataclasses.replace(doc, source="seed-003-sentence", text=sentence, content_hash="")
    atlas = open_atlas(atlas_url)
    atlas.save(doc, Extraction(doc.name, "pl", [Project(title="Nic o nas bez nas – lokalnie!")]))
    return atlas


@pytest.mark.parametrize("query", ["Krakowie", "Kraków", "Krakow", "krakow"])
def test_inflected_and_folded_city_finds_w_krakowie(atlas_url, seeds_dir, dev_dir, load_gold,
                                                   query):
    with _krakow_sentence_atlas(atlas_url, seeds_dir, dev_dir, load_gold) as atlas:
        result = atlas.search(SearchQuery(text=query))
        assert _titles(result) == {"Nic o nas bez nas – lokalnie!"}
        assert "Krakowie" in result.hits[0].snippet
        assert atlas.search(SearchQuery(text="Gdańsk")).total == 0


def test_seed_003_found_by_krakowie_and_krakow(dev_atlas):
    for query in ("Krakowie", "Kraków"):
        titles = _titles(dev_atlas.search(SearchQuery(text=query, per_page=50)))
        assert {"Nic o nas bez nas – lokalnie!",
                "Lokalne Międzysektorowe Polityki na rzecz Integracji Imigrantów"} <= titles


def test_fundacja_finds_fundacji(atlas_url, gold_docs):
    # d04 says "Fundacji" and never "fundacja": only the lemma can find it.
    doc, ex = next((d, e) for d, e in gold_docs if d.name == "d04.txt")
    assert "Fundacji" in doc.text and "fundacja" not in doc.text.lower().replace("fundacji", "")
    with open_atlas(atlas_url) as atlas:
        atlas.save(doc, ex)
        result = atlas.search(SearchQuery(text="fundacja"))
        assert result.total == 1 and "fundacji" in result.hits[0].snippet.lower()
        assert atlas.search(SearchQuery(text="fundacja Gdańsk")).total == 0  # words are ANDed


HOSTILE = ['"', "'", '"fundacja', "fundacja)", "(", "NEAR(fundacja migrant)", "fund*", "-fundacja",
           "fundacja OR", "AND", "terms:fundacja", "^fundacja", "'; DROP TABLE projects; --",
           "\\", "%", "?", "Фонд «Мемориал»", "🙂", "\x00", "a\u0301"]


@pytest.mark.parametrize("text", HOSTILE)
def test_query_syntax_cannot_break_search(dev_atlas, text):
    result = dev_atlas.search(SearchQuery(text=text))
    assert result.total >= 0
    assert dev_atlas.stats()["projects"] == 21


def test_syntax_words_are_searched_as_words(dev_atlas):
    plain = dev_atlas.search(SearchQuery(text="fundacja")).total
    assert dev_atlas.search(SearchQuery(text='"fundacja"')).total == plain
    assert dev_atlas.search(SearchQuery(text="fundacja*")).total == plain
    assert dev_atlas.search(SearchQuery(text="-fundacja")).total == plain


def test_facet_filters_and_counts(dev_atlas):
    everything = dev_atlas.search(SearchQuery(per_page=100))
    assert everything.total == 21 and set(everything.facets) == set(FACETS)
    places = dict(everything.facets["place"])
    assert places["Kraków"] >= 2
    krakow = dev_atlas.search(SearchQuery(filters={"place": ["Kraków"]}, per_page=100))
    assert krakow.total == places["Kraków"]
    assert all("Kraków" in h.places for h in krakow.hits)
    # A facet is counted with the other facets' filters, not its own: other places stay.
    assert dict(krakow.facets["place"]) == places
    years = dict(krakow.facets["year"])
    for year, n in years.items():
        both = dev_atlas.search(SearchQuery(filters={"place": ["Kraków"], "year": [year]}))
        assert both.total == n
    # OR within a facet, AND across facets.
    two = dev_atlas.search(SearchQuery(filters={"place": ["Kraków", "Lublin"]}))
    assert two.total >= krakow.total
    none = dev_atlas.search(SearchQuery(filters={"place": ["Kraków"], "status": ["planned"]}))
    assert none.total == sum(1 for h in krakow.hits if h.status == "planned")


def test_text_and_facet_counts_agree(dev_atlas):
    result = dev_atlas.search(SearchQuery(text="migrantów", per_page=100))
    langs = dict(result.facets["language"])
    assert sum(langs.values()) == result.total == len(result.hits)


def test_year_range_and_sorting(dev_atlas):
    ranged = dev_atlas.search(SearchQuery(year_from=2020, year_to=2021, per_page=100))
    assert ranged.total > 0
    for h in ranged.hits:
        years = range(int(h.start[:4]) if h.start else 0, int((h.end or h.start)[:4]) + 1)
        assert set(years) & {2020, 2021}
    starts = [h.start for h in dev_atlas.search(SearchQuery(sort="start_desc", per_page=100)).hits]
    dated = [s for s in starts if s]
    assert dated == sorted(dated, reverse=True) and starts[-1] is None
    titles = [h.title for h in dev_atlas.search(SearchQuery(sort="title", per_page=100)).hits]
    assert [t.casefold() for t in titles if t] == sorted(t.casefold() for t in titles if t)
    with pytest.raises(ValueError):
        dev_atlas.search(SearchQuery(sort="random"))
    with pytest.raises(ValueError):
        dev_atlas.search(SearchQuery(filters={"colour": ["red"]}))


def test_pages_cover_the_result_once(dev_atlas):
    seen = []
    for page in range(1, 6):
        seen += [h.id for h in dev_atlas.search(SearchQuery(per_page=5, page=page)).hits]
    assert len(seen) == len(set(seen)) == 21


def test_relevance_puts_the_title_match_first(dev_atlas):
    result = dev_atlas.search(SearchQuery(text="Defensores Peregrinorum"))
    assert result.hits[0].title == "Defensores Peregrinorum PL"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=40))
def test_any_text_is_a_valid_query(atlas_location, gold_docs, text):
    # One atlas for all the examples: a function fixture is not reset between them.
    with open_atlas(atlas_location) as atlas:
        if atlas.stats()["documents"] == 0:
            for doc, ex in gold_docs[:5]:
                atlas.save(doc, ex)
        result = atlas.search(SearchQuery(text=text))
        assert 0 <= result.total <= atlas.stats()["projects"]


@pytest.mark.parametrize("written", [True, False], ids=["set-written", "set-too-big-to-write"])
@pytest.mark.parametrize("filters", [{}, {"language": ["pl"]}, {"year": ["2019", "2020"]}])
def test_large_results_get_estimated_facets(dev_atlas, monkeypatch, written, filters):
    from ngo_atlas.store import search_sql

    dev_atlas.use_postings = False  # the SQL plan's sampled estimates (the bitmaps count)

    for sort in ("relevance", "start_desc"):
        exact = dev_atlas.search(SearchQuery(text="migrantów", filters=filters, sort=sort))
        assert exact.facets_exact and exact.total >= 2
        with monkeypatch.context() as m:
            m.setattr(search_sql, "FACET_EXACT_LIMIT", 1)
            m.setattr(search_sql, "FACET_SAMPLE", 1)
            if not written:
                m.setattr(search_sql, "MATERIALIZE_LIMIT", 1)
                m.setattr(search_sql, "LONE_SET_WRITE_LIMIT", 1)
            rough = dev_atlas.search(SearchQuery(text="migrantów", filters=filters, sort=sort))
        assert not rough.facets_exact and rough.total == exact.total
        assert [h.id for h in rough.hits] == [h.id for h in exact.hits]
        for facet, values in rough.facets.items():  # estimates of values that exist
            assert {v for v, _n in values} <= {v for v, _n in exact.facets[facet]}
            assert all(n >= 1 for _v, n in values)


@pytest.mark.parametrize("postings", [True, False], ids=["postings", "sql"])
@pytest.mark.parametrize("written", [True, False], ids=["set-written", "set-too-big-to-write"])
@pytest.mark.parametrize("filters", [{}, {"language": ["pl"]}])
def test_huge_match_sets_rank_the_newest_pool_then_list_the_rest(dev_atlas, monkeypatch,
                                                                  filters, written, postings):
    # Past rank_pool matches only the newest pool is scored; the rest follow newest first,
    # and paging still lists every match exactly once.
    from ngo_atlas.store import search_sql

    dev_atlas.use_postings = postings

    query = SearchQuery(text="migrantów", filters=filters, per_page=100)
    full = [h.id for h in dev_atlas.search(query).hits]
    assert len(full) >= 5
    dev_atlas.rank_pool = 3
    if not written:
        monkeypatch.setattr(search_sql, "MATERIALIZE_LIMIT", 1)
        monkeypatch.setattr(search_sql, "LONE_SET_WRITE_LIMIT", 1)
    try:
        pages = [h.id for p in range(1, 20) for h in dev_atlas.search(
            dataclasses.replace(query, per_page=2, page=p)).hits]
    finally:
        dev_atlas.rank_pool = type(dev_atlas).rank_pool
    newest = sorted(full, reverse=True)
    pool = set(newest[:3])
    assert pages[:3] == [i for i in full if i in pool]  # scored in the same order as before
    assert pages[3:] == newest[3:]
    assert sorted(pages) == sorted(full)


@pytest.mark.parametrize("query", [
    SearchQuery(text="migrantów", filters={"language": ["pl"]}, per_page=100),
    SearchQuery(text="migrantów", year_from=2015, year_to=2021, per_page=100),
    SearchQuery(filters={"language": ["pl", "en"], "year": ["2019", "2020"]}, per_page=100),
    SearchQuery(text="projekt", filters={"language": ["pl"], "year": ["2019", "2020"],
                                         "place": ["Kraków", "Warszawa"]}, per_page=100),
])
def test_merge_intersection_matches_the_seek_plan(dev_atlas, query):
    # Large sets are intersected by merging id-ordered streams; it must find the same set.
    dev_atlas.use_postings = False  # both are SQL plans
    seek = dev_atlas.search(query)
    dev_atlas.merge_min = 0
    try:
        merged = dev_atlas.search(query)
    finally:
        dev_atlas.merge_min = type(dev_atlas).merge_min
    assert merged.total == seek.total
    assert [h.id for h in merged.hits] == [h.id for h in seek.hits]
    assert merged.facets == seek.facets


@pytest.mark.parametrize("merge_min", [None, 0])
@pytest.mark.parametrize("span", [(2019, 2020), (2021, None), (None, 2018), (1900, 1901)])
def test_year_range_finds_what_the_list_of_its_years_finds(dev_atlas, merge_min, span):
    # A range alone reads the projects' (first, last) spans; the years facet must agree.
    dev_atlas.use_postings = merge_min is None  # None: the bitmaps; 0: the SQL merge plan
    lo, hi = span
    years = [v for v, _n in dev_atlas.search(SearchQuery()).facets["year"]
             if (lo is None or int(v) >= lo) and (hi is None or int(v) <= hi)]
    if merge_min is not None:
        dev_atlas.merge_min = merge_min
    try:
        for text in ("", "migrantów"):
            ranged = dev_atlas.search(SearchQuery(text=text, year_from=lo, year_to=hi,
                                                  per_page=100))
            listed = dev_atlas.search(SearchQuery(text=text, filters={"year": years or ["none"]},
                                                  per_page=100))
            assert ranged.total == listed.total
            assert {h.id for h in ranged.hits} == {h.id for h in listed.hits}
    finally:
        dev_atlas.merge_min = type(dev_atlas).merge_min


def test_an_atlas_before_the_year_spans_is_back_filled(atlas_url, gold_docs):
    query = SearchQuery(year_from=2019, year_to=2020, per_page=100)
    with open_atlas(atlas_url) as atlas:
        for doc, ex in gold_docs:
            atlas.save(doc, ex)
        before = [h.id for h in atlas.search(query).hits]
        with atlas._tx():  # back to version 5: no project_years
            atlas._q("DROP TABLE project_years")
            atlas._q("DELETE FROM schema_version WHERE version = 6")
    with open_atlas(atlas_url) as atlas:
        assert before and [h.id for h in atlas.search(query).hits] == before
