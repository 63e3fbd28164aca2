"""The HTML pages: search (with facets, sorting, paging) and one page per project."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from ngo_atlas.store.base import FACETS, SearchQuery, SearchResult
from ngo_atlas.web import params, project_view
from ngo_atlas.web.api import search_payload
from ngo_atlas.web.contacts import reader
from ngo_atlas.web.i18n import Translator
from ngo_atlas.web.render import render, translator

router = APIRouter(include_in_schema=False)
FACET_SHOWN = 30  # values per facet (the store's cap); the first FACET_VISIBLE show at once
FACET_VISIBLE = 8
VALUE_PREFIX = {
    "status": "status.",
    "language": "langname.",
    "org_type": "orgtype.",
    "theme": "theme.",
    "target_group": "tg.",
}  # values per facet before the rest is left to the search box


@dataclass
class FacetLink:
    value: str
    label: str
    count: int
    selected: bool
    url: str


def value_label(t: Translator, key: str, value: str) -> str:
    """Coded facet values (status, language, org type, role) shown in words."""
    prefix = VALUE_PREFIX.get(key)
    return t.label(prefix, value) if prefix else value


def facet_links(
    t: Translator, query: SearchQuery, result: SearchResult
) -> dict[str, list[FacetLink]]:
    out: dict[str, list[FacetLink]] = {}
    for key in FACETS:
        counts = dict(result.facets.get(key, [])[:FACET_SHOWN])
        for chosen in query.filters.get(key, []):  # a chosen value stays visible to unselect
            counts.setdefault(chosen, 0)
        out[key] = [
            FacetLink(
                v,
                value_label(t, key, v),
                c,
                v in query.filters.get(key, []),
                params.url_for_state(params.toggle_facet(query, key, v)),
            )
            for v, c in counts.items()
        ]
        out[key].sort(key=lambda f: not f.selected)  # chosen values first: never folded away
    return out


def page_links(query: SearchQuery, pages: int) -> list[tuple[int, str]]:
    """Page numbers around the current one (first and last always), as (number, url)."""
    wanted = sorted({1, pages, *range(max(1, query.page - 2), min(pages, query.page + 2) + 1)})
    return [(n, params.url_for_state(params.with_changes(query, page=n))) for n in wanted]


def removal_links(query: SearchQuery) -> list[tuple[str, str, str]]:
    """(facet, value, url without it): the no-result state offers to drop each filter."""
    return [
        (k, v, params.url_for_state(params.toggle_facet(query, k, v)))
        for k, vals in query.filters.items()
        for v in vals
    ]


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request) -> HTMLResponse:
    t = translator(request)
    items = {k: request.query_params.getlist(k) for k in request.query_params.keys()}
    try:
        query = params.parse(items)
    except params.BadParameter as e:
        return render(request, "error.html", {"status": 400, "message": str(e)}, 400)
    atlas = reader(request)
    result = atlas.search(query)
    payload = search_payload(query, result)
    has_state = bool(query.text or query.filters or query.year_from or query.year_to)
    # Counting the whole atlas costs time on a large one: only the intro and the empty
    # states need it; a search with hits already proves the atlas is not empty.
    stats = atlas.stats() if not has_state or not result.total else {"projects": result.total}
    ctx: dict[str, Any] = {
        "query": query,
        "result": result,
        "payload": payload,
        "facets": facet_links(t, query, result),
        "facet_keys": FACETS,
        "facet_visible": FACET_VISIBLE,
        "pages": page_links(query, payload["pages"]) if result.total else [],
        "removals": removal_links(query),
        "sorts": params.SORTS,
        "clear_url": "/",
        "stats": stats,
        "export_query": urlencode(params.to_items(params.with_changes(query))),
        "has_state": has_state,
        "prev_url": params.url_for_state(params.with_changes(query, page=query.page - 1))
        if query.page > 1
        else None,
        "next_url": params.url_for_state(params.with_changes(query, page=query.page + 1))
        if query.page < payload["pages"]
        else None,
    }
    return render(request, "search.html", ctx)


@router.get("/projects/{project_id}", response_class=HTMLResponse)
def project_page(request: Request, project_id: int) -> HTMLResponse:
    rec = reader(request).project(project_id)
    if rec is None:
        raise HTTPException(404, f"no project with id {project_id}")
    view = project_view.build(rec, translator(request))
    return render(request, "project.html", {"view": view, "p": view.project, "doc": view.document})


@router.get("/api", response_class=HTMLResponse)
@router.get("/api/", response_class=HTMLResponse)
@router.get("/api/v1", response_class=HTMLResponse)
@router.get("/api/v1/", response_class=HTMLResponse)
def api_index(request: Request) -> HTMLResponse:
    """An offline list of the endpoints (FastAPI's /docs would load assets from a CDN)."""
    paths = request.app.openapi()["paths"]  # the same source as openapi.json, so they agree
    routes = [(path, op.get("summary", "")) for path, ops in paths.items() for op in ops.values()]
    return render(request, "api.html", {"routes": routes})
