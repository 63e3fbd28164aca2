"""Distributed-ingest throughput: a generated corpus through ingest_with_dask on a LocalCluster.

    python -m bench.dask_speed 3000 --workers 2

Prints documents per second for each write mode (client saves vs workers save).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.dask_speed", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int, help="documents to generate")
    ap.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes")
    ap.add_argument("--seed", type=int, default=20240601)
    a = ap.parse_args(argv)
    from distributed import LocalCluster

    from bench.generator import write_corpus
    from ngo_atlas.distributed import ingest_with_dask

    with tempfile.TemporaryDirectory(prefix="ngo-atlas-dask-") as tmp:
        corpus = Path(tmp) / "corpus"
        write_corpus(a.n, corpus, a.seed)
        with LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster:
            for mode in ("client", "workers"):
                s = ingest_with_dask([str(corpus)], cluster.scheduler_address,
                                     str(Path(tmp) / f"{mode}.sqlite"), write_on=mode)
                print(f"write_on={mode}: {s.documents} docs ({s.ingested} new, "
                      f"{s.unchanged} duplicates, {s.failed} failed) in {s.seconds:.1f} s = "
                      f"{s.docs_per_second:.1f} docs/s (load {os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
