"""The ingest pipeline: sources → bytes → (new content only) Document → Extraction → atlas."""

from __future__ import annotations

import argparse
import hashlib
import logging
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures import wait as futures_wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ngo_atlas.ingest.fetch import fetch_url
from ngo_atlas.ingest.html import warm_up
from ngo_atlas.ingest.limits import DocumentTimeout, Limits, time_limit
from ngo_atlas.ingest.memory import clear_memo_caches, process_guard
from ngo_atlas.ingest.readers import printable, read_bytes, read_file_bytes
from ngo_atlas.ingest.sources import Item, Problem, iter_sources
from ngo_atlas.model import Document, Extraction, IngestError
from ngo_atlas.store.base import Atlas
from ngo_atlas.store.sql import BatchLost

CHUNK = 4  # documents per worker task (fewer pipe round trips; see process_chunk)
CHUNKS_IN_FLIGHT_PER_WORKER = 3  # bounded queue: memory stays flat however large the corpus
FETCHES_IN_FLIGHT = 8  # concurrent URL downloads
# Saves share a transaction (each in its own savepoint) until this many writes or this
# age: one COMMIT per ~100 documents instead of one each. A crash loses at most these.
# NGO_ATLAS_SAVE_BATCH sets the write count (the crash tests commit every few documents,
# so that their kills land between commits of a small corpus).
SAVE_BATCH = int(os.environ.get("NGO_ATLAS_SAVE_BATCH", "200"))
SAVE_SECONDS = 0.5
FAILURES_LISTED = 1_000  # failures an ingest's summary lists; the rest are counted
REFRESH_STEP = 10_000  # posting-log rows applied per step when an ingest ends (memory)


@dataclass
class IngestSummary:
    ingested: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    seconds: float = 0.0
    more_failed: int = 0  # failures past the first FAILURES_LISTED, counted, not listed

    @property
    def failures_total(self) -> int:
        return len(self.failed) + self.more_failed

    @property
    def succeeded(self) -> int:
        return self.ingested + self.updated + self.unchanged


@dataclass
class Raw:
    """A source's raw bytes and what the fetch said about them, before reading."""

    source: str
    name: str
    data: bytes
    content_type: str | None = None
    url: str | None = None
    digest: str | None = None  # sha256 of data, once _new_content has taken it


@dataclass
class Processed:
    source: str
    doc: Document | None = None
    extraction: Extraction | None = None
    error: str | None = None


def ingest_paths(paths: Iterable[str | Path], atlas: Atlas, *, progress: bool = True,
                 workers: int = 1, limits: Limits | None = None) -> IngestSummary:
    """Ingest files, folders, .urls lists and URLs; one bad document never stops the batch."""
    from tqdm import tqdm

    limits = limits or Limits.from_env()
    started = time.perf_counter()
    with (tqdm(unit="doc", disable=not progress, file=sys.stderr, dynamic_ncols=True) as bar,
          _batched(atlas) as wait):
        tally = _Tally(atlas, bar)
        jobs = _new_content(iter_sources(list(paths)), atlas, limits, tally, wait)
        results = (_parallel(jobs, workers, limits, wait) if workers > 1
                   else (process(raw, limits) for raw in jobs))
        for result in results:
            tally.store(result)
    tally.summary.seconds = time.perf_counter() - started
    return tally.summary


Wait = Callable[[Future], None]  # blocks until a future is done (see _batched)


@contextmanager
def _batched(atlas: Atlas) -> Iterator[Wait]:
    """Batch the atlas's writes (where it can) and give a waiter for futures that commits
    the open batch once it is SAVE_SECONDS old, so a slow worker or download never holds
    the write lock (and uncommitted documents) longer than that."""
    batch = getattr(atlas, "batch", None)
    if batch is None:
        yield _wait_plain
        return

    def wait(future: Future) -> None:
        age = atlas.batch_age()  # type: ignore[attr-defined]
        if age is not None and not future.done():
            futures_wait([future], timeout=max(0.0, SAVE_SECONDS - age))
            if not future.done():
                atlas.commit_batch()  # type: ignore[attr-defined]
        futures_wait([future])

    with batch(SAVE_BATCH, SAVE_SECONDS):
        yield wait


def _wait_plain(future: Future) -> None:
    futures_wait([future])


class _Tally:
    """Counts outcomes, records failures in the atlas, moves the progress bar."""

    def __init__(self, atlas: Atlas, bar: object):
        self.atlas = atlas
        self.bar = bar
        self.summary = IngestSummary()
        # The saver's guard leaves room for the store's own cache (SQLite's page cache).
        process_guard().allow(getattr(atlas, "page_cache_bytes", 0))

    def fail(self, source: str, reason: str) -> None:
        source, reason = printable(source), printable(reason)
        self.atlas.record_failure(source, reason)  # if the atlas itself fails, stop
        # A failure is what someone watching a long ingest looks for (`ngo-atlas status`):
        # commit it, and the batch before it, at once. Failures are rare, commits stay few.
        commit = getattr(self.atlas, "commit_batch", None)
        if commit is not None:
            commit()
        if len(self.summary.failed) < FAILURES_LISTED:  # memory stays bounded: the atlas
            self.summary.failed.append((source, reason))  # holds every failure
        else:
            self.summary.more_failed += 1
        self.bar.update()  # type: ignore[attr-defined]

    def unchanged(self) -> None:
        self.summary.unchanged += 1
        self.bar.update()  # type: ignore[attr-defined]

    def store(self, result: Processed) -> None:
        # The saving process's name and word caches (with one worker, the extractor's
        # too) stay within ingest.memory.CACHE_BUDGET however long the corpus.
        process_guard().tick()
        if result.error is not None or result.doc is None or result.extraction is None:
            self.fail(result.source, result.error or "no document")
            return
        try:
            outcome = self.atlas.save(result.doc, result.extraction)
        except BatchLost:
            raise  # earlier documents' writes are lost too: stop, a rerun redoes them
        except Exception as e:  # noqa: BLE001 - one document's store error is its failure
            self.fail(result.source, f"store failed: {type(e).__name__}: {e}")
            return
        for problem in result.extraction.problems:  # a finder that failed: its facts are missing
            print(f"warning: {printable(result.source)}: {problem}", file=sys.stderr)
        if outcome.status == "updated":
            self.summary.updated += 1
        elif outcome.status == "unchanged":
            self.summary.unchanged += 1
        else:
            self.summary.ingested += 1
        self.bar.update()  # type: ignore[attr-defined]


def _new_content(items: Iterator[Item | Problem], atlas: Atlas, limits: Limits,
                 tally: _Tally, wait: Wait = _wait_plain) -> Iterator[Raw]:
    """Pass on only content the atlas does not hold yet; report what cannot be loaded."""
    for loaded in _loaded(items, limits, wait):
        if isinstance(loaded, Problem):
            tally.fail(loaded.source, loaded.reason)
        elif atlas.has_content(digest := hashlib.sha256(loaded.data).hexdigest()):
            atlas.note_duplicate(digest, loaded.source)  # a copy at a second source is an alias
            tally.unchanged()
        else:
            loaded.digest = digest  # the reader's content_hash: hashed once, not twice
            yield loaded


def _loaded(items: Iterator[Item | Problem], limits: Limits,
            wait: Wait = _wait_plain) -> Iterator[Raw | Problem]:
    """Each source's bytes, or its problem, in input order. URLs download
    FETCHES_IN_FLIGHT at a time (a network wait is not CPU work); the window is bounded,
    so at most that many documents' bytes are held."""
    window: deque[Future[Raw | Problem] | Raw | Problem] = deque()
    with ThreadPoolExecutor(FETCHES_IN_FLIGHT, thread_name_prefix="fetch") as fetchers:
        for item in items:
            if isinstance(item, Problem):
                window.append(item)
            elif item.is_url:
                window.append(fetchers.submit(_load, item, limits))
            else:
                window.append(_load(item, limits))
            while window and (len(window) > FETCHES_IN_FLIGHT or _done(window[0])):
                yield _value(window.popleft(), wait)
        while window:
            yield _value(window.popleft(), wait)


def _done(entry: Future[Raw | Problem] | Raw | Problem) -> bool:
    return not isinstance(entry, Future) or entry.done()


def _value(entry: Future[Raw | Problem] | Raw | Problem, wait: Wait) -> Raw | Problem:
    if isinstance(entry, Future):
        wait(entry)
        return entry.result()
    return entry


def _load(item: Item, limits: Limits) -> Raw | Problem:
    try:
        if item.path is not None:
            return Raw(item.source, printable(item.path.name),
                       read_file_bytes(item.path, item.source, limits))
        fetched = fetch_url(item.source, limits)
    except IngestError as e:
        return Problem(e.source, e.reason)
    return Raw(item.source, fetched.name, fetched.data, fetched.content_type, fetched.url)


def process(raw: Raw, limits: Limits) -> Processed:
    """Read and extract one document (runs in a worker process when --workers > 1).

    Every exception becomes this document's failure reason: one broken document, or one
    bug a document triggers in a reader or an extractor, never stops the batch."""
    from ngo_atlas.extract.pipeline import extract_document

    try:
        with time_limit(limits.seconds_per_document):
            try:
                doc = read_bytes(raw.data, raw.source, raw.name, limits=limits,
                                 content_type=raw.content_type, url=raw.url,
                                 content_hash=raw.digest)
            except IngestError as e:
                return Processed(raw.source, error=e.reason)
            except Exception as e:  # noqa: BLE001
                return Processed(raw.source, error=f"reading failed: {type(e).__name__}: {e}")
            try:
                return Processed(raw.source, doc, extract_document(doc))
            except Exception as e:  # noqa: BLE001
                return Processed(raw.source,
                                 error=f"extraction failed: {type(e).__name__}: {e}")
    except DocumentTimeout as e:
        return Processed(raw.source, error=str(e))


def process_chunk(raws: list[Raw], limits: Limits) -> list[Processed]:
    """Read and extract several documents in one worker task: one pickled message and
    one pipe wake-up per chunk instead of per document (with per-document tasks the
    parent spent ~1.6 ms of wall time per submit in the pool's wake-up pipe)."""
    results = []
    for raw in raws:
        results.append(process(raw, limits))
        process_guard().tick()
    return results


def _chunks(jobs: Iterator[Raw], size: int) -> Iterator[list[Raw]]:
    chunk: list[Raw] = []
    for raw in jobs:
        chunk.append(raw)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _parallel(jobs: Iterator[Raw], workers: int, limits: Limits,
              wait: Wait = _wait_plain) -> Iterator[Processed]:
    """Read+extract in a process pool, in order, with a bounded number in flight."""
    first = next(jobs, None)
    if first is None:
        return
    # The first document is read here: that loads the extractor's dictionaries once,
    # before the pool forks, so the workers share them instead of each loading its own.
    yield process(first, limits)
    warm_up()
    pool = ProcessPoolExecutor(max_workers=workers)
    pending: deque[tuple[list[Raw], Future[list[Processed]]]] = deque()
    try:
        for chunk in _chunks(jobs, CHUNK):
            pending.append((chunk, _submit(pool, chunk, limits)))
            while len(pending) >= workers * CHUNKS_IN_FLIGHT_PER_WORKER:
                pool = yield from _next(pending, pool, workers, limits, wait)
        while pending:
            pool = yield from _next(pending, pool, workers, limits, wait)
    finally:
        pool.shutdown(cancel_futures=True)


def _submit(pool: ProcessPoolExecutor, chunk: list[Raw],
            limits: Limits) -> Future[list[Processed]]:
    """Submit, or hand back a failed future when the pool is already broken: _next then
    re-runs this chunk's documents with the others that were in flight."""
    try:
        return pool.submit(process_chunk, chunk, limits)
    except BrokenProcessPool as e:
        broken: Future[list[Processed]] = Future()
        broken.set_exception(e)
        return broken


def _next(pending: deque[tuple[list[Raw], Future[list[Processed]]]],
          pool: ProcessPoolExecutor, workers: int, limits: Limits,
          wait: Wait = _wait_plain) -> Generator[Processed, None, ProcessPoolExecutor]:
    """Yield the oldest chunk's results. If a worker died (crash, out of memory, killed),
    every document in flight is re-run one at a time in a fresh pool, so only a document
    that kills its worker again is reported, and nothing else is lost."""
    chunk, future = pending.popleft()
    try:
        wait(future)
        results = future.result()
    except BrokenProcessPool:
        suspects = chunk + [raw for other, _ in pending for raw in other]
        pending.clear()
        pool.shutdown(cancel_futures=True)
        pool = ProcessPoolExecutor(max_workers=workers)
        for suspect in suspects:
            try:
                rerun = pool.submit(process, suspect, limits)
                wait(rerun)
                result = rerun.result()
            except BrokenProcessPool:
                pool.shutdown(cancel_futures=True)
                pool = ProcessPoolExecutor(max_workers=workers)
                result = Processed(suspect.source, error="the worker process died reading "
                                                         "this document (crash or out of memory)")
            yield result
        return pool
    yield from results
    return pool


def ingest_command(args: argparse.Namespace) -> int:
    """`ngo-atlas ingest`: exit 0 when anything was ingested or already there, 1 when all failed."""
    from ngo_atlas.store import open_atlas

    if args.workers < 1:
        print("error: --workers must be at least 1", file=sys.stderr)
        return 2
    try:
        limits = Limits.from_env()
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    _make_parent(args.db)
    with open_atlas(args.db) as atlas:
        paths: list[str] = list(args.paths)
        if args.retry_failed:
            paths += [f.source for f in atlas.failures() if f.source not in paths]
        if not paths:
            print("nothing to ingest: give files, folders, URLs or .urls lists"
                  + (" (no failures are recorded)" if args.retry_failed else ""),
                  file=sys.stderr)
            return 0 if args.retry_failed else 2
        if getattr(args, "dask", None):
            summary = _ingest_on_dask(paths, args.dask, args.db)
        else:
            progress = not args.no_progress and sys.stderr.isatty()
            _show_memory_guard()
            summary = ingest_paths(paths, atlas, progress=progress, workers=args.workers,
                                   limits=limits)
        _refresh_search_index(atlas)
    print(format_summary(summary))
    return 0 if summary.succeeded or not summary.failed else 1


def _refresh_search_index(atlas: Any) -> None:
    """Apply the ingest's changes to the posting index now, so the next search need not
    (past 5,000 pending changes a search would use the slower SQL plan until then). The
    documents are already committed: a failure here loses nothing and is only reported."""
    from ngo_atlas.store import postings

    # The memo caches serve extraction and linking, not the index: the saver's memory
    # goes to the refresh's edits instead. On the million-document atlas, steps of 20,000
    # log rows took the saver to 878 MB RSS; 10,000 with the caches cleared, to 533 MB.
    clear_memo_caches()
    try:
        postings.refresh(atlas, step=REFRESH_STEP)
    except Exception as e:  # noqa: BLE001 - the ingest itself succeeded
        print(f"warning: search index not brought up to date ({e}); "
              "searches stay correct but slower until `ngo-atlas reindex`", file=sys.stderr)


def _ingest_on_dask(paths: list[str], scheduler: str, db: str) -> IngestSummary:
    """Hand the batch to the Dask runner (ngo_atlas.distributed), report in our form."""
    from ngo_atlas.distributed import ingest_with_dask

    d = ingest_with_dask(paths, scheduler, db)
    return IngestSummary(d.ingested, d.updated, d.unchanged, list(d.failures), d.seconds)


def format_summary(summary: IngestSummary) -> str:
    done = summary.ingested + summary.updated + summary.unchanged + summary.failures_total
    rate = done / summary.seconds if summary.seconds else 0.0
    lines = [(f"ingested {summary.ingested}, updated {summary.updated}, "
              f"unchanged {summary.unchanged}, failed {summary.failures_total} "
              f"({summary.seconds:.1f} s, {rate:.1f} documents/s)")]
    if summary.failed:
        lines.append("failures:")
        lines += [f"  {source}: {reason}" for source, reason in summary.failed]
    if summary.more_failed:
        lines.append(f"  … and {summary.more_failed} more (`ngo-atlas status` lists them all)")
    return "\n".join(lines)


def _show_memory_guard() -> None:
    """The memory guards' cache clears go to stderr, in the workers too (they are forked
    after this): whoever watches a long ingest sees when and how much was freed."""
    log = logging.getLogger("ngo_atlas.ingest.memory")
    if not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("ngo-atlas: %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)


def status_command(args: argparse.Namespace) -> int:
    """`ngo-atlas status`: the atlas's counts and its recorded failures."""
    from ngo_atlas.store import open_atlas

    if _is_file_db(args.db) and not Path(args.db).exists():
        print(f"error: no atlas at {args.db} (run ngo-atlas ingest first)", file=sys.stderr)
        return 1
    with open_atlas(args.db) as atlas:
        stats = atlas.stats()
        failures = atlas.failures()
    for key, value in stats.items():
        print(f"{key}: {value}")
    if failures:
        print("recorded failures:")
        for f in failures:
            print(f"  {f.source}: {f.reason} (attempts {f.attempts}, last {f.failed_at})")
    return 0


def _is_file_db(db: str) -> bool:
    return not db.startswith(("postgresql://", "postgres://"))


def _make_parent(db: str) -> None:
    if _is_file_db(db):
        Path(db).expanduser().absolute().parent.mkdir(parents=True, exist_ok=True)
