"""Schema migrations: numbered, applied in order, each exactly once, recorded in schema_version."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

# A step is a SQL statement, or a function of the atlas for what SQL cannot say
# (a back-fill that needs Python's casefold, say).
Step = str | Callable[[Any], None]


def apply_migrations(atlas: Any, migrations: list[tuple[int, list[Step]]]) -> int:
    """Bring the atlas's schema up to the last migration; returns the version it is at."""
    latest = max((v for v, _s in migrations), default=0)
    if {v for v, _s in migrations} <= _applied_versions(atlas):
        return latest  # the common case: no write lock, so readers never wait on ingests
    with atlas._tx():
        atlas._lock_writes()  # two processes opening a fresh PostgreSQL atlas at once
        atlas._q("CREATE TABLE IF NOT EXISTS schema_version "
                 "(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
        done = {r[0] for r in atlas._all("SELECT version FROM schema_version")}
        for version, statements in sorted(migrations):
            if version in done:
                continue
            for step in statements:
                if callable(step):
                    step(atlas)
                else:
                    atlas._q(step)
            atlas._q("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
                     (version, datetime.now(UTC).isoformat(timespec="seconds")))
    return latest


def _applied_versions(atlas: Any) -> set[int]:
    try:
        return {int(r[0]) for r in atlas._all("SELECT version FROM schema_version")}
    except Exception:  # noqa: BLE001 - no schema_version yet; sqlite3 and psycopg differ
        return set()


def backfill_mention_keys(atlas: Any) -> None:
    """Migration 2: mentions carry their alias key, so merges and splits find them by index."""
    from ngo_atlas.store.entities import name_key

    rows = atlas._all("SELECT id, name FROM mentions WHERE key IS NULL")
    atlas._many("UPDATE mentions SET key = ? WHERE id = ?", [(name_key(n), i) for i, n in rows])
