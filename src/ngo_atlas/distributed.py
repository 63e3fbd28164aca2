"""Distributed ingest: read and extract documents on a Dask cluster, in bounded batches, into the atlas.

Where the writes happen, and why:

* PostgreSQL (``postgresql://…``): each worker opens the atlas itself and saves the
  documents of its batch. The server is reachable from every worker, it takes
  concurrent writers (the store saves one document per transaction and de-duplicates
  by source), and the client then only moves counts, so the client never becomes the
  bottleneck as workers are added.
* SQLite (a file path): the workers only read and extract, and the client saves the
  results. A SQLite file has a single writer and usually lives on the client's disk,
  which remote workers cannot see.

``write_on`` overrides the choice ("workers" or "client"). Memory stays bounded: paths
are cut into batches lazily and at most ``max_in_flight`` batches are on the cluster
at once, so a million paths never become a million futures.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class DaskSummary:
    """What one distributed ingest did: counts by outcome, failures, time."""

    documents: int = 0  # paths processed (read attempted)
    ingested: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    projects: int = 0
    seconds: float = 0.0
    write_on: str = "client"
    failures: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    def add(self, item: dict[str, Any]) -> None:
        self.documents += 1
        status = item["status"]
        if status == "failed":
            self.failed += 1
            self.failures.append((item["source"], item["reason"]))
            return
        setattr(self, status, getattr(self, status) + 1)
        self.projects += item.get("projects", 0)


def iter_files(paths: Iterable[str]) -> Iterator[str]:
    """Files as given, and the files under folders that the readers support, in a stable order."""
    from ngo_atlas.ingest.readers import supported

    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for name in sorted(files):
                    if supported(Path(name)):
                        yield os.path.join(root, name)
        else:
            yield p


def _batches(paths: Iterable[str], size: int) -> Iterator[list[str]]:
    batch: list[str] = []
    for p in paths:
        batch.append(p)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _read_extract(path: str, atlas: Any = None) -> tuple[Any, Any] | dict[str, Any]:
    """(Document, Extraction), a failure item naming the file and the reason, or, when
    ``atlas`` already holds these exact bytes, an "unchanged" item (nothing extracted)."""
    import hashlib

    from ngo_atlas.extract.pipeline import extract_document
    from ngo_atlas.ingest.limits import Limits
    from ngo_atlas.ingest.readers import read_bytes, read_file_bytes, source_of
    from ngo_atlas.model import NgoAtlasError

    source = source_of(Path(path))
    try:
        limits = Limits.from_env()
        data = read_file_bytes(Path(path), source, limits)
        if atlas is not None and atlas.has_content(hashlib.sha256(data).hexdigest()):
            return {"status": "unchanged", "source": source}
        doc = read_bytes(data, source, Path(path).name, limits=limits)
        return doc, extract_document(doc)
    except NgoAtlasError as e:
        return {"status": "failed", "source": getattr(e, "source", source),
                "reason": getattr(e, "reason", str(e))}
    except Exception as e:  # noqa: BLE001 - one broken document never stops the batch
        return {"status": "failed", "source": source, "reason": f"{type(e).__name__}: {e}"}


def _save(atlas: Any, result: tuple[Any, Any] | dict[str, Any]) -> dict[str, Any]:
    """Save one result (or record its failure); returns the small item the client counts."""
    if isinstance(result, dict):
        if result["status"] == "failed":
            atlas.record_failure(result["source"], result["reason"])
        return result
    doc, extraction = result
    try:
        outcome = atlas.save(doc, extraction)
    except Exception as e:  # noqa: BLE001 - a store error is that document's failure
        reason = f"store: {type(e).__name__}: {e}"
        atlas.record_failure(doc.source, reason)
        return {"status": "failed", "source": doc.source, "reason": reason}
    return {"status": outcome.status, "source": doc.source,
            "projects": len(outcome.project_ids)}


def process_batch(paths: list[str], db_url: str | None) -> list[Any]:
    """Run on a worker: read and extract each path; with ``db_url`` also save them there
    and return only the outcome items, else return the results for the client to save."""
    if db_url is None:
        return [_read_extract(p) for p in paths]
    from ngo_atlas.store import open_atlas

    with open_atlas(db_url) as atlas:
        return [_save(atlas, _read_extract(p, atlas)) for p in paths]


def _writes_on_workers(db_url: str, write_on: str | None) -> bool:
    if write_on not in (None, "workers", "client"):
        raise ValueError(f"write_on must be 'workers' or 'client', not {write_on!r}")
    if write_on is None:
        return db_url.startswith(("postgresql://", "postgres://"))
    return write_on == "workers"


def ingest_with_dask(paths: list[str], scheduler: str | Any, db_url: str, *, batch_size: int = 32,
                     max_in_flight: int | None = None,
                     write_on: str | None = None) -> DaskSummary:
    """Ingest files (and folders of them) on the Dask cluster at ``scheduler`` into ``db_url``.

    ``scheduler`` is a scheduler address (tcp://host:8786) or a ``distributed.Client``.
    ``paths`` are files and folders (URL lists are the serial pipeline's job). Returns a
    DaskSummary; failed documents are recorded in the atlas and listed there.
    """
    from distributed import Client, as_completed

    on_workers = _writes_on_workers(db_url, write_on)
    if not db_url.startswith(("postgresql://", "postgres://")):
        db_url = os.path.abspath(db_url)  # workers need not share the client's cwd
    summary = DaskSummary(write_on="workers" if on_workers else "client")
    own_client = not isinstance(scheduler, Client)
    client = Client(scheduler) if own_client else scheduler
    started = time.perf_counter()
    try:
        if on_workers:  # create the schema once, before workers race to do it
            from ngo_atlas.store import open_atlas

            open_atlas(db_url).close()
        limit = max_in_flight or 2 * max(1, sum(client.nthreads().values()))
        _run(client, as_completed, _batches(iter_files(paths), batch_size), limit,
             db_url if on_workers else None, db_url, summary)
    finally:
        if own_client:
            client.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _run(client: Any, as_completed: Any, batches: Iterator[list[str]], limit: int,
         worker_db: str | None, db_url: str, summary: DaskSummary) -> None:
    """Keep about ``limit`` batches on the cluster; count (or save) them in input order.

    Saving in input order makes a client-side ingest give exactly the atlas a single
    process gives (entity resolution depends on the order documents arrive). Batches
    that finish early wait in ``done``; submission pauses once 2 × ``limit`` batches are
    ahead of the oldest unsaved one, so memory stays bounded even behind a slow batch.
    """
    from ngo_atlas.store import open_atlas

    submitted = 0
    index_of: dict[str, int] = {}
    done: dict[int, list[Any]] = {}
    saved = 0

    def submit() -> Any | None:
        nonlocal submitted
        if submitted - saved >= 2 * limit:
            return None
        batch = next(batches, None)
        if batch is None:
            return None
        future = client.submit(process_batch, batch, worker_db, pure=False)
        index_of[future.key] = submitted
        submitted += 1
        return future

    first = [f for f in (submit() for _ in range(limit)) if f is not None]
    if not first:
        return
    queue = as_completed(first)
    atlas = open_atlas(db_url) if worker_db is None else None
    try:
        for future in queue:
            done[index_of.pop(future.key)] = future.result()
            future.release()
            while saved in done:
                for result in done.pop(saved):
                    summary.add(result if atlas is None else _save(atlas, result))
                saved += 1
            while queue.count() < limit and (nxt := submit()) is not None:
                queue.add(nxt)
    finally:
        if atlas is not None:
            atlas.close()
