"""The offline map: circles at the gazetteer's positions, counted from the search they open."""

from __future__ import annotations

import re
from html import unescape

from fastapi.testclient import TestClient

from ngo_atlas.store.base import SearchQuery
from ngo_atlas.web import geo

SPOT = re.compile(
    r'<a href="([^"]+)" class="spot spot-(\w+)(?: selected)?" aria-label="([^"]+)" data-place="([^"]+)">'
    r'\s*<title>[^<]*</title>\s*<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)">'
)


def spots(html: str) -> dict[str, dict]:
    """Circles of a map page by place key: url, kind, label, x, y, r."""
    out = {}
    for url, kind, label, key, x, y, r in SPOT.findall(html):
        out[key] = {"url": unescape(url), "kind": kind, "label": unescape(label),
                    "x": float(x), "y": float(y), "r": float(r)}
    return out


def off_map(html: str) -> list[str]:
    block = html.split('class="off-map"', 1)
    return [unescape(v) for v in re.findall(r'<li><a href="[^"]+">([^<]+)</a>', block[1])] if len(block) > 1 else []


def test_lublin_and_krakow_are_circles_where_they_lie(client: TestClient) -> None:
    html = client.get("/map?lang=en").text
    assert '<path class="outline" d="M' in html
    found = spots(html)
    lublin, krakow, warsaw = found["lublin"], found["krakow"], found["warszawa"]
    assert krakow["y"] > warsaw["y"] and krakow["x"] < lublin["x"]  # south of Warsaw, west of Lublin
    assert lublin["x"] > warsaw["x"] and lublin["y"] > warsaw["y"]  # Lublin lies south-east of Warsaw
    n = client.get("/api/v1/search?place=Lublin").json()["total"]
    assert lublin["label"] == f"Lublin: {n} projects" and n > 0
    width, height = geo.frame()
    assert all(0 < s["x"] < width and 0 < s["y"] < height for s in found.values())


def test_a_circle_opens_the_search_of_its_place_with_the_same_count(client: TestClient) -> None:
    found = spots(client.get("/map?lang=en").text)
    for key in ("lublin", "krakow", "warszawa"):
        spot = found[key]
        assert "place=" in spot["url"]
        total = client.get("/api/v1/search" + spot["url"][1:]).json()["total"]
        assert spot["label"].endswith(f": {total} projects" if total != 1 else ": 1 project")
    # 'Warszawa' and 'Warsaw' in the dev set are one circle that filters by both names.
    assert "place=Warszawa" in found["warszawa"]["url"] and "place=Warsaw" in found["warszawa"]["url"]


def test_a_voivodeship_is_drawn_at_its_centre(client: TestClient) -> None:
    found = spots(client.get("/map?lang=en").text)
    region = found["region:lubelskie"]
    assert region["kind"] == "region" and region["label"].startswith("Lublin (voivodeship-wide): ")
    x, y = geo.project(51.2, 22.9)
    assert abs(region["x"] - x) < 1 and abs(region["y"] - y) < 1
    assert "place=wojew%C3%B3dztwo+lubelskie" in region["url"]


def test_places_off_the_gazetteer_are_listed_not_drawn(client: TestClient) -> None:
    html = client.get("/map?lang=en").text
    off = off_map(html)
    assert "Bezwola" in off and "Kolonia Horbów" in off
    assert not {"Lublin", "Kraków", "Warszawa", "województwo lubelskie"} & set(off)
    assert "Places not on the map" in html


def test_filters_narrow_the_circles(client: TestClient) -> None:
    full = spots(client.get("/map?lang=en").text)
    narrow = spots(client.get("/map?q=Krak%C3%B3w&lang=en").text)
    assert narrow and set(narrow) < set(full)
    for key, spot in narrow.items():
        n = int(spot["label"].rsplit(": ", 1)[1].split()[0])
        assert n <= int(full[key]["label"].rsplit(": ", 1)[1].split()[0])
        assert "q=Krak%C3%B3w" in spot["url"] or "q=Krak%C3%B3w".lower() in spot["url"].lower()
    assert spots(client.get("/map?q=zzqxv&lang=en").text) == {}


def test_a_place_filter_marks_its_circle_and_keeps_the_others_choosable(client: TestClient) -> None:
    html = client.get("/map?place=Lublin&lang=en").text
    assert re.search(r'class="spot spot-capital selected"[^>]*data-place="lublin"', html)
    assert html.count(" selected\"") == 1
    # The place facet counts as if no place were chosen, so other places stay on the map.
    assert {"lublin", "krakow"} <= set(spots(html))


def test_labels_follow_the_page_language(client: TestClient) -> None:
    uk = spots(client.get("/map?lang=uk").text)
    assert uk["lublin"]["label"].startswith("Люблін: ")
    pl = spots(client.get("/map?lang=pl").text)
    assert pl["region:lubelskie"]["label"].startswith("lubelskie (całe województwo): ")


def test_gazetteer_folds_case_accents_and_inflection() -> None:
    assert geo.locate("KRAKOW").key == "krakow" == geo.locate("Краків").key
    assert geo.locate("Lublinie").key == "lublin"
    assert geo.locate("Мазовецкое воеводство").key == "region:mazowieckie"
    assert geo.locate("Bezwola") is None
    assert len([p for p in geo.places() if p.kind == "region"]) == 16
    assert len([p for p in geo.places() if p.kind == "capital"]) >= 18
    assert len(geo.places()) >= 136


def test_bad_state_is_a_clear_error(client: TestClient) -> None:
    response = client.get("/map?page=x")
    assert response.status_code == 400


def _inside(lon: float, lat: float, polygon: list[tuple[float, float]]) -> bool:
    """Ray casting: whether a point lies inside a closed polygon."""
    hit = False
    for (x1, y1), (x2, y2) in zip(polygon, polygon[1:] + polygon[:1]):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            hit = not hit
    return hit


def test_every_gazetteer_place_lies_inside_the_outline() -> None:
    # Catches a mistyped coordinate (a swapped digit puts a town in Germany or the Baltic).
    polygon = list(geo.outline())
    assert 40 <= len(polygon) <= 80
    outside = [p.key for p in geo.places() if not _inside(p.lon, p.lat, polygon)]
    assert outside == []
    assert not _inside(13.40, 52.52, polygon) and not _inside(24.03, 49.84, polygon)  # Berlin, Lviv


def test_a_national_atlas_draws_every_town_not_just_the_top_thirty(new_atlas_location) -> None:  # noqa: ANN001
    """The search pages list 30 values per facet; the map must not stop there, or the
    small towns of a national atlas never get a circle."""
    import hashlib

    from ngo_atlas.model import Document, Extraction, Project
    from ngo_atlas.store import open_atlas
    from ngo_atlas.web.app import create_app

    towns = [p for p in geo.places() if p.kind != "region"][:45]
    assert len(towns) == 45
    path = new_atlas_location("map45")
    with open_atlas(path) as atlas:
        for i, town in enumerate(towns):
            text = f"Projekt nr {i} w miejscowości {town.names[0]}."
            doc = Document(source=f"t{i}.txt", name=f"t{i}.txt", text=text, language="pl",
                           content_hash=hashlib.sha256(text.encode()).hexdigest())
            project = Project.from_record({"title": f"Projekt nr {i}", "places": [town.names[0]]})
            atlas.save(doc, Extraction(doc.name, "pl", [project]))
        assert len(atlas.search(SearchQuery()).facets["place"]) == 30  # the search pages' list
    with TestClient(create_app(path)) as c:
        found = spots(c.get("/map?lang=en").text)
        narrowed = spots(c.get("/map?lang=en&q=Projekt").text)  # the counted, not browsed, path
    assert {t.key for t in towns} <= set(found)
    assert {t.key for t in towns} <= set(narrowed)
