"""Store speed: save() throughput and search latency (plain, faceted) on a large atlas.

Documents are the synthetic corpus (bench.generator) read by the real ingest reader,
with the generator's gold records as extractions, so only the store is timed. To reach
large sizes without generating a million files, the distinct documents are cycled with
a fresh source and content hash each time (the atlas sees a new document every save).

    .venv/bin/python -m bench.store_speed --docs 20000 --db /tmp/s.sqlite
    .venv/bin/python -m bench.store_speed --docs 20000 --db postgresql://...
    .venv/bin/python -m bench.store_speed --db /tmp/s.sqlite --queries-only
    .venv/bin/python -m bench.store_speed --db /tmp/s.sqlite --queries-only --plan both
    .venv/bin/python -m bench.store_speed --db /tmp/s.sqlite --queries-only --plan rank-ab
    .venv/bin/python -m bench.store_speed --db unused --trigger-ab 1000
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import statistics
import sys
import time
from typing import Any

from bench.generator import generate_with_gold
from ngo_atlas.ingest.readers import read_bytes
from ngo_atlas.model import Document, Extraction, NgoAtlasError
from ngo_atlas.store import open_atlas
from ngo_atlas.store.base import SearchQuery

TEXT_QUERIES = ["Krakowie", "fundacji", "migrantów", "integracja cudzoziemców", "Warszawie",
                "uchodźców z Ukrainy", "szkolenia", "pomoc prawna", "Lublin", "dzieci"]
FACET_QUERIES: list[dict[str, Any]] = [
    {"filters": {"place": ["Kraków"]}},
    {"filters": {"language": ["pl"], "status": ["completed"]}},
    {"text": "fundacji", "filters": {"place": ["Warszawa"]}},
    {"text": "migrantów", "year_from": 2015, "year_to": 2018},
    {"filters": {"funder": ["Fundacja im. Stefana Batorego"], "year": ["2016"]}},
    {"text": "Krakowie", "filters": {"status": ["ongoing"]}},
]


def corpus(distinct: int, seed: int) -> list[tuple[Document, Extraction]]:
    """``distinct`` synthetic documents, read by the real reader, with gold extractions."""
    out = []
    for name, raw, gold in generate_with_gold(distinct, seed):
        try:
            doc = read_bytes(raw, f"syn/{name}", name)
        except NgoAtlasError:
            continue
        out.append((doc, Extraction.from_record(gold)))
    return out


def fill(db: str, docs: int, distinct: int, seed: int) -> dict[str, float]:
    pairs = corpus(distinct, seed)
    with open_atlas(db) as atlas:
        start_docs = atlas.stats()["documents"]
        t0 = time.perf_counter()
        projects = 0
        report_every = max(1, docs // 20)
        for i in range(docs):
            doc, ex = pairs[i % len(pairs)]
            n = start_docs + i
            doc = dataclasses.replace(doc, source=f"{doc.source}#{n}",
                                      content_hash=hashlib.sha256(f"{seed}:{n}".encode()).hexdigest())
            projects += len(atlas.save(doc, ex).project_ids)
            if (i + 1) % report_every == 0:
                rate = (i + 1) / (time.perf_counter() - t0)
                print(f"  saved {i + 1} docs ({rate:.0f} docs/s)", file=sys.stderr)
        dt = time.perf_counter() - t0
        stats = atlas.stats()
    return {"docs_saved": docs, "projects_saved": projects, "seconds": round(dt, 1),
            "docs_per_s": round(docs / dt, 1), "projects_per_s": round(projects / dt, 1),
            "atlas_projects": stats["projects"], "atlas_documents": stats["documents"]}


def _timed(atlas: Any, queries: list[SearchQuery], rounds: int,
           plans: tuple[str, ...] = ("postings",)) -> dict[str, Any]:
    """Latency of each query over ``rounds``; with several plans (postings, sql) each query
    runs once per plan in turn, so both see the same machine load (an A/B in one run)."""
    for plan in plans:  # warm-up: caches, prepared statements
        _use(atlas, plan)
        for q in queries:
            atlas.search(q)
    wall: dict[str, list[float]] = {p: [] for p in plans}
    cpu: dict[str, list[float]] = {p: [] for p in plans}
    for _ in range(rounds):
        for q in queries:
            for plan in plans:
                _use(atlas, plan)
                t0, c0 = time.perf_counter(), time.process_time()
                atlas.search(q)
                wall[plan].append((time.perf_counter() - t0) * 1000)
                cpu[plan].append((time.process_time() - c0) * 1000)
    _use(atlas, "postings")
    out = {p: _stats(wall[p], cpu[p]) for p in plans}
    return out[plans[0]] if len(plans) == 1 else out


def _use(atlas: Any, plan: str) -> None:
    """postings: the posting index, its bm25 from the index; fts5rank: the posting index
    with FTS5 ranking the relevance pool (as before the count slices); sql: the SQL plan."""
    atlas.use_postings = plan != "sql"
    atlas.bm25_from_index = plan == "postings"


def _stats(wall: list[float], cpu: list[float]) -> dict[str, float]:
    wall, cpu = sorted(wall), sorted(cpu)
    return {"n": len(wall), "p50_ms": round(statistics.median(wall), 1),
            "p95_ms": round(_pct(wall, 0.95), 1), "p99_ms": round(_pct(wall, 0.99), 1),
            "max_ms": round(wall[-1], 1), "cpu_p50_ms": round(statistics.median(cpu), 1),
            "cpu_p95_ms": round(_pct(cpu, 0.95), 1)}


def _pct(sorted_times: list[float], q: float) -> float:
    """The q-quantile by nearest rank (no interpolation: a reported time was measured)."""
    return sorted_times[max(0, min(len(sorted_times) - 1, round(q * len(sorted_times)) - 1))]


def queries(db: str, rounds: int, plans: tuple[str, ...] = ("postings",), mix: str = "store"
            ) -> dict[str, Any]:
    plain = [SearchQuery(text=t) for t in TEXT_QUERIES]
    faceted = [SearchQuery(**q) for q in FACET_QUERIES]
    if mix == "run":  # bench.run's mix, to time it with CPU and both plans
        from bench.run import FACETED, FULLTEXT

        plain = [SearchQuery(text=t) for t in FULLTEXT]
        faceted = [SearchQuery(text=t, filters=f, year_from=y) for t, f, y in FACETED]
    with open_atlas(db) as atlas:
        refreshed: dict[str, float] = {}
        if "sql" not in plans or len(plans) > 1:
            # A fill leaves more changes in the log than a search applies (it would then
            # take the SQL plan): bring the bitmaps up to date first, as an ingest should.
            from ngo_atlas.store import postings

            t0, c0 = time.perf_counter(), time.process_time()
            rows = postings.refresh(atlas)
            refreshed = {"log_rows": rows, "seconds": round(time.perf_counter() - t0, 1),
                         "cpu_s": round(time.process_time() - c0, 1)}
        totals = {q.text: atlas.search(q).total for q in plain}
        load = os.getloadavg()
        out = {"projects": atlas.stats()["projects"], "text": _timed(atlas, plain, rounds, plans),
               "faceted": _timed(atlas, faceted, rounds, plans),
               "browse_all": _timed(atlas, [SearchQuery()], rounds), "text_totals": totals}
        out["load_avg_1m"] = [round(load[0], 2), round(os.getloadavg()[0], 2)]  # before, after
        if refreshed:
            out["postings_refresh"] = refreshed
        return out


def aggregates(db: str) -> dict[str, float]:
    """Milliseconds for one call of each chart aggregate, whole atlas and one place."""
    out: dict[str, float] = {}
    with open_atlas(db) as atlas:
        top = atlas.search(SearchQuery(per_page=1)).facets
        themes = [v for v, _n in top["theme"]] or ["labour_market"]
        places = [v for v, _n in top["place"]][:20]
        calls = {"coverage": lambda f: atlas.coverage(themes, places=places, filters=f),
                 "projects_by_year": atlas.projects_by_year,
                 "funding_by_year": atlas.funding_by_year}
        for name, call in calls.items():
            for label, filters in (("all", None), ("one_place", {"place": places[:1]})):
                t0 = time.perf_counter()
                call(filters)
                out[f"{name}_{label}_ms"] = round((time.perf_counter() - t0) * 1000, 1)
    return out


def trigger_cost(docs: int, seed: int) -> dict[str, float]:
    """CPU seconds of save() with and without the posting-log triggers, on fresh atlases,
    in alternating blocks of 100 documents (a third atlas warms the analyzer's caches
    first), then what catching the postings up with the log costs."""
    import os
    import tempfile

    from ngo_atlas.store import postings

    pairs = corpus(docs, seed)
    work = tempfile.mkdtemp(prefix="ngo-atlas-trigger-ab-")
    warm, on, off = (open_atlas(os.path.join(work, f"{n}.sqlite")) for n in ("w", "on", "off"))
    for trigger in ("posting_log_terms", "posting_log_delete", "posting_log_facet",
                    "posting_log_insert"):
        off._q(f"DROP TRIGGER {trigger}")
    for doc, ex in pairs:
        warm.save(doc, ex)
    cpu = {"with_triggers": 0.0, "without": 0.0}
    for block in range(0, len(pairs), 100):
        order = (("with_triggers", on), ("without", off))
        for label, atlas in order if block % 200 else order[::-1]:
            c0 = time.process_time()
            for doc, ex in pairs[block:block + 100]:
                atlas.save(doc, ex)
            cpu[label] += time.process_time() - c0
    log_rows = int(on._one("SELECT count(*) FROM posting_log")[0])
    c0 = time.process_time()
    postings.catch_up(on)
    out = {f"{k}_cpu_s": round(v, 2) for k, v in cpu.items()}
    out.update(docs=len(pairs), log_rows=log_rows,
               catch_up_cpu_s=round(time.process_time() - c0, 2))
    for atlas in (warm, on, off):
        atlas.close()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="SQLite path or postgresql:// URL")
    ap.add_argument("--docs", type=int, default=5000, help="documents to save")
    ap.add_argument("--distinct", type=int, default=2000, help="distinct generated documents")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--queries-only", action="store_true")
    ap.add_argument("--plan", choices=("postings", "sql", "both", "fts5rank", "rank-ab"),
                    default="postings",
                    help="search on the posting index (default), on the SQL plan, or both "
                         "interleaved query by query (an A/B under the same load); fts5rank: "
                         "the posting index with FTS5's bm25 on the pool, rank-ab: it "
                         "interleaved with the default")
    ap.add_argument("--mix", choices=("store", "run"), default="store",
                    help="the query mix: this module's (default) or bench.run's")
    ap.add_argument("--aggregates", action="store_true", help="also time the chart aggregates")
    ap.add_argument("--trigger-ab", type=int, metavar="DOCS", default=0,
                    help="only time save() with and without the posting-log triggers")
    a = ap.parse_args(argv)
    if a.trigger_ab:
        print(json.dumps(trigger_cost(a.trigger_ab, a.seed), indent=1))
        return 0
    result: dict[str, Any] = {"db": a.db.split("@")[-1]}
    if not a.queries_only:
        result["save"] = fill(a.db, a.docs, a.distinct, a.seed)
    plans = {"both": ("postings", "sql"), "rank-ab": ("postings", "fts5rank")
             }.get(a.plan, (a.plan,))
    result["search"] = queries(a.db, a.rounds, plans, a.mix)
    if a.aggregates:
        result["aggregates"] = aggregates(a.db)
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
