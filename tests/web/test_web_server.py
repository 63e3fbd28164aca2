"""End to end: the real pipeline ingests ../shared/eval/dev, `ngo-atlas serve`, HTTP queries."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from server import running_server

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def ingested_atlas(pipeline_atlas_path: str) -> str:
    return pipeline_atlas_path


def test_ingested_dev_set_is_served_over_http(ingested_atlas: str, dev_dir: Path) -> None:
    with running_server(ingested_atlas) as base:
        stats = httpx.get(f"{base}/api/v1/stats").json()
        assert stats["documents"] == len(list(dev_dir.glob("*.txt")))
        assert stats["projects"] >= 15
        # "Krakowie" in the text, "Kraków" in the box: inflection understood end to end
        hits = httpx.get(f"{base}/api/v1/search", params={"q": "Kraków"}).json()["hits"]
        assert hits
        project = httpx.get(f"{base}{hits[0]['api_url']}").json()
        assert project["evidence"], "the pipeline records evidence spans"
        text = project["document"]["text"]
        assert all(0 <= e["start"] < e["end"] <= len(text) for e in project["evidence"])
        page = httpx.get(f"{base}{hits[0]['url']}")
        assert page.status_code == 200 and "<mark" in page.text


def test_gold_atlas_over_http(atlas_path: str, dev_dir: Path) -> None:
    gold = json.loads((dev_dir / "000_7d86bcd1a183bf6a.json").read_text(encoding="utf-8"))
    with running_server(atlas_path) as base:
        d = httpx.get(f"{base}/api/v1/search", params={"q": "Witold Klaus"}).json()
        assert [h["title"] for h in d["hits"]] == [gold["projects"][0]["title"]]
        r = httpx.get(f"{base}/api/search", params={"q": "Witold Klaus"}, follow_redirects=True)
        assert r.json()["total"] == 1
        assert "frame-ancestors 'none'" in httpx.get(base).headers["content-security-policy"]


def test_every_page_of_the_ingested_atlas_renders(pipeline_client) -> None:  # noqa: ANN001
    """Real extractions (odd spans, empty fields, three scripts) in all three languages."""
    hits = pipeline_client.get("/api/v1/search?per_page=100").json()["hits"]
    assert hits
    for h in hits:
        for lang in ("pl", "en", "uk"):
            r = pipeline_client.get(f"/projects/{h['id']}?lang={lang}")
            assert r.status_code == 200, (h["id"], lang)
    for kind in ("organization", "funder", "person", "place"):
        for e in pipeline_client.get(f"/api/v1/entities?kind={kind}&limit=20").json():
            assert pipeline_client.get(f"/entities/{e['id']}").status_code == 200
    for url in ("/coverage", "/charts", "/network", "/entities"):
        assert pipeline_client.get(url).status_code == 200, url
