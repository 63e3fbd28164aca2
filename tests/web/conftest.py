"""Fixtures of the web tests: a real atlas (the run's store) built from ../shared/eval/dev, and its app."""

from __future__ import annotations

from pathlib import Path

import pytest
from atlas_data import dev_pairs, hostile_pair
from fastapi.testclient import TestClient

from ngo_atlas.store import open_atlas


@pytest.fixture(scope="session")
def atlas_path(dev_dir: Path, new_atlas_location) -> str:  # noqa: ANN001
    """An atlas of the dev set's gold records (with verbatim spans) and one hostile page:
    a SQLite file, or a PostgreSQL database with --store=postgres."""
    path = new_atlas_location("atlas")
    with open_atlas(path) as atlas:
        for doc, ex in [*dev_pairs(dev_dir), hostile_pair()]:
            atlas.save(doc, ex)
    return path


@pytest.fixture(scope="session")
def pipeline_atlas_path(dev_dir: Path, new_atlas_location) -> str:  # noqa: ANN001
    """An atlas built by the real ingest pipeline from the dev set's .txt files."""
    from ngo_atlas.pipeline import ingest_paths

    path = new_atlas_location("pipeline")
    with open_atlas(path) as atlas:
        summary = ingest_paths(sorted(dev_dir.glob("*.txt")), atlas, progress=False)
    assert not summary.failed, summary.failed
    return path


@pytest.fixture()
def pipeline_client(pipeline_atlas_path: str) -> TestClient:
    from ngo_atlas.web.app import create_app

    with TestClient(create_app(pipeline_atlas_path)) as c:
        yield c


@pytest.fixture(scope="session")
def app(atlas_path: str):  # noqa: ANN201 - a FastAPI app
    from ngo_atlas.web.app import create_app

    return create_app(atlas_path)


@pytest.fixture()
def client(app) -> TestClient:  # noqa: ANN001
    with TestClient(app) as c:
        yield c
