"""What SQLite and PostgreSQL atlases share: saving documents, failures, reading records.

Statements are written once with ``?`` placeholders; a backend supplies the connection,
transactions and the full-text index through the hooks at the bottom of ``SqlAtlas``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from ngo_atlas.model import Document, Extraction, NgoAtlasError
from ngo_atlas.store.aggregates import AggregateMixin
from ngo_atlas.store.base import Atlas, Failure, SaveOutcome
from ngo_atlas.store.curation import CurationMixin
from ngo_atlas.store.entities import EntityMixin
from ngo_atlas.store.records import content_hash, facet_rows, funding_rows, search_terms, valid_id
from ngo_atlas.store.search_sql import SearchMixin

DOC_COLUMNS = ("source", "name", "content_hash", "format", "encoding", "language", "title",
               "url", "fetched_at", "meta", "text", "saved_at")


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _grant_sums(grants: list[tuple]) -> list[tuple[str, str, str, float]]:
    """One project's grants summed per (year, funder or "", currency): its funding_totals share."""
    sums: dict[tuple[str, str, str], float] = {}
    for year, funder, currency, amount in grants:
        key = (year, funder or "", currency)
        sums[key] = sums.get(key, 0.0) + amount
    return [(*k, a) for k, a in sums.items()]


class BatchLost(NgoAtlasError):
    """A batch's COMMIT failed: its writes are lost (as in a crash; a rerun redoes them).
    Not one document's fault, so an ingest stops instead of blaming the last document."""


@dataclass
class _Batch:
    """The state of ``SqlAtlas.batch()``: its limits and its open transaction."""

    max_writes: int
    max_seconds: float
    open: bool = False
    began: float = 0.0
    writes: int = 0


class SqlAtlas(SearchMixin, AggregateMixin, EntityMixin, CurationMixin, Atlas):
    """An atlas in a relational database; subclasses bind it to one engine."""

    _depth = 0
    _batch: _Batch | None = None

    # -- saving -------------------------------------------------------------------------
    def has_content(self, content_hash: str) -> bool:
        return self._one("SELECT 1 FROM documents WHERE content_hash = ?", (content_hash,)) is not None

    def save(self, doc: Document, extraction: Extraction) -> SaveOutcome:
        digest = doc.content_hash or content_hash(doc.text)
        language = extraction.language or doc.language or "und"
        with self._tx():
            self._lock_writes()
            same = self._one("SELECT id FROM documents WHERE content_hash = ?", (digest,))
            if same is not None:
                self._alias_source(doc.source, same[0])
                self._q("DELETE FROM failures WHERE source = ?", (doc.source,))
                return SaveOutcome(same[0], "unchanged", self._project_ids(same[0]))
            self._q("DELETE FROM document_aliases WHERE source = ?", (doc.source,))
            old = self._one("SELECT id FROM documents WHERE source = ?", (doc.source,))
            if old is not None:
                self._delete_projects(old[0])
                # Its aliases had the old bytes: they are no longer this document.
                self._q("DELETE FROM document_aliases WHERE document_id = ?", (old[0],))
            doc_id = self._upsert_document(doc, digest, language)
            if not extraction.projects:
                ids = []  # no project (an organisation profile, an article): nothing to index
            elif self._one("SELECT 1 FROM corrections WHERE source = ? LIMIT 1",
                           (doc.source,)) is None:
                # Nothing to re-apply: each project is written once, indexed as extracted.
                ids = [self._insert_indexed_project(doc_id, i, p.to_record(), language, doc.text)
                       for i, p in enumerate(extraction.projects)]
            else:
                ids = [self._insert_project(doc_id, i, p.to_record(), language)
                       for i, p in enumerate(extraction.projects)]
                self._refresh_source(doc.source)
            self._q("DELETE FROM failures WHERE source = ?", (doc.source,))
        return SaveOutcome(doc_id, "updated" if old is not None else "ingested", ids)

    def note_duplicate(self, content_hash: str, source: str) -> int | None:
        """Record ``source`` as an alias of the document with these exact bytes (the
        ingester skips extracting them); the document's id, or None if there is none."""
        with self._tx():
            self._lock_writes()
            row = self._one("SELECT id FROM documents WHERE content_hash = ?", (content_hash,))
            if row is None:
                return None
            self._alias_source(source, row[0])
            self._q("DELETE FROM failures WHERE source = ?", (source,))
        return int(row[0])

    def _alias_source(self, source: str, doc_id: int) -> None:
        """``source`` now serves the bytes of document ``doc_id``: one document, two sources.

        A document of its own that ``source`` held before (older bytes) is removed.
        """
        own = self._one("SELECT id FROM documents WHERE source = ?", (source,))
        if own is not None and own[0] == doc_id:
            return  # the document's own source: nothing to record
        if own is not None:
            self._delete_projects(own[0])
            self._q("DELETE FROM document_aliases WHERE document_id = ?", (own[0],))
            self._q("DELETE FROM documents WHERE id = ?", (own[0],))
        self._q("INSERT INTO document_aliases (source, document_id, saved_at) VALUES (?, ?, ?) "
                "ON CONFLICT (source) DO UPDATE SET document_id = excluded.document_id, "
                "saved_at = excluded.saved_at", (source, doc_id, now()))

    def _upsert_document(self, doc: Document, digest: str, language: str) -> int:
        values = (doc.source, doc.name, digest, doc.format, doc.encoding, language, doc.title,
                  doc.url, doc.fetched_at or now(), dumps(doc.meta or {}), doc.text, now())
        updates = ", ".join(f"{c} = excluded.{c}" for c in DOC_COLUMNS[1:])
        marks = ", ".join("?" for _ in DOC_COLUMNS)
        return self._insert_id(
            f"INSERT INTO documents ({', '.join(DOC_COLUMNS)}) VALUES ({marks}) "
            f"ON CONFLICT (source) DO UPDATE SET {updates} RETURNING id", values)

    def _insert_project(self, doc_id: int, position: int, rec: dict[str, Any], lang: str,
                        terms: str = "") -> int:
        # Without terms it is indexed afterwards by _refresh_source, once corrections are
        # applied: terms='' marks "not in the full-text index yet". One JSON text serves
        # both columns.
        record = dumps(rec)
        return self._insert_id(
            'INSERT INTO projects (document_id, position, title, start, "end", status, '
            "language, extracted, record, terms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id",
            (doc_id, position, rec.get("title"), rec.get("start"), rec.get("end"),
             rec.get("status"), lang, record, record, terms))

    def _insert_indexed_project(self, doc_id: int, position: int, rec: dict[str, Any],
                                lang: str, text: str) -> int:
        """_insert_project then _refresh_source's indexing for a source with no corrections,
        in one INSERT: the row as _index_project would rewrite it (the record unchanged,
        its terms), and the same index rows. Writing the row once, without reading the
        document's text back, saves an UPDATE, two SELECTs and a JSON round trip."""
        terms = search_terms(rec, text, lang)
        pid = self._insert_project(doc_id, position, rec, lang, terms)
        self._index_rows(pid, rec, lang, terms)
        return pid

    def _project_ids(self, doc_id: int) -> list[int]:
        rows = self._all("SELECT id FROM projects WHERE document_id = ? ORDER BY position",
                         (doc_id,))
        return [r[0] for r in rows]

    def _delete_projects(self, doc_id: int) -> None:
        for pid in self._project_ids(doc_id):
            self._unindex_project(pid)
        self._q("DELETE FROM projects WHERE document_id = ?", (doc_id,))

    # -- indexing one project -----------------------------------------------------------
    def _index_project(self, pid: int, rec: dict[str, Any], lang: str, text: str) -> None:
        terms = search_terms(rec, text, lang)
        self._q('UPDATE projects SET title = ?, start = ?, "end" = ?, status = ?, record = ?, '
                "terms = ? WHERE id = ?",
                (rec.get("title"), rec.get("start"), rec.get("end"), rec.get("status"),
                 dumps(rec), terms, pid))
        self._index_rows(pid, rec, lang, terms)

    def _index_rows(self, pid: int, rec: dict[str, Any], lang: str, terms: str) -> None:
        """A project's full-text entry, facets, years, funding and entity mentions."""
        self._fts_add(pid, terms)
        facets = facet_rows(rec, lang)
        self._many("INSERT INTO project_facets (facet, value, project_id) VALUES (?, ?, ?)",
                   [(f, v, pid) for f, v in facets])
        self._many("INSERT INTO facet_totals (facet, value, count) VALUES (?, ?, 1) "
                   "ON CONFLICT (facet, value) DO UPDATE SET count = facet_totals.count + 1",
                   facets)
        span = [int(v) for f, v in facets if f == "year"]
        if span:  # the year facet values are contiguous: first and last say it all
            self._q("INSERT INTO project_years (project_id, first, last) VALUES (?, ?, ?)",
                    (pid, min(span), max(span)))
        grants = funding_rows(rec)
        self._many("INSERT INTO project_funding (project_id, year, funder, currency, amount) "
                   "VALUES (?, ?, ?, ?, ?)", [(pid, *row) for row in grants])
        self._many("INSERT INTO funding_totals (year, funder, currency, amount, projects) "
                   "VALUES (?, ?, ?, ?, 1) ON CONFLICT (year, funder, currency) DO UPDATE SET "
                   "amount = funding_totals.amount + excluded.amount, "
                   "projects = funding_totals.projects + 1", _grant_sums(grants))
        self._link_mentions(pid, rec, lang)

    def _unindex_project(self, pid: int) -> None:
        row = self._one("SELECT terms FROM projects WHERE id = ?", (pid,))
        if row is None or row[0] == "":
            return
        self._fts_delete(pid, row[0])
        facets = self._all("SELECT facet, value FROM project_facets WHERE project_id = ?", (pid,))
        pairs = [tuple(f) for f in facets]
        self._many("UPDATE facet_totals SET count = count - 1 WHERE facet = ? AND value = ?",
                   pairs)
        self._many("DELETE FROM facet_totals WHERE facet = ? AND value = ? AND count <= 0", pairs)
        self._q("DELETE FROM project_facets WHERE project_id = ?", (pid,))
        self._q("DELETE FROM mentions WHERE project_id = ?", (pid,))
        sums = _grant_sums([tuple(r) for r in self._all(
            "SELECT year, funder, currency, amount FROM project_funding WHERE project_id = ?",
            (pid,))])
        self._many("UPDATE funding_totals SET amount = amount - ?, projects = projects - 1 "
                   "WHERE year = ? AND funder = ? AND currency = ?",
                   [(a, y, f, c) for y, f, c, a in sums])
        self._many("DELETE FROM funding_totals WHERE year = ? AND funder = ? AND currency = ? "
                   "AND projects <= 0", [(y, f, c) for y, f, c, _a in sums])
        self._q("DELETE FROM project_funding WHERE project_id = ?", (pid,))
        self._q("DELETE FROM project_years WHERE project_id = ?", (pid,))
        self._q("UPDATE projects SET terms = '' WHERE id = ?", (pid,))

    # -- failures -----------------------------------------------------------------------
    def record_failure(self, source: str, reason: str) -> None:
        with self._tx():
            self._q("INSERT INTO failures (source, reason, failed_at, attempts) VALUES (?, ?, ?, 1) "
                    "ON CONFLICT (source) DO UPDATE SET reason = excluded.reason, "
                    "failed_at = excluded.failed_at, attempts = failures.attempts + 1",
                    (source, reason, now()))

    def failures(self) -> list[Failure]:
        rows = self._all("SELECT source, reason, failed_at, attempts FROM failures ORDER BY source")
        return [Failure(*r) for r in rows]

    # -- reading ------------------------------------------------------------------------
    def document(self, document_id: int) -> dict[str, Any] | None:
        if not valid_id(document_id):
            return None
        row = self._one(f"SELECT id, {', '.join(DOC_COLUMNS)} FROM documents WHERE id = ?",
                        (document_id,))
        if row is None:
            return None
        out = dict(zip(("id", *DOC_COLUMNS), row))
        out["meta"] = json.loads(out["meta"] or "{}")
        out["project_ids"] = self._project_ids(document_id)
        out["aliases"] = [r[0] for r in self._all(
            "SELECT source FROM document_aliases WHERE document_id = ? ORDER BY source",
            (document_id,))]
        return out

    def project(self, project_id: int) -> dict[str, Any] | None:
        if not valid_id(project_id):
            return None
        row = self._one(
            "SELECT p.record, p.language, d.id, d.name, d.source, d.url, d.language, d.text, "
            "d.title FROM projects p JOIN documents d ON d.id = p.document_id WHERE p.id = ?",
            (project_id,))
        if row is None:
            return None
        rec = json.loads(row[0])
        rec["id"] = project_id
        rec["language"] = row[1]
        rec["document"] = dict(zip(("id", "name", "source", "url", "language", "text", "title"),
                                   row[2:]))
        rec["corrections"] = self.corrections(project_id)
        rec["entities"] = self._project_entities(project_id)
        return rec

    def stats(self) -> dict[str, int]:
        def count(sql: str) -> int:
            return int(self._one(sql)[0])

        return {
            "documents": count("SELECT count(*) FROM documents"),
            "projects": count("SELECT count(*) FROM projects"),
            "organizations": count("SELECT count(*) FROM entities WHERE kind = 'organization' "
                                   "AND merged_into IS NULL"),
            "entities": count("SELECT count(*) FROM entities WHERE merged_into IS NULL"),
            "failures": count("SELECT count(*) FROM failures"),
        }

    # -- users and sessions (hashing is the caller's: the store only keeps the hashes) ---
    def add_user(self, name: str, password_hash: str) -> int:
        with self._tx():
            return self._insert_id("INSERT INTO users (name, password_hash, created_at) "
                                   "VALUES (?, ?, ?) RETURNING id", (name, password_hash, now()))

    def user_by_name(self, name: str) -> dict[str, Any] | None:
        row = self._one("SELECT id, name, password_hash, created_at FROM users WHERE name = ?",
                        (name,))
        return dict(zip(("id", "name", "password_hash", "created_at"), row)) if row else None

    def create_session(self, user_id: int, token_hash: str, expires_at: datetime | str) -> None:
        expires = expires_at.isoformat() if isinstance(expires_at, datetime) else expires_at
        with self._tx():
            self._q("INSERT INTO sessions (token_hash, user_id, created_at, expires_at) "
                    "VALUES (?, ?, ?, ?)", (token_hash, user_id, now(), expires))

    def session_user(self, token_hash: str) -> dict[str, Any] | None:
        row = self._one("SELECT u.id, u.name, u.password_hash, u.created_at, s.expires_at "
                        "FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?",
                        (token_hash,))
        if row is None:
            return None
        expires = datetime.fromisoformat(row[4])
        if expires.tzinfo is None:
            expires = expires.replace(tzinfo=UTC)
        if expires <= datetime.now(UTC):
            return None
        return dict(zip(("id", "name", "password_hash", "created_at"), row[:4]))

    def delete_session(self, token_hash: str) -> None:
        with self._tx():
            self._q("DELETE FROM sessions WHERE token_hash = ?", (token_hash,))

    # -- batched saves --------------------------------------------------------------------
    @contextmanager
    def batch(self, max_writes: int = 200, max_seconds: float = 0.5) -> Iterator[None]:
        """Group the writes made inside (saves, duplicates, failures) into few transactions.

        Each write runs in its own SAVEPOINT of a shared transaction, so a write that fails
        rolls back alone and the others of the batch stay; the transaction commits after
        ``max_writes`` writes or once it is ``max_seconds`` old (checked after each write),
        and on leaving. A crash loses only the writes of the open transaction, as with
        one transaction per write; one COMMIT (WAL append, FTS5 segment flush) then
        serves many documents.
        """
        if self._batch is not None:  # already batching: the outer batch decides
            yield
            return
        self._batch = _Batch(max_writes, max_seconds)
        try:
            yield
        finally:
            try:
                self.commit_batch()
            finally:
                self._batch = None

    def commit_batch(self) -> None:
        """Commit the open batch transaction now (the caller is about to wait for work of
        unknown length, and should not hold the write lock meanwhile)."""
        batch = self._batch
        if batch is None or not batch.open:
            return
        batch.open = False
        try:
            self._commit()
        except Exception as e:
            self._rollback()
            raise BatchLost(f"{self._where()}: committing {batch.writes} batched writes "
                            f"failed ({type(e).__name__}: {e}); they are not stored") from e

    def batch_age(self) -> float | None:
        """Seconds the open batch transaction has been open; None when none is open."""
        batch = self._batch
        if batch is None or not batch.open:
            return None
        return time.monotonic() - batch.began

    @contextmanager
    def _batched_write(self, batch: _Batch) -> Iterator[None]:
        """One write inside the batch's transaction, isolated by a savepoint."""
        if not batch.open:
            self._begin()
            batch.open, batch.began, batch.writes = True, time.monotonic(), 0
        self._q("SAVEPOINT batch_write")
        self._depth = 1
        try:
            yield
            self._sync_writes()  # a deferred error must surface before the savepoint goes
        except BaseException:
            self._depth = 0
            self._undo_write(batch)
            raise
        self._depth = 0
        self._q("RELEASE SAVEPOINT batch_write")
        batch.writes += 1
        if batch.writes >= batch.max_writes or time.monotonic() - batch.began >= batch.max_seconds:
            self.commit_batch()

    def _undo_write(self, batch: _Batch) -> None:
        """Roll back the failed write's savepoint. If even that fails (connection lost),
        the batch's earlier writes are gone too: say so instead of blaming one write."""
        try:
            self._q("ROLLBACK TO SAVEPOINT batch_write")
            self._q("RELEASE SAVEPOINT batch_write")
        except Exception as e:
            batch.open = False
            with suppress(Exception):  # the connection may be gone; BatchLost says enough
                self._rollback()
            raise BatchLost(f"{self._where()}: a failed write could not be undone alone "
                            f"({type(e).__name__}: {e}); the batch's {batch.writes} "
                            "earlier writes are not stored") from e

    # -- engine hooks -------------------------------------------------------------------
    @contextmanager
    def _tx(self) -> Iterator[None]:
        """One transaction; nested calls join the outer one; inside ``batch()`` a
        savepoint of the batch's transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        if self._batch is not None:
            with self._batched_write(self._batch):
                yield
            return
        self._begin()
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            self._rollback()
            raise
        self._depth = 0
        self._commit()

    def _one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self._q(sql, params).fetchone()

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        return list(self._q(sql, params).fetchall())

    def _insert_id(self, sql: str, params: Sequence[Any]) -> int:
        return int(self._q(sql, params).fetchone()[0])

    def _lock_writes(self) -> None:
        """Serialise writers where the engine does not already (PostgreSQL)."""

    def _where(self) -> str:
        """The atlas's location for error messages (a file path or a redacted URL)."""
        return str(getattr(self, "path", None) or type(self).__name__)

    def _sync_writes(self) -> None:
        """Wait for the results of statements sent ahead (PostgreSQL's pipeline mode)."""

    def _q(self, sql: str, params: Sequence[Any] = ()) -> Any:
        raise NotImplementedError

    def _many(self, sql: str, rows: list[Sequence[Any]]) -> None:
        raise NotImplementedError

    def _begin(self) -> None:
        raise NotImplementedError

    def _commit(self) -> None:
        raise NotImplementedError

    def _rollback(self) -> None:
        raise NotImplementedError

    def _fts_add(self, pid: int, terms: str) -> None:
        raise NotImplementedError

    def _fts_delete(self, pid: int, terms: str) -> None:
        raise NotImplementedError
