"""Measuring tools of the benchmarks: a process tree's peak memory, percentiles, size on disk."""

from __future__ import annotations

import math
import os
import resource
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path


def _children(pid: int) -> list[int]:
    """Direct children of ``pid`` from /proc (Linux), without psutil."""
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(x) for x in f.read().split()]
    except OSError:
        return []


def tree_rss(pid: int) -> int:
    """Resident memory in bytes of ``pid`` and all its descendants, summed."""
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/statm") as f:
                total += int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            continue
        stack.extend(_children(p))
    return total


def tree_pss(pid: int) -> int:
    """Proportional set size in bytes of ``pid`` and its descendants, summed: pages that
    forked workers share with their parent (the extractor's dictionaries, loaded before
    the fork) count once in total, where summed RSS counts them in every process."""
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                total += next((int(line.split()[1]) * 1024 for line in f
                               if line.startswith("Pss:")), 0)
        except OSError:
            continue
        stack.extend(_children(p))
    return total


@dataclass
class RunResult:
    seconds: float
    cpu_seconds: float  # user + system of the whole tree (children that were waited for)
    peak_tree_rss: int  # bytes, sampled every ``interval``
    returncode: int
    stderr_tail: str
    peak_tree_pss: int = 0  # bytes, sampled with the RSS (0 where smaps_rollup is missing)


def run_sampled(cmd: list[str], interval: float = 0.1, env: dict[str, str] | None = None,
                timeout: float | None = None) -> RunResult:
    """Run ``cmd``, sampling the summed RSS of its process tree until it exits."""
    started = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    peak = peak_pss = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak, peak_pss
        while not stop.is_set():
            peak = max(peak, tree_rss(proc.pid))
            peak_pss = max(peak_pss, tree_pss(proc.pid))
            stop.wait(interval)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    try:
        _, err = proc.communicate(timeout=timeout)
    finally:
        stop.set()
        t.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return RunResult(time.perf_counter() - started, cpu, peak, proc.returncode,
                     err.decode("utf-8", "replace")[-2000:], peak_pss)


def percentiles(samples: list[float], qs: tuple[int, ...] = (50, 95, 99)) -> dict[int, float]:
    """Nearest-rank percentiles of the samples."""
    s = sorted(samples)
    if not s:
        return {q: float("nan") for q in qs}
    return {q: s[min(len(s) - 1, max(0, math.ceil(q / 100 * len(s)) - 1))] for q in qs}


def size_on_disk(db: str) -> int:
    """Bytes of a SQLite atlas with its WAL and SHM files, or a PostgreSQL database."""
    if db.startswith(("postgresql://", "postgres://")):
        import psycopg

        with psycopg.connect(db) as conn:
            return int(conn.execute("select pg_database_size(current_database())").fetchone()[0])
    return sum(Path(db + sfx).stat().st_size for sfx in ("", "-wal", "-shm")
               if Path(db + sfx).exists())


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.iterdir() if p.is_file())
