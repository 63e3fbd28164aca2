"""End-to-end benchmarks: ingest throughput, peak memory, atlas size, search latency, by corpus size.

    python -m bench.run --small                    # 1,000 and 10,000 documents (make bench)
    python -m bench.run --sizes 10000,100000,1000000 --workers 1,2
    python -m bench.run --sizes 10000 --json bench/results-10k.json

Each size streams a generated corpus into a temporary folder, ingests it with the real
command (``python -m ngo_atlas.cli ingest DIR --db … --workers W``) while sampling the
summed RSS of its process tree, measures the atlas on disk, then times a fixed mix of
full-text and faceted searches in this process. The HTML check times trafilatura alone
against the full ingest of the same HTML pages, each in its own process.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.generator import write_corpus
from bench.measure import dir_size, percentiles, run_sampled, size_on_disk

SEED = 20240601
REPO = Path(__file__).resolve().parents[1]
SHARED_HTML = REPO.parent / "shared" / "eval" / "html"

# The fixed query mix: Polish inflected words, funders, places, years, and combinations.
FULLTEXT = ["Krakowie", "integracja", "cudzoziemców", "kursy języka polskiego",
            "uchodźców z Ukrainy", "wolontariat", "Lublinie", "warsztatów antydyskryminacyjnych",
            "Fundacji Ocalenie", "pomoc psychologiczna"]
FACETED: list[tuple[str, dict[str, list[str]], int | None]] = [
    ("", {"funder": ["Fundusz Azylu, Migracji i Integracji"]}, None),
    ("", {"place": ["Kraków"]}, None),
    ("", {"year": ["2020"]}, None),
    ("", {"place": ["Warszawa"], "funder": ["Unia Europejska"]}, None),
    ("integracja", {"place": ["Lublin"]}, None),
    ("", {"language": ["uk"]}, None),
    ("wsparcie", {"funder": ["Szwajcaria"]}, 2015),
    ("", {"status": ["completed"]}, None),
]


def ingest(corpus: Path, db: str, workers: int) -> dict[str, Any]:
    """Run the real ingest command on ``corpus``; seconds, docs/s, peak memory, size."""
    cmd = [sys.executable, "-m", "ngo_atlas.cli", "ingest", str(corpus), "--db", db,
           "--workers", str(workers), "--no-progress"]
    if "://" not in db:
        # A --workdir kept from an earlier run holds its atlas: ingesting into it would find
        # every document unchanged and time a re-read, not an ingest.
        for suffix in ("", "-wal", "-shm"):
            Path(db + suffix).unlink(missing_ok=True)
    n = sum(1 for _ in corpus.iterdir())
    r = run_sampled(cmd)
    if r.returncode != 0:
        raise SystemExit(f"ingest failed ({r.returncode}): {' '.join(cmd)}\n{r.stderr_tail}")
    # On a shared machine wall time also counts other people's work; docs per CPU-second
    # is what the code itself costs.
    return {"workers": workers, "docs": n, "seconds": round(r.seconds, 2),
            "docs_per_s": round(n / r.seconds, 1), "cpu_s": round(r.cpu_seconds, 1),
            "docs_per_cpu_s": round(n / r.cpu_seconds, 1) if r.cpu_seconds else None,
            "load_avg": round(os.getloadavg()[0], 1),
            "peak_rss_mb": round(r.peak_tree_rss / 2**20),
            "peak_pss_mb": round(r.peak_tree_pss / 2**20),
            "atlas_mb": round(size_on_disk(db) / 2**20, 1)}


def _time_queries(atlas: Any, queries: list[tuple[str, dict[str, list[str]], int | None]],
                  rounds: int) -> dict[str, Any]:
    from ngo_atlas.store.base import SearchQuery

    samples: list[float] = []
    totals = []
    slowest = (0.0, "")
    for _ in range(rounds):
        for text, filters, year_from in queries:
            q = SearchQuery(text=text, filters=filters, year_from=year_from)
            t = time.perf_counter()
            res = atlas.search(q)
            ms = (time.perf_counter() - t) * 1000
            samples.append(ms)
            totals.append(res.total)
            slowest = max(slowest, (ms, f"text={text!r} filters={filters} year_from={year_from}"))
    p = percentiles(samples)
    return {"p50_ms": round(p[50], 1), "p95_ms": round(p[95], 1), "p99_ms": round(p[99], 1),
            "queries": len(samples), "mean_hits": round(sum(totals) / len(totals), 1),
            "slowest_ms": round(slowest[0], 1), "slowest": slowest[1]}


def search_latency(db: str, rounds: int = 10) -> dict[str, Any]:
    """p50/p95/p99 of the full-text and the faceted mixes, after one warm-up round."""
    from ngo_atlas.store import open_atlas

    with open_atlas(db) as atlas:
        ft = [(t, {}, None) for t in FULLTEXT]
        _time_queries(atlas, ft + FACETED, 1)  # warm the page cache, as a live server is
        projects = atlas.stats().get("projects", 0)
        return {"projects": projects, "fulltext": _time_queries(atlas, ft, rounds),
                "faceted": _time_queries(atlas, FACETED, rounds)}


def html_vs_trafilatura(corpus: Path, work: Path) -> dict[str, Any]:
    """Trafilatura alone vs end-to-end ingest of the same HTML pages (generated + real)."""
    html = work / "html_only"
    html.mkdir()
    for p in corpus.iterdir():
        if p.suffix == ".html":
            (html / p.name).symlink_to(p)
    if SHARED_HTML.is_dir():
        for p in SHARED_HTML.glob("*.html"):
            (html / f"real_{p.name}").symlink_to(p)
    base = run_sampled([sys.executable, "-m", "bench.baseline", str(html)])
    full = ingest(html, str(work / "html.sqlite"), 1)
    return {"pages": full["docs"], "trafilatura_s": round(base.seconds, 2),
            "ingest_s": full["seconds"], "ratio": round(full["seconds"] / base.seconds, 2),
            "trafilatura_cpu_s": round(base.cpu_seconds, 1), "ingest_cpu_s": full["cpu_s"],
            "cpu_ratio": round(full["cpu_s"] / base.cpu_seconds, 2)}


def bench_size(n: int, workers: list[int], work: Path, html_check: bool,
               rounds: int = 10) -> dict[str, Any]:
    corpus = work / f"corpus_{n}"
    t = time.perf_counter()
    write_corpus(n, corpus, SEED)
    out: dict[str, Any] = {"size": n, "corpus_mb": round(dir_size(corpus) / 2**20, 1),
                           "generate_s": round(time.perf_counter() - t, 1), "ingest": []}
    last_db = ""
    for w in workers:
        last_db = str(work / f"atlas_{n}_w{w}.sqlite")
        out["ingest"].append(ingest(corpus, last_db, w))
        print(f"  size {n} workers {w}: {out['ingest'][-1]}", file=sys.stderr)
    out["search"] = search_latency(last_db, rounds)
    if html_check:
        out["html"] = html_vs_trafilatura(corpus, work)
    shutil.rmtree(corpus)
    return out


def table(results: list[dict[str, Any]]) -> str:
    """The markdown table RESULTS.md holds."""
    rows = [("| docs | workers | docs/s (wall) | docs per CPU-s | load | peak RSS (MB) | "
            "peak PSS (MB) | atlas (MB) | projects | full-text p50/p95/p99 (ms) | "
            "faceted p50/p95/p99 (ms) |"),
            "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|"]
    for r in results:
        s = r["search"]
        ft, fc = s["fulltext"], s["faceted"]
        for i in r["ingest"]:
            rows.append(f"| {r['size']:,} | {i['workers']} | {i['docs_per_s']} | "
                        f"{i['docs_per_cpu_s']} | {i['load_avg']} | {i['peak_rss_mb']} | "
                        f"{i.get('peak_pss_mb', '–')} | {i['atlas_mb']} | {s['projects']:,} | "
                        f"{ft['p50_ms']}/{ft['p95_ms']}/{ft['p99_ms']} | "
                        f"{fc['p50_ms']}/{fc['p95_ms']}/{fc['p99_ms']} |")
    for r in results:
        if "html" in r:
            h = r["html"]
            rows.append(f"\nHTML ({h['pages']} pages, size {r['size']:,}): trafilatura alone "
                        f"{h['trafilatura_s']} s, full ingest {h['ingest_s']} s, "
                        f"ratio {h['ratio']} (CPU: {h['trafilatura_cpu_s']} s vs "
                        f"{h['ingest_cpu_s']} s, ratio {h['cpu_ratio']})")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--small", action="store_true", help="sizes 1,000 and 10,000")
    ap.add_argument("--sizes", default="10000", help="comma-separated corpus sizes")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    ap.add_argument("--no-html", action="store_true", help="skip the trafilatura comparison")
    ap.add_argument("--workdir", type=Path, default=None, help="where corpora and atlases go "
                    "(default: a temporary folder, removed afterwards)")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    ap.add_argument("--search-only", metavar="DB", default=None,
                    help="only time the query mix against this existing atlas")
    ap.add_argument("--rounds", type=int, default=10, help="rounds of the query mix")
    a = ap.parse_args(argv)
    if a.search_only:
        print(json.dumps(search_latency(a.search_only, a.rounds), indent=1))
        return 0
    sizes = [1000, 10000] if a.small else [int(s) for s in a.sizes.split(",")]
    workers = [int(w) for w in a.workers.split(",")]
    work = a.workdir or Path(tempfile.mkdtemp(prefix="ngo-atlas-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results = []
    try:
        for i, n in enumerate(sizes):
            print(f"size {n}…", file=sys.stderr)
            results.append(bench_size(n, workers, work / f"s{n}", html_check=not a.no_html
                                      and i == 0, rounds=a.rounds))
    finally:
        if a.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    print(f"# {stamp}: python -m bench.run {' '.join(argv if argv is not None else sys.argv[1:])}")
    print(table(results))
    if a.json:
        a.json.write_text(json.dumps({"date": stamp, "results": results}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
