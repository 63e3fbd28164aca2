"""The shared-server atlas: PostgreSQL through psycopg 3, tsvector ('simple') over lemma terms."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ngo_atlas.model import Document, Extraction, NgoAtlasError
from ngo_atlas.store.base import SaveOutcome
from ngo_atlas.store.migrate import apply_migrations
from ngo_atlas.store.schema_postgres import MIGRATIONS
from ngo_atlas.store.sql import SqlAtlas

# One advisory lock serialises writers: concurrent ingests then never race on entity
# creation (two processes inventing the same organisation) nor deadlock on facet totals.
# Extraction, the costly part, still runs in parallel outside the transaction.
WRITE_LOCK = 0x6E676F61  # "ngoa"


def tsquery(alternatives: list[list[str]]) -> str:
    """A tsquery text: each word an OR of quoted lexemes, words ANDed; quotes doubled."""
    groups = []
    for alts in alternatives:
        quoted = " | ".join("'" + t.replace("\\", "\\\\").replace("'", "''") + "'" for t in alts)
        groups.append(f"({quoted})")
    return " & ".join(groups)


def _no_nul(value: Any) -> Any:
    """A text parameter with NUL in it, which PostgreSQL text cannot hold, as one that matches nothing.

    Such a value only comes from user input (a search filter, an entity query: ingest
    never stores NUL); SQLite answers it with no match, so PostgreSQL must too, not
    with an error. U+FFFF is a Unicode noncharacter: no stored text contains it.
    """
    if isinstance(value, str) and "\x00" in value:
        return value.replace("\x00", "\uffff")
    return value


def _redact(url: str) -> str:
    return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", url)


class PostgresAtlas(SqlAtlas):
    """An atlas in a PostgreSQL database (schema created and migrated on open)."""

    def __init__(self, url: str):
        import psycopg

        self.url = url
        try:
            self.conn = psycopg.connect(url, autocommit=True)
            apply_migrations(self, MIGRATIONS)
        except psycopg.Error as e:
            raise NgoAtlasError(f"{_redact(url)}: cannot open the atlas ({e})") from e

    def close(self) -> None:
        self.conn.close()

    def save(self, doc: Document, extraction: Extraction) -> SaveOutcome:
        # Pipeline mode: a statement whose result is not read (the inserts and updates of
        # projects, facets, totals, mentions, aliases) goes out without waiting for the
        # server's answer; only reads (alias look-ups, RETURNING ids) wait. The transaction
        # is the same, so a failure still rolls the whole document back.
        with self.conn.pipeline() as self._pipeline:
            try:
                return super().save(doc, extraction)
            finally:
                self._pipeline = None

    _pipeline: Any = None

    def _where(self) -> str:
        return _redact(self.url)

    def _sync_writes(self) -> None:
        # Inside batch(), a failed statement must raise before its savepoint is released.
        if self._pipeline is not None:
            self._pipeline.sync()

    def _q(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(sql.replace("%", "%%").replace("?", "%s"),
                                 tuple(_no_nul(p) for p in params))

    def _many(self, sql: str, rows: list[Sequence[Any]]) -> None:
        if rows:
            with self.conn.cursor() as cur:
                cur.executemany(sql.replace("%", "%%").replace("?", "%s"), rows)

    def _begin(self) -> None:
        self.conn.execute("BEGIN")

    def _commit(self) -> None:
        self.conn.execute("COMMIT")

    def _rollback(self) -> None:
        self.conn.execute("ROLLBACK")

    def _lock_writes(self) -> None:
        self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))

    def _fts_add(self, pid: int, terms: str) -> None:
        self.conn.execute("UPDATE projects SET tsv = to_tsvector('simple', terms) WHERE id = %s",
                          (pid,))

    def _fts_delete(self, pid: int, terms: str) -> None:
        self.conn.execute("UPDATE projects SET tsv = NULL WHERE id = %s", (pid,))

    def _fts_condition(self, alternatives: list[list[str]]) -> tuple[str, list[Any]]:
        return ("SELECT id FROM projects WHERE tsv @@ to_tsquery('simple', ?)",
                [tsquery(alternatives)])

    def _ranked_select(self, alternatives: list[list[str]], restrict: tuple[str, list] | None
                       ) -> tuple[str, list[Any]]:
        only, params = "", []
        if restrict is not None:
            only, params = f" AND p.id IN ({restrict[0]})", list(restrict[1])
        return ((f"SELECT p.id FROM projects p, to_tsquery('simple', ?) AS q(q) "
                f"WHERE p.tsv @@ q.q{only} ORDER BY ts_rank(p.tsv, q.q) DESC, p.id"),
                [tsquery(alternatives), *params])

    def _pool_ranked_select(self, alternatives: list[list[str]], restrict: tuple[str, list] | None
                            ) -> tuple[str, list[Any]]:
        only, params = "", []
        if restrict is not None:
            only, params = f" AND p.id IN ({restrict[0]})", list(restrict[1])
        # The planner postpones ts_rank past the sort and LIMIT: only the pool is scored.
        return ((f"SELECT id FROM (SELECT p.id, ts_rank(p.tsv, q.q) AS r FROM projects p, "
                 f"to_tsquery('simple', ?) AS q(q) WHERE p.tsv @@ q.q{only} "
                 f"ORDER BY p.id DESC LIMIT {int(self.rank_pool)}) AS pool ORDER BY r DESC, id"),
                [tsquery(alternatives), *params])

    def _materialize(self, select: str, params: list[Any]) -> int:
        if not getattr(self, "_has_search_ids", False):
            self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS search_ids (id BIGINT PRIMARY KEY)")
            self._has_search_ids = True
        self.conn.execute("TRUNCATE search_ids")
        return self._q(f"INSERT INTO search_ids (id) {select}", params).rowcount
