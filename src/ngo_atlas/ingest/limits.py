"""Limits that keep one hostile or huge document from hurting a batch: size, depth, pages, time."""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields

_MB = 1024 * 1024
ENV_PREFIX = "NGO_ATLAS_"


@dataclass(frozen=True)
class Limits:
    """Each limit is overridable with an environment variable NGO_ATLAS_<FIELD> (upper case)."""

    max_bytes: int = 50 * _MB  # raw file or download size
    max_html_depth: int = 200  # deeper markup is flattened (libxml2 silently drops past 256)
    max_pdf_pages: int = 2000
    max_unzipped_bytes: int = 200 * _MB  # total uncompressed size of a DOCX archive
    max_zip_ratio: int = 200  # a member compressed better than this is a zip bomb
    seconds_per_document: float = 60.0  # read + extract of one document
    fetch_timeout: float = 20.0  # seconds for one URL's connection and each read

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Limits:
        """Defaults, overridden by NGO_ATLAS_MAX_BYTES=..., NGO_ATLAS_MAX_PDF_PAGES=... ."""
        env = os.environ if environ is None else environ
        values = {}
        for f in fields(cls):
            raw = env.get(ENV_PREFIX + f.name.upper())
            if raw is None or raw == "":
                continue
            try:
                values[f.name] = type(f.default)(float(raw))
            except ValueError as e:
                raise ValueError(f"{ENV_PREFIX}{f.name.upper()}={raw!r} is not a number") from e
        return cls(**values)


class DocumentTimeout(BaseException):
    """Raised inside a document's processing when it exceeds seconds_per_document.

    A BaseException, like KeyboardInterrupt, so that the broad ``except Exception`` in
    parsers and extractors cannot swallow it and carry on past the limit."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Interrupt the enclosed code after ``seconds`` (POSIX, main thread only).

    SIGALRM is the only way to stop pure-Python work without another process; in a
    worker thread (e.g. a web server) the limit is simply not enforced.
    """
    usable = (seconds and seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable or signal.getitimer(signal.ITIMER_REAL)[0] > 0:
        # Nested inside another limit (read inside read+extract): the outer one governs.
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise DocumentTimeout(f"took longer than {seconds:g} s (limit seconds_per_document)")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
