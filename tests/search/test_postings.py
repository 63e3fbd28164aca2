"""The posting index (Roaring bitmaps) answers every search exactly as the SQL plan does,
and stays current through ingests, replacements, corrections and rebuilds."""

from __future__ import annotations

import dataclasses
import random

import pytest

from bench.store_speed import corpus
from ngo_atlas.model import Extraction, Project
from ngo_atlas.store import open_atlas, postings, search_postings
from ngo_atlas.store.base import FACETS, SearchQuery

GENERATED = 2000
WORDS = ["Krakowie", "fundacji", "migrantów", "integracja cudzoziemców", "Warszawie",
         "uchodźców z Ukrainy", "szkolenia", "pomoc prawna", "Lublin", "dzieci", "projekt",
         "wsparcie", "języka", "kobiet", "nieistniejącesłowo"]


@pytest.fixture(scope="module")
def generated_atlas(new_atlas_location):
    with open_atlas(new_atlas_location("generated")) as atlas:
        for doc, ex in corpus(GENERATED, seed=17):
            atlas.save(doc, ex)
        yield atlas


def _both(atlas, query: SearchQuery):
    atlas.use_postings = True
    assert atlas._posting_generation() is not None, "the bitmaps must answer"
    fast = atlas.search(query)
    atlas.use_postings = False
    try:
        slow = atlas.search(query)
    finally:
        atlas.use_postings = True
    return fast, slow


def _same(fast, slow, query) -> None:
    assert fast.total == slow.total, query
    assert [h.id for h in fast.hits] == [h.id for h in slow.hits], query
    if fast.facets_exact and slow.facets_exact:
        assert fast.facets == slow.facets, query
    else:  # the bitmaps count exactly whatever they list
        for facet, values in fast.facets.items():
            assert all(n >= 1 for _v, n in values), (query, facet)


def _random_queries(atlas, rng: random.Random, n: int) -> list[SearchQuery]:
    values = {f: [v for v, _n in vs] for f, vs in atlas.search(SearchQuery()).facets.items()}
    out = []
    for _ in range(n):
        filters = {}
        for facet in rng.sample(FACETS, rng.choice([0, 0, 1, 1, 2, 3])):
            if values[facet]:
                filters[facet] = rng.sample(values[facet], min(len(values[facet]),
                                                               rng.choice([1, 1, 2])))
        lo = rng.choice([None, None, 2012, 2016, 2019])
        hi = rng.choice([None, None, 2017, 2021])
        text = rng.choice(["", "", *WORDS])
        if not text and not filters and lo is None and hi is None:
            text = rng.choice(WORDS)
        out.append(SearchQuery(text=text, filters=filters, year_from=lo, year_to=hi,
                               sort=rng.choice(["relevance", "relevance", "start_desc",
                                                "start_asc", "title"]),
                               page=rng.choice([1, 1, 2, 5]), per_page=rng.choice([10, 20, 50]),
                               # the search pages' 30 values, and the map's longer lists
                               facet_limit=rng.choice([30, 30, 5, 120])))
    return out


@pytest.mark.parametrize("limits", ["default", "tiny"])
def test_bitmaps_answer_like_sql_on_generated_documents(generated_atlas, monkeypatch, limits):
    if limits == "tiny":
        # Small thresholds push the paths a million-project atlas takes: facet counts by
        # bitmap cardinality with few candidates, index walks for sorts, relevance tiers.
        monkeypatch.setattr(search_postings, "SQL_FACET_LIMIT", 5)
        monkeypatch.setattr(search_postings, "SQL_TAIL_LIMIT", 5)
        monkeypatch.setattr(search_postings, "CANDIDATES", 8)
        monkeypatch.setattr(search_postings, "SORT_IDS_LIMIT", 10)
        monkeypatch.setattr(generated_atlas, "rank_pool", 40)
    for query in _random_queries(generated_atlas, random.Random(5), 120):
        _same(*_both(generated_atlas, query), query)


def test_bitmaps_answer_like_sql_on_the_dev_set(dev_atlas, monkeypatch):
    for query in _random_queries(dev_atlas, random.Random(9), 80):
        _same(*_both(dev_atlas, query), query)
    monkeypatch.setattr(search_postings, "SQL_FACET_LIMIT", 0)
    monkeypatch.setattr(search_postings, "SQL_TAIL_LIMIT", 0)
    monkeypatch.setattr(dev_atlas, "rank_pool", 3)
    for query in _random_queries(dev_atlas, random.Random(10), 40):
        _same(*_both(dev_atlas, query), query)


def test_the_top_values_say_when_a_value_could_be_missing(generated_atlas, monkeypatch):
    query = SearchQuery(text="projekt")
    full = generated_atlas.search(query)
    assert full.facets_exact and len(full.facets["organization"]) > 3
    monkeypatch.setattr(search_postings, "SQL_FACET_LIMIT", 0)
    monkeypatch.setattr(search_postings, "CANDIDATES", 2)
    tail = generated_atlas.search(query)  # the unproven facets counted from their rows
    assert tail.facets_exact and tail.facets == full.facets
    monkeypatch.setattr(search_postings, "SQL_TAIL_LIMIT", 0)
    few = generated_atlas.search(query)
    assert not few.facets_exact and few.total == full.total
    counted = dict(full.facets["organization"])
    for value, n in few.facets["organization"]:
        assert counted.get(value, n) == n  # what is listed is counted exactly


def _doc(gold_docs, i: int, source: str):
    doc, ex = gold_docs[i]
    return dataclasses.replace(doc, source=source, content_hash=""), ex


def test_an_ingest_after_a_search_is_found(dev_atlas, gold_docs):
    before = dev_atlas.search(SearchQuery(text="zebrazebra"))
    assert before.total == 0
    doc, _ex = _doc(gold_docs, 0, "new-source")
    doc = dataclasses.replace(doc, text=doc.text + "\nzebrazebra")
    out = dev_atlas.save(doc, Extraction(doc.name, "pl", [Project(title="Zebra", places=[])]))
    after = dev_atlas.search(SearchQuery(text="zebrazebra", filters={"language": ["pl"]}))
    assert [h.id for h in after.hits] == out.project_ids
    assert not postings.pending(dev_atlas)
    _same(*_both(dev_atlas, SearchQuery(text="zebrazebra")), "after ingest")


def test_a_replaced_document_leaves_no_stale_match(dev_atlas, gold_docs):
    doc, ex = _doc(gold_docs, 1, "replaced-source")
    first = dev_atlas.save(dataclasses.replace(doc, text=doc.text + "\nokapiokapi"), ex)
    assert dev_atlas.search(SearchQuery(text="okapiokapi")).total == len(first.project_ids)
    second = dev_atlas.save(dataclasses.replace(doc, text=doc.text + "\nlemurlemur"), ex)
    assert second.status == "updated"
    assert dev_atlas.search(SearchQuery(text="okapiokapi")).total == 0
    assert [h.id for h in dev_atlas.search(SearchQuery(text="lemurlemur")).hits] \
        == second.project_ids
    for query in (SearchQuery(text="migrantów"), SearchQuery(filters={"language": ["pl"]})):
        _same(*_both(dev_atlas, query), query)


def test_a_correction_moves_the_project_between_facet_values(dev_atlas):
    hit = dev_atlas.search(SearchQuery(filters={"language": ["pl"]})).hits[0]
    place = SearchQuery(filters={"place": ["Nowhereville"]})
    assert dev_atlas.search(place).total == 0
    cid = dev_atlas.correct(hit.id, "places", ["Nowhereville"], "curator")
    assert [h.id for h in dev_atlas.search(place).hits] == [hit.id]
    counts = dict(dev_atlas.search(SearchQuery(text="", filters={"language": ["pl"]}))
                  .facets["place"])
    assert counts["Nowhereville"] == 1
    dev_atlas.revert_correction(cid, "curator")
    assert dev_atlas.search(place).total == 0
    _same(*_both(dev_atlas, SearchQuery(filters={"language": ["pl"]})), "after revert")


def test_an_entity_merge_changes_no_search(dev_atlas):
    query = SearchQuery(text="fundacji", filters={"language": ["pl"]})
    before = dev_atlas.search(query)
    orgs = dev_atlas.entities("organization", limit=2)
    dev_atlas.merge_entities(orgs[0]["id"], orgs[1]["id"], "curator")
    after = dev_atlas.search(query)
    assert after.total == before.total and after.facets == before.facets
    _same(*_both(dev_atlas, query), "after merge")


def test_an_atlas_built_before_the_postings_searches_by_sql_until_built(dev_atlas):
    query = SearchQuery(text="migrantów", filters={"language": ["pl", "en"]})
    expected = dev_atlas.search(query)
    dev_atlas._q("DELETE FROM postings")
    dev_atlas._q("UPDATE posting_state SET built = 0")  # as migration 7 leaves a full atlas
    assert dev_atlas._posting_generation() is None
    assert dev_atlas.search(query).total == expected.total
    out = postings.build(dev_atlas)
    assert out["projects"] == dev_atlas.stats()["projects"] and out["rows"] > 0
    assert dev_atlas._posting_generation() is not None
    _same(*_both(dev_atlas, query), "after build")
    assert [h.id for h in dev_atlas.search(query).hits] == [h.id for h in expected.hits]


def test_a_long_backlog_is_answered_by_sql_until_caught_up(dev_atlas, gold_docs,
                                                           monkeypatch):
    monkeypatch.setattr(search_postings, "CATCH_UP_LIMIT", 2)
    for i in range(3):
        doc, ex = _doc(gold_docs, i, f"backlog-{i}")
        dev_atlas.save(dataclasses.replace(doc, text=doc.text + "\nbacklogword"), ex)
    query = SearchQuery(text="backlogword")
    want = sum(len(gold_docs[i][1].projects) for i in range(3))
    assert postings.pending(dev_atlas, 2)
    assert dev_atlas._posting_generation() is None  # too long to apply in a search
    assert dev_atlas.search(query).total == want
    assert postings.catch_up(dev_atlas, 2) == 2  # in steps, as a batch would
    while postings.pending(dev_atlas):
        postings.catch_up(dev_atlas, 2)
    assert dev_atlas._posting_generation() is not None
    _same(*_both(dev_atlas, query), "after catching up")
    assert dev_atlas.search(query).total == want


def test_keys_mirror_the_full_text_tokenizer():
    assert postings.tokens("Kraków ŁÓDŹ_x np. 2015r") == ["kraków", "łódź", "x", "np", "2015r"]
    assert search_postings.PostingSearchMixin._word_keys([["foo_bar"]]) is None  # a phrase
    assert search_postings.PostingSearchMixin._word_keys([["a", "b"]]) == [["t:a", "t:b"]]


def test_a_project_inserted_with_its_terms_is_logged_and_found(dev_atlas):
    # A bulk copy (bench.store_clone) inserts indexed rows directly, not through save().
    query = SearchQuery(text="migrantów", filters={"language": ["pl"]})
    before = dev_atlas.search(query)
    src = before.hits[0].id
    dev_atlas._q('INSERT INTO projects (document_id, position, title, start, "end", status, '
                 "language, extracted, record, terms) SELECT document_id, position + 1000, "
                 'title, start, "end", status, language, extracted, record, terms '
                 "FROM projects WHERE id = ?", (src,))
    new, terms = dev_atlas._one("SELECT id, terms FROM projects ORDER BY id DESC LIMIT 1")
    dev_atlas._fts_add(new, terms)
    dev_atlas._q("INSERT INTO project_facets (facet, value, project_id) "
                 "SELECT facet, value, ? FROM project_facets WHERE project_id = ?", (new, src))
    after = dev_atlas.search(query)
    assert after.total == before.total + 1 and new in {h.id for h in dev_atlas.search(
        dataclasses.replace(query, per_page=500)).hits}


@pytest.mark.sqlite_only("bench.store_clone copies rows of a SQLite file")
def test_a_cloned_atlas_gets_its_postings_built(dev_atlas):
    from bench.store_clone import main as clone

    query = SearchQuery(text="migrantów", filters={"language": ["pl", "en"]})
    before = dev_atlas.search(query).total
    projects = dev_atlas.stats()["projects"]
    assert clone([dev_atlas.path, "--projects", str(3 * projects)]) == 0
    assert dev_atlas.stats()["projects"] == 3 * projects
    assert not postings.pending(dev_atlas)
    fast, slow = _both(dev_atlas, query)
    assert fast.total == 3 * before
    _same(fast, slow, "after clone")


def test_the_reindex_command_builds_the_index(dev_atlas, capsys):
    from ngo_atlas.cli import main

    dev_atlas._q("UPDATE posting_state SET built = 0")
    assert dev_atlas._posting_generation() is None
    location = getattr(dev_atlas, "path", None) or dev_atlas.url
    assert main(["reindex", "--db", location]) == 0
    assert f"built: {dev_atlas.stats()['projects']} projects" in capsys.readouterr().out
    assert dev_atlas._posting_generation() is not None
    _same(*_both(dev_atlas, SearchQuery(text="migrantów")), "after reindex")


def test_reindex_names_a_file_that_is_no_atlas(tmp_path, capsys):
    from ngo_atlas.cli import main

    bad = tmp_path / "notes.sqlite"
    bad.write_text("not a database")
    assert main(["reindex", "--db", str(bad)]) == 1
    err = capsys.readouterr().err
    assert str(bad) in err and "not a usable atlas" in err


@pytest.mark.parametrize("batch", [3, 40], ids=["catch-up", "rebuild"])
def test_refresh_after_a_batch_leaves_nothing_pending(dev_atlas, gold_docs, batch):
    query = SearchQuery(text="refreshword", filters={"language": ["pl", "en", "ru", "uk"]})
    for i in range(batch):  # 40 documents are over a third of the atlas: a rebuild
        doc, ex = _doc(gold_docs, i % len(gold_docs), f"batch-{i}")
        dev_atlas.save(dataclasses.replace(doc, text=doc.text + f"\nrefreshword {i}"), ex)
    assert postings.refresh(dev_atlas, step=2) > 0
    assert not postings.pending(dev_atlas)
    fast, slow = _both(dev_atlas, query)
    assert fast.total > 0
    _same(fast, slow, "after refresh")


@pytest.mark.sqlite_only("a bench run on a throw-away SQLite file")
def test_store_speed_times_both_plans_side_by_side(tmp_path, capsys):
    import json

    from bench.store_speed import main

    db = str(tmp_path / "bench.sqlite")
    assert main(["--db", db, "--docs", "40", "--distinct", "40", "--rounds", "1",
                 "--plan", "both"]) == 0
    out = json.loads(capsys.readouterr().out)["search"]
    assert out["postings_refresh"]["log_rows"] > 0  # the fill left a log; applied first
    for mix in ("text", "faceted"):
        assert set(out[mix]) == {"postings", "sql"}
        assert out[mix]["postings"]["n"] == out[mix]["sql"]["n"] > 0
        assert out[mix]["sql"]["cpu_p50_ms"] >= 0


@pytest.mark.sqlite_only("a SQLite file made again at the same path")
def test_an_atlas_made_again_at_the_same_path_is_not_read_from_the_cache(tmp_path, gold_docs):
    path = str(tmp_path / "again.sqlite")
    query = SearchQuery(text="migrantów")
    with open_atlas(path) as atlas:
        for doc, ex in gold_docs:
            atlas.save(doc, ex)
        assert atlas.search(query).total > 0
    for suffix in ("", "-wal", "-shm"):
        (tmp_path / f"again.sqlite{suffix}").unlink(missing_ok=True)
    with open_atlas(path) as atlas:  # the same generations, other contents
        doc, ex = gold_docs[0]
        atlas.save(doc, ex)
        fast, slow = _both(atlas, query)
        _same(fast, slow, "made again")


@pytest.mark.sqlite_only("a read-only SQLite file")
def test_a_read_only_atlas_with_pending_changes_answers_by_sql(tmp_path, gold_docs):
    path = str(tmp_path / "ro.sqlite")
    with open_atlas(path) as atlas:
        for doc, ex in gold_docs:
            atlas.save(doc, ex)  # no search: the log stays pending
        assert postings.pending(atlas)
        expected = atlas.search(SearchQuery(text="migrantów")).total
        atlas._q("INSERT INTO posting_log (project_id, kind, old) VALUES (1, 't', '')")
    import sqlite3

    from ngo_atlas.store.sqlite import SqliteAtlas

    # open_atlas would migrate; the same class on a read-only connection reads as a
    # server with a read-only copy would.
    atlas = SqliteAtlas.__new__(SqliteAtlas)
    atlas.path = path
    atlas.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    try:
        assert atlas._posting_generation() is None
        assert atlas.search(SearchQuery(text="migrantów")).total == expected
    finally:
        atlas.conn.close()


def test_a_catch_up_waits_for_a_build_under_way(dev_atlas, gold_docs):
    doc, ex = _doc(gold_docs, 0, "during-build")
    dev_atlas.save(doc, ex)
    dev_atlas._q("UPDATE posting_state SET built = 0")  # as build() leaves it while it runs
    assert postings.catch_up(dev_atlas) == 0  # writing now would collide with the build
    assert postings.pending(dev_atlas)
    postings.build(dev_atlas)
    fast, slow = _both(dev_atlas, SearchQuery(filters={"language": ["pl"]}))
    _same(fast, slow, "after the build")


def test_a_second_build_takes_over_from_one_under_way(dev_atlas, monkeypatch):
    """Two `reindex` runs at once (or an ingest's refresh beside one): the later build
    wipes what the first wrote and builds the index; the first stops at its next chunk
    instead of writing into the other's index (which made duplicate rows fail)."""
    monkeypatch.setattr(postings, "CHUNK_BITS", 2)  # the dev atlas spans several chunks
    second: list[dict] = []

    def start_another(chunk: int, *_rest) -> None:
        if chunk == 0 and not second:
            second.append(postings.build(dev_atlas))

    first = postings.build(dev_atlas, start_another)
    assert first["superseded"] and first["chunks"] > 2
    assert not second[0]["superseded"] and second[0]["projects"] > 0
    assert postings.state(dev_atlas)[1]  # built
    for query in (SearchQuery(text="migrantów"), SearchQuery(filters={"language": ["pl"]}),
                  SearchQuery(text="fundacji", year_from=2016)):
        fast, slow = _both(dev_atlas, query)
        _same(fast, slow, query)
    monkeypatch.undo()
    assert not postings.build(dev_atlas)["superseded"]  # back to the real chunk size
