"""The ingest pipeline end to end on a real atlas (SQLite or PostgreSQL) with the dev set."""

from __future__ import annotations

import os
import shutil
import signal
import threading
import time
from pathlib import Path

import pytest

from ngo_atlas.pipeline import ingest_paths
from ngo_atlas.store import open_atlas

TABLES = ("documents", "projects", "failures")


def counts(sql, db: str) -> dict[str, int]:  # noqa: ANN001 - the atlas_sql fixture
    return {t: sql(db, f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}


def documents(sql, db: str) -> set[tuple[str, str, str]]:  # noqa: ANN001 - atlas_sql
    return set(sql(db, "SELECT name, content_hash, language FROM documents"))


@pytest.fixture
def dev_txt(dev_dir: Path) -> list[Path]:
    return sorted(dev_dir.glob("*.txt"))


def test_dev_set_twice_changes_nothing(atlas_location: str, atlas_sql, dev_dir: Path,
                                       dev_txt: list[Path]) -> None:
    db = atlas_location
    with open_atlas(db) as atlas:
        first = ingest_paths([dev_dir], atlas, progress=False)
        assert first.failed == []
        assert first.ingested == len(dev_txt) and first.unchanged == 0
        after_first = counts(atlas_sql, db)
        assert after_first["documents"] == len(dev_txt) and after_first["projects"] > 0
        second = ingest_paths([dev_dir], atlas, progress=False)
    assert (second.ingested, second.updated, second.unchanged, second.failed) == (
        0, 0, len(dev_txt), [])
    assert counts(atlas_sql, db) == after_first
    names = {n for n, _, _ in documents(atlas_sql, db)}
    assert names == {p.name for p in dev_txt}  # json gold and sources.tsv are not documents
    langs = {n: lang for n, _, lang in documents(atlas_sql, db)}
    assert langs["d11.txt"] == "ru" and langs["d12.txt"] == "uk" and langs["d01.txt"] == "pl"


def test_workers_give_the_same_atlas(new_atlas_location, atlas_sql, dev_dir: Path) -> None:
    one, two = new_atlas_location("one"), new_atlas_location("two")
    with open_atlas(one) as atlas:
        ingest_paths([dev_dir], atlas, progress=False, workers=1)
    with open_atlas(two) as atlas:
        summary = ingest_paths([dev_dir], atlas, progress=False, workers=2)
    assert summary.failed == [] and summary.ingested == counts(atlas_sql, one)["documents"]
    assert documents(atlas_sql, one) == documents(atlas_sql, two)
    assert counts(atlas_sql, one) == counts(atlas_sql, two)


def test_changed_file_is_updated_and_duplicates_are_unchanged(tmp_path: Path, atlas_location,
                                                               atlas_sql,
                                                               dev_txt: list[Path]) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for p in dev_txt[:3]:
        shutil.copy(p, folder / p.name)
    shutil.copy(dev_txt[0], folder / ("copy-of-" + dev_txt[0].name))
    db = atlas_location
    with open_atlas(db) as atlas:
        s = ingest_paths([folder], atlas, progress=False)
        assert (s.ingested, s.unchanged) == (3, 1)  # identical bytes are stored once
        target = folder / dev_txt[1].name
        target.write_text(target.read_text(encoding="utf-8") + "\nAktualizacja: 2024\n",
                          encoding="utf-8")
        s = ingest_paths([folder], atlas, progress=False)
    assert (s.ingested, s.updated, s.unchanged, s.failed) == (0, 1, 3, [])
    assert counts(atlas_sql, db)["documents"] == 3


def _pool_workers() -> list[int]:
    """This test process's children that are pool workers (same command line as us)."""
    me = os.getpid()
    mine = Path(f"/proc/{me}/cmdline").read_bytes()
    kids: list[int] = []
    for task in Path(f"/proc/{me}/task").iterdir():
        kids += [int(p) for p in (task / "children").read_text().split()]
    out = []
    for pid in kids:
        try:
            if Path(f"/proc/{pid}/cmdline").read_bytes() == mine:
                out.append(pid)
        except OSError:
            pass
    return out


def test_a_killed_worker_loses_nothing(tmp_path: Path, atlas_location: str, atlas_sql,
                                       dev_dir: Path) -> None:
    """SIGKILL one pool worker mid-batch: its documents are re-run, none is lost or failed."""
    folder = tmp_path / "in"
    folder.mkdir()
    deep = "<html><body>" + "<div>" * 60_000 + "Projekt {i} w Lublinie." + "</div>" * 60_000
    for i in range(6):  # slow pages, so the kill lands while the workers are busy
        (folder / f"deep{i}.html").write_text(deep.replace("{i}", str(i)) + "</body></html>")
    for p in sorted(dev_dir.glob("d0*.txt")):
        shutil.copy(p, folder / p.name)
    expected = len(list(folder.iterdir()))
    killed: list[int] = []

    def kill_one_worker() -> None:
        deadline = time.monotonic() + 60
        while not killed and time.monotonic() < deadline:
            workers = _pool_workers()
            if workers:
                time.sleep(0.3)  # let it start on a document
                os.kill(workers[0], signal.SIGKILL)
                killed.append(workers[0])
            time.sleep(0.05)

    killer = threading.Thread(target=kill_one_worker, daemon=True)
    killer.start()
    with open_atlas(atlas_location) as atlas:
        summary = ingest_paths([folder], atlas, progress=False, workers=2)
    killer.join(timeout=5)
    assert killed, "no worker was seen to kill"
    assert summary.failed == []
    assert summary.ingested == expected == counts(atlas_sql, atlas_location)["documents"]


def test_time_limit_covers_read_and_extract(tmp_path: Path, atlas_location: str,
                                             dev_dir: Path) -> None:
    from ngo_atlas.extract.pipeline import extract_document
    from ngo_atlas.ingest.limits import Limits
    from ngo_atlas.ingest.readers import read_path

    extract_document(read_path(dev_dir / "d01.txt"))  # load the dictionaries outside the limit
    slow = tmp_path / "slow.html"
    slow.write_text("<html><body>" + "<div>" * 400_000 + "Projekt" + "</div>" * 400_000
                    + "</body></html>")
    with open_atlas(atlas_location) as atlas:
        summary = ingest_paths([slow, dev_dir / "d01.txt"], atlas, progress=False,
                               limits=Limits(seconds_per_document=0.2))
    # The slow page needs ~0.7 CPU-s on the development machine: 0.2 s leaves a margin
    # on faster machines too (at 0.5 s it was read in time on a quick run), while d01
    # takes a few milliseconds.
    assert summary.ingested == 1
    assert summary.failed == [(str(slow), "took longer than 0.2 s (limit seconds_per_document)")]


def test_chunked_workers_keep_input_order_and_isolate_failures(tmp_path: Path, atlas_location,
                                                                atlas_sql,
                                                                dev_dir: Path) -> None:
    """Workers take documents in chunks: a broken file inside a chunk is that file's
    failure only, and documents come back in input order (the order of the atlas rows)."""
    from ngo_atlas.pipeline import CHUNK

    folder = tmp_path / "in"
    folder.mkdir()
    txt = sorted(dev_dir.glob("*.txt"))[: CHUNK * 3]
    for i, p in enumerate(txt):
        shutil.copy(p, folder / f"{i:03d}_{p.name}")
    (folder / f"{CHUNK + 1:03d}_broken.docx").write_bytes(b"PK\x03\x04 not a zip archive")
    with open_atlas(atlas_location) as atlas:
        summary = ingest_paths([folder], atlas, progress=False, workers=2)
    assert [Path(s).name for s, _ in summary.failed] == [f"{CHUNK + 1:03d}_broken.docx"]
    assert summary.ingested == len(txt)
    names = [r[0] for r in atlas_sql(atlas_location, "SELECT name FROM documents ORDER BY id")]
    assert names == sorted(names) and len(names) == len(txt)


def test_the_same_bytes_at_a_second_source_become_an_alias(dev_dir, tmp_path, atlas_location):
    """A page copied to a second place is one document that lists both sources."""
    import shutil

    from ngo_atlas.pipeline import ingest_paths
    from ngo_atlas.store import open_atlas

    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    shutil.copy(dev_dir / "d01.txt", first / "d01.txt")
    shutil.copy(dev_dir / "d01.txt", second / "copy.txt")
    with open_atlas(atlas_location) as atlas:
        summary = ingest_paths([first, second], atlas, progress=False)
        assert (summary.ingested, summary.unchanged) == (1, 1)
        assert atlas.stats()["documents"] == 1
        doc = atlas.document(1)
        assert any(str(second / "copy.txt") in str(a) for a in doc["aliases"]), doc["aliases"]
