"""A comparable dump of what an atlas holds: documents, projects, facets, totals, entities, mentions.

Free of row ids and timestamps (entities and projects are named by their content), so two
atlases built from the same inputs in the same order dump equal, whatever their commits.
"""

from __future__ import annotations

import json
from typing import Any

from ngo_atlas.store.sql import SqlAtlas

_PROJECT = "(SELECT d.source || '#' || p.position FROM projects p JOIN documents d " \
           "ON d.id = p.document_id WHERE p.id = {col})"
_ENTITY = "(SELECT e.kind || ':' || e.name FROM entities e WHERE e.id = {col})"


def dump(atlas: SqlAtlas) -> dict[str, Any]:
    """Every table the ingest writes, as sorted lists of plain tuples."""
    proj, ent = _PROJECT.format(col="x.project_id"), _ENTITY.format(col="x.entity_id")
    queries = {
        "documents": "SELECT source, name, content_hash, format, encoding, language, title, "
                     "url, meta, text FROM documents",
        "document_aliases": "SELECT x.source, d.source FROM document_aliases x "
                            "JOIN documents d ON d.id = x.document_id",
        "projects": "SELECT d.source, p.position, p.title, p.start, p.\"end\", p.status, "
                    "p.language, p.extracted, p.record, p.terms FROM projects p "
                    "JOIN documents d ON d.id = p.document_id",
        "project_facets": f"SELECT x.facet, x.value, {proj} FROM project_facets x",
        "facet_totals": "SELECT facet, value, count FROM facet_totals",
        "project_years": f"SELECT {proj}, x.first, x.last FROM project_years x",
        "project_funding": f"SELECT {proj}, x.year, x.funder, x.currency, x.amount "
                           "FROM project_funding x",
        "funding_totals": "SELECT year, funder, currency, amount, projects FROM funding_totals",
        "entities": "SELECT e.kind, e.name, e.org_type, e.attributes, "
                    f"{_ENTITY.format(col='e.merged_into')} FROM entities e",
        "aliases": f"SELECT x.kind, x.alias, x.key, {ent} FROM aliases x",
        "block_keys": f"SELECT x.kind, x.key, {ent} FROM block_keys x",
        "mentions": f"SELECT {proj}, x.kind, x.name, x.role, x.key, {ent} FROM mentions x",
        "failures": "SELECT source, reason, attempts FROM failures",
    }
    out: dict[str, Any] = {}
    for table, sql in queries.items():
        rows = [tuple(_plain(v) for v in row) for row in atlas._all(sql)]
        out[table] = sorted(rows, key=repr)
    return out


def _plain(value: Any) -> Any:
    """JSON text as parsed data (PostgreSQL and SQLite may space it differently)."""
    if isinstance(value, str) and value[:1] in "{[":
        try:
            return json.dumps(json.loads(value), sort_keys=True, ensure_ascii=False)
        except ValueError:
            return value
    return value


def differences(a: dict[str, Any], b: dict[str, Any], limit: int = 5) -> list[str]:
    """A few readable lines per table where two dumps differ."""
    lines = []
    for table, rows in a.items():
        only_a = sorted(set(rows) - set(b[table]), key=repr)[:limit]
        only_b = sorted(set(b[table]) - set(rows), key=repr)[:limit]
        if only_a or only_b or len(rows) != len(b[table]):
            lines.append(f"{table}: {len(rows)} vs {len(b[table])} rows; "
                         f"only first: {only_a}; only second: {only_b}")
    return lines
