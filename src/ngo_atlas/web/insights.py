"""Pages to look at rather than read: coverage (themes × places) and charts of a search."""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from ngo_atlas.store.base import SearchQuery
from ngo_atlas.web import params
from ngo_atlas.web.render import render

router = APIRouter(include_in_schema=False)
# The five thematic blocks of seed 003 are always rows, so a theme with no project shows.
CORE_THEMES = (
    "legal_status",
    "labour_market",
    "social_policy",
    "discrimination",
    "social_participation",
)
PLACES_SHOWN = 20
CACHE_SECONDS = 60


@dataclass
class Cell:
    projects: int
    organizations: int
    capped: bool  # the organisation count reached the facet cap: "30+"
    url: str


def coverage(atlas: Any) -> tuple[list[str], list[str], dict[tuple[str, str], Cell]]:
    """(themes, places, cells): projects and organisations per theme and place.

    One SQL aggregate over the atlas (store ``coverage``) instead of a search per cell;
    organisation counts are exact, so no cell is capped.
    """
    base = atlas.search(SearchQuery(per_page=1))
    themes = list(dict.fromkeys([*CORE_THEMES, *(v for v, _ in base.facets.get("theme", []))]))
    places = [v for v, _ in base.facets.get("place", [])][:PLACES_SHOWN]
    counts = atlas.coverage(themes, places=places)
    cells: dict[tuple[str, str], Cell] = {}
    for theme in themes:
        for place in places:
            n, orgs = counts.get((theme, place), (0, 0))
            url = "/?" + urlencode([("theme", theme), ("place", place)])
            cells[(theme, place)] = Cell(n, orgs, False, url)
    return themes, places, cells


def _cached(request: Request, key: str, build: Any) -> Any:
    """Keep coverage a minute, keyed on what the atlas holds (one aggregate, still a scan)."""
    atlas = request.app.state.atlases.get()
    stamp = tuple(sorted(atlas.stats().items()))
    cache = request.app.state.__dict__.setdefault("insight_cache", {})
    hit = cache.get(key)
    if hit and hit[0] == stamp and time.monotonic() - hit[1] < CACHE_SECONDS:
        return hit[2]
    value = build(atlas)
    cache[key] = (stamp, time.monotonic(), value)
    return value


@router.get("/coverage", response_class=HTMLResponse)
def coverage_page(request: Request) -> HTMLResponse:
    themes, places, cells = _cached(request, "coverage", coverage)
    top = max([c.projects for c in cells.values()] or [0])
    return render(
        request,
        "coverage.html",
        {"themes": themes, "places": places, "cells": cells, "top": top or 1},
    )


def amounts_by_year(atlas: Any, query: SearchQuery) -> dict[str, dict[str, float]]:
    """currency -> start year -> summed amount over every match (store ``funding_by_year``)."""
    sums: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for year, _funder, currency, amount, _n in atlas.funding_by_year(query):
        sums[currency][year] += amount
    return {c: dict(sorted(v.items())) for c, v in sorted(sums.items())}


@router.get("/charts", response_class=HTMLResponse)
def charts_page(request: Request) -> HTMLResponse:
    items = {k: request.query_params.getlist(k) for k in params.STATE_KEYS}
    try:
        query = replace(params.parse(items), page=1)
    except params.BadParameter as e:
        return render(request, "error.html", {"status": 400, "message": str(e)}, 400)
    atlas = request.app.state.atlases.get()
    result = atlas.search(replace(query, per_page=1))
    years = atlas.projects_by_year(query)  # exact, where the year facet may be an estimate
    funders = result.facets.get("funder", [])[:15]
    amounts = amounts_by_year(atlas, query)
    return render(
        request,
        "charts.html",
        {
            "query": query,
            "total": result.total,
            "years": years,
            "funders": funders,
            "amounts": amounts,
            # The sums now cover every match: the template's "sampled" note stays off.
            "sampled": 0,
            "sample_cap": 1,
            "year_max": max([n for _, n in years] or [1]),
            "funder_max": max([n for _, n in funders] or [1]),
            "search_url": params.url_for_state(query),
        },
    )
