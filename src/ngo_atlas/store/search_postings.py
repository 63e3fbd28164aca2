"""Search on the posting index: match sets, totals and facet counts as Roaring bitmaps.

Each condition (a query word, a facet filter, a year range) is the union of a few key
bitmaps; the match set is their intersection, its size the total. Facet counts are
intersection cardinalities of the match set with each candidate value's bitmap. Only
the page of hits goes back to SQL: bm25 / ts_rank of a bounded pool, or an index walk
for the other sort orders. ``search_sql.SearchMixin`` falls back to its SQL plan when
this returns None (index not built, changes not applied yet, a query term FTS would
read as a phrase).
"""

from __future__ import annotations

import heapq
import sqlite3
from typing import Any

from pyroaring import BitMap

from ngo_atlas.store import bm25, postings
from ngo_atlas.store.base import FACETS, SearchQuery, SearchResult

# Log rows a search applies before answering (about 0.2 ms of CPU each: 1 s at most).
# A longer backlog (a bulk ingest nobody searched during) is left to `ngo-atlas reindex`
# or to postings.catch_up after the batch; meanwhile searches take the SQL plan (exact).
CATCH_UP_LIMIT = 5_000
# Facet values counted per facet when the match set is large: the top values of the whole
# atlas (facet_totals). A value outside them has at most the largest count left out, which
# bounds what the top-30 could miss (SearchResult.facets_exact).
CANDIDATES = 300
# Up to this many matches the facet values are counted exactly in SQL from their rows.
SQL_FACET_LIMIT = 2_000
# Up to this many, a facet whose top list the candidates cannot prove complete (a long
# tail of organisations, say) is counted in SQL too, from that facet's rows only.
SQL_TAIL_LIMIT = 10_000
# Sort orders other than relevance: up to this many matches the page is sorted in SQL over
# the match ids; past it the sort index is walked and each id tested against the bitmap.
SORT_IDS_LIMIT = 20_000
WALK_LIMIT = 400_000  # rows an index walk may read before the page is sorted in SQL instead


class PostingSearchMixin:
    """search() on bitmaps; needs the SqlAtlas hooks and SearchMixin's helpers."""

    use_postings = True  # False: every search takes the SQL plan (the comparison tests)
    # False: FTS5 ranks the relevance pool even where the index could (bench A/B).
    bm25_from_index = True

    def _posting_search(self, query: SearchQuery, alternatives: list[list[str]]
                        ) -> SearchResult | None:
        generation = self._posting_generation()
        if generation is None:
            return None
        words = self._word_keys(alternatives)
        if words is None:
            return None
        load = lambda key: postings.load(self, key, generation)
        conds = self._posting_conditions(query, load)
        # Each word's alternatives with their bitmaps; the word matches their union.
        alt_maps = [[(alt, load(key)) for alt, key in zip(alts, keys)]
                    for alts, keys in zip(alternatives, words)]
        text = [_and([BitMap.union(*(bm for _a, bm in w)) for w in alt_maps])] if words else []
        match = _and([*conds.values(), *text])
        from ngo_atlas.store.search_sql import _facet_limit

        limit = _facet_limit(query)
        counts, exact = self._posting_facets(match, [f for f in FACETS if f not in conds], load,
                                             limit)
        for facet in conds:  # counted without its own filter, like the SQL plan
            own = _and([b for f, b in conds.items() if f != facet] + text)
            if own is None:
                counts[facet] = self._all_totals(facet, limit)
                continue
            part, part_exact = self._posting_facets(own, [facet], load, limit)
            counts[facet] = part[facet]
            exact = exact and part_exact
        hits = self._posting_page(query, alternatives, match, bool(conds), alt_maps, load) \
            if match else []
        return SearchResult(len(match), hits, {f: counts[f] for f in FACETS}, exact)

    def _posting_conditions(self, query: SearchQuery, load: Any) -> dict[str, BitMap]:
        """Facet -> the ids its filter allows (a year range as the union of its years)."""
        conds = {f: BitMap.union(*(load(postings.facet_key(f, v)) for v in vs))
                 for f, vs in self._facet_values(query, None).items()}
        lo, hi = query.year_from, query.year_to
        if lo is not None and hi is not None and lo > hi and not self._filters_values(query, "year"):
            # The SQL plan reads a range alone as "first <= to and last >= from": for a
            # reversed range, the projects running in both years (their years are contiguous).
            conds["year"] = load(postings.facet_key("year", str(lo))) \
                & load(postings.facet_key("year", str(hi)))
        return conds

    def _posting_generation(self) -> int | None:
        """The index generation to read, after applying pending changes; None: use SQL."""
        if not self.use_postings:
            return None
        try:
            generation, built = postings.state(self)
        except Exception:  # noqa: BLE001 - no posting tables (an atlas before migration 7)
            return None
        if not built:
            return None
        if postings.pending(self, CATCH_UP_LIMIT):
            return None  # a bulk ingest's backlog: SQL until a rebuild or a batch catch-up
        if postings.pending(self):
            try:
                postings.catch_up(self, CATCH_UP_LIMIT)
            except Exception as e:  # sqlite3 and psycopg errors have no common base
                if not _database_error(e):
                    raise
                return None  # a read-only file or user, a busy lock: the SQL plan is exact
            if postings.pending(self):
                return None
            generation = postings.state(self)[0]
        return generation

    @staticmethod
    def _word_keys(alternatives: list[list[str]]) -> list[list[str]] | None:
        """Each query word's alternatives as keys; None when an alternative is several
        tokens, which FTS reads as a phrase (word order), not a set."""
        out = []
        for alts in alternatives:
            keys = []
            for alt in alts:
                toks = postings.tokens(alt)
                if len(toks) != 1:
                    return None
                keys.append(postings.term_key(toks[0]))
            out.append(keys)
        return out

    def _posting_facets(self, match: BitMap, facets: list[str], load: Any, limit: int
                        ) -> tuple[dict[str, list[tuple[str, int]]], bool]:
        """Top ``limit`` values per facet over ``match``, and whether the lists are complete."""
        counts: dict[str, list[tuple[str, int]]] = {f: [] for f in facets}
        if not facets or not match:
            return counts, True
        if len(match) <= SQL_FACET_LIMIT:
            return self._sql_facets(match, facets, limit), True
        unproven = []
        for facet in facets:
            counts[facet], complete = self._facet_top(match, facet, load, limit)
            if not complete:
                unproven.append(facet)
        if unproven and len(match) <= SQL_TAIL_LIMIT:
            counts.update(self._sql_facets(match, unproven, limit))
            unproven = []
        return counts, not unproven

    def _facet_top(self, match: BitMap, facet: str, load: Any, limit: int
                   ) -> tuple[list[tuple[str, int]], bool]:
        """The ``limit`` most frequent values of ``facet`` among ``match``, and whether no
        value could be missing. Candidates come in order of their atlas total, which bounds
        their count here: once the total falls below the last count of a full list, no
        later value can enter it, and counting stops."""
        candidates = max(CANDIDATES, 2 * limit)
        rows = self._all("SELECT value, count FROM facet_totals WHERE facet = ? "
                         "ORDER BY count DESC, value LIMIT ?", (facet, candidates + 1))
        found: list[tuple[str, int]] = []
        best: list[int] = []  # min-heap of the ``limit`` largest counts so far
        bound = int(rows[candidates][1]) if len(rows) > candidates else 0  # any value left out
        for value, total in rows[:candidates]:
            if len(best) >= limit and int(total) < best[0]:
                bound = int(total)
                break
            n = match.intersection_cardinality(load(postings.facet_key(facet, value)))
            if n:
                found.append((str(value), n))
                (heapq.heappush if len(best) < limit else heapq.heappushpop)(best, n)
        top = sorted(found, key=lambda x: (-x[1], x[0]))[:limit]
        # Complete when no value left out could reach the list: none was left out, or the
        # list is full and its last count beats the largest total left out.
        return top, not bound or (len(top) >= limit and top[-1][1] > bound)

    def _sql_facets(self, match: BitMap, facets: list[str], limit: int
                    ) -> dict[str, list[tuple[str, int]]]:
        ids, params = self._ids_select(match)
        out: dict[str, list[tuple[str, int]]] = {f: [] for f in facets}
        for facet, value, n in self._top_facet_rows(ids, params, facets, limit):
            out[facet].append((str(value), int(n)))
        return out

    def _ids_select(self, ids: BitMap) -> tuple[str, list[Any]]:
        """A SELECT of ``ids`` (column ``id``) from one parameter: a JSON array in SQLite,
        an array in PostgreSQL."""
        if isinstance(getattr(self, "conn", None), sqlite3.Connection):
            # One JSON text read by json_each in C: a quarter of the time of inserting the
            # ids one by one into a temporary table (18 ms for 5,000).
            return ("SELECT value AS id FROM json_each(?)",
                    ["[" + ",".join(map(str, ids)) + "]"])
        return "SELECT unnest(?::bigint[]) AS id", [list(ids)]

    # -- the page of hits ----------------------------------------------------------------
    def _posting_page(self, query: SearchQuery, alternatives: list[list[str]], match: BitMap,
                      filtered: bool, alt_maps: list[list[tuple[str, BitMap]]], load: Any
                      ) -> list[Any]:
        from ngo_atlas.store.search_sql import MAX_PER_PAGE

        per_page = max(1, min(int(query.per_page), MAX_PER_PAGE))
        offset = (max(1, int(query.page)) - 1) * per_page
        if offset >= len(match):
            return []
        if query.sort == "relevance" and alternatives:
            ids = self._relevance_page(alt_maps, match, offset, per_page, filtered, load)
        elif query.sort == "relevance":
            ids = list(match[offset:offset + per_page])
        else:
            ids = self._sorted_page(query.sort, match, offset, per_page)
        return self._load_hits(ids, alternatives)

    def _relevance_page(self, alt_maps: list[list[tuple[str, BitMap]]], match: BitMap,
                        offset: int, per_page: int, filtered: bool, load: Any) -> list[int]:
        """The newest ``rank_pool`` matches by score, then the rest newest first."""
        size = min(len(match), int(self.rank_pool))
        ids: list[int] = []
        if offset < size:
            pool = match[len(match) - size:]
            ids = self._rank_ids(alt_maps, pool, filtered, load)[offset:offset + per_page]
        rest = len(match) - size  # below the pool, read newest first
        start = max(0, offset - size)
        while len(ids) < per_page and start < rest:
            ids.append(match[rest - 1 - start])
            start += 1
        return ids

    def _rank_ids(self, alt_maps: list[list[tuple[str, BitMap]]], pool: BitMap, filtered: bool,
                  load: Any) -> list[int]:
        """``pool`` (full-text matches; the newest of them all when not ``filtered``) best
        first, ties by id, as the SQL plan ranks them."""
        alternatives = [[alt for alt, _bm in w] for w in alt_maps]
        if isinstance(getattr(self, "conn", None), sqlite3.Connection):
            from ngo_atlas.store.sqlite import fts5_query

            if self.bm25_from_index and bm25.available(load):
                # FTS5's own scores, from the index: no doclist scan for each word's idf.
                row = self._one("SELECT block FROM project_fts_data WHERE id = 1")
                return bm25.rank(pool, alternatives, load, bm25.fts5_totals(bytes(row[0])))

            # bm25 sums one term per query phrase, and a phrase that occurs in no pooled
            # row adds exactly 0.0 to each of their scores; leaving it out saves FTS5 a
            # doclist scan (its idf) and a position read per row, scores unchanged bit for
            # bit. Every pooled row still matches: some alternative of each word is in it.
            scored = [[alt for alt, bm in w if bm.intersect(pool)] for w in alt_maps]
            # rowid >= the pool's first id bounds the doclist FTS5 walks (unfiltered, that
            # is the whole pool); "+rowid" keeps the pool test out of FTS5's plan, and rank
            # is computed only for rows that pass.
            only, params = "", []
            if filtered:
                ids, params = self._ids_select(pool)
                only = f" AND +rowid IN ({ids})"
            sql = ("WITH pool AS MATERIALIZED (SELECT rowid AS id, rank AS r FROM project_fts "
                   f"WHERE project_fts MATCH ? AND rowid >= ?{only}) "
                   "SELECT id FROM pool ORDER BY r, id")
            return [r[0] for r in self._all(sql, [fts5_query(scored), pool.min(), *params])]
        ids, params = self._ids_select(pool)
        from ngo_atlas.store.postgres import tsquery

        # ts_rank normalises by the query's items, so PostgreSQL gets every alternative.
        sql = ("SELECT p.id FROM projects p, to_tsquery('simple', ?) AS q(q) "
               f"WHERE p.id IN ({ids}) AND p.tsv @@ q.q ORDER BY ts_rank(p.tsv, q.q) DESC, p.id")
        return [r[0] for r in self._all(sql, [tsquery(alternatives), *params])]

    def _sorted_page(self, sort: str, match: BitMap, offset: int, per_page: int) -> list[int]:
        order = {"start_desc": "p.start DESC NULLS LAST, p.id",
                 "start_asc": "p.start ASC NULLS LAST, p.id",
                 "title": f"{self._title_key()}, p.id"}[sort]
        need = offset + per_page
        # The highest id stands for the number of projects (one B-tree step, where count(*)
        # reads them all): how many rows the walk reads per match found.
        top = int(self._one("SELECT coalesce(max(id), 0) FROM projects")[0]) \
            if len(match) > SORT_IDS_LIMIT else 0
        if len(match) <= SORT_IDS_LIMIT or need * top / len(match) > WALK_LIMIT:
            ids, params = self._ids_select(match)
            rows = self._all(f"SELECT p.id FROM projects p WHERE p.id IN ({ids}) "
                             f"ORDER BY {order} LIMIT ? OFFSET ?", (*params, per_page, offset))
            return [r[0] for r in rows]
        out: list[int] = []
        for sql in self._walks(sort):
            cur = self._q(sql)
            while len(out) < need and (rows := cur.fetchmany(2000)):
                out += [r[0] for r in rows if r[0] in match]
            if len(out) >= need:
                break
        return out[offset:need]

    def _walks(self, sort: str) -> list[str]:
        """SELECTs of every project id in ``sort`` order that read a sort index in order
        (NULL starts last, as the SQL plan sorts them: their own walk in id order)."""
        nulls = "SELECT p.id FROM projects p WHERE p.start IS NULL ORDER BY p.id"
        if sort == "start_desc":
            return [("SELECT p.id FROM projects p WHERE p.start IS NOT NULL "
                    "ORDER BY p.start DESC, p.id"), nulls]
        if sort == "start_asc":
            return [("SELECT p.id FROM projects p WHERE p.start IS NOT NULL "
                    "ORDER BY p.start ASC, p.id"), nulls]
        return [f"SELECT p.id FROM projects p ORDER BY {self._title_key()}, p.id"]


def _database_error(e: BaseException) -> bool:
    return isinstance(e, sqlite3.Error | OSError) or type(e).__module__.startswith("psycopg")


def _and(sets: list[BitMap]) -> BitMap | None:
    """The intersection of ``sets``, smallest first; None for no condition at all."""
    if not sets:
        return None
    ordered = sorted(sets, key=len)
    out = ordered[0]
    for other in ordered[1:]:
        if not out:
            break
        out = out & other
    return out
