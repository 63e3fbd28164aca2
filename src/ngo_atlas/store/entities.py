"""Entities behind the mentions: linking at save time, entity pages, curators' merges and splits.

Curators' decisions are judgement rows (who, when, what), as in nomenklatura: a merge
points the merged entity at the kept one and moves its aliases; since mentions are
linked through aliases and ``merged_into`` on every save, decisions hold after
re-ingestion, and an undo moves the aliases back.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from itertools import combinations
from typing import Any

from ngo_atlas.store.records import mention_rows, valid_id

KINDS = ("organization", "person", "funder", "place")


def name_key(name: str) -> str:
    """The exact-alias key: case- and whitespace-folded name."""
    return " ".join(name.split()).casefold()


def _resolver() -> tuple[Callable[..., list[str]], Callable[..., bool]] | None:
    # The resolve package is written in parallel; without it, aliases alone link mentions.
    try:
        from ngo_atlas.resolve.keys import blocking_keys
        from ngo_atlas.resolve.match import same_entity
    except ImportError:
        return None
    return blocking_keys, same_entity


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class EntityMixin:
    """Entity linking and the entity methods of the atlas, over the SqlAtlas hooks."""

    # -- linking ------------------------------------------------------------------------
    def _link_mentions(self, pid: int, rec: dict[str, Any], lang: str) -> None:
        mentions = mention_rows(rec)
        known = self._known_aliases([(kind, name_key(name)) for kind, name, _r, _t in mentions])
        rows = []
        for kind, name, role, org_type in mentions:
            key = name_key(name)
            entity_id = known.get((kind, key)) or self._link(kind, name, org_type, lang)
            rows.append((pid, kind, name, key, role, entity_id))
        self._many("INSERT INTO mentions (project_id, kind, name, key, role, entity_id) "
                   "VALUES (?, ?, ?, ?, ?, ?)", rows)

    def _known_aliases(self, pairs: list[tuple[str, str]]) -> dict[tuple[str, str], int]:
        """(kind, key) -> canonical entity for the pairs that have an alias already, in one
        query: on PostgreSQL each look-up is a round trip, and most mentions are known."""
        if not pairs:
            return {}
        conds = " OR ".join("(a.kind = ? AND a.key = ?)" for _ in pairs)
        rows = self._all("SELECT a.kind, a.key, a.entity_id, e.merged_into FROM aliases a "
                         f"JOIN entities e ON e.id = a.entity_id WHERE {conds}",
                         [v for pair in pairs for v in pair])
        return {(k, key): (eid if merged is None else self._canonical(eid))
                for k, key, eid, merged in rows}

    def _canonical(self, entity_id: int) -> int:
        seen = set()
        while entity_id not in seen:
            seen.add(entity_id)
            row = self._one("SELECT merged_into FROM entities WHERE id = ?", (entity_id,))
            if row is None or row[0] is None:
                return entity_id
            entity_id = row[0]
        return entity_id

    def _link(self, kind: str, name: str, org_type: str | None, lang: str) -> int:
        key = name_key(name)
        row = self._one("SELECT entity_id FROM aliases WHERE kind = ? AND key = ?", (kind, key))
        if row is not None:
            return self._canonical(row[0])
        resolver = _resolver()
        blocks = self._blocks(resolver, name, kind, lang)
        entity_id = self._match_block(resolver, name, kind, lang, blocks)
        if entity_id is None:
            entity_id = self._insert_id(
                "INSERT INTO entities (kind, name, org_type, created_at) VALUES (?, ?, ?, ?) "
                "RETURNING id", (kind, " ".join(name.split()), org_type, _now()))
        elif org_type:
            self._q("UPDATE entities SET org_type = ? WHERE id = ? AND org_type IS NULL",
                    (org_type, entity_id))
        self._q("INSERT INTO aliases (entity_id, kind, alias, key) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (kind, key) DO NOTHING", (entity_id, kind, " ".join(name.split()), key))
        self._many("INSERT INTO block_keys (kind, key, entity_id) VALUES (?, ?, ?) "
                   "ON CONFLICT DO NOTHING", [(kind, b, entity_id) for b in blocks])
        return entity_id

    @staticmethod
    def _blocks(resolver: Any, name: str, kind: str, lang: str) -> list[str]:
        if resolver is None:
            return []
        try:
            return list(dict.fromkeys(resolver[0](name, kind, lang)))
        except Exception:  # noqa: BLE001 - a resolver bug must not lose the document
            return []

    def _match_block(self, resolver: Any, name: str, kind: str, lang: str,
                     blocks: list[str]) -> int | None:
        if not blocks:
            return None
        marks = ", ".join("?" for _ in blocks)
        rows = self._all(f"SELECT DISTINCT b.entity_id, e.name FROM block_keys b JOIN entities e "
                         f"ON e.id = b.entity_id WHERE b.kind = ? AND b.key IN ({marks}) "
                         f"AND e.merged_into IS NULL ORDER BY b.entity_id", (kind, *blocks))
        for entity_id, other in rows:
            try:
                same = resolver[1](name, other, kind, lang)
            except Exception:  # noqa: BLE001 - as above: then this pair is not linked
                same = False
            if same:
                return entity_id
        return None

    # -- reading ------------------------------------------------------------------------
    def _project_entities(self, pid: int) -> list[dict[str, Any]]:
        rows = self._all("SELECT m.kind, m.name, m.role, m.entity_id, e.merged_into FROM mentions m "
                         "LEFT JOIN entities e ON e.id = m.entity_id WHERE m.project_id = ? "
                         "ORDER BY m.id", (pid,))
        return [{"kind": k, "name": n, "role": r,
                 "entity_id": self._canonical(e) if e is not None else None}
                for k, n, r, e, _m in rows]

    def _members(self, entity_id: int) -> list[int]:
        """The entity and every entity merged into it."""
        ids, frontier = [entity_id], [entity_id]
        while frontier:
            marks = ", ".join("?" for _ in frontier)
            frontier = [r[0] for r in self._all(
                f"SELECT id FROM entities WHERE merged_into IN ({marks})", frontier)]
            ids += frontier
        return ids

    def entity(self, entity_id: int) -> dict[str, Any] | None:
        """An entity page: names, projects, partners by shared projects, funders, people."""
        if not valid_id(entity_id):
            return None
        if self._one("SELECT 1 FROM entities WHERE id = ?", (entity_id,)) is None:
            return None
        eid = self._canonical(entity_id)
        kind, name, org_type, attrs = self._one(
            "SELECT kind, name, org_type, attributes FROM entities WHERE id = ?", (eid,))
        members = self._members(eid)
        marks = ", ".join("?" for _ in members)
        aliases = [r[0] for r in self._all(
            f"SELECT alias FROM aliases WHERE entity_id IN ({marks}) ORDER BY alias", members)]
        projects = self._all(
            f"SELECT DISTINCT p.id, p.title, p.start, p.\"end\", m.role FROM mentions m JOIN projects p "
            f"ON p.id = m.project_id WHERE m.entity_id IN ({marks}) ORDER BY p.start, p.id", members)
        pids = list(dict.fromkeys(r[0] for r in projects))
        return {
            "id": eid, "kind": kind, "name": name, "type": org_type,
            "attributes": json.loads(attrs or "{}"), "aliases": aliases,
            "projects": [dict(zip(("id", "title", "start", "end", "role"), r)) for r in projects],
            "partners": self._co_mentioned(pids, ("organization",), eid),
            "funders": self._co_mentioned(pids, ("funder",), eid),
            "people": self._co_mentioned(pids, ("person",), eid),
            "judgements": self.judgements(eid),
        }

    def _co_mentioned(self, pids: list[int], kinds: tuple[str, ...], exclude: int
                      ) -> list[dict[str, Any]]:
        if not pids:
            return []
        counts: Counter[int] = Counter()
        for chunk in range(0, len(pids), 500):
            part = pids[chunk:chunk + 500]
            marks = ", ".join("?" for _ in part)
            kmarks = ", ".join("?" for _ in kinds)
            for pid, eid in self._all(
                    f"SELECT DISTINCT project_id, entity_id FROM mentions WHERE project_id IN "
                    f"({marks}) AND kind IN ({kmarks}) AND entity_id IS NOT NULL",
                    (*part, *kinds)):
                counts[self._canonical(eid)] += 1
        counts.pop(exclude, None)
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        out = []
        for eid, shared in ranked[:100]:
            name = self._one("SELECT name FROM entities WHERE id = ?", (eid,))[0]
            out.append({"id": eid, "name": name, "shared_projects": shared})
        return out

    def entities(self, kind: str, q: str | None = None, limit: int = 50,
                 offset: int = 0) -> list[dict[str, Any]]:
        """Entities of one kind (not merged away), by number of projects; ``q`` filters names."""
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}")
        if q and "\x00" in q:
            # No name holds NUL; SQLite's LIKE would stop reading the pattern at it and
            # match every entity, PostgreSQL cannot take it at all.
            return []
        params: list[Any] = [kind]
        where = "e.kind = ? AND e.merged_into IS NULL"
        if q:
            where += (" AND e.id IN (SELECT entity_id FROM aliases WHERE kind = ? AND "
                      "key LIKE ? ESCAPE '!')")
            folded = name_key(q).replace("!", "!!").replace("%", "!%").replace("_", "!_")
            params += [kind, f"%{folded}%"]
        rows = self._all(
            f"SELECT e.id, e.name, e.org_type, (SELECT count(DISTINCT m.project_id) FROM mentions m "
            f"WHERE m.entity_id = e.id) AS n FROM entities e WHERE {where} "
            f"ORDER BY n DESC, e.name LIMIT ? OFFSET ?", (*params, limit, offset))
        return [{"id": r[0], "name": r[1], "kind": kind, "type": r[2], "projects": r[3]}
                for r in rows]

    # -- curators' judgements -----------------------------------------------------------
    def judgements(self, entity_id: int | None = None) -> list[dict[str, Any]]:
        cols = ("id", "action", "entity_id", "other_id", "alias", "payload", "user_name",
                "created_at", "undone_at", "undone_by")
        sql = f"SELECT {', '.join(cols)} FROM judgements"
        params: tuple[Any, ...] = ()
        if entity_id is not None:
            if not valid_id(entity_id):
                return []
            sql += " WHERE entity_id = ? OR other_id = ?"
            params = (entity_id, entity_id)
        out = []
        for r in self._all(sql + " ORDER BY id", params):
            j = dict(zip(cols, r))
            j["payload"] = json.loads(j["payload"])
            j["user"] = j["user_name"]
            out.append(j)
        return out

    def _move_aliases(self, keys: list[str], kind: str, to: int) -> None:
        for key in keys:
            self._q("UPDATE aliases SET entity_id = ? WHERE kind = ? AND key = ?", (to, kind, key))
        # Mentions follow their alias, so a split also moves the projects that name it.
        self._many("UPDATE mentions SET entity_id = ? WHERE kind = ? AND key = ?",
                   [(to, kind, key) for key in keys])

    def merge_entities(self, a: int, b: int, user: str) -> int:
        """Merge entity ``b`` into ``a``; returns the judgement id (undo with undo_judgement)."""
        if not (valid_id(a) and valid_id(b)):
            raise ValueError(f"cannot merge entity {b} into {a}")
        with self._tx():
            self._lock_writes()
            a, b = self._canonical(a), self._canonical(b)
            kinds = self._all("SELECT id, kind FROM entities WHERE id IN (?, ?)", (a, b))
            if len(kinds) != 2 or a == b:
                raise ValueError(f"cannot merge entity {b} into {a}")
            keys = [r[0] for r in self._all("SELECT key FROM aliases WHERE entity_id = ?", (b,))]
            self._q("UPDATE aliases SET entity_id = ? WHERE entity_id = ?", (a, b))
            self._q("UPDATE mentions SET entity_id = ? WHERE entity_id = ?", (a, b))
            self._q("UPDATE entities SET merged_into = ? WHERE id = ?", (a, b))
            return self._insert_id(
                "INSERT INTO judgements (action, entity_id, other_id, payload, user_name, "
                "created_at) VALUES ('merge', ?, ?, ?, ?, ?) RETURNING id",
                (a, b, json.dumps({"keys": keys}, ensure_ascii=False), user, _now()))

    def split_entity(self, entity_id: int, alias: str, user: str) -> int:
        """Give ``alias`` (and the mentions that use it) its own entity; returns the judgement id."""
        if not valid_id(entity_id):
            raise ValueError(f"entity {entity_id} has no alias {alias!r}")
        with self._tx():
            self._lock_writes()
            eid = self._canonical(entity_id)
            kind = self._one("SELECT kind FROM entities WHERE id = ?", (eid,))
            members = self._members(eid)
            key = name_key(alias)
            marks = ", ".join("?" for _ in members)
            row = self._one(f"SELECT alias FROM aliases WHERE key = ? AND entity_id IN ({marks})",
                            (key, *members))
            if kind is None or row is None:
                raise ValueError(f"entity {entity_id} has no alias {alias!r}")
            new = self._insert_id("INSERT INTO entities (kind, name, created_at) VALUES (?, ?, ?) "
                                  "RETURNING id", (kind[0], row[0], _now()))
            self._move_aliases([key], kind[0], new)
            return self._insert_id(
                "INSERT INTO judgements (action, entity_id, other_id, alias, payload, user_name, "
                "created_at) VALUES ('split', ?, ?, ?, ?, ?, ?) RETURNING id",
                (eid, new, row[0], json.dumps({"keys": [key]}), user, _now()))

    def set_entity_type(self, entity_id: int, org_type: str | None, user: str) -> int:
        """A curator's type for an organisation (ngo, public, ...); returns the judgement id."""
        if not valid_id(entity_id):
            raise KeyError(f"no entity {entity_id}")
        with self._tx():
            self._lock_writes()
            eid = self._canonical(entity_id)
            row = self._one("SELECT org_type FROM entities WHERE id = ?", (eid,))
            if row is None:
                raise KeyError(f"no entity {entity_id}")
            self._q("UPDATE entities SET org_type = ? WHERE id = ?", (org_type, eid))
            return self._insert_id(
                "INSERT INTO judgements (action, entity_id, payload, user_name, created_at) "
                "VALUES ('type', ?, ?, ?, ?) RETURNING id",
                (eid, json.dumps({"old": row[0], "new": org_type}), user, _now()))

    def undo_judgement(self, judgement_id: int, user: str) -> None:
        if not valid_id(judgement_id):
            raise KeyError(f"no judgement {judgement_id}")
        with self._tx():
            self._lock_writes()
            row = self._one("SELECT action, entity_id, other_id, payload, undone_at FROM judgements "
                            "WHERE id = ?", (judgement_id,))
            if row is None:
                raise KeyError(f"no judgement {judgement_id}")
            action, a, b, payload, undone = row
            if undone is not None:
                return
            kind = self._one("SELECT kind FROM entities WHERE id = ?", (a,))[0]
            keys = json.loads(payload).get("keys", [])
            if action == "type":
                self._q("UPDATE entities SET org_type = ? WHERE id = ?",
                        (json.loads(payload).get("old"), a))
            elif action == "merge":
                self._q("UPDATE entities SET merged_into = NULL WHERE id = ?", (b,))
                self._move_aliases(keys, kind, b)
            else:  # split: the alias goes home, the split-off entity points there
                self._move_aliases(keys, kind, a)
                self._q("UPDATE entities SET merged_into = ? WHERE id = ?", (a, b))
            self._q("UPDATE judgements SET undone_at = ?, undone_by = ? WHERE id = ?",
                    (_now(), user, judgement_id))

    # -- the network --------------------------------------------------------------------
    def network(self, filters: dict[str, list[str]] | None = None, limit: int = 300
                ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Organisations (nodes) linked by shared projects (edges, weight = shared count)."""
        conds, params = self._filter_conditions("m.project_id", filters or {}, None, None, None)
        where = " AND ".join(["m.kind = 'organization'", "m.entity_id IS NOT NULL", *conds])
        per_project: dict[int, set[int]] = {}
        for pid, eid in self._all(f"SELECT m.project_id, m.entity_id FROM mentions m WHERE {where}",
                                  params):
            per_project.setdefault(pid, set()).add(self._canonical(eid))
        projects = Counter(e for ents in per_project.values() for e in ents)
        keep = {e for e, _n in projects.most_common(limit)}
        weights: Counter[tuple[int, int]] = Counter()
        for ents in per_project.values():
            for x, y in combinations(sorted(ents & keep), 2):
                weights[(x, y)] += 1
        degree = Counter(e for pair in weights for e in pair)
        nodes = []
        for eid in sorted(keep, key=lambda e: (-projects[e], e)):
            name, org_type = self._one("SELECT name, org_type FROM entities WHERE id = ?", (eid,))
            nodes.append({"id": eid, "name": name, "type": org_type, "projects": projects[eid],
                          "degree": degree[eid]})
        edges = [{"source": x, "target": y, "weight": w} for (x, y), w in sorted(weights.items())]
        return nodes, edges
