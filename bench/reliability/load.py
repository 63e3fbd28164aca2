"""A bounded load test on loopback: searches and page views while an ingest writes to the atlas.

CLI: ``python -m bench.reliability.load --requests 2000 --concurrency 16 --generated 300``
builds an atlas from ../shared/eval/dev, serves it with the real `ngo-atlas serve`, starts
the real `ngo-atlas ingest` of a generated corpus into the same atlas, and sends a fixed
number of requests with a fixed concurrency. Prints errors, p50/p95/p99 latency, rate.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from bench.reliability.crash import DEV_DIR, ingest_cmd, run_ingest, write_generated
from bench.reliability.server import serving

WORDS = ["projekt", "integracja", "Lublin", "Warszawa", "fundacja", "migrantów", "uchodźcy",
         "Ukraina", "dzieci", "edukacja", "pomoc prawna", "Białystok", "cudzoziemców",
         "интеграция", "біженців", "refugees", "kobiety", "wolontariat"]
FACETS = {"place": ["Lublin", "Warszawa", "Polska"], "year": ["2019", "2020", "2022"],
          "language": ["pl", "ru", "uk"], "status": ["completed", "ongoing"]}


@dataclass
class LoadReport:
    requests: int = 0
    errors: list[str] = field(default_factory=list)
    latencies: dict[str, list[float]] = field(default_factory=dict)
    seconds: float = 0.0
    ingest_documents_during_load: int = 0

    def percentile(self, q: float, kind: str | None = None) -> float:
        values = sorted(v for k, vs in self.latencies.items() if kind in (None, k) for v in vs)
        if not values:
            return float("nan")
        return values[min(len(values) - 1, int(q * len(values)))]


def _request(rng: random.Random, project_ids: list[int]) -> tuple[str, str, dict]:
    r = rng.random()
    if r < 0.35:
        return "api_search", "/api/v1/search", {"q": rng.choice(WORDS)}
    if r < 0.5:
        facet = rng.choice(list(FACETS))
        return "api_facet", "/api/v1/search", {"q": rng.choice(WORDS + [""]),
                                               facet: rng.choice(FACETS[facet])}
    if r < 0.7:
        return "html_search", "/", {"q": rng.choice(WORDS)}
    if r < 0.9:
        return "project_page", f"/projects/{rng.choice(project_ids)}", {}
    return "api_project", f"/api/v1/projects/{rng.choice(project_ids)}", {}


async def _drive(base: str, n: int, concurrency: int, seed: int, report: LoadReport) -> None:
    rng = random.Random(seed)
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        first = (await client.get("/api/v1/search", params={"per_page": 100})).json()
        project_ids = [h["id"] for h in first["hits"]]
        plan = [_request(rng, project_ids) for _ in range(n)]
        queue: asyncio.Queue = asyncio.Queue()
        for item in plan:
            queue.put_nowait(item)

        async def worker() -> None:
            while not queue.empty():
                kind, path, params = queue.get_nowait()
                t = time.perf_counter()
                try:
                    r = await client.get(path, params=params)
                    if r.status_code != 200:
                        report.errors.append(f"{r.status_code} {path} {params}")
                except httpx.HTTPError as e:
                    report.errors.append(f"{type(e).__name__} {path} {params}")
                report.latencies.setdefault(kind, []).append(time.perf_counter() - t)
                report.requests += 1

        await asyncio.gather(*(worker() for _ in range(concurrency)))


def _documents(base: str) -> int:
    return int(httpx.get(f"{base}/api/v1/stats", timeout=30).json()["documents"])


WRITER_WAIT_S = 180.0


def run_load(db: str, ingest_paths: list[str], requests: int, concurrency: int,
             seed: int = 1) -> LoadReport:
    """Serve ``db``, ingest ``ingest_paths`` into it meanwhile, send at least ``requests``
    requests, and more until the ingest has committed its first documents."""
    report = LoadReport()
    with serving(db) as base:
        before = _documents(base)
        ingest = subprocess.Popen(ingest_cmd(ingest_paths, db), stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, text=True)
        try:
            t = time.perf_counter()
            asyncio.run(_drive(base, requests, concurrency, seed, report))
            # the writer's start-up (imports, dictionaries) can outlast a short load on a busy
            # machine: keep the load on, in small rounds, until its first batch is committed,
            # so the requests really overlap writes (bounded, in case the writer hangs)
            rounds = 0
            while (_documents(base) == before and ingest.poll() is None
                   and time.perf_counter() - t < WRITER_WAIT_S):
                rounds += 1
                asyncio.run(_drive(base, 50, concurrency, seed + rounds, report))
            report.seconds = time.perf_counter() - t
            report.ingest_documents_during_load = _documents(base) - before
        finally:
            if ingest.poll() is None:
                ingest.terminate()  # our own child; the load is what is measured
            _, err = ingest.communicate()
        if ingest.returncode not in (0, -15):
            report.errors.append(f"ingest exited {ingest.returncode}: {err[-500:]}")
    return report


def format_report(r: LoadReport) -> str:
    lines = [f"requests {r.requests}, errors {len(r.errors)}, {r.seconds:.1f} s, "
             f"{r.requests / r.seconds:.0f} requests/s; documents ingested meanwhile: "
             f"{r.ingest_documents_during_load}",
             f"all: p50 {1000 * r.percentile(0.5):.0f} ms, p95 {1000 * r.percentile(0.95):.0f} ms,"
             f" p99 {1000 * r.percentile(0.99):.0f} ms"]
    for kind, values in sorted(r.latencies.items()):
        lines.append(f"  {kind:13s} n={len(values):5d} p50 {1000 * statistics.median(values):.0f}"
                     f" ms, p95 {1000 * r.percentile(0.95, kind):.0f} ms")
    lines += [f"  error: {e}" for e in r.errors[:20]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--generated", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="load-") as tmp:
        db = str(Path(tmp) / "atlas.sqlite")
        run_ingest([str(DEV_DIR)], db)
        corpus = write_generated(Path(tmp) / "gen", a.generated, a.seed)
        report = run_load(db, [str(corpus)], a.requests, a.concurrency, a.seed)
    print(format_report(report))
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main())
