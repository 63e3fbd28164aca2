"""The store's SQL aggregates agree with the searches and records they summarise, on both backends."""

from __future__ import annotations

import dataclasses
from collections import defaultdict

import pytest

from ngo_atlas.model import Extraction
from ngo_atlas.store import open_atlas
from ngo_atlas.store.base import SearchQuery


def _fund(funder, amount, currency):
    return {"funder": funder, "amount": amount, "currency": currency}


def _themed(atlas, gold_docs):
    """Three themed projects over the first gold document: the gold records carry no themes."""
    doc, _ex = gold_docs[0]
    doc = dataclasses.replace(doc, source="themed", text=doc.text + "\nthemed", content_hash="")
    projects = [
        {"title": "A", "themes": ["labour_market", "legal_status"], "places": ["Kraków", "Lublin"],
         "start": "2019-03", "organizations": [{"name": "Fundacja A"}, {"name": "Stowarzyszenie B"}],
         "funding": [_fund("Gmina Kraków", 1000.5, "PLN"), _fund("EU", 200.0, "EUR"),
                     _fund("Gmina Kraków", None, "PLN")]},
        {"title": "B", "themes": ["labour_market"], "places": ["Kraków"], "start": "2019-07",
         "end": "2020-01", "organizations": [{"name": "Fundacja A"}],
         "funding": [_fund("Gmina Kraków", 99.5, "PLN")]},
        {"title": "C", "themes": ["legal_status"], "places": ["Gdańsk"],
         "funding": [_fund(None, 5.0, "PLN")]},
    ]
    atlas.save(doc, Extraction.from_record({"doc": doc.name, "language": "pl",
                                            "projects": projects}))


def test_coverage_counts_projects_and_organisations_per_cell(atlas_url, gold_docs):
    with open_atlas(atlas_url) as atlas:
        _themed(atlas, gold_docs)
        cells = atlas.coverage(["labour_market", "legal_status", "discrimination"])
        assert cells == {("labour_market", "Kraków"): (2, 2), ("labour_market", "Lublin"): (1, 2),
                         ("legal_status", "Kraków"): (1, 2), ("legal_status", "Lublin"): (1, 2),
                         ("legal_status", "Gdańsk"): (1, 0)}
        assert atlas.coverage(["labour_market"], places=["Lublin"]) == {
            ("labour_market", "Lublin"): (1, 2)}
        assert atlas.coverage(["labour_market"], filters={"year": ["2020"]}) == {
            ("labour_market", "Kraków"): (1, 1)}
        assert atlas.coverage(["labour_market"], places=[]) == {}
        with pytest.raises(ValueError):
            atlas.coverage(["labour_market"], places_facet="colour")


def test_coverage_cells_equal_the_searches_they_stand_for(atlas_url, gold_docs):
    with open_atlas(atlas_url) as atlas:
        for doc, ex in gold_docs:
            atlas.save(doc, ex)
        _themed(atlas, gold_docs)
        themes = [v for v, _n in atlas.search(SearchQuery()).facets["theme"]]
        for filters in (None, {"language": ["pl"]}, SearchQuery(text="projekt")):
            base = filters if isinstance(filters, SearchQuery) else SearchQuery(
                filters=filters or {})
            cells = atlas.coverage(themes, filters=filters)
            for (theme, place), (n, orgs) in cells.items():
                found = atlas.search(SearchQuery(
                    text=base.text, filters={**base.filters, "theme": [theme], "place": [place]},
                    per_page=500))
                assert found.total == n
                assert orgs == len({o for h in found.hits for o in h.organizations})
        assert atlas.coverage(themes)


def test_projects_by_year_equals_the_year_facet(dev_atlas):
    for filters in (None, {"place": ["Kraków"]}, SearchQuery(text="migrantów")):
        query = filters if isinstance(filters, SearchQuery) else SearchQuery(filters=filters or {})
        facet = sorted(dev_atlas.search(query).facets["year"])
        assert dev_atlas.projects_by_year(filters) == facet and facet


def test_funding_by_year_sums_the_records(atlas_url, gold_docs):
    with open_atlas(atlas_url) as atlas:
        _themed(atlas, gold_docs)
        rows = atlas.funding_by_year()
        assert rows == [("2019", "EU", "EUR", 200.0, 1), ("2019", "Gmina Kraków", "PLN", 1100.0, 2),
                        ("?", None, "PLN", 5.0, 1)]
        assert atlas.funding_by_year({"place": ["Lublin"]}) == [
            ("2019", "EU", "EUR", 200.0, 1), ("2019", "Gmina Kraków", "PLN", 1000.5, 1)]
        assert atlas.funding_by_year(SearchQuery(text="zzqxv")) == []


def test_funding_by_year_on_the_dev_set_equals_summing_each_project(dev_atlas):
    expected: dict[tuple[str, str], float] = defaultdict(float)
    for hit in dev_atlas.search(SearchQuery(per_page=500)).hits:
        rec = dev_atlas.project(hit.id)
        for f in rec.get("funding") or []:
            if f.get("amount") is not None and f.get("currency"):
                expected[((rec.get("start") or "")[:4] or "?", f["currency"])] += f["amount"]
    got: dict[tuple[str, str], float] = defaultdict(float)
    for year, _funder, currency, amount, _n in dev_atlas.funding_by_year():
        got[(year, currency)] += amount
    assert expected and got.keys() == expected.keys()
    assert all(abs(got[k] - expected[k]) < 1e-6 for k in expected)


def test_an_atlas_before_the_funding_table_is_back_filled(atlas_url, gold_docs):
    with open_atlas(atlas_url) as atlas:
        for doc, ex in gold_docs:
            atlas.save(doc, ex)
        _themed(atlas, gold_docs)
        before = atlas.funding_by_year()
        with atlas._tx():  # back to version 3: no funding table
            atlas._q("DROP TABLE project_funding")
            atlas._q("DELETE FROM schema_version WHERE version = 4")
    with open_atlas(atlas_url) as atlas:
        assert before and atlas.funding_by_year() == before


def _summed_from_rows(atlas):
    """funding_by_year through the per-grant rows: a filter that every project passes."""
    langs = [v for v, _n in atlas.search(SearchQuery()).facets["language"]]
    return atlas.funding_by_year({"language": langs})


def test_whole_atlas_funding_totals_follow_replacements_and_corrections(atlas_url, gold_docs):
    with open_atlas(atlas_url) as atlas:
        for doc, ex in gold_docs:
            atlas.save(doc, ex)
        _themed(atlas, gold_docs)
        assert atlas.funding_by_year() == _summed_from_rows(atlas)
        funded = next(h.id for h in atlas.search(SearchQuery(per_page=500)).hits
                      if any(f.get("amount") for f in atlas.project(h.id)["funding"]))
        atlas.correct(funded, "funding", [_fund("Nowy Fundator", 7.0, "PLN")], "curator")
        assert ("?" if not atlas.project(funded)["start"] else atlas.project(funded)["start"][:4],
                "Nowy Fundator", "PLN", 7.0, 1) in atlas.funding_by_year()
        assert atlas.funding_by_year() == _summed_from_rows(atlas)
        doc, ex = gold_docs[0]  # new bytes at a source: its projects replaced
        atlas.save(dataclasses.replace(doc, text=doc.text + "\nv2", content_hash=""), ex)
        assert atlas.funding_by_year() == _summed_from_rows(atlas)
