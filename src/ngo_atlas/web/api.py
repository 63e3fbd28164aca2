"""The versioned JSON API under /api/v1: search, projects, documents, stats."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel

from ngo_atlas.store.base import FACETS, SearchQuery, SearchResult
from ngo_atlas.web import params
from ngo_atlas.web.contacts import reader
from ngo_atlas.web.snippet_marks import word_spans


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
    highlights: list[list[int]]  # [start, end] of the query's words in the snippet
    language: str
    document_id: int
    url: str  # the project's page in the web UI
    api_url: str


class Message(BaseModel):
    """The body of a 404 (and of other non-validation errors): what is missing, in words."""

    detail: str


NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {"model": Message, "description": "No such record"}
}


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
            {
                **h.__dict__,
                "highlights": word_spans(h.snippet, query.text, h.language),
                "url": f"/projects/{h.id}",
                "api_url": f"/api/v1/projects/{h.id}",
            }
            for h in result.hits
        ],
        "facets": {
            k: [{"value": str(v), "count": int(c)} for v, c in vals]
            for k, vals in result.facets.items()
        },
    }


def _atlas(request: Request):  # noqa: ANN202 - returns the store's Atlas
    return reader(request)  # contacts masked for anonymous visitors when the operator says so


router = APIRouter(prefix="/api/v1", tags=["atlas"])


# One list of sort orders for the UI and the API; an enum in the OpenAPI description.
Sort = Literal[params.SORTS]  # type: ignore[valid-type]


def search_query(
    q: str = Query(
        "", description="Full text; Polish, Russian and Ukrainian inflection understood"
    ),
    funder: list[str] = Query([]),
    place: list[str] = Query([]),
    year: list[str] = Query([], description="Years the project runs in (facet values)"),
    organization: list[str] = Query([]),
    theme: list[str] = Query([]),
    status: list[str] = Query([]),
    language: list[str] = Query([]),
    target_group: list[str] = Query([]),
    org_type: list[str] = Query([]),
    year_from: int | None = Query(None, ge=1900, le=2100, description="First year (inclusive)"),
    year_to: int | None = Query(None, ge=1900, le=2100, description="Last year (inclusive)"),
    sort: Sort = Query("relevance"),
    page: int = Query(1, ge=1, le=100_000),
    per_page: int = Query(params.DEFAULT_PER_PAGE, ge=1, le=params.MAX_PER_PAGE),
) -> SearchQuery:
    """The search parameters of the API (a FastAPI dependency), parsed as the UI parses them.

    Declared with their types and ranges so the OpenAPI description says what is accepted;
    facet values are free text (an unknown value matches nothing, it is not an error).
    """
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
        year_from=["" if year_from is None else str(year_from)],
        year_to=["" if year_to is None else str(year_to)],
        sort=[sort],
        page=[str(page)],
        per_page=[str(per_page)],
    )
    return params.parse(items)


@router.get(
    "/search",
    response_model=SearchResponse,
    summary="Full-text and faceted search of projects (same parameters as the UI)",
)
def api_search(request: Request, query: SearchQuery = Depends(search_query)) -> dict[str, Any]:
    return search_payload(query, _atlas(request).search(query))


@router.get(
    "/projects/{project_id}",
    summary="One project: every field, its evidence, its source",
    responses=NOT_FOUND,
)
def api_project(request: Request, project_id: int) -> dict[str, Any]:
    rec = _atlas(request).project(project_id)
    if rec is None:
        raise HTTPException(404, f"no project with id {project_id}")
    return rec


@router.get(
    "/documents/{document_id}",
    summary="One source document and its clean text",
    responses=NOT_FOUND,
)
def api_document(request: Request, document_id: int) -> dict[str, Any]:
    rec = _atlas(request).document(document_id)
    if rec is None:
        raise HTTPException(404, f"no document with id {document_id}")
    return rec


@router.get("/stats", summary="What the atlas holds: documents, projects, organisations, failures")
def api_stats(request: Request) -> dict[str, int]:
    return dict(_atlas(request).stats())
