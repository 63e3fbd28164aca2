"""Curators' decisions on entities: merge two, split a name off, undo either; all with history."""

from __future__ import annotations

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from ngo_atlas.web import auth

router = APIRouter(include_in_schema=False)
CANDIDATES = 8


def merge_candidates(atlas: object, rec: dict) -> list[dict]:
    """Entities of the same kind sharing the longest word of the name: likely duplicates."""
    words = sorted((w for w in rec["name"].split() if len(w) > 3), key=len, reverse=True)
    if not words:
        return []
    found = atlas.entities(rec["kind"], words[0], CANDIDATES + 1, 0)  # type: ignore[attr-defined]
    return [e for e in found if e["id"] != rec["id"]][:CANDIDATES]


def _back(entity_id: int) -> Response:
    return RedirectResponse(f"/entities/{entity_id}#decisions", status_code=303)


@router.post("/entities/{entity_id}/merge")
def merge(
    request: Request, entity_id: int, other_id: int = Form(...), csrf: str = Form("")
) -> Response:
    auth.check_csrf(request, csrf)
    user = auth.require_user(request)
    try:
        request.app.state.atlases.get().merge_entities(entity_id, other_id, user["name"])
    except ValueError as e:
        raise HTTPException(400, str(e)) from None
    return _back(entity_id)


@router.post("/entities/{entity_id}/split")
def split(
    request: Request, entity_id: int, alias: str = Form(...), csrf: str = Form("")
) -> Response:
    auth.check_csrf(request, csrf)
    user = auth.require_user(request)
    try:
        request.app.state.atlases.get().split_entity(entity_id, alias, user["name"])
    except ValueError as e:
        raise HTTPException(400, str(e)) from None
    return _back(entity_id)


@router.post("/judgements/{judgement_id}/undo")
def undo(
    request: Request, judgement_id: int, entity_id: int = Form(...), csrf: str = Form("")
) -> Response:
    auth.check_csrf(request, csrf)
    user = auth.require_user(request)
    try:
        request.app.state.atlases.get().undo_judgement(judgement_id, user["name"])
    except KeyError:
        raise HTTPException(404, f"no decision with id {judgement_id}") from None
    return _back(entity_id)
