"""Entity pages and their API: organisations, funders, people and places, and the network."""

from __future__ import annotations

from typing import Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from ngo_atlas.store.base import FACETS, SearchQuery
from ngo_atlas.web import params
from ngo_atlas.web.api import NOT_FOUND
from ngo_atlas.web.contacts import reader
from ngo_atlas.web.render import render, translator
from ngo_atlas.web.timeline import build_timeline

KINDS = ("organization", "funder", "person", "place")
Kind = Literal[KINDS]  # type: ignore[valid-type] - an enum in the OpenAPI description
LIST_LIMIT = 100
MAX_OFFSET = 1_000_000_000

api = APIRouter(prefix="/api/v1", tags=["entities"])
pages = APIRouter(include_in_schema=False)


def _atlas(request: Request):  # noqa: ANN202 - the store's Atlas
    return reader(request)  # contacts masked for anonymous visitors when the operator says so


def _kind(kind: str) -> str:
    if kind not in KINDS:
        raise HTTPException(422, f"kind must be one of {', '.join(KINDS)}, got {kind!r}")
    return kind


def network_filters(request: Request) -> dict[str, list[str]]:
    """Facet filters for the network from the query string (same keys as search)."""
    out = {
        k: [v for v in request.query_params.getlist(k) if v.strip()]
        for k in FACETS
        if any(v.strip() for v in request.query_params.getlist(k))
    }
    lo, hi = (_year(request.query_params.get(k)) for k in ("year_from", "year_to"))
    if lo is not None or hi is not None:
        # A year range is the set of year facet values it spans.
        lo, hi = lo or hi, hi or lo
        out["year"] = [str(y) for y in range(min(lo, hi), max(lo, hi) + 1)]
    return out


def _year(raw: str | None) -> int | None:
    raw = (raw or "").strip()
    if not raw:
        return None
    if not raw.isdigit() or not 1900 <= int(raw) <= 2100:
        raise HTTPException(422, f"a year must be between 1900 and 2100, got {raw!r}")
    return int(raw)


@api.get("/entities", summary="Organisations, funders, people or places, by number of projects")
def api_entities(
    request: Request,
    kind: Kind = Query("organization"),
    q: str = "",
    limit: int = Query(50, ge=1, le=500),
    # Bounded: the store's integers are 64-bit; a larger offset would be a 500, not empty.
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
) -> list[dict[str, Any]]:
    return _atlas(request).entities(kind, q or None, limit, offset)


@api.get(
    "/entities/{entity_id}",
    summary="One entity: names, projects, partners, funders, people",
    responses=NOT_FOUND,
)
def api_entity(request: Request, entity_id: int) -> dict[str, Any]:
    rec = _atlas(request).entity(entity_id)
    if rec is None:
        raise HTTPException(404, f"no entity with id {entity_id}")
    return rec


@api.get("/network", summary="Organisations linked by shared projects (facet filters apply)")
def api_network(request: Request, limit: int = Query(150, ge=1, le=1000)) -> dict[str, Any]:
    nodes, edges = _atlas(request).network(network_filters(request), limit)
    return {"nodes": nodes, "edges": edges}


@pages.get("/entities", response_class=HTMLResponse)
def entity_list(
    request: Request, kind: str = "organization", q: str = "", page: int = Query(1, ge=1)
) -> HTMLResponse:
    # One extra row tells whether a next page exists without counting them all.
    found = _atlas(request).entities(
        _kind(kind), q or None, LIST_LIMIT + 1, (page - 1) * LIST_LIMIT
    )
    base = [("kind", kind), *([("q", q)] if q else [])]
    ctx = {
        "kind": kind,
        "kinds": KINDS,
        "q": q,
        "items": found[:LIST_LIMIT],
        "start": (page - 1) * LIST_LIMIT + 1,
        "prev_url": "/entities?" + urlencode([*base, ("page", page - 1)]) if page > 1 else None,
        "next_url": "/entities?" + urlencode([*base, ("page", page + 1)])
        if len(found) > LIST_LIMIT
        else None,
    }
    return render(request, "entities.html", ctx)


@pages.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, entity_id: int) -> HTMLResponse:
    rec = _atlas(request).entity(entity_id)
    if rec is None:
        raise HTTPException(404, f"no entity with id {entity_id}")
    from ngo_atlas.web.auth import current_user
    from ngo_atlas.web.entity_curation import merge_candidates

    candidates = merge_candidates(_atlas(request), rec) if current_user(request) else []
    amounts = funder_amounts(_atlas(request), rec) if rec["kind"] == "funder" else {}
    timeline = build_timeline(
        list({p["id"]: p for p in rec["projects"]}.values()), translator(request)("value.untitled")
    )
    return render(
        request,
        "entity.html",
        {"e": rec, "candidates": candidates, "amounts": amounts, "timeline": timeline},
    )


FUNDER_PROJECTS_SUMMED = 500  # a page view reads at most this many project records


def funder_amounts(atlas: Any, rec: dict[str, Any]) -> dict[str, dict[str, float]]:
    """currency -> start year -> amount this funder gave, from its projects' funding lines."""
    names = {n.casefold() for n in [rec["name"], *rec.get("aliases", [])]}
    out: dict[str, dict[str, float]] = {}
    for ref in rec["projects"][:FUNDER_PROJECTS_SUMMED]:
        project = atlas.project(ref["id"]) or {}
        year = (project.get("start") or "")[:4] or "?"
        for f in project.get("funding") or []:
            if (f.get("funder") or "").casefold() in names and f.get("amount") is not None:
                by_year = out.setdefault(f.get("currency") or "?", {})
                by_year[year] = by_year.get(year, 0.0) + float(f["amount"])
    return {c: dict(sorted(v.items())) for c, v in sorted(out.items())}


@pages.get("/network", response_class=HTMLResponse)
def network_page(request: Request) -> HTMLResponse:
    filters = network_filters(request)
    nodes, edges = _atlas(request).network(filters, 150)
    central = sorted(nodes, key=lambda n: (-n["degree"], -n["projects"], n["name"]))[:20]
    return render(
        request,
        "network.html",
        {
            "filters": filters,
            "central": central,
            "n_nodes": len(nodes),
            "n_edges": len(edges),
            "query": str(request.url.query),
            # the same filters as a search, so the graph export holds what is drawn
            "search_query": urlencode(params.to_items(SearchQuery(filters=filters))),
        },
    )
