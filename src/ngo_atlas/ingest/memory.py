"""Keeps an ingest process's memo caches within a memory budget, however long the corpus."""

from __future__ import annotations

import ctypes
import gc
import logging
import os
import sys
from collections.abc import Callable
from typing import Any

# Bytes the memo caches may add to one process's RSS. An ingest with 2 workers is three
# such processes that start at ~520 MB PSS together (dictionaries shared after fork,
# SQLite's 64 MB page cache in the saver); each process clears its caches at most
# MAX_CEILING x the budget past its start, so the tree stays under 520 + 3 x 125 MB
# ≈ 0.9 GB however long the corpus (at 200 MB the bound was ~1.1 GB).
CACHE_BUDGET = 100 * 1024 * 1024
BUDGET_ENV = "NGO_ATLAS_CACHE_BUDGET_MB"  # overrides CACHE_BUDGET (benchmarks, small machines)
# After a clear, heap the allocator keeps may raise the next threshold (so a clear that
# cannot free it is not retried at every check), but never past this many budgets.
MAX_CEILING = 1.25
CHECK_EVERY = 64  # documents between two looks at the RSS (reading it costs ~10 us)
# A clear that frees less than this share of the budget means the memory past the
# threshold is not the caches' (SQLite's page cache filling, heap the allocator keeps):
# clearing again at once would only cost CPU, so the checks space out, up to this far.
FUTILE_SHARE = 0.25
MAX_CHECK_EVERY = 4096
# Caches smaller than this hold loaded resources (dictionaries, analysers, compiled
# patterns) that are costly to rebuild and do not grow with the corpus: never cleared.
MIN_MEMO_SIZE = 1000


def rss() -> int:
    """This process's resident set size in bytes (Linux /proc; 0 elsewhere)."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0


def memo_caches() -> list[Callable[..., Any]]:
    """The ngo_atlas functions memoised per word, name or page (functools.lru_cache with
    maxsize >= MIN_MEMO_SIZE): they fill with the corpus's distinct inputs and, full,
    hold tens to hundreds of MB each (a Polish word's Morfeusz readings ~1.5 kB)."""
    found = []
    for name, module in list(sys.modules.items()):
        if not name.startswith("ngo_atlas.") or module is None:
            continue
        for obj in list(vars(module).values()):
            info = getattr(obj, "cache_info", None)
            if (info is not None and getattr(obj, "__module__", None) == name
                    and (info().maxsize or 0) >= MIN_MEMO_SIZE):
                found.append(obj)
    return found


def clear_memo_caches() -> int:
    """Empty every memo cache and hand freed memory back; the number of entries dropped.
    The functions are pure (that is what makes them cacheable), so results do not change."""
    dropped = 0
    for fn in memo_caches():
        dropped += fn.cache_info().currsize
        fn.cache_clear()
    gc.collect()
    _malloc_trim()
    return dropped


def _malloc_trim() -> None:
    """Ask glibc to return freed heap pages to the system (no-op where there is no glibc)."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


log = logging.getLogger(__name__)


def configured_budget() -> int:
    """CACHE_BUDGET, or the NGO_ATLAS_CACHE_BUDGET_MB environment variable where set."""
    value = os.environ.get(BUDGET_ENV, "").strip()
    if not value:
        return CACHE_BUDGET
    try:
        return int(float(value) * 1024 * 1024)
    except ValueError:
        raise ValueError(f"{BUDGET_ENV}={value!r}: expected a number of megabytes") from None


class MemoryGuard:
    """Call ``tick()`` once per document: every CHECK_EVERY documents, when the process
    has grown more than ``budget`` bytes past its size at the first check (taken after
    the dictionaries are loaded), the memo caches are cleared.

    The threshold then moves to half a budget above the size after clearing, so heap the
    allocator keeps is not cleared for again at every check, but it never rises past
    MAX_CEILING budgets above the start: the caches' memory is bounded for good. A clear
    that frees little doubles the documents to the next check (up to MAX_CHECK_EVERY), so
    memory the caches do not hold costs no clearing at every check."""

    def __init__(self, budget: int | None = None, every: int | None = None):
        self.budget = configured_budget() if budget is None else budget
        self.every = CHECK_EVERY if every is None else every
        self.base_every = self.every
        self.start: int | None = None
        self.extra = 0  # room for memory something else bounds (allow)
        self.ceiling = 0
        self.count = 0
        self.clears = 0
        self.last_clear: tuple[int, int, int] | None = None  # (documents, RSS before, after)

    def allow(self, extra: int) -> None:
        """Leave room for ``extra`` bytes this process fills after its start that something
        else bounds: the saver's SQLite page cache (64 MB), which filling past the
        threshold would otherwise have the memo caches cleared over and over."""
        self.extra = max(self.extra, extra)
        if self.start is not None:
            self.ceiling = max(self.ceiling, self.start + self.budget + self.extra)

    def tick(self) -> None:
        self.count += 1
        if self.count % self.every:
            return
        size = rss()
        if self.start is None:
            self.start = size
            self.ceiling = size + self.budget + self.extra
        elif size > self.ceiling:
            dropped = clear_memo_caches()
            after = rss()
            self.clears += 1
            self.last_clear = (self.count, size, after)
            base = self.start + self.extra
            highest = base + int(MAX_CEILING * self.budget)
            self.ceiling = min(max(base + self.budget, after + self.budget // 2), highest)
            futile = size - after < FUTILE_SHARE * self.budget
            self.every = min(self.every * 2, MAX_CHECK_EVERY) if futile else self.base_every
            log.info("memory guard (pid %d): %.0f MB resident after %d documents, %d memo "
                     "entries cleared, %.0f MB now", os.getpid(), size / 2**20, self.count,
                     dropped, after / 2**20)


_guards: dict[int, MemoryGuard] = {}


def process_guard() -> MemoryGuard:
    """This process's guard (a forked worker gets its own, measured from its own start)."""
    pid = os.getpid()
    if pid not in _guards:
        _guards.clear()  # a parent's guard copied into a forked child is not the child's
        _guards[pid] = MemoryGuard()
    return _guards[pid]
