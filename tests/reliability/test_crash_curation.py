"""SIGKILL a process in the middle of curators' corrections and reverts (SQLite, PostgreSQL):
no acknowledged change is lost, nothing half-written shows, records stay extraction +
active corrections. The long version: `python -m bench.reliability.curation_crash run`.
"""

from __future__ import annotations

import pytest

from bench.reliability.curation_crash import run
from ngo_atlas.store import open_atlas

pytestmark = pytest.mark.slow


def test_killed_curation_loses_nothing(atlas_url: str, gold_docs: list) -> None:
    with open_atlas(atlas_url) as atlas:
        for doc, extraction in gold_docs:
            atlas.save(doc, extraction)
    report = run(atlas_url, kills=4, seed=3, startup=1.5, spread=1.5)
    assert report.problems == []
    assert report.kills == 4
    assert report.acknowledged > 0  # the child really was editing when it was killed
