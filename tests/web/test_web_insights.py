"""Coverage (themes × places) and charts: their numbers agree with the search they open."""

from __future__ import annotations

import re
from collections import defaultdict
from html import unescape

from fastapi.testclient import TestClient

from ngo_atlas.web.insights import CORE_THEMES


def test_coverage_cells_open_searches_with_the_same_count(pipeline_client: TestClient) -> None:
    client = pipeline_client  # gold records carry no themes; the extractor's do
    html = client.get("/coverage?lang=en").text
    cells = re.findall(r'<a href="(/\?theme=[^"]+)" aria-label="[^"]*">(\d+)<span', html)
    assert cells, "the dev set has themed projects in places"
    for url, n in cells[:15]:
        assert client.get(unescape(url)).status_code == 200
        api = "/api/v1/search" + unescape(url)[1:]
        assert client.get(api).json()["total"] == int(n), url


def test_coverage_shows_the_five_core_themes_and_empty_cells(client: TestClient) -> None:
    html = client.get("/coverage?lang=en").text
    for label in (
        "Legal status of residence",
        "Labour market",
        "Social policy",
        "Discrimination",
        "Participation in social life",
    ):
        assert f'<th scope="row">{label}</th>' in html
    assert "no projects" in html and len(CORE_THEMES) == 5


def test_charts_count_years_and_sum_amounts_of_the_search(client: TestClient) -> None:
    html = client.get("/charts?lang=en").text
    facets = client.get("/api/v1/search").json()["facets"]
    for f in facets["year"][:5]:
        assert re.search(
            rf'<a href="/\?year={f["value"]}">{f["value"]}</a></th><td>{f["count"]}</td>', html
        )
    sums: dict[tuple[str, str], float] = defaultdict(float)
    hits = client.get("/api/v1/search?per_page=100").json()["hits"]
    for h in hits:
        p = client.get(h["api_url"]).json()
        for f in p["funding"]:
            if f["amount"] is not None and f["currency"]:
                sums[(f["currency"], (p["start"] or "")[:4] or "?")] += f["amount"]
    assert sums, "the dev set has amounts"
    assert "PLN" in html
    pln = {y: v for (c, y), v in sums.items() if c == "PLN"}
    year, amount = max(pln.items(), key=lambda kv: kv[1])
    assert f'<th scope="row">{year}</th><td class="num">' in html
    # en formatting of the summed amount, e.g. PLN999,750.00
    assert f"{amount:,.2f}" in unescape(html).replace("\xa0", "")


def test_charts_follow_the_search_state(client: TestClient) -> None:
    html = client.get("/charts?place=Lublin&lang=en").text
    total = client.get("/api/v1/search?place=Lublin").json()["total"]
    assert f"{total} projects found" in html or "1 project found" in html
    assert 'href="/?place=Lublin"' in html
    assert client.get("/charts?page=x").status_code == 400


def test_map_circles_count_what_their_search_finds(pipeline_client: TestClient) -> None:
    from test_web_map import spots

    client = pipeline_client  # the extractor's places, not gold ones
    found = spots(client.get("/map?lang=en").text)
    assert "lublin" in found and "warszawa" in found
    for spot in found.values():
        total = client.get("/api/v1/search" + spot["url"][1:]).json()["total"]
        assert spot["label"].endswith(f": {total} projects" if total != 1 else ": 1 project")
    assert client.get("/api/v1/search?place=Lublin").json()["total"] > 0


def test_map_follows_the_search_and_lists_places_off_the_map(pipeline_client: TestClient) -> None:
    from test_web_map import off_map, spots

    assert spots(pipeline_client.get("/map?q=zzqxv&lang=en").text) == {}
    off = off_map(pipeline_client.get("/map?lang=en").text)
    assert all(name not in ("Lublin", "Kraków", "Warszawa") for name in off)
