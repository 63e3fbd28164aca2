"""One open Atlas per worker thread, so SQLite connections never cross threads."""

from __future__ import annotations

import threading

from ngo_atlas.store import open_atlas
from ngo_atlas.store.base import Atlas


class AtlasPool:
    """Opens the atlas lazily in each thread that asks, and closes them all at shutdown."""

    def __init__(self, db_url: str):
        self.db_url = db_url
        self._local = threading.local()
        self._lock = threading.Lock()
        self._open: list[Atlas] = []
        # Bumped by close_all: a thread's atlas from before is closed, so it opens a new one
        # (an app may be started, stopped and started again, as test clients do).
        self._generation = 0

    def get(self) -> Atlas:
        atlas = getattr(self._local, "atlas", None)
        if atlas is None or self._local.generation != self._generation:
            atlas = open_atlas(self.db_url)
            with self._lock:
                self._open.append(atlas)
                self._local.atlas, self._local.generation = atlas, self._generation
        return atlas

    def close_all(self) -> None:
        with self._lock:
            for atlas in self._open:
                try:
                    atlas.close()
                except Exception:  # noqa: BLE001 - closing at shutdown must not raise
                    pass
            self._open.clear()
            self._generation += 1
