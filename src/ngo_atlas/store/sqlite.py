"""The embedded atlas: one SQLite file, WAL mode, FTS5 over lemma terms."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ngo_atlas.model import NgoAtlasError
from ngo_atlas.store.migrate import apply_migrations
from ngo_atlas.store.schema_sqlite import MIGRATIONS
from ngo_atlas.store.sql import SqlAtlas

PAGE_CACHE_KIB = 65536  # SQLite's page cache per connection (64 MiB)


def fts5_query(alternatives: list[list[str]]) -> str:
    """An FTS5 MATCH expression: each word an OR of quoted terms, words ANDed.

    Every term is a double-quoted string with inner quotes doubled, so no user input is
    ever read as FTS5 syntax (NEAR, *, -, column filters, parentheses).
    """
    groups = []
    for alts in alternatives:
        quoted = " OR ".join('"' + t.replace('"', '""') + '"' for t in alts)
        groups.append(f"({quoted})")
    return " AND ".join(groups)


class SqliteAtlas(SqlAtlas):
    """An atlas in a SQLite file (created, and migrated, on open)."""

    _driving_join = "CROSS JOIN"
    _group_union = False

    # SQLite's page cache fills as the atlas is read and written, up to this; the ingest's
    # memory guard leaves room for it (ingest.memory.MemoryGuard.allow).
    page_cache_bytes = PAGE_CACHE_KIB * 1024

    def __init__(self, path: str | Path):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).expanduser().parent.mkdir(parents=True, exist_ok=True)
        try:
            # isolation_level=None: we issue BEGIN IMMEDIATE ourselves, so a save takes the
            # write lock up front instead of failing half-way on a busy database.
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=60,
                                        check_same_thread=False)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
            self.conn.execute(f"PRAGMA cache_size=-{PAGE_CACHE_KIB}")
            apply_migrations(self, MIGRATIONS)
        except sqlite3.DatabaseError as e:
            raise NgoAtlasError(f"{self.path}: not a usable atlas database ({e})") from e

    def close(self) -> None:
        self.conn.close()

    def _q(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(sql, tuple(params))

    def _many(self, sql: str, rows: list[Sequence[Any]]) -> None:
        if rows:
            self.conn.executemany(sql, rows)

    def _begin(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def _commit(self) -> None:
        self.conn.execute("COMMIT")

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def _fts_add(self, pid: int, terms: str) -> None:
        self.conn.execute("INSERT INTO project_fts (rowid, terms) VALUES (?, ?)", (pid, terms))

    def _fts_delete(self, pid: int, terms: str) -> None:
        self.conn.execute("INSERT INTO project_fts (project_fts, rowid, terms) "
                          "VALUES ('delete', ?, ?)", (pid, terms))

    def _fts_condition(self, alternatives: list[list[str]]) -> tuple[str, list[Any]]:
        return ("SELECT rowid AS id FROM project_fts WHERE project_fts MATCH ?",
                [fts5_query(alternatives)])

    def _ranked_select(self, alternatives: list[list[str]], restrict: tuple[str, list] | None
                       ) -> tuple[str, list[Any]]:
        if restrict is None:
            return ("SELECT rowid FROM project_fts WHERE project_fts MATCH ? ORDER BY rank, rowid",
                    [fts5_query(alternatives)])
        # Rank every match once, then keep the restricted ones: a rowid constraint inside
        # FTS5 would re-run the MATCH per id.
        return (("WITH f AS MATERIALIZED (SELECT rowid AS id, rank AS r FROM project_fts "
                f"WHERE project_fts MATCH ?) SELECT f.id FROM f WHERE f.id IN ({restrict[0]}) "
                "ORDER BY f.r, f.id"), [fts5_query(alternatives), *restrict[1]])

    def _pool_ranked_select(self, alternatives: list[list[str]], restrict: tuple[str, list] | None
                            ) -> tuple[str, list[Any]]:
        # "+rowid" keeps the restriction out of FTS5's plan (pushed in, it re-runs the MATCH
        # per id); FTS5 walks its doclist newest first and scores only rows that pass.
        only, params = "", []
        if restrict is not None:
            only, params = f" AND +rowid IN ({restrict[0]})", list(restrict[1])
        return ((f"WITH pool AS MATERIALIZED (SELECT rowid AS id, rank AS r FROM project_fts "
                 f"WHERE project_fts MATCH ?{only} ORDER BY rowid DESC LIMIT {int(self.rank_pool)}) "
                 "SELECT id FROM pool ORDER BY r, id"), [fts5_query(alternatives), *params])

    def _title_key(self) -> str:
        return "p.title COLLATE NOCASE"

    def _materialize(self, select: str, params: list[Any]) -> int:
        # A TEMP table lives in the connection's own temp database: no lock on the atlas.
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS search_ids (id INTEGER PRIMARY KEY)")
        self.conn.execute("DELETE FROM search_ids")
        return self.conn.execute(f"INSERT INTO search_ids (id) {select}", tuple(params)).rowcount
