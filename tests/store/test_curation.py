"""Curators' corrections: history, revert, and re-application after re-ingestion."""

from __future__ import annotations

import dataclasses

import pytest

from ngo_atlas.store import open_atlas
from ngo_atlas.store.base import SearchQuery


@pytest.fixture
def saved(atlas_url, gold_docs):
    doc, ex = next((d, e) for d, e in gold_docs if d.name.startswith("002_"))
    with open_atlas(atlas_url) as atlas:
        out = atlas.save(doc, ex)
        yield atlas, doc, ex, out.project_ids[0]


def test_correction_changes_record_index_and_facets(saved):
    atlas, _doc, ex, pid = saved
    cid = atlas.correct(pid, "places", ["Gdańsk"], user="ania")
    rec = atlas.project(pid)
    assert rec["places"] == ["Gdańsk"]
    assert not any(e["field"] == "place" for e in rec["evidence"])  # old evidence is stale
    [hist] = rec["corrections"]
    assert (hist["id"], hist["user"], hist["field"]) == (cid, "ania", "places")
    assert hist["old_value"] == [p.value for p in ex.projects[0].places]
    assert hist["new_value"] == ["Gdańsk"] and not hist["reverted"]
    assert atlas.search(SearchQuery(filters={"place": ["Gdańsk"]})).total == 1
    assert atlas.search(SearchQuery(filters={"place": ["Lublin"]})).total == 0
    assert atlas.search(SearchQuery(text="Gdańsku")).total == 1
    assert dict(atlas.search(SearchQuery()).facets["place"]) == {"Gdańsk": 1}


def test_revert_restores_the_extracted_value(saved):
    atlas, _doc, ex, pid = saved
    first = atlas.correct(pid, "title", "Polityki lokalne", user="ania")
    atlas.correct(pid, "status", None, user="basia", wrong=True)
    assert atlas.project(pid)["title"] == "Polityki lokalne"
    atlas.revert_correction(first, user="basia")
    rec = atlas.project(pid)
    assert rec["title"] == ex.projects[0].title and rec["status"] is None
    hist = {c["id"]: c for c in rec["corrections"]}
    assert hist[first]["reverted"] and hist[first]["reverted_by"] == "basia"
    assert [c["wrong"] for c in rec["corrections"]] == [False, True]


def test_corrections_survive_reingestion_of_a_changed_source(saved):
    atlas, doc, ex, pid = saved
    atlas.correct(pid, "funding", [{"funder": "Unia Europejska", "programme": None,
                                    "amount": 1000.0, "currency": "EUR"}], user="ania")
    changed = dataclasses.replace(doc, text="Nowy wstęp.\n" + doc.text, content_hash="d" * 64)
    out = atlas.save(changed, ex)
    assert out.status == "updated" and out.project_ids != [pid]
    rec = atlas.project(out.project_ids[0])
    assert rec["funding"][0]["funder"] == "Unia Europejska"
    assert len(rec["corrections"]) == 1
    assert atlas.search(SearchQuery(filters={"funder": ["Unia Europejska"]})).total == 1


def test_bad_corrections_are_refused(saved):
    atlas, _doc, _ex, pid = saved
    with pytest.raises(ValueError):
        atlas.correct(pid, "colour", "red", user="ania")
    with pytest.raises(ValueError):
        atlas.correct(pid, "title", "x", user="ania", wrong=True)
    with pytest.raises(KeyError):
        atlas.correct(10**9, "title", "x", user="ania")
    with pytest.raises(KeyError):
        atlas.revert_correction(10**9, user="ania")
    assert atlas.project(pid)["corrections"] == []
