"""Extraction throughput on the dev set: documents per second on one core (prints the figure).

usage: python bench/extract_speed.py [--rounds N] [--dir PATH]

The first pass warms the caches (Morfeusz analyser, lexicon regexes); the timed
rounds then run the full extractor over every dev document, as `extract` does.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--dir", type=Path, default=DEV)
    a = ap.parse_args()
    docs = [Document(str(p), p.name, p.read_text(encoding="utf-8"))
            for p in sorted(a.dir.glob("*.txt"))]
    if not docs:
        raise SystemExit(f"{a.dir}: no .txt documents")
    t0 = time.perf_counter()
    for d in docs:
        extract_document(d)
    cold = time.perf_counter() - t0
    cpu0, t1 = time.process_time(), time.perf_counter()
    rounds = []
    for _ in range(a.rounds):
        r0 = time.process_time()
        for d in docs:
            extract_document(d)
        rounds.append(time.process_time() - r0)
    wall, cpu = time.perf_counter() - t1, time.process_time() - cpu0
    n = len(docs) * a.rounds
    chars = sum(len(d.text) for d in docs) * a.rounds
    print(f"documents: {len(docs)} x {a.rounds} rounds = {n}, {chars / n:.0f} chars each on average")
    print(f"first pass (cold caches): {len(docs) / cold:.1f} docs/s")
    print(f"warm: {n / wall:.1f} docs/s wall, {n / cpu:.1f} docs/s per CPU-second "
          f"(one process, one core; machine has {os.cpu_count()} cores)")
    # on a shared machine other jobs slow some rounds down: the median round is the steadier figure
    print(f"per round: median {len(docs) / statistics.median(rounds):.1f}, "
          f"best {len(docs) / min(rounds):.1f} docs per CPU-second")
    _large(docs)
    return 0


def _large(docs: list[Document]) -> None:
    """Growth with document size: the dev texts glued into one long page, 1x/4x/16x."""
    text = "".join(d.text for d in docs)
    for k in (1, 4, 16):
        big = Document("bench", "big.txt", text * k)
        t = time.process_time()
        extract_document(big)
        print(f"one document of {len(big.text) / 1000:.0f} kchars: "
              f"{time.process_time() - t:.2f} CPU-s")


if __name__ == "__main__":
    raise SystemExit(main())
