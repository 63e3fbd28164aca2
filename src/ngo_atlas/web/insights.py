"""Pages to look at rather than read: coverage (themes × places) and charts of a search."""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from ngo_atlas.export.source import iter_projects
from ngo_atlas.store.base import SearchQuery, SearchResult
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
FACET_CAP = 30  # the store returns at most this many values per facet
AMOUNT_SAMPLE = 2000  # projects summed for the amounts chart
CACHE_SECONDS = 60


@dataclass
class Cell:
    projects: int
    organizations: int
    capped: bool  # the organisation count reached the facet cap: "30+"
    url: str


def _count(atlas: Any, filters: dict[str, list[str]]) -> SearchResult:
    return atlas.search(SearchQuery(filters=filters, per_page=1))


def coverage(atlas: Any) -> tuple[list[str], list[str], dict[tuple[str, str], Cell]]:
    """(themes, places, cells): projects and organisations per theme and place."""
    base = _count(atlas, {})
    themes = list(dict.fromkeys([*CORE_THEMES, *(v for v, _ in base.facets.get("theme", []))]))
    places = [v for v, _ in base.facets.get("place", [])][:PLACES_SHOWN]
    cells: dict[tuple[str, str], Cell] = {}
    for theme in themes:
        by_theme = _count(atlas, {"theme": [theme]})
        counts = dict(by_theme.facets.get("place", []))
        truncated = len(counts) >= FACET_CAP
        for place in places:
            filters = {"theme": [theme], "place": [place]}
            n = counts.get(place, 0)
            cell = None
            if n or truncated:  # a missing place is zero unless the facet list was cut
                exact = _count(atlas, filters)
                n, orgs = exact.total, len(exact.facets.get("organization", []))
                cell = Cell(
                    n,
                    orgs,
                    orgs >= FACET_CAP,
                    "/?" + urlencode([("theme", theme), ("place", place)]),
                )
            cells[(theme, place)] = cell or Cell(
                0, 0, False, "/?" + urlencode([("theme", theme), ("place", place)])
            )
    return themes, places, cells


def _cached(request: Request, key: str, build: Any) -> Any:
    """Coverage costs one search per cell; keep it a minute, keyed on what the atlas holds."""
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


def amounts_by_year(atlas: Any, query: SearchQuery) -> tuple[dict[str, dict[str, float]], int]:
    """currency -> start year -> summed amount, over the first AMOUNT_SAMPLE projects."""
    sums: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    seen = 0
    for project in iter_projects(atlas, query):
        seen += 1
        year = (project.get("start") or "")[:4] or "?"
        for f in project.get("funding") or []:
            if f.get("amount") is not None and f.get("currency"):
                sums[f["currency"]][year] += float(f["amount"])
        if seen >= AMOUNT_SAMPLE:
            break
    return {c: dict(sorted(v.items())) for c, v in sorted(sums.items())}, seen


@router.get("/charts", response_class=HTMLResponse)
def charts_page(request: Request) -> HTMLResponse:
    items = {k: request.query_params.getlist(k) for k in params.STATE_KEYS}
    try:
        query = replace(params.parse(items), page=1)
    except params.BadParameter as e:
        return render(request, "error.html", {"status": 400, "message": str(e)}, 400)
    atlas = request.app.state.atlases.get()
    result = atlas.search(replace(query, per_page=1))
    years = sorted(result.facets.get("year", []))
    funders = result.facets.get("funder", [])[:15]
    amounts, sampled = amounts_by_year(atlas, query)
    return render(
        request,
        "charts.html",
        {
            "query": query,
            "total": result.total,
            "years": years,
            "funders": funders,
            "amounts": amounts,
            "sampled": sampled,
            "sample_cap": AMOUNT_SAMPLE,
            "year_max": max([n for _, n in years] or [1]),
            "funder_max": max([n for _, n in funders] or [1]),
            "search_url": params.url_for_state(query),
        },
    )
