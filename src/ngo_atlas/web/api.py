"""The versioned JSON API under /api/v1: search, projects, documents, stats."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request
from pydantic import BaseModel

from ngo_atlas.store.base import FACETS, SearchQuery, SearchResult
from ngo_atlas.web import params


class Hit(BaseModel):
    id: int
    title: str | None
    start: str | None
    end: str | None
    status: str | None
    places: list[str]
    funders: list[str]
    organizations: list[str]
    snippet: str
    language: str
    document_id: int
    url: str  # the project's page in the web UI
    api_url: str


class FacetValue(BaseModel):
    value: str
    count: int


class SearchResponse(BaseModel):
    query: dict[str, Any]
    total: int
    page: int
    per_page: int
    pages: int
    hits: list[Hit]
    facets: dict[str, list[FacetValue]]


def search_payload(query: SearchQuery, result: SearchResult) -> dict[str, Any]:
    """The JSON form of one search, shared by the API and the page's live-search script."""
    pages = max(1, -(-result.total // query.per_page))
    return {
        "query": {
            "q": query.text,
            "filters": query.filters,
            "year_from": query.year_from,
            "year_to": query.year_to,
            "sort": query.sort,
            "page": query.page,
            "per_page": query.per_page,
        },
        "total": result.total,
        "page": query.page,
        "per_page": query.per_page,
        "pages": pages,
        "hits": [
            {**h.__dict__, "url": f"/projects/{h.id}", "api_url": f"/api/v1/projects/{h.id}"}
            for h in result.hits
        ],
        "facets": {
            k: [{"value": str(v), "count": int(c)} for v, c in vals]
            for k, vals in result.facets.items()
        },
    }


def _atlas(request: Request):  # noqa: ANN202 - returns the store's Atlas
    return request.app.state.atlases.get()


router = APIRouter(prefix="/api/v1", tags=["atlas"])


@router.get(
    "/search",
    response_model=SearchResponse,
    summary="Full-text and faceted search of projects (same parameters as the UI)",
)
def api_search(
    request: Request,
    q: str = Query(
        "", description="Full text; Polish, Russian and Ukrainian inflection understood"
    ),
    funder: list[str] = Query([]),
    place: list[str] = Query([]),
    year: list[str] = Query([]),
    organization: list[str] = Query([]),
    theme: list[str] = Query([]),
    status: list[str] = Query([]),
    language: list[str] = Query([]),
    target_group: list[str] = Query([]),
    org_type: list[str] = Query([]),
    year_from: str = Query("", description="First year (inclusive)"),
    year_to: str = Query("", description="Last year (inclusive)"),
    sort: str = Query("relevance", description="relevance, start_desc, start_asc or title"),
    page: str = Query("1"),
    per_page: str = Query(str(params.DEFAULT_PER_PAGE)),
) -> dict[str, Any]:
    given = {
        "funder": funder,
        "place": place,
        "year": year,
        "organization": organization,
        "theme": theme,
        "status": status,
        "language": language,
        "target_group": target_group,
        "org_type": org_type,
    }
    items = {k: given[k] for k in FACETS}
    items.update(
        q=[q],
        year_from=[year_from],
        year_to=[year_to],
        sort=[sort],
        page=[page],
        per_page=[per_page],
    )
    query = params.parse(items)  # BadParameter becomes a 422 in app.py
    return search_payload(query, _atlas(request).search(query))


@router.get("/projects/{project_id}", summary="One project: every field, its evidence, its source")
def api_project(request: Request, project_id: int) -> dict[str, Any]:
    rec = _atlas(request).project(project_id)
    if rec is None:
        raise HTTPException(404, f"no project with id {project_id}")
    return rec


@router.get("/documents/{document_id}", summary="One source document and its clean text")
def api_document(request: Request, document_id: int) -> dict[str, Any]:
    rec = _atlas(request).document(document_id)
    if rec is None:
        raise HTTPException(404, f"no document with id {document_id}")
    return rec


@router.get("/stats", summary="What the atlas holds: documents, projects, organisations, failures")
def api_stats(request: Request) -> dict[str, int]:
    return dict(_atlas(request).stats())
