"""Where extraction's CPU goes, by sampling: the share of CPU time spent on each line and in
each function (itself and below), C-level work (a regex scan, str.find) counted on the line
that calls it.

usage: PYTHONPATH=src python bench/extract_sample.py [--rounds N] [--dir PATH ...] [--top N]

cProfile times every Python call, so it inflates code made of many small calls and can point
at the wrong place: round 26 found WordScan's per-text cache of off-space words missed on 43%
of its calls under cProfile (2.7% of the profile), yet serving every guard of a text from one
cache changed nothing measurable (extract_ab 0.995). A CPU-time timer (SIGPROF) that reads the
interpreter's stack a few thousand times a second costs little and shows C-level time where
it is spent: round 26's figures (~10% of all CPU on the one line of WordScan.finditer that runs
re's scan for the space before a word) came from here.
"""

from __future__ import annotations

import argparse
import collections
import signal
from pathlib import Path

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev"
# seconds of CPU between samples; the kernel's tick may make it coarser (~4 ms on round 26's
# host: 10 rounds of the dev set give ~400 samples, the 1,203 read-set documents ~3,700 a round)
INTERVAL = 0.0005


def _where(code) -> str:
    return f"{code.co_filename.rsplit('/', 1)[-1]}:{code.co_firstlineno}({code.co_name})"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--dir", type=Path, action="append", help="document folders (default: the dev set)")
    ap.add_argument("--top", type=int, default=40)
    a = ap.parse_args()
    docs = [Document(str(p), p.name, p.read_text(encoding="utf-8"))
            for d in (a.dir or [DEV]) for p in sorted(d.glob("*.txt"))]
    for d in docs:  # warm: lexicons, analysers, compiled patterns
        extract_document(d)
    own: collections.Counter[str] = collections.Counter()
    below: collections.Counter[str] = collections.Counter()
    lines: collections.Counter[str] = collections.Counter()

    def sample(_sig, frame) -> None:
        code = frame.f_code
        own[_where(code)] += 1
        lines[f"{code.co_filename.rsplit('/', 1)[-1]}:{frame.f_lineno}"] += 1
        seen = set()
        while frame is not None:  # each function once, however deep its recursion
            where = _where(frame.f_code)
            if where not in seen:
                seen.add(where)
                below[where] += 1
            frame = frame.f_back

    signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, INTERVAL, INTERVAL)
    try:
        for _ in range(a.rounds):
            for d in docs:
                extract_document(d)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
    n = sum(own.values())
    by_file: collections.Counter[str] = collections.Counter()
    for where, k in own.items():
        by_file[where.split(":", 1)[0]] += k
    print(f"{len(docs)} documents x {a.rounds} rounds, {n} samples")
    for title, counts in (("by file (own lines)", by_file), ("by line", lines),
                          ("by function, own lines", own), ("by function, with its callees", below)):
        print(f"\n== {title}")
        for where, k in counts.most_common(a.top):
            print(f"{100 * k / n:5.1f}%  {where}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
