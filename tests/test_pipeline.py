"""The ingest pipeline end to end on a real SQLite atlas with the dev set of ../shared."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from ngo_atlas.pipeline import ingest_paths
from ngo_atlas.store import open_atlas

TABLES = ("documents", "projects", "failures")


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def documents(db: Path) -> set[tuple[str, str, str]]:
    with sqlite3.connect(db) as conn:
        return set(conn.execute("SELECT name, content_hash, language FROM documents"))


@pytest.fixture
def dev_txt(dev_dir: Path) -> list[Path]:
    return sorted(dev_dir.glob("*.txt"))


def test_dev_set_twice_changes_nothing(tmp_path: Path, dev_dir: Path, dev_txt: list[Path]) -> None:
    db = tmp_path / "atlas.sqlite"
    with open_atlas(str(db)) as atlas:
        first = ingest_paths([dev_dir], atlas, progress=False)
        assert first.failed == []
        assert first.ingested == len(dev_txt) and first.unchanged == 0
        after_first = counts(db)
        assert after_first["documents"] == len(dev_txt) and after_first["projects"] > 0
        second = ingest_paths([dev_dir], atlas, progress=False)
    assert (second.ingested, second.updated, second.unchanged, second.failed) == (
        0, 0, len(dev_txt), [])
    assert counts(db) == after_first
    names = {n for n, _, _ in documents(db)}
    assert names == {p.name for p in dev_txt}  # json gold and sources.tsv are not documents
    langs = {n: lang for n, _, lang in documents(db)}
    assert langs["d11.txt"] == "ru" and langs["d12.txt"] == "uk" and langs["d01.txt"] == "pl"


def test_workers_give_the_same_atlas(tmp_path: Path, dev_dir: Path) -> None:
    one, two = tmp_path / "one.sqlite", tmp_path / "two.sqlite"
    with open_atlas(str(one)) as atlas:
        ingest_paths([dev_dir], atlas, progress=False, workers=1)
    with open_atlas(str(two)) as atlas:
        summary = ingest_paths([dev_dir], atlas, progress=False, workers=2)
    assert summary.failed == [] and summary.ingested == counts(one)["documents"]
    assert documents(one) == documents(two) and counts(one) == counts(two)


def test_changed_file_is_updated_and_duplicates_are_unchanged(tmp_path: Path,
                                                               dev_txt: list[Path]) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for p in dev_txt[:3]:
        shutil.copy(p, folder / p.name)
    shutil.copy(dev_txt[0], folder / ("copy-of-" + dev_txt[0].name))
    db = tmp_path / "a.sqlite"
    with open_atlas(str(db)) as atlas:
        s = ingest_paths([folder], atlas, progress=False)
        assert (s.ingested, s.unchanged) == (3, 1)  # identical bytes are stored once
        target = folder / dev_txt[1].name
        target.write_text(target.read_text(encoding="utf-8") + "\nAktualizacja: 2024\n",
                          encoding="utf-8")
        s = ingest_paths([folder], atlas, progress=False)
    assert (s.ingested, s.updated, s.unchanged, s.failed) == (0, 1, 3, [])
    assert counts(db)["documents"] == 3
