"""Curators' corrections of project fields: stored as history, re-applied after re-ingestion."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from ngo_atlas.store.records import CORRECTABLE, apply_corrections, valid_id

CORRECTION_COLUMNS = ("id", "source", "position", "project_title", "field", "old_value",
                      "new_value", "wrong", "user_name", "created_at", "reverted_at",
                      "reverted_by")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _match(corrections: list[dict[str, Any]], projects: list[tuple[int, int, str | None]]
           ) -> dict[int, list[dict[str, Any]]]:
    """Which project each correction belongs to: same extracted title first, else position.

    Keyed on the source's content rather than on row ids, so corrections follow a project
    when its source is re-ingested and its projects are rebuilt.
    """
    by_title = {(t or "").casefold(): pid for pid, _pos, t in projects if t}
    by_pos = {pos: pid for pid, pos, _t in projects}
    out: dict[int, list[dict[str, Any]]] = {pid: [] for pid, _p, _t in projects}
    for c in corrections:
        pid = by_title.get((c["project_title"] or "").casefold()) if c["project_title"] else None
        if pid is None:
            pid = by_pos.get(c["position"])
        if pid is not None:
            out[pid].append(c)
    return out


class CurationMixin:
    """correct / corrections / revert_correction, over the SqlAtlas hooks."""

    def _source_corrections(self, source: str) -> list[dict[str, Any]]:
        rows = self._all(f"SELECT {', '.join(CORRECTION_COLUMNS)} FROM corrections "
                         "WHERE source = ? ORDER BY id", (source,))
        out = []
        for r in rows:
            c = dict(zip(CORRECTION_COLUMNS, r))
            c["old_value"] = json.loads(c["old_value"]) if c["old_value"] is not None else None
            c["new_value"] = json.loads(c["new_value"]) if c["new_value"] is not None else None
            c["wrong"] = bool(c["wrong"])
            c["reverted"] = c["reverted_at"] is not None
            c["user"] = c["user_name"]
            out.append(c)
        return out

    def _source_projects(self, source: str) -> list[tuple[Any, ...]]:
        return self._all(
            "SELECT p.id, p.position, p.extracted, p.language, d.text FROM projects p "
            "JOIN documents d ON d.id = p.document_id WHERE d.source = ? ORDER BY p.position",
            (source,))

    def _refresh_source(self, source: str) -> None:
        """Rebuild every project of ``source`` from its extraction plus active corrections."""
        rows = self._source_projects(source)
        extracted = {r[0]: json.loads(r[2]) for r in rows}
        matched = _match(self._source_corrections(source),
                         [(r[0], r[1], extracted[r[0]].get("title")) for r in rows])
        for pid, _pos, _ex, lang, text in rows:
            active = [c for c in matched[pid] if not c["reverted"]]
            self._unindex_project(pid)
            self._index_project(pid, apply_corrections(extracted[pid], active), lang, text)

    def _project_source(self, project_id: int) -> tuple[str, int, dict[str, Any]]:
        if not valid_id(project_id):
            raise KeyError(f"no project {project_id}")
        row = self._one("SELECT d.source, p.position, p.extracted, p.record FROM projects p "
                        "JOIN documents d ON d.id = p.document_id WHERE p.id = ?", (project_id,))
        if row is None:
            raise KeyError(f"no project {project_id}")
        extracted = json.loads(row[2])
        return row[0], row[1], {"extracted": extracted, "record": json.loads(row[3])}

    def correct(self, project_id: int, field: str, value: Any, user: str,
                wrong: bool = False) -> int:
        """Set ``field`` of a project to ``value`` (JSON); ``wrong=True`` with None marks it wrong."""
        if field not in CORRECTABLE:
            raise ValueError(f"field {field!r} cannot be corrected; one of {sorted(CORRECTABLE)}")
        if wrong and value is not None:
            raise ValueError("a field marked wrong takes no value")
        with self._tx():
            self._lock_writes()
            source, position, recs = self._project_source(project_id)
            cid = self._insert_id(
                "INSERT INTO corrections (source, position, project_title, field, old_value, "
                "new_value, wrong, user_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "RETURNING id",
                (source, position, recs["extracted"].get("title"), field,
                 json.dumps(recs["record"].get(field), ensure_ascii=False),
                 json.dumps(value, ensure_ascii=False), int(wrong), user, _now()))
            self._refresh_source(source)
        return cid

    def corrections(self, project_id: int) -> list[dict[str, Any]]:
        """The project's correction history, oldest first, reverted ones included."""
        if not valid_id(project_id):
            return []
        row = self._one("SELECT d.source FROM projects p JOIN documents d "
                        "ON d.id = p.document_id WHERE p.id = ?", (project_id,))
        if row is None:
            return []
        rows = self._source_projects(row[0])
        matched = _match(self._source_corrections(row[0]),
                         [(r[0], r[1], json.loads(r[2]).get("title")) for r in rows])
        return matched.get(project_id, [])

    def revert_correction(self, correction_id: int, user: str) -> None:
        if not valid_id(correction_id):
            raise KeyError(f"no correction {correction_id}")
        with self._tx():
            self._lock_writes()
            row = self._one("SELECT source, reverted_at FROM corrections WHERE id = ?",
                            (correction_id,))
            if row is None:
                raise KeyError(f"no correction {correction_id}")
            if row[1] is not None:
                return
            self._q("UPDATE corrections SET reverted_at = ?, reverted_by = ? WHERE id = ?",
                    (_now(), user, correction_id))
            self._refresh_source(row[0])
