"""Schema migrations: numbered, applied in order, each exactly once, recorded in schema_version."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any


def apply_migrations(atlas: Any, migrations: list[tuple[int, list[str]]]) -> int:
    """Bring the atlas's schema up to the last migration; returns the version it is at."""
    with atlas._tx():
        atlas._lock_writes()  # two processes opening a fresh PostgreSQL atlas at once
        atlas._q("CREATE TABLE IF NOT EXISTS schema_version "
                 "(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
        done = {r[0] for r in atlas._all("SELECT version FROM schema_version")}
        for version, statements in sorted(migrations):
            if version in done:
                continue
            for sql in statements:
                atlas._q(sql)
            atlas._q("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
                     (version, datetime.now(timezone.utc).isoformat(timespec="seconds")))
    return max((v for v, _s in migrations), default=0)
