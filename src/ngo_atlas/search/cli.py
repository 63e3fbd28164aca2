"""`ngo-atlas search`: full-text and faceted search of the atlas from the command line."""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from typing import Any

from ngo_atlas.model import NgoAtlasError
from ngo_atlas.store import open_atlas
from ngo_atlas.store.base import SearchQuery, SearchResult

CLI_FACETS = ("funder", "place", "year", "organization", "theme", "status", "language")
FACETS_SHOWN = 5


def build_query(args: argparse.Namespace) -> SearchQuery:
    """The SearchQuery that the command's arguments describe."""
    filters = {f: list(getattr(args, f, None) or []) for f in CLI_FACETS}
    return SearchQuery(text=args.query or "", filters={k: v for k, v in filters.items() if v},
                       per_page=max(1, args.limit))


def _years(start: str | None, end: str | None) -> str:
    if not start and not end:
        return "-"
    return f"{start or '?'}–{end or '?'}" if start != end else str(start)


def format_text(result: SearchResult) -> str:
    """Hits as lines (id, title, years, places, funders), then the top facet values."""
    lines = [f"{result.total} project(s)"]
    for h in result.hits:
        lines.append(f"[{h.id}] {h.title or '(untitled)'} | {_years(h.start, h.end)} | "
                     f"{', '.join(h.places) or '-'} | {', '.join(h.funders) or '-'}")
    for facet, values in result.facets.items():
        if values:
            shown = ", ".join(f"{v} ({n})" for v, n in values[:FACETS_SHOWN])
            lines.append(f"  {facet}: {shown}")
    return "\n".join(lines)


def as_json(result: SearchResult) -> dict[str, Any]:
    return {"total": result.total, "hits": [dataclasses.asdict(h) for h in result.hits],
            "facets": {k: [[v, n] for v, n in vals] for k, vals in result.facets.items()}}


def search_command(args: argparse.Namespace) -> int:
    """Run one search; 0 on success (even with no hits), 2 when the atlas cannot be read."""
    try:
        with open_atlas(args.db) as atlas:
            result = atlas.search(build_query(args))
    except (NgoAtlasError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(as_json(result), ensure_ascii=False, indent=1))
    else:
        print(format_text(result))
    return 0
