"""One finder failing on a text nobody foresaw costs that finder's facts, not the document.

Until round 26 a finder's bug on an unforeseen page (an IndexError on a one-word cue, a tag
with no case part) failed the whole document: "extraction failed", every other fact of it lost.
``guarded`` runs one finder or one page pass; if it raises, the field gets its empty value and
the failure is noted. ``collecting`` gathers the notes of one document's extraction, which
becomes the Extraction's ``problems``; ``extract`` and ``ingest`` print them as warnings naming
the file, so the bug is still seen.

Tests run strict (tests/conftest.py sets ``NGO_ATLAS_STRICT_EXTRACT=1``): there a finder's
exception is raised as before, so no test passes over a crash."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

T = TypeVar("T")
_NOTES: ContextVar[list[str] | None] = ContextVar("finder_failures", default=None)


def strict() -> bool:
    return os.environ.get("NGO_ATLAS_STRICT_EXTRACT") == "1"


@contextmanager
def collecting() -> Iterator[list[str]]:
    """The failures noted while the block runs (one document's extraction)."""
    notes: list[str] = []
    token = _NOTES.set(notes)
    try:
        yield notes
    finally:
        _NOTES.reset(token)


def guarded(empty: Callable[[], T], fn: Callable[..., T], *args: Any) -> T:
    """fn(*args), or empty() with the failure noted when fn raises (raised when strict)."""
    try:
        return fn(*args)
    except Exception as e:  # noqa: BLE001 - a finder's bug costs its own facts only
        if strict():
            raise
        notes = _NOTES.get()
        if notes is not None:
            notes.append(f"{getattr(fn, '__name__', 'finder')} failed: {type(e).__name__}: {e}")
        return empty()
