"""Entity pages, entity API and the network over the real atlas of the dev set."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient


def _entity_id(client: TestClient, kind: str, name: str) -> int:
    items = client.get("/api/v1/entities", params={"kind": kind, "q": name}).json()
    return next(e["id"] for e in items if e["name"] == name)


def test_entity_list_ranks_by_projects_and_filters_by_name(client: TestClient) -> None:
    items = client.get("/api/v1/entities", params={"kind": "place", "limit": 500}).json()
    counts = [e["projects"] for e in items]
    assert counts == sorted(counts, reverse=True) and items[0]["projects"] >= 2
    lub = client.get("/api/v1/entities", params={"kind": "place", "q": "lublin"}).json()
    assert lub and all("lublin" in e["name"].lower() for e in lub)
    assert client.get("/api/v1/entities?kind=galaxy").status_code == 422


def test_organisation_page_lists_projects_and_partners(client: TestClient) -> None:
    eid = _entity_id(client, "organization", "Helsińska Fundacja Praw Człowieka")
    rec = client.get(f"/api/v1/entities/{eid}").json()
    assert len(rec["projects"]) >= 2 and rec["partners"]
    html = client.get(f"/entities/{eid}?lang=en").text
    assert "Helsińska Fundacja Praw Człowieka" in html and "Partners, by shared projects" in html
    for p in rec["projects"]:
        assert f'href="/projects/{p["id"]}"' in html
    assert f'href="/entities/{rec["partners"][0]["id"]}"' in html


def test_project_page_links_its_entities(client: TestClient) -> None:
    pid = client.get("/api/v1/search", params={"q": "Polsko-rosyjska sieć"}).json()["hits"][0]["id"]
    rec = client.get(f"/api/v1/projects/{pid}").json()
    html = client.get(f"/projects/{pid}").text
    for e in rec["entities"]:
        if e["kind"] in ("organization", "person", "place"):
            assert re.search(rf'href="/entities/{e["entity_id"]}">{re.escape(e["name"])}<', html)


def test_network_api_and_page(client: TestClient) -> None:
    d = client.get("/api/v1/network").json()
    ids = {n["id"] for n in d["nodes"]}
    assert d["edges"] and all(e["source"] in ids and e["target"] in ids for e in d["edges"])
    narrowed = client.get("/api/v1/network", params={"place": "Lublin"}).json()
    assert 0 < len(narrowed["nodes"]) < len(d["nodes"])
    html = client.get("/network?lang=en").text
    top = max(d["nodes"], key=lambda n: (n["degree"], n["projects"]))
    assert "Most connected organisations" in html and top["name"] in html
    assert 'data-src="/api/v1/network?lang=en"' in html


def test_missing_entity_is_404(client: TestClient) -> None:
    assert client.get("/api/v1/entities/999999").status_code == 404
    assert client.get("/entities/999999").status_code == 404


def test_funder_page_sums_amounts_by_year_and_lists_recipients(client: TestClient) -> None:
    eid = _entity_id(client, "funder", "Fundacja Batorego")
    html = client.get(f"/entities/{eid}?lang=en").text
    assert "Amounts granted, by start year" in html and "Recipients, by shared projects" in html
    # 000_…: 21 775 USD from Fundacja Batorego for a project that started in 2012
    assert re.search(r'<th scope="row">2012</th><td class="num">\$21,775\.00</td>', html)


def test_network_page_exports_what_it_draws(client: TestClient) -> None:
    html = client.get("/network?place=Lublin&year_from=2012&year_to=2013").text
    gexf = re.search(r'href="(/api/v1/export\?format=gexf[^"]*)"', html).group(1)
    assert "place=Lublin" in gexf and "year=2012&amp;year=2013" in gexf
    r = client.get(gexf.replace("&amp;", "&"))
    assert r.status_code == 200 and "<gexf" in r.text


def test_organisation_timeline_has_a_bar_per_dated_project(client: TestClient) -> None:
    eid = _entity_id(client, "organization", "Helsińska Fundacja Praw Człowieka")
    rec = client.get(f"/api/v1/entities/{eid}").json()
    dated = {p["id"] for p in rec["projects"] if p["start"] or p["end"]}
    html = client.get(f"/entities/{eid}").text
    bars = set(map(int, re.findall(r'<a href="/projects/(\d+)" aria-label="[^"]*">\s*<rect', html)))
    assert bars == dated and dated


def test_entity_list_pages(client: TestClient) -> None:
    from ngo_atlas.web.entities import LIST_LIMIT

    every = client.get("/api/v1/entities", params={"kind": "person", "limit": 500}).json()
    html = client.get("/entities?kind=person").text
    assert html.count('<li><a href="/entities/') == min(len(every), LIST_LIMIT)
    assert ('rel="next"' in html) == (len(every) > LIST_LIMIT)
    assert client.get("/entities?kind=person&page=0").status_code == 400
