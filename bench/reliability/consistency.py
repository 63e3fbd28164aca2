"""Check that an atlas is internally consistent and take comparable snapshots of its content."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from ngo_atlas.store.records import apply_corrections, facet_rows, mention_rows
from ngo_atlas.store.sql import SqlAtlas


def _is_sqlite(atlas: SqlAtlas) -> bool:
    return type(atlas).__name__ == "SqliteAtlas"


def snapshot(atlas: SqlAtlas) -> dict[str, Any]:
    """What an atlas holds, keyed by source, free of row ids and timestamps.

    Two atlases built from the same inputs must give equal snapshots, however often
    the building process was killed on the way.
    """
    docs = {}
    for source, name, digest, language, text in atlas._all(
            "SELECT source, name, content_hash, language, text FROM documents"):
        docs[source] = {"name": name, "content_hash": digest, "language": language,
                        "text": text, "projects": []}
    for source, position, extracted, record in atlas._all(
            "SELECT d.source, p.position, p.extracted, p.record FROM projects p "
            "JOIN documents d ON d.id = p.document_id ORDER BY d.source, p.position"):
        docs[source]["projects"].append(
            {"position": position, "extracted": json.loads(extracted),
             "record": json.loads(record)})
    failures = {s for (s,) in atlas._all("SELECT source FROM failures")}
    return {"documents": docs, "failures": failures}


def problems(atlas: SqlAtlas) -> list[str]:
    """Every inconsistency found; an empty list means the atlas is sound."""
    out: list[str] = []
    if _is_sqlite(atlas):
        ok = atlas._one("PRAGMA integrity_check")[0]
        if ok != "ok":
            out.append(f"PRAGMA integrity_check: {ok}")
        try:
            atlas._q("INSERT INTO project_fts (project_fts, rank) VALUES ('integrity-check', 1)")
        except Exception as e:  # noqa: BLE001 - any error here is the finding
            out.append(f"FTS5 integrity-check: {e}")
    out += _orphans_and_duplicates(atlas)
    out += _index_problems(atlas)
    out += _facet_problems(atlas)
    return out


def _count(atlas: SqlAtlas, sql: str) -> int:
    return int(atlas._one(sql)[0])


def _orphans_and_duplicates(atlas: SqlAtlas) -> list[str]:
    checks = {
        "projects without a document": "SELECT count(*) FROM projects p LEFT JOIN documents d "
                                       "ON d.id = p.document_id WHERE d.id IS NULL",
        "duplicate sources": "SELECT count(*) FROM (SELECT source FROM documents "
                             "GROUP BY source HAVING count(*) > 1) x",
        "duplicate content hashes": "SELECT count(*) FROM (SELECT content_hash FROM documents "
                                    "GROUP BY content_hash HAVING count(*) > 1) x",
        "failures for stored sources": "SELECT count(*) FROM failures f JOIN documents d "
                                       "ON d.source = f.source",
        "mentions without a project": "SELECT count(*) FROM mentions m LEFT JOIN projects p "
                                      "ON p.id = m.project_id WHERE p.id IS NULL",
        "facet rows without a project": "SELECT count(*) FROM project_facets f LEFT JOIN "
                                        "projects p ON p.id = f.project_id WHERE p.id IS NULL",
        "corrections without a value or user": "SELECT count(*) FROM corrections WHERE "
                                               "field IS NULL OR user_name IS NULL "
                                               "OR created_at IS NULL",
    }
    return [f"{what}: {n}" for what, sql in checks.items() if (n := _count(atlas, sql))]


def _index_problems(atlas: SqlAtlas) -> list[str]:
    """Every project is in the full-text index, and the index holds nothing else."""
    out = []
    unindexed = _count(atlas, "SELECT count(*) FROM projects WHERE terms = ''")
    if unindexed:
        out.append(f"projects not in the full-text index: {unindexed}")
    if _is_sqlite(atlas):
        # For an external-content table the docsize shadow table has one row per indexed row.
        fts = _count(atlas, "SELECT count(*) FROM project_fts_docsize")
    else:
        fts = _count(atlas, "SELECT count(*) FROM projects WHERE tsv IS NOT NULL")
        stale = _count(atlas, "SELECT count(*) FROM projects WHERE (tsv IS NULL) <> (terms = '')")
        if stale:
            out.append(f"tsvector out of step with terms: {stale}")
    projects = _count(atlas, "SELECT count(*) FROM projects WHERE terms <> ''")
    if fts != projects:
        out.append(f"full-text rows {fts} != indexed projects {projects}")
    return out


def _facet_problems(atlas: SqlAtlas) -> list[str]:
    """Facet rows and mentions are exactly what each stored record gives; totals add up."""
    out = []
    stored: dict[int, set[tuple[str, str]]] = {}
    for facet, value, pid in atlas._all("SELECT facet, value, project_id FROM project_facets"):
        stored.setdefault(pid, set()).add((facet, value))
    mentions: dict[int, Counter] = {}
    for pid, kind, name, role in atlas._all("SELECT project_id, kind, name, role FROM mentions"):
        mentions.setdefault(pid, Counter())[(kind, name, role)] += 1
    for pid, record, language in atlas._all("SELECT id, record, language FROM projects"):
        rec = json.loads(record)
        if stored.get(pid, set()) != set(facet_rows(rec, language)):
            out.append(f"project {pid}: facet rows differ from its record")
        expected = Counter((k, n, r) for k, n, r, _t in mention_rows(rec))
        if mentions.get(pid, Counter()) != expected:
            out.append(f"project {pid}: mentions differ from its record")
    totals = {(f, v): int(c) for f, v, c in atlas._all("SELECT facet, value, count FROM facet_totals")}
    counted = Counter(fv for rows in stored.values() for fv in rows)
    if totals != dict(counted):
        diff = set(totals.items()) ^ set(counted.items())
        out.append(f"facet_totals differ from the facet rows in {len(diff)} entries")
    return out


def correction_problems(atlas: SqlAtlas) -> list[str]:
    """Every project's record is its extraction with its active corrections applied."""
    from ngo_atlas.store.curation import _match

    out = []
    sources = [s for (s,) in atlas._all("SELECT DISTINCT source FROM corrections")]
    for source in sources:
        rows = atlas._source_projects(source)
        matched = _match(atlas._source_corrections(source),
                         [(r[0], r[1], json.loads(r[2]).get("title")) for r in rows])
        for pid, _pos, extracted, _lang, _text in rows:
            active = [c for c in matched[pid] if not c["reverted"]]
            want = apply_corrections(json.loads(extracted), active)
            have = json.loads(atlas._one("SELECT record FROM projects WHERE id = ?", (pid,))[0])
            if have != want:
                out.append(f"project {pid} of {source}: record is not extraction + corrections")
    return out
