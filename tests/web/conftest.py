"""Fixtures of the web tests: a real SQLite atlas built from ../shared/eval/dev, and its app."""

from __future__ import annotations

from pathlib import Path

import pytest
from atlas_data import dev_pairs, hostile_pair
from fastapi.testclient import TestClient

from ngo_atlas.store import open_atlas


@pytest.fixture(scope="session")
def atlas_path(dev_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite atlas of the dev set's gold records (with verbatim spans) and one hostile page."""
    path = str(tmp_path_factory.mktemp("atlas") / "atlas.sqlite")
    with open_atlas(path) as atlas:
        for doc, ex in [*dev_pairs(dev_dir), hostile_pair()]:
            atlas.save(doc, ex)
    return path


@pytest.fixture(scope="session")
def pipeline_atlas_path(dev_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    """An atlas built by the real ingest pipeline from the dev set's .txt files."""
    from ngo_atlas.pipeline import ingest_paths

    path = str(tmp_path_factory.mktemp("pipeline") / "atlas.sqlite")
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
