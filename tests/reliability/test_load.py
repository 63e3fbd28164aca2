"""A small bounded load on the real server while the real ingest writes to the same atlas:
no request fails. Latency is reported by bench/reliability/load.py, never asserted."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.reliability.crash import run_ingest, write_generated
from bench.reliability.load import format_report, run_load

pytestmark = pytest.mark.slow


def test_searches_and_pages_during_an_ingest_never_fail(dev_dir: Path, tmp_path: Path,
                                                        atlas_location: str) -> None:
    db = atlas_location
    run_ingest([str(dev_dir)], db)
    corpus = write_generated(tmp_path / "gen", 60, seed=5)
    report = run_load(db, [str(corpus)], requests=300, concurrency=8)
    print(format_report(report))
    assert report.requests >= 300  # more while the writer starts up, until it has written
    assert report.errors == []
    assert report.ingest_documents_during_load > 0  # the writer really ran meanwhile
