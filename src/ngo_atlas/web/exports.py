"""Downloads of a search's projects in every export format, with exactly the search's filters."""

from __future__ import annotations

import io
import tempfile
from collections.abc import Iterator
from typing import Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse

from ngo_atlas.export import FORMATS
from ngo_atlas.export.source import iter_projects
from ngo_atlas.store.base import SearchQuery
from ngo_atlas.web.api import search_query
from ngo_atlas.web.contacts import contacts_hidden, reader

Format = Literal[tuple(FORMATS)]  # type: ignore[valid-type] - an enum in the OpenAPI description
router = APIRouter(prefix="/api/v1", tags=["exports"])
CHUNK = 64 * 1024


def _chunks(spool: tempfile.SpooledTemporaryFile) -> Iterator[bytes]:
    try:
        spool.seek(0)
        while block := spool.read(CHUNK):
            yield block
    finally:
        spool.close()


@router.get(
    "/export",
    summary="Download the projects of a search (same parameters as /search) "
    "as csv, jsonl, ftm, gexf, graphml or 360giving",
    response_class=StreamingResponse,
    # The OpenAPI description names every media type an export can have, not JSON.
    responses={200: {"description": "the export file",
                     "content": {mt.split(";")[0]: {} for _, mt, _ in FORMATS.values()}}},
)
def export(
    request: Request,
    format: Format = Query("csv"),  # noqa: A002 - the public parameter's name
    hide_contacts: bool = False,
    query: SearchQuery = Depends(search_query),
) -> StreamingResponse:
    writer, media_type, ext = FORMATS[format]
    # Spooled: small exports stay in memory, a whole national atlas goes to disk, not RAM.
    spool = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)
    text = io.TextIOWrapper(spool, encoding="utf-8", newline="", write_through=True)
    # The operator's setting hides contacts from anonymous visitors; anyone may ask for it.
    hidden = hide_contacts or contacts_hidden(request)
    writer(iter_projects(reader(request), query, hidden), text)
    text.flush()
    text.detach()
    headers = {"content-disposition": f'attachment; filename="ngo-atlas.{ext}"'}
    return StreamingResponse(_chunks(spool), media_type=media_type, headers=headers)
