"""The projects of one search, streamed page by page, with contact data hidden on request."""

from __future__ import annotations

import copy
from dataclasses import replace
from typing import Iterator

from ngo_atlas.store.base import Atlas, SearchQuery

PAGE = 200


def iter_projects(atlas: Atlas, query: SearchQuery, hide_contacts: bool = False) -> Iterator[dict]:
    """Every project the query matches, in the query's order, as ``Atlas.project`` gives it."""
    page = 1
    while True:
        result = atlas.search(replace(query, page=page, per_page=PAGE))
        for hit in result.hits:
            project = atlas.project(hit.id)
            if project is not None:
                yield without_contacts(project) if hide_contacts else project
        if page * PAGE >= result.total or not result.hits:
            return
        page += 1


def without_contacts(project: dict) -> dict:
    """A copy with people's e-mails and phone numbers removed (the personal-data option)."""
    out = copy.deepcopy(project)
    for person in out.get("people") or []:
        person.pop("phone", None)
        person["email"] = None
    out["evidence"] = [e for e in out.get("evidence") or []
                       if not (e.get("field") == "person" and isinstance(e.get("value"), dict)
                               and e["value"].get("email"))]
    return out
