"""The posting index: Roaring bitmaps of project ids per term and facet value, kept current.

Rows of ``postings(key, chunk, version, bitmap)`` hold the ids ``chunk << 16`` to
``(chunk << 16) + 65535`` of one key: ``t:<token>`` for a full-text token, ``f:<facet>:<value>``
for a facet value. Splitting by id chunk means a new project rewrites only the small
newest chunk of each key it touches, never a whole million-id bitmap.

Triggers (migration 7) write every change of ``projects.terms``, every deleted project and
every deleted ``project_facets`` row to ``posting_log``, with the keys the project may have
held. ``catch_up`` applies the log: it drops each logged project from the keys the log names
and adds it back to the keys its current row has, so the result never depends on what the
postings held before. A search uses the bitmaps only when the log is empty.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections import Counter, OrderedDict
from collections.abc import Iterable
from typing import Any

from pyroaring import BitMap

CHUNK_BITS = 16
# FTS5's unicode61 tokenizer (remove_diacritics 0) keeps runs of letters and digits and
# lowercases them; the keys mirror it so a bitmap match is exactly an FTS5 match.
TOKEN = re.compile(r"[^\W_]+")
CACHE_BYTES = 512 * 1024 * 1024  # per process: deserialised keys kept, by serialised size
BUILD_BATCH = 2_000  # key rows written per statement while building


def tokens(text: str) -> list[str]:
    """The full-text tokens FTS5 (and PostgreSQL's 'simple' parser) make of ``text``."""
    return TOKEN.findall(text.lower())


def term_key(token: str) -> str:
    return "t:" + token


def facet_key(facet: str, value: str) -> str:
    return f"f:{facet}:{value}"


# What FTS5's bm25 reads per row besides the idf, kept bit-sliced so the relevance pool is
# scored by bitmap intersections (bm25.py) instead of FTS5's doclist scan per query word:
# ``c:<bit>:<token>`` holds the projects whose count of the token, less one, has that bit
# set; ``n:<bit>`` the projects whose token count (FTS5's document length) has it set.
SLICE_BITS = 32
BM25_MARK = "m:bm25"  # written last by build: every project has its slice keys


def count_key(bit: int, token: str) -> str:
    return f"c:{bit}:{token}"


def length_key(bit: int) -> str:
    return f"n:{bit}"


def text_keys(terms: str, memo: dict[str, tuple[str, ...]] | None = None) -> set[str]:
    """Every key a project with this ``terms`` string has: its tokens and their slices.
    ``memo`` caches whitespace word -> its tokens across calls (a build's vocabulary)."""
    memo = {} if memo is None else memo
    counts: dict[str, int] = {}
    # Counter counts the words in C; most projects repeat many of theirs.
    for word, n in Counter((terms or "").split()).items():
        toks = memo.get(word)
        if toks is None:
            toks = memo[word] = tuple(tokens(word))
        for tok in toks:
            counts[tok] = counts.get(tok, 0) + n
    keys = {"t:" + tok for tok in counts}
    for tok, n in counts.items():
        if n > 1:  # a count of one has no slice row at all
            keys.update([f"c:{bit}:{tok}" for bit in _bits(n - 1)])
    keys.update(_length_keys(sum(counts.values())))
    return keys


def _bits(n: int) -> tuple[int, ...]:
    return _BITS[n] if n < len(_BITS) else tuple(
        bit for bit in range(n.bit_length()) if n >> bit & 1)


def _length_keys(n: int) -> tuple[str, ...]:
    return _LENGTH_KEYS[n] if n < len(_LENGTH_KEYS) else tuple(length_key(b) for b in _bits(n))


# Precomputed for the usual sizes: text_keys runs once per project in a build.
_BITS = [tuple(b for b in range(n.bit_length()) if n >> b & 1) for n in range(4096)]
_LENGTH_KEYS = [tuple(length_key(b) for b in bits) for bits in _BITS]


class KeyCache:
    """Deserialised bitmaps per (atlas, key), each with the chunk versions it was built
    from; an LRU bounded by serialised bytes. Shared by every atlas of the process; the
    bitmaps it hands out are shared too, so callers never modify them in place."""

    def __init__(self, limit: int = CACHE_BYTES):
        self.limit = limit
        self.size = 0
        self.lock = threading.Lock()  # the web server's threads share it
        # (atlas id, key) -> (generation seen, {chunk: version}, bitmap, bytes)
        self.entries: OrderedDict[tuple[str, str], tuple[int, dict[int, int], BitMap, int]] = \
            OrderedDict()

    def get(self, ident: tuple[str, str]) -> tuple[int, dict[int, int], BitMap, int] | None:
        with self.lock:
            entry = self.entries.get(ident)
            if entry is not None:
                self.entries.move_to_end(ident)
            return entry

    def put(self, ident: tuple[str, str], entry: tuple[int, dict[int, int], BitMap, int]) -> None:
        with self.lock:
            old = self.entries.pop(ident, None)
            if old is not None:
                self.size -= old[3]
            self.entries[ident] = entry
            self.size += entry[3]
            while self.size > self.limit and len(self.entries) > 1:
                _k, dropped = self.entries.popitem(last=False)
                self.size -= dropped[3]

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()
            self.size = 0


CACHE = KeyCache()


def _is_sqlite(atlas: Any) -> bool:
    return isinstance(getattr(atlas, "conn", None), sqlite3.Connection)


def state(atlas: Any) -> tuple[int, bool]:
    """(generation, built?) of the posting index; notes the index's token on the atlas."""
    row = atlas._one("SELECT generation, built, token FROM posting_state WHERE id = 1")
    if not row:
        return 0, False
    atlas._posting_token = str(row[2])
    return int(row[0]), bool(row[1])


def atlas_ident(atlas: Any) -> str:
    """What names the atlas's index in the shared cache: the random token migration 9 gave
    it (so a file deleted and made again at the same path is another atlas)."""
    token = getattr(atlas, "_posting_token", None)
    if token is None:
        state(atlas)
        token = atlas._posting_token
    return token


def pending(atlas: Any, more_than: int = 0) -> bool:
    """True while the log holds more than ``more_than`` changes the postings do not reflect
    yet (reads at most that many log keys, not the whole log)."""
    return atlas._one(f"SELECT 1 FROM posting_log LIMIT 1 OFFSET {int(more_than)}") is not None


def load(atlas: Any, key: str, generation: int) -> BitMap:
    """The whole bitmap of ``key`` (empty if no project has it), from the cache when the
    chunk versions it was built from are still the stored ones."""
    ident = (atlas_ident(atlas), key)
    entry = CACHE.get(ident)
    if entry is not None and entry[0] == generation:
        return entry[2]
    versions = {int(c): int(v) for c, v in atlas._all(
        "SELECT chunk, version FROM postings WHERE key = ?", (key,))}
    if entry is not None and entry[1] == versions:
        CACHE.put(ident, (generation, *entry[1:]))
        return entry[2]
    rows = atlas._all("SELECT chunk, version, bitmap FROM postings WHERE key = ? ORDER BY chunk",
                      (key,))
    bm = BitMap()
    size = 0
    versions = {}
    for chunk, version, blob in rows:
        bm |= BitMap.deserialize(bytes(blob))
        versions[int(chunk)] = int(version)
        size += len(blob)
    CACHE.put(ident, (generation, versions, bm, size + 64))
    return bm


# -- keeping the postings current --------------------------------------------------------

def project_keys(atlas: Any, pids: Iterable[int]) -> dict[int, set[str]]:
    """The keys each of ``pids`` has now (projects that are gone, or not yet indexed, have
    none)."""
    ids = sorted(set(pids))
    out: dict[int, set[str]] = {}
    for i in range(0, len(ids), 500):
        part = ids[i:i + 500]
        marks = ", ".join("?" for _ in part)
        for pid, terms in atlas._all(f"SELECT id, terms FROM projects WHERE id IN ({marks})", part):
            out[int(pid)] = text_keys(terms or "")
        for facet, value, pid in atlas._all(
                f"SELECT facet, value, project_id FROM project_facets WHERE project_id IN ({marks})",
                part):
            out.setdefault(int(pid), set()).add(facet_key(facet, value))
    return out


def catch_up(atlas: Any, limit: int | None = None) -> int:
    """Apply up to ``limit`` log rows (all when None) to the postings in one transaction;
    returns how many were applied. Safe to run from several processes at once."""
    with atlas._tx():
        atlas._lock_writes()
        if not state(atlas)[1]:
            return 0  # a build is under way (or none was made): it reads the projects itself
        sql = "SELECT seq, project_id, kind, old FROM posting_log ORDER BY seq"
        rows = atlas._all(sql + (f" LIMIT {int(limit)}" if limit else ""))
        if not rows:
            return 0
        # Nothing indexed yet (a new atlas): every key is written from now on with its
        # slices, so bm25 may read them; an index made before the slices needs a rebuild.
        fresh = atlas._one("SELECT 1 FROM postings LIMIT 1") is None
        # (key, chunk) -> (ids to drop, ids to add); drops first, so a project keeps
        # exactly the keys its current row gives it.
        edits: dict[tuple[str, int], tuple[BitMap, BitMap]] = {}

        def edit(key: str, pid: int, side: int) -> None:
            pair = edits.get((key, pid >> CHUNK_BITS))
            if pair is None:
                pair = edits[(key, pid >> CHUNK_BITS)] = (BitMap(), BitMap())
            pair[side].add(pid)

        changed: set[int] = set()
        for _seq, pid, kind, old in rows:
            changed.add(int(pid))
            for key in (text_keys(old or "") if kind == "t" else [old]):
                edit(key, int(pid), 0)
        for pid, keys in project_keys(atlas, changed).items():
            for key in keys:
                edit(key, pid, 1)
        generation = state(atlas)[0] + 1
        by_chunk: dict[int, list[str]] = {}
        for key, chunk in edits:
            by_chunk.setdefault(chunk, []).append(key)
        for chunk, keys in by_chunk.items():
            for i in range(0, len(keys), 500):
                _apply(atlas, chunk, {k: edits[(k, chunk)] for k in keys[i:i + 500]}, generation)
        if fresh:
            _write(atlas, [(BM25_MARK, 0, generation, BitMap([0]).serialize())])
        atlas._q("DELETE FROM posting_log WHERE seq <= ?", (int(rows[-1][0]),))
        atlas._q("UPDATE posting_state SET generation = ? WHERE id = 1", (generation,))
        return len(rows)


def _apply(atlas: Any, chunk: int, edits: dict[str, tuple[BitMap, BitMap]], version: int
           ) -> None:
    """Rewrite one id chunk of some keys: read their rows in one query, write them back
    (or delete the emptied ones) in two."""
    marks = ", ".join("?" for _ in edits)
    stored = {key: blob for key, blob in atlas._all(
        f"SELECT key, bitmap FROM postings WHERE chunk = ? AND key IN ({marks})",
        (chunk, *edits))}
    writes, deletes = [], []
    for key, (drop, add) in edits.items():
        blob = stored.get(key)
        bm = BitMap.deserialize(bytes(blob)) if blob is not None else BitMap()
        bm.difference_update(drop)
        bm.update(add)
        if bm:
            bm.run_optimize()
            writes.append((key, chunk, version, bm.serialize()))
        elif blob is not None:
            deletes.append((key, chunk))
    atlas._many("INSERT INTO postings (key, chunk, version, bitmap) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (key, chunk) DO UPDATE SET version = excluded.version, "
                "bitmap = excluded.bitmap", writes)
    atlas._many("DELETE FROM postings WHERE key = ? AND chunk = ?", deletes)


def refresh(atlas: Any, step: int = 20_000) -> int:
    """Bring the postings up to date after a batch (an ingest calls this at its end):
    apply the log in steps of ``step`` rows, or rebuild when the backlog is over a third
    of the atlas (a rebuild costs about 0.14 ms of CPU per project, applying the log
    about 0.2 ms per row). Returns the log rows dealt with."""
    if not state(atlas)[1]:
        return 0  # never built: `ngo-atlas reindex` decides when to pay for it
    backlog = int(atlas._one("SELECT count(*) FROM posting_log")[0])
    if backlog > int(atlas._one("SELECT count(*) FROM projects")[0]) // 3:
        build(atlas)
        return backlog
    done = 0
    while n := catch_up(atlas, step):
        done += n
    return done


# -- building from scratch ---------------------------------------------------------------

def build(atlas: Any, progress: Any = None) -> dict[str, int]:
    """(Re)build every posting from the projects, one id chunk at a time (memory stays that
    of one chunk: 65,536 projects). Changes made meanwhile stay in the log and are applied
    by the next catch_up. Returns counts for the report.

    A build claims the index by its generation number: when another build starts
    meanwhile (two `reindex` runs, or an ingest's refresh beside one), it deletes what this
    one wrote and takes over, and this one stops at its next chunk ("superseded")."""
    with atlas._tx():
        atlas._lock_writes()
        last = atlas._one("SELECT coalesce(max(seq), 0) FROM posting_log")[0]
        generation = state(atlas)[0] + 1
        atlas._q("DELETE FROM postings")
        atlas._q("UPDATE posting_state SET built = 0, generation = ? WHERE id = 1", (generation,))
    top = int(atlas._one("SELECT coalesce(max(id), 0) FROM projects")[0])
    rows = projects = 0
    report = {"projects": 0, "rows": 0, "chunks": (top >> CHUNK_BITS) + 1, "superseded": True}
    for chunk in range((top >> CHUNK_BITS) + 1):
        keys, n = _chunk_keys(atlas, chunk)
        projects += n
        with atlas._tx():
            atlas._lock_writes()
            if state(atlas)[0] != generation:
                return report  # a later build took over
            batch: list[tuple[str, int, int, bytes]] = []
            for key, ids in keys.items():
                bm = BitMap(ids)
                bm.run_optimize()
                batch.append((key, chunk, generation, bm.serialize()))
                if len(batch) >= BUILD_BATCH:
                    _write(atlas, batch)
                    rows += len(batch)
                    batch = []
            _write(atlas, batch)
            rows += len(batch)
        if progress:
            progress(chunk, top >> CHUNK_BITS, projects, rows)
    with atlas._tx():
        atlas._lock_writes()
        if state(atlas)[0] != generation:
            return report
        _write(atlas, [(BM25_MARK, 0, generation, BitMap([0]).serialize())])
        # Changes logged before the build began are in what it read; later ones stay.
        atlas._q("DELETE FROM posting_log WHERE seq <= ?", (last,))
        atlas._q("UPDATE posting_state SET built = 1 WHERE id = 1")
    return {**report, "projects": projects, "rows": rows, "superseded": False}


def _write(atlas: Any, batch: list[tuple[str, int, int, bytes]]) -> None:
    atlas._many("INSERT INTO postings (key, chunk, version, bitmap) VALUES (?, ?, ?, ?)", batch)


def _chunk_keys(atlas: Any, chunk: int) -> tuple[dict[str, list[int]], int]:
    """key -> ascending ids of one id chunk, read from projects.terms and project_facets."""
    lo, hi = chunk << CHUNK_BITS, ((chunk + 1) << CHUNK_BITS) - 1
    keys: dict[str, list[int]] = {}
    seen: dict[str, tuple[str, ...]] = {}  # whitespace word -> its tokens (vocabulary memo)
    n = 0
    cur = atlas._q("SELECT id, terms FROM projects WHERE id BETWEEN ? AND ? ORDER BY id", (lo, hi))
    while batch := cur.fetchmany(1000):
        for pid, terms in batch:
            n += 1
            for key in text_keys(terms or "", seen):
                keys.setdefault(key, []).append(pid)
    cur = atlas._q("SELECT facet, value, project_id FROM project_facets "
                   "WHERE project_id BETWEEN ? AND ? ORDER BY project_id", (lo, hi))
    while batch := cur.fetchmany(5000):
        for facet, value, pid in batch:
            keys.setdefault(facet_key(facet, value), []).append(pid)
    return keys, n


def reindex_command(a: Any) -> int:
    """``ngo-atlas reindex --db DB``: build the posting index, reporting progress and cost."""
    import resource
    import sys
    import time

    from ngo_atlas.model import NgoAtlasError
    from ngo_atlas.store import open_atlas

    t0, c0 = time.perf_counter(), time.process_time()

    def report(chunk: int, last: int, projects: int, rows: int) -> None:
        print(f"chunk {chunk}/{last}: {projects} projects, {rows} rows, "
              f"{time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)

    try:
        with open_atlas(a.db) as atlas:
            out = build(atlas, report)
    except NgoAtlasError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if out["superseded"]:
        print("stopped: another reindex started meanwhile and builds the index in its place",
              file=sys.stderr)
        return 0
    print(f"built: {out['projects']} projects, {out['rows']} rows in {out['chunks']} chunks; "
          f"{time.perf_counter() - t0:.1f} s wall, {time.process_time() - c0:.1f} s CPU, "
          f"peak RSS {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    import argparse

    _ap = argparse.ArgumentParser(description="Build the posting index of an atlas.")
    _ap.add_argument("db", help="atlas location: a SQLite file or postgresql://...")
    raise SystemExit(reindex_command(_ap.parse_args()))
