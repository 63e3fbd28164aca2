"""Batched saves: many documents per transaction, each isolated by a savepoint (both stores)."""

from __future__ import annotations

import copy
import threading
import time
from concurrent.futures import Future
from pathlib import Path

import pytest
from atlas_dump import differences, dump

from ngo_atlas.pipeline import _batched, ingest_paths
from ngo_atlas.store import open_atlas


def _visible(atlas_sql, location: str) -> int:
    """Documents another connection sees: only what is committed."""
    return atlas_sql(location, "SELECT count(*) FROM documents")[0][0]


def _broken(doc_and_extraction):
    """The same document with a value the store cannot serialise in its last project, so
    its save fails after the document row and its first projects were written."""
    doc, extraction = copy.deepcopy(doc_and_extraction)
    doc.source = doc.source + "#broken"
    doc.content_hash = "0" * 64
    extraction.projects[-1].title = object()  # type: ignore[assignment]
    return doc, extraction


def test_a_failing_save_rolls_back_alone(gold_docs, atlas_location, atlas_sql) -> None:
    multi = next(d for d in gold_docs if len(d[1].projects) >= 2)
    good = [d for d in gold_docs if d is not multi][:4]
    with open_atlas(atlas_location) as atlas, atlas.batch(max_writes=100, max_seconds=60):
        for doc, extraction in good[:2]:
            atlas.save(doc, extraction)
        with pytest.raises(TypeError):
            atlas.save(*_broken(multi))
        atlas.record_failure("broken-source", "the store could not serialise it")
        for doc, extraction in good[2:]:
            atlas.save(doc, extraction)
        assert _visible(atlas_sql, atlas_location) == 0  # nothing committed yet
    sources = {r[0] for r in atlas_sql(atlas_location, "SELECT source FROM documents")}
    assert sources == {d.source for d, _ in good}
    projects = atlas_sql(atlas_location, "SELECT count(*) FROM projects")[0][0]
    assert projects == sum(len(e.projects) for _, e in good)
    assert atlas_sql(atlas_location, "SELECT source FROM failures") == [("broken-source",)]
    from bench.reliability.consistency import problems

    with open_atlas(atlas_location) as atlas:
        assert problems(atlas) == []


def test_commits_after_max_writes_and_on_leaving(gold_docs, atlas_location, atlas_sql) -> None:
    with open_atlas(atlas_location) as atlas, atlas.batch(max_writes=3, max_seconds=60):
        for i, (doc, extraction) in enumerate(gold_docs[:4], 1):
            atlas.save(doc, extraction)
            assert _visible(atlas_sql, atlas_location) == (3 if i >= 3 else 0), i
        assert atlas.batch_age() is not None  # the fourth is in an open transaction
    assert _visible(atlas_sql, atlas_location) == 4


def test_commits_once_max_seconds_old(gold_docs, atlas_location, atlas_sql) -> None:
    def failures() -> int:
        return atlas_sql(atlas_location, "SELECT count(*) FROM failures")[0][0]

    with open_atlas(atlas_location) as atlas, atlas.batch(max_writes=100, max_seconds=1.0):
        atlas.record_failure("/in/a.pdf", "broken PDF")  # one quick write opens the batch
        assert failures() == 0
        time.sleep(max(0.0, 1.05 - atlas.batch_age()))
        atlas.save(*gold_docs[0])  # the batch is now old enough: both commit
        assert (failures(), _visible(atlas_sql, atlas_location)) == (1, 1)
        assert atlas.batch_age() is None


def test_waiting_for_slow_work_commits_the_open_batch(gold_docs, atlas_location,
                                                      atlas_sql) -> None:
    """While the pipeline waits on a slow worker, the batch does not stay open (holding
    the write lock and uncommitted documents) for longer than SAVE_SECONDS."""
    from ngo_atlas.pipeline import SAVE_SECONDS

    slow: Future = Future()
    seen_while_waiting: list[int] = []

    def worker() -> None:
        time.sleep(SAVE_SECONDS + 0.5)
        seen_while_waiting.append(_visible(atlas_sql, atlas_location))
        slow.set_result("done")

    with open_atlas(atlas_location) as atlas, _batched(atlas) as wait:
        atlas.save(*gold_docs[0])
        thread = threading.Thread(target=worker)
        thread.start()
        wait(slow)
        thread.join()
    assert seen_while_waiting == [1]


def test_batched_ingest_equals_one_transaction_per_document(
        tmp_path: Path, dev_dir: Path, new_atlas_location, monkeypatch) -> None:
    """Batching changes when rows are committed, never which: the dev set plus generated
    pages (duplicates, legacy encodings, DOCX, broken files) dump the same either way."""
    from bench.reliability.crash import write_generated
    from ngo_atlas import pipeline

    generated = write_generated(tmp_path / "gen", 60, seed=5)
    (generated / "zz_broken.docx").write_bytes(b"PK\x03\x04 not a zip archive")
    atlases = {}
    for name, size in (("batched", pipeline.SAVE_BATCH), ("single", 1)):
        monkeypatch.setattr(pipeline, "SAVE_BATCH", size)
        location = new_atlas_location(name)
        with open_atlas(location) as atlas:
            summary = ingest_paths([dev_dir, generated], atlas, progress=False)
            assert [Path(s).name for s, _ in summary.failed] == ["zz_broken.docx"]
            atlases[name] = dump(atlas)
    assert differences(atlases["batched"], atlases["single"]) == []
    assert atlases["batched"]["projects"] and atlases["batched"]["mentions"]


def test_a_recorded_failure_is_committed_at_once(gold_docs, atlas_location, atlas_sql) -> None:
    """`ngo-atlas status` during a long ingest shows each failure as soon as it happens."""
    from ngo_atlas.pipeline import _Tally

    with open_atlas(atlas_location) as atlas, atlas.batch(max_writes=100, max_seconds=60):
        tally = _Tally(atlas, bar=type("Bar", (), {"update": lambda self: None})())
        atlas.save(*gold_docs[0])
        tally.fail("/in/broken.pdf", "broken PDF")
        assert _visible(atlas_sql, atlas_location) == 1
        assert atlas_sql(atlas_location, "SELECT source FROM failures") == [("/in/broken.pdf",)]


@pytest.mark.postgres_only
def test_three_batched_ingests_into_one_postgres(pg_url, dev_dir: Path, atlas_sql) -> None:
    """Three `ngo-atlas ingest` processes batch their saves into one PostgreSQL atlas at
    once: each document is stored once, the others' copies are aliases or unchanged."""
    import subprocess
    import sys

    with open_atlas(pg_url):
        pass  # create the schema once, before the three race
    cmd = [sys.executable, "-m", "ngo_atlas.cli", "ingest", str(dev_dir), "--db", pg_url,
           "--no-progress"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(3)]
    outs = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], outs
    texts = len(list(dev_dir.glob("*.txt")))
    rows = atlas_sql(pg_url, "SELECT count(*), count(DISTINCT content_hash), "
                             "count(DISTINCT source) FROM documents")
    assert rows == [(texts, texts, texts)]
    from bench.reliability.consistency import problems

    with open_atlas(pg_url) as atlas:
        assert problems(atlas) == []
