"""FTS5's bm25 of a relevance pool, computed from the posting index instead of by FTS5.

FTS5's bm25() first scans the whole doclist of every query phrase to count its rows (the
idf): 12-13 ms per word at a million projects, whatever the pool size. The posting index
already holds that count (a term bitmap's cardinality), and, bit-sliced, each project's
count of each token and its length in tokens (postings.text_keys). So the pool is scored
here with the same formula and the same floating-point operations in the same order as
fts5_aux.c, which gives the same scores bit for bit, and the same order (ties by id).
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
from pyroaring import BitMap

from ngo_atlas.store import postings

K1 = 1.2  # fts5Bm25Function's constants
B = 0.75

Load = Callable[[str], BitMap]


def available(load: Load) -> bool:
    """True when the index was built with the slices (an older build has no marker)."""
    return bool(load(postings.BM25_MARK))


def fts5_totals(blob: bytes) -> tuple[int, int]:
    """(rows, tokens) from FTS5's averages record (its %_data row 1: a varint row count,
    then one varint token total per column; one column here)."""
    rows, i = _varint(blob, 0)
    tokens, _i = _varint(blob, i)
    return rows, tokens


def _varint(buf: bytes, i: int) -> tuple[int, int]:
    """SQLite's varint: big-endian 7-bit groups, the ninth byte whole."""
    value = 0
    for _ in range(8):
        byte = buf[i]
        i += 1
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, i
    return (value << 8) | buf[i], i + 1


def rank(pool: BitMap, alternatives: list[list[str]], load: Load, totals: tuple[int, int]
         ) -> list[int]:
    """``pool`` best first by bm25 over the query's phrases (every alternative of every
    word, in query order, as fts5_query writes them), ties by id."""
    ids, rank_values = scores(pool, alternatives, load, totals)
    return ids[np.lexsort((ids, rank_values))].tolist()


def scores(pool: BitMap, alternatives: list[list[str]], load: Load, totals: tuple[int, int]
           ) -> tuple[np.ndarray, np.ndarray]:
    """(the pooled ids ascending, FTS5's rank of each: minus bm25, lower is better).
    ``totals`` is fts5_totals of the atlas."""
    ids = np.frombuffer(pool.to_array(), dtype=np.uint32).astype(np.int64)
    n_row, n_token = totals
    avgdl = float(n_token) / float(n_row)
    length = _sliced(ids, pool, lambda bit: load(postings.length_key(bit)))
    norm = K1 * (1 - B + B * length.astype(np.float64) / avgdl)
    score = np.zeros(len(ids), dtype=np.float64)
    for alts in alternatives:
        for alt in alts:
            token = postings.tokens(alt)[0]
            has = load(postings.term_key(token))
            n_hit = len(has)
            idf = math.log((n_row - n_hit + 0.5) / (n_hit + 0.5))
            if idf <= 0.0:
                idf = 1e-6
            freq = _sliced(ids, pool, lambda bit, t=token: load(postings.count_key(bit, t)))
            freq[_positions(ids, has & pool)] += 1  # the slices hold the count less one
            f = freq.astype(np.float64)
            score += idf * ((f * (K1 + 1.0)) / (f + norm))
    return ids, -1.0 * score


def _sliced(ids: np.ndarray, pool: BitMap, slice_of: Callable[[int], BitMap]) -> np.ndarray:
    """Per pooled id, the number whose bit ``b`` is set where the id is in slice_of(b)."""
    out = np.zeros(len(ids), dtype=np.int64)
    for bit in range(postings.SLICE_BITS):
        part = slice_of(bit) & pool
        if part:
            out[_positions(ids, part)] += 1 << bit
    return out


def _positions(ids: np.ndarray, part: BitMap) -> np.ndarray:
    return np.searchsorted(ids, np.frombuffer(part.to_array(), dtype=np.uint32))
