"""Resolution bench: pairwise scores on the labelled set, and the time to resolve a big atlas.

    .venv/bin/python bench/resolve/run.py                 # labelled set only
    .venv/bin/python bench/resolve/run.py --docs 100000   # plus the scale bench
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from evaluate import evaluate, load  # noqa: E402


def quality(show: int) -> None:
    rows = load()
    s = evaluate(rows)
    kinds = Counter(r["kind"] for r in rows)
    print(f"labelled set: {len(rows)} mentions ({dict(kinds)}), "
          f"{len({r['entity'] for r in rows})} entities, {s.true_pairs} true pairs")
    print(f"pairwise precision {s.precision:.4f}  recall {s.recall:.4f}  F1 {s.f1:.4f}  "
          f"(predicted pairs {s.predicted_pairs}, correct {s.correct_pairs})")
    for kind in kinds:
        sub = evaluate([r for r in rows if r["kind"] == kind])
        print(f"  {kind:12s} P {sub.precision:.4f}  R {sub.recall:.4f}  F1 {sub.f1:.4f}")
    # "dev" mentions were written while the resolver was tuned; "heldout" ones after.
    for split in sorted({r.get("split", "dev") for r in rows}):
        part = [r for r in rows if r.get("split", "dev") == split]
        sub = evaluate(part)
        print(f"  split {split:7s} ({len(part)} mentions, {sub.true_pairs} pairs) "
              f"P {sub.precision:.4f}  R {sub.recall:.4f}  F1 {sub.f1:.4f}")
    name = {r["id"]: r["name"] for r in rows}
    for label, pairs in (("wrong merges", s.wrong), ("missed pairs", s.missed)):
        print(f"{label}: {len(pairs)}")
        for a, b in pairs[:show]:
            print(f"  {name[a]}  |  {name[b]}")


def scale(docs: int, per_doc: int, orgs: int) -> None:
    from synth import labelled

    from ngo_atlas.resolve import normalize
    from ngo_atlas.resolve.cluster import resolve

    t0 = time.perf_counter()
    pairs = list(labelled(docs, per_doc, orgs))
    ms = [m for m, _ in pairs]
    t1, c1 = time.perf_counter(), time.process_time()
    result = resolve(ms)
    t2, c2 = time.perf_counter(), time.process_time()
    p, r, f1 = contingency_scores([(result[m.id], g) for m, g in pairs])
    distinct = len({(m.name, m.kind) for m in ms})
    clusters = len(set(result.values()))
    print(f"scale: {docs} documents, {len(ms)} mentions, {distinct} distinct names, "
          f"{orgs} synthetic organisations")
    # CPU time beside wall time: on a shared machine the wall clock measures the neighbours.
    print(f"  synthesis {t1 - t0:.1f} s; resolve {t2 - t1:.1f} s wall, {c2 - c1:.1f} s CPU "
          f"({len(ms) / (t2 - t1):,.0f} mentions/s wall); {clusters} clusters")
    print(f"  synthetic gold: pairwise precision {p:.4f}  recall {r:.4f}  F1 {f1:.4f} "
          "(names shared by two synthetic bodies cannot be told apart)")
    print(f"  normalisation cache: {normalize.analyse.cache_info()}")


def contingency_scores(assigned: list[tuple[str, str]]) -> tuple[float, float, float]:
    """Pairwise P/R/F1 from cluster sizes, without listing the (many) pairs."""
    def pairs(counter: Counter) -> int:
        return sum(n * (n - 1) // 2 for n in counter.values())

    both = pairs(Counter(assigned))
    pred = pairs(Counter(p for p, _ in assigned))
    gold = pairs(Counter(g for _, g in assigned))
    p = both / pred if pred else 1.0
    r = both / gold if gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=0,
                    help="also time resolution of this many documents")
    ap.add_argument("--per-doc", type=int, default=10)
    ap.add_argument("--orgs", type=int, default=4000)
    ap.add_argument("--show", type=int, default=200, help="how many errors to list")
    args = ap.parse_args()
    quality(args.show)
    if args.docs:
        scale(args.docs, args.per_doc, args.orgs)


if __name__ == "__main__":
    main()
