"""End to end: the real pipeline ingests ../shared/eval/dev, `ngo-atlas serve` runs, HTTP queries."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from ngo_atlas.pipeline import ingest_paths
from ngo_atlas.store import open_atlas
from server import running_server

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def ingested_atlas(dev_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("e2e") / "atlas.sqlite")
    with open_atlas(path) as atlas:
        summary = ingest_paths(sorted(dev_dir.glob("*.txt")), atlas, progress=False)
    assert not summary.failed, summary.failed
    return path


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
