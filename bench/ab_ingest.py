"""Interleaved A/B of the real CLI ingest with two copies of src/: CPU, wall and memory per run.

    git archive OLD src | tar -x -C /tmp/A;  git archive HEAD src | tar -x -C /tmp/B
    .venv/bin/python -m bench.ab_ingest CORPUS OUTDIR --a /tmp/A/src --b /tmp/B/src \\
        --workers 2,1 --rounds 2

Each round runs every worker count with both trees, alternating which goes first, so
load from other processes on a shared machine falls on both alike; compare CPU seconds
(user + system of the process tree), not wall time, when the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from bench.measure import run_sampled


def one_run(tree: str, corpus: Path, db: Path, workers: int) -> dict:
    """One `ngo_atlas.cli ingest` with ``tree`` first on the path, into a fresh atlas."""
    for sfx in ("", "-wal", "-shm"):
        Path(str(db) + sfx).unlink(missing_ok=True)
    load = os.getloadavg()[0]
    res = run_sampled([sys.executable, "-m", "ngo_atlas.cli", "ingest", str(corpus), "--db",
                       str(db), "--workers", str(workers), "--no-progress"],
                      env=dict(os.environ, PYTHONPATH=tree), interval=0.2)
    if res.returncode != 0:
        raise SystemExit(f"ingest with {tree} failed: {res.stderr_tail}")
    n = sum(1 for _ in corpus.iterdir())
    return {"wall_s": round(res.seconds, 1), "cpu_s": round(res.cpu_seconds, 1),
            "docs_per_s": round(n / res.seconds, 1),
            "docs_per_cpu_s": round(n / res.cpu_seconds, 1),
            "peak_rss_mb": round(res.peak_tree_rss / 1e6),
            "peak_pss_mb": round(res.peak_tree_pss / 1e6),
            "load": f"{load:.1f}-{os.getloadavg()[0]:.1f}"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.ab_ingest",
                                 description=__doc__.splitlines()[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("outdir", type=Path, help="atlases and ab.json go here")
    ap.add_argument("--a", required=True, help="the 'before' src/ folder")
    ap.add_argument("--b", required=True, help="the 'after' src/ folder")
    ap.add_argument("--workers", default="2,1")
    ap.add_argument("--rounds", type=int, default=2)
    a = ap.parse_args(argv)
    a.outdir.mkdir(parents=True, exist_ok=True)
    rows = []
    for r in range(a.rounds):
        for w in (int(x) for x in a.workers.split(",")):
            for name in (("A", "B") if r % 2 == 0 else ("B", "A")):
                tree = a.a if name == "A" else a.b
                row = {"tree": name, "workers": w, "round": r,
                       **one_run(tree, a.corpus, a.outdir / f"{name}_w{w}_r{r}.sqlite", w)}
                print(json.dumps(row), flush=True)
                rows.append(row)
    (a.outdir / "ab.json").write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
