"""Extraction CPU of this tree against another revision, in one process, interleaved per document.

usage: python bench/extract_ab.py REV [--rounds N] [--dir PATH ...] [--clear MODULE.FUNC ...]

On the shared 2-core host one whole pass per side ("base round, new round, base round …")
swings by ±10-20% from round to round with the other jobs' load, so a change under 5% cannot be
told from noise. This script exports REV's src/ngo_atlas (git archive) as a second package,
``ngo_atlas_ab_base``, imports both trees in the same process and times every document with
``time.process_time`` on both sides back to back, the order alternating by document and
round: a slow spell on the host then falls on both sides alike. Round 18 measured the
spread of the per-round ratio at about ±0.5% (8 rounds over the 21 read sets).

--clear names caches a change adds (``ngo_atlas.extract.organisations._same_org``): they
are emptied before each round, so a round does not reuse what an earlier one cached for the
same documents (the real command reads each document once).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import io
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval" / "dev"
BASE_PKG = "ngo_atlas_ab_base"


def export_base(rev: str, dest: Path) -> Path:
    """REV's ngo_atlas package written under dest as BASE_PKG, its own imports renamed."""
    raw = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src/ngo_atlas"],
                         check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(raw)) as tar:
        if hasattr(tarfile, "data_filter"):  # (3.11.4 on: plain files only, inside dest)
            tar.extractall(dest, filter="data")
        else:
            tar.extractall(dest)
    pkg = dest / BASE_PKG
    (dest / "src" / "ngo_atlas").rename(pkg)
    for py in pkg.rglob("*.py"):
        py.write_text(rename_imports(py.read_text(encoding="utf-8")), encoding="utf-8")
    return pkg


def rename_imports(source: str) -> str:
    """The module's references to the ngo_atlas package, pointed at BASE_PKG."""
    return re.sub(r"\bngo_atlas\b", BASE_PKG, source)


def read_sets() -> list[Path]:
    """The dev set and the 20 read sets under eval/."""
    return [SHARED, *sorted(p for p in (ROOT / "eval").iterdir() if p.is_dir())]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rev", help="the revision to compare with (e.g. main, 63597a6)")
    ap.add_argument("--rounds", type=int, default=8)
    ap.add_argument("--dir", type=Path, action="append", help="document folders (default: the 21 read sets)")
    ap.add_argument("--clear", action="append", default=[], help="MODULE.FUNC: a cache to empty each round")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        export_base(a.rev, Path(tmp))
        sys.path.insert(0, tmp)
        base = importlib.import_module(BASE_PKG + ".extract.pipeline")
        from ngo_atlas.extract import pipeline as new
        from ngo_atlas.model import Document

        docs = [Document(str(p), p.name, p.read_text(encoding="utf-8"))
                for d in (a.dir or read_sets()) for p in sorted(d.glob("*.txt"))]
        caches = [getattr(importlib.import_module(m), f) for m, f in (c.rsplit(".", 1) for c in a.clear)]
        for d in docs:  # warm both: lexicons, analysers, compiled patterns
            base.extract_document(d)
            new.extract_document(d)
        t = {"base": [], "new": []}
        clock = time.process_time
        for r in range(a.rounds):
            for c in caches:
                c.cache_clear()
            gc.collect()
            tb = tn = 0.0
            for i, d in enumerate(docs):
                first, second = (base, new) if (i + r) % 2 else (new, base)
                t0 = clock()
                first.extract_document(d)
                t1 = clock()
                second.extract_document(d)
                t2 = clock()
                if first is base:
                    tb, tn = tb + t1 - t0, tn + t2 - t1
                else:
                    tn, tb = tn + t1 - t0, tb + t2 - t1
            t["base"].append(tb)
            t["new"].append(tn)
    n = len(docs)
    for k, v in t.items():
        print(f"{k:4}: median {n / statistics.median(v):6.1f} docs per CPU-second "
              f"(rounds {min(v):.3f}-{max(v):.3f} s for {n} documents)")
    ratios = [b / x for b, x in zip(t["base"], t["new"])]
    print("per round, base time / new time: " + " ".join(f"{x:.3f}" for x in ratios))
    print(f"speed-up: median {statistics.median(ratios):.3f}, spread {min(ratios):.3f}-{max(ratios):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
