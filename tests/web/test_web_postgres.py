"""The web UI and API over the PostgreSQL store: the same pages and answers as over SQLite."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from atlas_data import dev_pairs, hostile_pair
from fastapi.testclient import TestClient

from ngo_atlas.store import open_atlas

pytestmark = pytest.mark.postgres


@pytest.fixture()
def pg_and_sqlite(pg_url: str, dev_dir: Path, tmp_path: Path) -> tuple[str, str]:
    lite = str(tmp_path / "atlas.sqlite")
    for url in (pg_url, lite):
        with open_atlas(url) as atlas:
            for doc, ex in [*dev_pairs(dev_dir), hostile_pair()]:
                atlas.save(doc, ex)
    return pg_url, lite


def test_postgres_serves_what_sqlite_serves(pg_and_sqlite: tuple[str, str]) -> None:
    from ngo_atlas.web.app import create_app

    pg, lite = (TestClient(create_app(url)) for url in pg_and_sqlite)
    for url in (
        "/api/v1/search?q=Krakowie",
        "/api/v1/search?place=Lublin&sort=title",
        "/api/v1/stats",
        "/api/v1/search?year_from=2010&year_to=2012&per_page=5",
    ):
        a, b = pg.get(url).json(), lite.get(url).json()
        if "hits" in a:
            assert [h["title"] for h in a["hits"]] == [h["title"] for h in b["hits"]], url
            assert a["total"] == b["total"], url
        else:
            assert a == b, url
    pid = pg.get("/api/v1/search", params={"q": "Witold Klaus"}).json()["hits"][0]["id"]
    page = pg.get(f"/projects/{pid}?lang=en").text
    assert re.search(r'<mark id="ev-\d+"[^>]*>Witold Klaus</mark>', page)
    for url in ("/", "/entities", "/network", "/coverage", "/charts", "/map"):
        assert pg.get(url).status_code == 200, url
