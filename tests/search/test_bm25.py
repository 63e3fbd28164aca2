"""bm25 of the relevance pool from the posting index equals FTS5's own bm25, score for score,
on real and generated documents, through replacements, and falls back to FTS5 when the
index was built without the count and length slices."""

from __future__ import annotations

import dataclasses
import random

import pytest
from pyroaring import BitMap

from bench.store_speed import corpus
from ngo_atlas.lang.analyzer import query_terms
from ngo_atlas.store import bm25, open_atlas, postings
from ngo_atlas.store.base import SearchQuery
from ngo_atlas.store.sqlite import SqliteAtlas, fts5_query

QUERIES = ["fundacji", "pomoc prawna", "uchodźców z Ukrainy", "kursy języka polskiego",
           "integracja cudzoziemców", "dzieci szkolenia", "projekt", "migrantów Warszawie",
           "wsparcie psychologiczne kobiet", "nieistniejącesłowo"]


@pytest.fixture
def sqlite_atlas(tmp_path, gold_docs):
    with open_atlas(str(tmp_path / "dev.sqlite")) as atlas:
        for doc, ex in gold_docs:
            atlas.save(doc, ex)
        yield atlas


def _loader(atlas):
    postings.catch_up(atlas)
    generation = postings.state(atlas)[0]
    return lambda key: postings.load(atlas, key, generation)


def _totals(atlas) -> tuple[int, int]:
    return bm25.fts5_totals(bytes(atlas._one("SELECT block FROM project_fts_data WHERE id = 1")[0]))


def _assert_fts5_scores(atlas, text: str) -> int:
    """Every match of ``text`` scored both ways; returns how many matched."""
    alternatives = [a for a in query_terms(text, None) if a]
    load = _loader(atlas)
    fts = atlas._all("SELECT rowid, rank FROM project_fts WHERE project_fts MATCH ? "
                     "ORDER BY rank, rowid", (fts5_query(alternatives),))
    pool = BitMap([r[0] for r in fts])
    ids, ranks = bm25.scores(pool, alternatives, load, _totals(atlas))
    assert dict(zip(ids.tolist(), ranks.tolist(), strict=True)) == dict(fts), text  # bit for bit
    assert bm25.rank(pool, alternatives, load, _totals(atlas)) == [r[0] for r in fts], text
    return len(fts)


def test_the_fts5_totals_are_the_atlas_rows_and_tokens(sqlite_atlas):
    rows, tokens = _totals(sqlite_atlas)
    terms = [t for (t,) in sqlite_atlas._all("SELECT terms FROM projects")]
    assert rows == len(terms) > 0
    assert tokens == sum(len(postings.tokens(t)) for t in terms)


def test_scores_equal_fts5_on_the_dev_set(sqlite_atlas):
    assert bm25.available(_loader(sqlite_atlas))
    matched = [_assert_fts5_scores(sqlite_atlas, q) for q in QUERIES]
    assert sum(1 for n in matched if n > 1) >= 5  # the check ranked real pools


def test_scores_equal_fts5_on_generated_documents(tmp_path):
    with open_atlas(str(tmp_path / "gen.sqlite")) as atlas:
        for doc, ex in corpus(600, seed=23):
            atlas.save(doc, ex)
        assert sum(_assert_fts5_scores(atlas, q) for q in QUERIES) > 600
        postings.build(atlas)  # the same slices from a rebuild
        for q in QUERIES:
            _assert_fts5_scores(atlas, q)


def test_replaced_and_corrected_projects_keep_their_slices_exact(sqlite_atlas, gold_docs):
    rng = random.Random(3)
    for doc, ex in rng.sample(gold_docs, 6):
        # The same source again with other text: the project rows are replaced.
        changed = dataclasses.replace(doc, text=doc.text + " pomoc prawna pomoc prawna kursy")
        sqlite_atlas.save(changed, ex)
    pid = sqlite_atlas._one("SELECT min(id) FROM projects")[0]
    before = sqlite_atlas._one("SELECT terms FROM projects WHERE id = ?", (pid,))[0]
    sqlite_atlas.correct(pid, "title", "Pomoc prawna: pomoc, pomoc i kursy", "curator")
    assert sqlite_atlas._one("SELECT terms FROM projects WHERE id = ?", (pid,))[0] != before
    for q in QUERIES:
        _assert_fts5_scores(sqlite_atlas, q)


def test_an_index_built_without_slices_ranks_by_fts5_alike(sqlite_atlas, monkeypatch):
    _loader(sqlite_atlas)
    queries = [SearchQuery(text=q, per_page=50) for q in QUERIES]
    monkeypatch.setattr(sqlite_atlas, "rank_pool", 7)
    with_slices = [[h.id for h in sqlite_atlas.search(q).hits] for q in queries]
    sqlite_atlas._q("DELETE FROM postings WHERE key = ?", (postings.BM25_MARK,))
    postings.CACHE.clear()
    assert not bm25.available(lambda key: postings.load(sqlite_atlas, key,
                                                        postings.state(sqlite_atlas)[0]))
    calls = []
    monkeypatch.setattr(bm25, "rank", lambda *a: calls.append(a))
    assert [[h.id for h in sqlite_atlas.search(q).hits] for q in queries] == with_slices
    assert not calls  # FTS5 ranked them: the slices were not read


def test_store_speed_times_both_rankings_side_by_side(tmp_path, capsys, monkeypatch):
    import json

    from bench.store_speed import main

    calls = []
    real = bm25.rank
    monkeypatch.setattr(bm25, "rank", lambda *a: calls.append(1) or real(*a))
    assert main(["--db", str(tmp_path / "ab.sqlite"), "--docs", "40", "--distinct", "40",
                 "--rounds", "1", "--plan", "rank-ab"]) == 0
    out = json.loads(capsys.readouterr().out)["search"]
    for mix in ("text", "faceted"):
        assert set(out[mix]) == {"postings", "fts5rank"}
        assert out[mix]["postings"]["n"] == out[mix]["fts5rank"]["n"] > 0
    # Only the "postings" side scores from the index: one call per ranked text search.
    assert 0 < len(calls) < 2 * (out["text"]["postings"]["n"] + out["faceted"]["postings"]["n"])


def test_a_new_atlas_is_marked_and_a_rebuild_marks_it_again(tmp_path, gold_docs):
    with SqliteAtlas(tmp_path / "new.sqlite") as atlas:
        doc, ex = gold_docs[0]
        atlas.save(doc, ex)
        assert bm25.available(_loader(atlas))
        atlas._q("DELETE FROM postings WHERE key = ?", (postings.BM25_MARK,))
        atlas.save(*gold_docs[1])
        postings.CACHE.clear()
        assert not bm25.available(_loader(atlas))  # it had keys already: no longer known
        postings.build(atlas)
        postings.CACHE.clear()
        assert bm25.available(_loader(atlas))


def test_text_keys_slice_counts_and_length():
    keys = postings.text_keys("pomoc pomoc pomoc prawna b-c")
    assert {"t:pomoc", "t:prawna", "t:b", "t:c"} <= keys
    assert postings.count_key(1, "pomoc") in keys  # 3 - 1 = 0b10
    assert postings.count_key(0, "pomoc") not in keys
    assert not any(k.startswith("c:") and k.endswith(":prawna") for k in keys)
    assert {postings.length_key(1), postings.length_key(2)} <= keys  # 6 tokens = 0b110
    assert postings.length_key(0) not in keys
