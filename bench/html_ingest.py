"""HTML ingest cost against trafilatura alone, side by side in one run (issue 6's 1.3x target).

    .venv/bin/python bench/html_ingest.py [--repeat 5] [--profile] [HTML_DIR]

Times three things on the same pages, interleaved, reported by their medians:
trafilatura alone (bytes -> trafilatura.extract with ingest's own settings), ingest's
reader (read_path: decode, depth guard, trafilatura, title, normalise, language), and
ingest end to end (read + extract + store into a fresh temporary SQLite atlas).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path

import trafilatura

from ngo_atlas.ingest.html import TRAFILATURA_OPTIONS
from ngo_atlas.ingest.readers import read_path
from ngo_atlas.pipeline import ingest_paths
from ngo_atlas.store import open_atlas

DEFAULT_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "html"


def trafilatura_alone(pages: list[Path]) -> None:
    for p in pages:
        trafilatura.extract(p.read_bytes(), **TRAFILATURA_OPTIONS)


def reader(pages: list[Path]) -> None:
    for p in pages:
        read_path(p)


def end_to_end(pages: list[Path]) -> None:
    with tempfile.TemporaryDirectory() as tmp, open_atlas(str(Path(tmp) / "a.sqlite")) as atlas:
        summary = ingest_paths(pages, atlas, progress=False)
        if summary.failed or summary.ingested != len(pages):
            raise SystemExit(f"ingest did not store every page: {summary}")


def timed(fns: list, pages: list[Path], repeat: int) -> dict[str, tuple[float, float]]:
    """Median (CPU seconds, wall seconds) per function; the three run in turn each round so
    that load from other processes on a shared machine falls on all of them alike."""
    cpu: dict[str, list[float]] = {fn.__name__: [] for fn in fns}
    wall: dict[str, list[float]] = {fn.__name__: [] for fn in fns}
    for _ in range(repeat):
        for fn in fns:
            c, w = time.process_time(), time.perf_counter()
            fn(pages)
            cpu[fn.__name__].append(time.process_time() - c)
            wall[fn.__name__].append(time.perf_counter() - w)
    return {k: (statistics.median(cpu[k]), statistics.median(wall[k])) for k in cpu}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--profile", action="store_true", help="cProfile end to end, top 25")
    a = ap.parse_args()
    pages = sorted(a.folder.glob("*.htm*"))
    if not pages:
        raise SystemExit(f"no .html pages in {a.folder}")
    size = sum(p.stat().st_size for p in pages)
    for fn in (trafilatura_alone, reader, end_to_end):  # warm imports and caches
        fn(pages)
    t = timed([trafilatura_alone, reader, end_to_end], pages, a.repeat)
    base_cpu, base_wall = t["trafilatura_alone"]
    print(f"{len(pages)} pages, {size / 1e6:.1f} MB, median of {a.repeat} interleaved runs")
    print(f"{'':20} {'CPU s':>8} {'wall s':>8} {'pages/s':>8} {'ratio CPU':>10} {'ratio wall':>10}")
    for label, key in (("trafilatura alone", "trafilatura_alone"), ("read_path", "reader"),
                       ("ingest end to end", "end_to_end")):
        c, w = t[key]
        print(f"{label:20} {c:8.3f} {w:8.3f} {len(pages) / w:8.1f} "
              f"{c / base_cpu:10.2f} {w / base_wall:10.2f}")
    print("target (issue 6): end to end <= 1.30 x trafilatura alone")
    if a.profile:
        prof = cProfile.Profile()
        prof.runcall(end_to_end, pages)
        pstats.Stats(prof, stream=sys.stdout).sort_stats("cumulative").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())
