"""`ngo-atlas demo --no-serve`: builds a sample atlas from the project's own documents."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ngo_atlas.store import open_atlas

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[2]


def test_demo_builds_an_atlas_from_extra_synthetic_and_dev_documents(
    tmp_path: Path, dev_dir: Path, atlas_location: str
) -> None:
    db = atlas_location
    run = [sys.executable, "-m", "ngo_atlas.cli", "demo", "--no-serve", "--db", str(db)]
    first = subprocess.run(run, cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert first.returncode == 0, first.stderr
    with open_atlas(str(db)) as atlas:
        sources = {d.split("/")[-2] for d in _sources(atlas)}
        stats = atlas.stats()
    assert {"extra", "synthetic", "dev"} <= sources, sources
    assert stats["projects"] > 100 and stats["failures"] == 0
    # running it again ingests nothing new: every document is already there
    again = subprocess.run(run, cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0 and "ingested 0," in again.stderr


def _sources(atlas) -> list[str]:  # noqa: ANN001 - the store's Atlas
    """Every stored document's source, read through the public document() call."""
    n, out, i = atlas.stats()["documents"], [], 0
    while len(out) < n and i < 10 * n + 100:
        i += 1
        doc = atlas.document(i)
        if doc is not None:
            out.append(doc["source"])
    return out
