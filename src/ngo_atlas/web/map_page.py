"""The offline map: projects of a search counted per voivodeship on a tile grid."""

from __future__ import annotations

from dataclasses import dataclass, replace

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from ngo_atlas.web import params
from ngo_atlas.web.geo import VOIVODESHIPS, names_by_voivodeship
from ngo_atlas.web.render import render

router = APIRouter(include_in_schema=False)
TILE = 120  # SVG units per grid cell


@dataclass
class Tile:
    key: str
    x: int
    y: int
    count: int
    url: str
    heat: int


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request) -> HTMLResponse:
    items = {k: request.query_params.getlist(k) for k in params.STATE_KEYS}
    try:
        query = replace(params.parse(items), page=1, per_page=1)
    except params.BadParameter as e:
        return render(request, "error.html", {"status": 400, "message": str(e)}, 400)
    atlas = request.app.state.atlases.get()
    names = names_by_voivodeship()
    tiles = []
    for key, (col, row, _n) in VOIVODESHIPS.items():
        # The tile's names replace any place filter: a tile is itself a choice of place.
        tile_query = replace(query, filters={**query.filters, "place": names[key]})
        count = atlas.search(tile_query).total
        tiles.append(
            Tile(
                key,
                col * TILE,
                row * TILE,
                count,
                params.url_for_state(replace(tile_query, per_page=20)),
                0,
            )
        )
    top = max([t.count for t in tiles] or [0]) or 1
    for t in tiles:
        t.heat = -(-4 * t.count // top) if t.count else 0
    known = {n for ns in names.values() for n in ns}
    facet = atlas.search(query).facets.get("place", [])
    other = [
        (v, n, params.url_for_state(params.toggle_facet(replace(query, per_page=20), "place", v)))
        for v, n in facet
        if v not in known
    ]
    return render(
        request,
        "map.html",
        {"tiles": tiles, "other": other, "tile": TILE, "width": 4 * TILE, "height": 4 * TILE},
    )
