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

    def get(self) -> Atlas:
        atlas = getattr(self._local, "atlas", None)
        if atlas is None:
            atlas = open_atlas(self.db_url)
            self._local.atlas = atlas
            with self._lock:
                self._open.append(atlas)
        return atlas

    def close_all(self) -> None:
        with self._lock:
            for atlas in self._open:
                try:
                    atlas.close()
                except Exception:  # noqa: BLE001 - closing at shutdown must not raise
                    pass
            self._open.clear()
