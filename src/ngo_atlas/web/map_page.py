"""The offline map: the projects of a search counted per place and drawn as circles over Poland."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from ngo_atlas.store.base import Atlas, SearchQuery
from ngo_atlas.web import geo, params
from ngo_atlas.web.render import render

router = APIRouter(include_in_schema=False)
R_MIN, R_MAX = 5.0, 26.0  # circle radius range in SVG units
# Places counted for the map: a national atlas names hundreds of towns, and the search
# pages' 30 facet values would leave all but the biggest off the map.
MAP_PLACES = 500


@dataclass
class Spot:
    """One circle: a gazetteer place and the facet values (names) that point to it."""

    place: geo.Place
    values: list[str]
    count: int = 0
    x: float = 0.0
    y: float = 0.0
    r: float = 0.0
    url: str = ""
    selected: bool = False  # the search is already filtered by one of its names


def _filtered_url(query: SearchQuery, values: list[str]) -> str:
    # The circle's names replace any place filter: a circle is itself a choice of place.
    return params.url_for_state(replace(query, filters={**query.filters, "place": values}, per_page=20))


def _spots(atlas: Atlas, query: SearchQuery, facet: list[tuple[str, int]]) -> tuple[list[Spot], list]:
    """Circles for the facet values the gazetteer knows, and (value, count, url) for the rest."""
    spots: dict[str, Spot] = {}
    off = []
    for value, n in facet:
        place = geo.locate(value)
        if place is None:
            off.append((value, n, _filtered_url(query, [value])))
            continue
        spot = spots.setdefault(place.key, Spot(place, []))
        spot.values.append(value)
        spot.count += n
    for spot in spots.values():
        if len(spot.values) > 1:  # one project may name a place twice ('Warszawa', 'Warsaw')
            spot.count = atlas.search(replace(query, filters={**query.filters, "place": spot.values})).total
        spot.x, spot.y = geo.project(spot.place.lat, spot.place.lon)
        spot.url = _filtered_url(query, spot.values)
        spot.selected = bool(set(spot.values) & set(query.filters.get("place", [])))
    top = max([s.count for s in spots.values()] or [1]) or 1
    for spot in spots.values():
        spot.r = round(R_MIN + (R_MAX - R_MIN) * math.sqrt(spot.count / top), 1)
    # Big circles first so small ones stay on top and clickable.
    return sorted(spots.values(), key=lambda s: -s.r), off


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request) -> HTMLResponse:
    items = {k: request.query_params.getlist(k) for k in params.STATE_KEYS}
    try:
        query = replace(params.parse(items), page=1, per_page=1, facet_limit=MAP_PLACES)
    except params.BadParameter as e:
        return render(request, "error.html", {"status": 400, "message": str(e)}, 400)
    atlas = request.app.state.atlases.get()
    result = atlas.search(query)
    spots, off = _spots(atlas, query, result.facets.get("place", []))
    width, height = geo.frame()
    return render(
        request,
        "map.html",
        {
            "spots": spots,
            "other": off,
            "outline": geo.outline_path(),
            "width": width,
            "height": height,
            "total": result.total,
            "facets_exact": result.facets_exact,
        },
    )
