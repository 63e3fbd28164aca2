"""The JSON API over a real SQLite atlas of the dev set: search, facets, records, OpenAPI."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient

from ngo_atlas.store.base import FACETS


def _titles(client: TestClient, query: str) -> list[str]:
    r = client.get(f"/api/v1/search?{query}")
    assert r.status_code == 200, r.text
    return [h["title"] for h in r.json()["hits"]]


def test_search_understands_polish_inflection(client: TestClient) -> None:
    by_lemma = set(_titles(client, "q=Kraków&per_page=100"))
    by_form = set(_titles(client, "q=Krakowie&per_page=100"))
    assert by_form and by_form == by_lemma


def test_search_payload_shape_and_facets(client: TestClient) -> None:
    d = client.get("/api/v1/search?per_page=5").json()
    assert d["total"] >= 20 and len(d["hits"]) == 5 and d["pages"] == -(-d["total"] // 5)
    assert set(d["facets"]) <= set(FACETS) and d["facets"]["place"]
    hit = d["hits"][0]
    assert hit["url"] == f"/projects/{hit['id']}"
    assert {"title", "start", "end", "places", "funders", "organizations", "snippet"} <= set(hit)


def test_a_facet_narrows_and_its_count_is_exact(client: TestClient) -> None:
    facets = client.get("/api/v1/search").json()["facets"]
    value, count = facets["place"][0]["value"], facets["place"][0]["count"]
    d = client.get("/api/v1/search", params={"place": value, "per_page": 100}).json()
    assert d["total"] == count
    assert all(value in h["places"] for h in d["hits"])


def test_two_values_of_one_facet_are_or(client: TestClient) -> None:
    a = client.get("/api/v1/search", params={"place": "Lublin"}).json()["total"]
    b = client.get("/api/v1/search", params={"place": "Kraków"}).json()["total"]
    both = client.get("/api/v1/search", params={"place": ["Lublin", "Kraków"]}).json()["total"]
    assert max(a, b) <= both <= a + b and a and b


def test_paging_covers_every_hit_once(client: TestClient) -> None:
    total = client.get("/api/v1/search").json()["total"]
    seen = []
    for page in range(1, -(-total // 7) + 1):
        seen += [
            h["id"] for h in client.get(f"/api/v1/search?per_page=7&page={page}").json()["hits"]
        ]
    assert len(seen) == total == len(set(seen))


def test_sort_by_start(client: TestClient) -> None:
    hits = client.get("/api/v1/search?sort=start_asc&per_page=100").json()["hits"]
    starts = [h["start"] for h in hits if h["start"]]
    assert starts == sorted(starts)


def test_year_range(client: TestClient) -> None:
    hits = client.get("/api/v1/search?year_from=2019&year_to=2020&per_page=100").json()["hits"]
    assert hits
    for h in hits:
        start, end = int((h["start"] or h["end"])[:4]), int((h["end"] or h["start"])[:4])
        assert start <= 2020 and end >= 2019


def test_bad_parameters_give_422_naming_them(client: TestClient) -> None:
    for query, name in (("page=abc", "page"), ("sort=price", "sort"), ("per_page=500", "per_page")):
        r = client.get(f"/api/v1/search?{query}")
        assert r.status_code == 422, r.text
        # FastAPI's HTTPValidationError shape, as the OpenAPI description declares it
        assert [e["loc"] for e in r.json()["detail"]] == [["query", name]], r.text
        assert all(e["msg"] and e["type"] for e in r.json()["detail"])


def test_project_record_matches_the_gold_record(client: TestClient, dev_dir: Path) -> None:
    gold = json.loads((dev_dir / "000_7d86bcd1a183bf6a.json").read_text(encoding="utf-8"))
    pid = client.get("/api/v1/search", params={"q": "Polsko-rosyjska sieć"}).json()["hits"][0]["id"]
    rec = client.get(f"/api/v1/projects/{pid}").json()
    want = gold["projects"][0]
    assert rec["title"] == want["title"] and rec["funding"] == want["funding"]
    assert rec["document"]["name"] == "000_7d86bcd1a183bf6a.txt"
    doc = client.get(f"/api/v1/documents/{rec['document']['id']}").json()
    assert doc["text"] == (dev_dir / "000_7d86bcd1a183bf6a.txt").read_text(encoding="utf-8")


def test_missing_records_are_404_json(client: TestClient) -> None:
    for url in ("/api/v1/projects/999999", "/api/v1/documents/999999"):
        r = client.get(url)
        assert r.status_code == 404 and "999999" in r.json()["detail"]


def test_stats(client: TestClient, dev_dir: Path) -> None:
    s = client.get("/api/v1/stats").json()
    assert s["documents"] == len(list(dev_dir.glob("*.txt"))) + 1  # + the hostile page
    assert s["projects"] >= 20


def test_openapi_is_served_and_cdn_docs_are_not(client: TestClient) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    assert {
        "/api/v1/search",
        "/api/v1/projects/{project_id}",
        "/api/v1/documents/{document_id}",
        "/api/v1/stats",
    } <= set(spec["paths"])
    names = {p["name"] for p in spec["paths"]["/api/v1/search"]["get"]["parameters"]}
    assert {"q", "page", "per_page", "sort", "year_from", "year_to", *FACETS} <= names
    assert client.get("/docs").status_code == 404 and client.get("/redoc").status_code == 404
    page = client.get("/api/v1/")
    assert page.status_code == 200 and "/api/v1/search" in page.text and "cdn" not in page.text


def test_unversioned_api_redirects_to_v1(client: TestClient) -> None:
    r = client.get("/api/search?q=Lublin&place=Lublin", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/api/v1/search?q=Lublin&place=Lublin"
    assert client.get("/api/search?q=Lublin").json()["total"] >= 1
    assert client.get("/api/v1/v1/search").status_code == 404


def test_readme_names_every_api_endpoint(client: TestClient) -> None:
    """The README's API paragraph must not fall behind the code."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Web UI and JSON API") :]
    for path in client.get("/api/v1/openapi.json").json()["paths"]:
        name = path.removeprefix("/api/v1/").replace("{project_id}", "{id}")
        name = name.replace("{document_id}", "{id}").replace("{entity_id}", "{id}")
        assert f"`{name}`" in section, f"README does not mention {path}"
