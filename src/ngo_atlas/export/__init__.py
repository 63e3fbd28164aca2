"""Exports of a search's projects: CSV, JSON Lines, FollowTheMoney, GEXF/GraphML, 360Giving.

Every exporter takes the same input, the projects of one search (``source.iter_projects``),
so an export of a filtered search exports exactly that search.
"""

from __future__ import annotations

from typing import IO, Callable, Iterable

from ngo_atlas.export.ftm import write_ftm
from ngo_atlas.export.graph import write_gexf, write_graphml
from ngo_atlas.export.jsonl import write_jsonl
from ngo_atlas.export.tables import write_360giving, write_csv

Writer = Callable[[Iterable[dict], IO[str]], int]

# format name -> (writer, media type, file extension)
FORMATS: dict[str, tuple[Writer, str, str]] = {
    "csv": (write_csv, "text/csv; charset=utf-8", "csv"),
    "jsonl": (write_jsonl, "application/x-ndjson", "jsonl"),
    "ftm": (write_ftm, "application/x-ndjson", "ftm.json"),
    "gexf": (write_gexf, "application/xml", "gexf"),
    "graphml": (write_graphml, "application/xml", "graphml"),
    "360giving": (write_360giving, "text/csv; charset=utf-8", "360giving.csv"),
}

__all__ = ["FORMATS"]
