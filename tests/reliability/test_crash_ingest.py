"""SIGKILL the real `ngo-atlas ingest` at random points: after every kill the atlas is sound,
and a rerun completes it to exactly the atlas of an uninterrupted ingest (SQLite, PostgreSQL).

The long version (100+ kills) is `python -m bench.reliability.crash`; see bench/RELIABILITY.md.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import psycopg
import pytest

from bench.reliability import crash
from bench.reliability.crash import write_generated

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus(dev_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The dev set plus 30 generated pages (legacy encodings, duplicates, DOCX, news lists)."""
    return [str(dev_dir), str(write_generated(tmp_path_factory.mktemp("gen"), 30, seed=11))]


def crash_loop(*args, **kwargs):  # noqa: ANN002, ANN003, ANN201
    try:
        return crash.crash_loop(*args, **kwargs)
    except crash.CodeChanged as e:  # a shared working tree being edited, never CI
        pytest.skip(str(e))


def _assert_clean(report) -> None:  # noqa: ANN001 - a CrashReport
    assert report.inconsistencies == []
    assert report.lost_or_different == []


@pytest.mark.sqlite_only("the SQLite file's crash loop; the postgres pass has its own below")
def test_sigkilled_ingest_sqlite(corpus: list[str], tmp_path: Path) -> None:
    numbers = itertools.count()
    report = crash_loop(corpus, str(tmp_path / "reference.sqlite"),
                        lambda: str(tmp_path / f"atlas-{next(numbers)}.sqlite"),
                        kills=10, seed=2026)
    _assert_clean(report)
    assert report.kills == 10
    # Some kills must land while documents were being stored, or the test proves little.
    assert any(0 < n for n in report.documents_seen_mid_run), report.documents_seen_mid_run


@pytest.mark.postgres_only
def test_sigkilled_ingest_postgres(corpus: list[str], pg_server: str) -> None:
    numbers = itertools.count()

    def fresh() -> str:
        name = f"crash_{next(numbers)}"
        with psycopg.connect(f"{pg_server}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"{pg_server}/{name}"

    report = crash_loop(corpus, fresh(), fresh, kills=5, seed=7)
    _assert_clean(report)
    assert report.kills == 5
    assert any(0 < n for n in report.documents_seen_mid_run), report.documents_seen_mid_run
