"""Search over the store: full text on lemmas, facet filters, facet counts, sorting, pages."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ngo_atlas.lang.analyzer import query_terms
from ngo_atlas.search.snippets import snippet
from ngo_atlas.store.base import FACETS, ProjectHit, SearchQuery, SearchResult
from ngo_atlas.store.records import funders, organizations
from ngo_atlas.store.search_postings import PostingSearchMixin

FACET_LIMIT = 30  # values listed per facet unless the query asks for more
MAX_FACET_LIMIT = 1_000
FACET_EXACT_LIMIT = 10_000  # matches up to which every facet value is counted exactly
MATERIALIZE_LIMIT = 200_000  # intersections up to this size are written once to search_ids
# A lone full-text or facet set is counted inside its index in one cheap pass, and a sample
# drawn in another: writing it whole costs more past this size (250 ms for 190,000 ids).
LONE_SET_WRITE_LIMIT = 20_000
FACET_SAMPLE = 2_000  # about how many matches a larger result's facet estimates are drawn from
SORTS = ("relevance", "start_desc", "start_asc", "title")
MAX_PER_PAGE = 500
# Relevance over more matches than this ranks (bm25 / ts_rank) only the newest RANK_POOL
# of them and lists the rest after them, newest first: scoring every match of a word found
# in half a million projects costs over a second, and nobody reads past the first pages.
RANK_POOL = 5_000
# When every set of an intersection has at least this many ids, the sets are streamed in id
# order and merged (SQL INTERSECT ... ORDER BY) instead of one index seek per candidate:
# place = Warszawa AND "fundacji" drops from 300 ms to 80 ms at a million projects.
MERGE_MIN = 2_000
IdQuery = tuple[str, list[Any], bool]  # SELECT of project ids, its params, ids unique?


def _facet_limit(query: SearchQuery) -> int:
    """The query's values per facet, kept within 1..MAX_FACET_LIMIT."""
    return max(1, min(int(query.facet_limit), MAX_FACET_LIMIT))


@dataclass
class IdSet:
    """One condition of a search as a set of project ids, in the two forms a plan needs."""

    select: str  # SELECT of the ids (column "id"), when this set drives
    params: list[Any]
    unique: bool  # each id at most once in ``select``
    size: int  # estimated number of ids, to pick the smallest set as the driver
    exists: str | None = None  # per-row test on "d.id" by index seek, when it filters
    exists_params: list[Any] = field(default_factory=list)
    # SELECTs whose ids come in ascending order and whose union is this set (one per facet
    # value; the full-text set is one): what a merge intersection streams.
    parts: list[tuple[str, list[Any]]] = field(default_factory=list)

    def condition(self) -> tuple[str, list[Any]]:
        if self.exists is not None:
            return self.exists, self.exists_params
        return f"d.id IN ({self.select})", self.params


class SearchMixin(PostingSearchMixin):
    """search() over the SqlAtlas hooks; the engine supplies the full-text pieces.

    A search with conditions runs on the posting index (search_postings) when it is built
    and current, and on the SQL plan below otherwise; both give the same results.
    """

    # How to join so the matched ids drive the facet lookup (SQLite: CROSS JOIN fixes
    # the order, else its planner scans every facet row by the facet-key index).
    _driving_join = "JOIN"
    rank_pool = RANK_POOL  # an attribute, so a test can exercise the tiers on a small atlas
    merge_min = MERGE_MIN  # likewise for the merge intersection
    # PostgreSQL binds INTERSECT tighter than UNION (the standard), so the union is
    # parenthesised; SQLite binds them left to right and allows no parentheses.
    _group_union = True

    def _facet_id_queries(self, filters: dict[str, list[str]], year_from: int | None,
                          year_to: int | None, skip: str | None) -> list[IdQuery]:
        """One SELECT of project ids (column ``id``) per facet filter, except ``skip``'s."""
        out: list[IdQuery] = []
        for facet, values in sorted(filters.items()):
            if facet not in FACETS:
                raise ValueError(f"unknown facet {facet!r}; facets are {', '.join(FACETS)}")
            values = [str(v) for v in values if str(v).strip()]
            if facet == skip or not values:
                continue
            marks = ", ".join("?" for _ in values)
            # One value: each project at most once (it is in the primary key).
            out.append(((f"SELECT project_id AS id FROM project_facets "
                        f"WHERE facet = ? AND value IN ({marks})"), [facet, *values],
                        len(values) == 1))
        if (year_from is not None or year_to is not None) and skip != "year":
            lo = f"{year_from:04d}" if year_from is not None else "0000"
            hi = f"{year_to:04d}" if year_to is not None else "9999"
            out.append((("SELECT project_id AS id FROM project_facets "
                        "WHERE facet = 'year' AND value BETWEEN ? AND ?"), [lo, hi], False))
        return out

    def _filter_conditions(self, col: str, filters: dict[str, list[str]], year_from: int | None,
                           year_to: int | None, skip: str | None) -> tuple[list[str], list[Any]]:
        """SQL conditions on a project-id column for the facet filters (except ``skip``)."""
        conds: list[str] = []
        params: list[Any] = []
        for sql, p, _unique in self._facet_id_queries(filters, year_from, year_to, skip):
            conds.append(f"{col} IN ({sql})")
            params += p
        return conds, params

    def search(self, query: SearchQuery) -> SearchResult:
        if query.sort not in SORTS:
            raise ValueError(f"unknown sort {query.sort!r}; one of {', '.join(SORTS)}")
        alternatives = [alts for alts in query_terms(query.text or "", None) if alts]
        top = _facet_limit(query)
        if alternatives or self._facet_values(query, None):
            fast = self._posting_search(query, alternatives)
            if fast is not None:
                return fast
        text_cond = self._fts_condition(alternatives) if alternatives else None
        subs = self._id_queries(query, text_cond)
        if not subs:
            # Browsing everything: the precomputed facet totals, no counting.
            total = int(self._one("SELECT count(*) FROM projects")[0])
            facets = {f: self._all_totals(f, top) for f in FACETS}
            return SearchResult(total, self._hits(query, alternatives, None), facets)
        total, counts, exact, restrict = self._count_facets(subs, [
            f for f in FACETS if not self._filters_facet(query, f)], top)
        hits = self._hits(query, alternatives, restrict, total) if total else []
        for facet in FACETS:
            if self._filters_facet(query, facet):
                # A filtered facet is counted without its own filter, so its other values
                # stay visible (and selectable as OR) beside the chosen ones.
                own = self._id_queries(query, text_cond, skip=facet)
                if own:
                    _n, part, part_exact, _r = self._count_facets(own, [facet], top)
                    counts[facet] = part[facet]
                    exact = exact and part_exact
                else:
                    counts[facet] = self._all_totals(facet, top)
        return SearchResult(total, hits, {f: counts[f] for f in FACETS}, exact)

    @staticmethod
    def _filters_facet(query: SearchQuery, facet: str) -> bool:
        if facet == "year" and (query.year_from is not None or query.year_to is not None):
            return True
        return any(str(v).strip() for v in query.filters.get(facet) or [])

    def _id_queries(self, query: SearchQuery, text_cond: Any, skip: str | None = None
                    ) -> list[IdSet]:
        """The id sets a match must be in, smallest first (it drives the plan)."""
        values = self._facet_values(query, skip)
        span = None
        if (query.year_from is not None or query.year_to is not None) and skip != "year" \
                and not self._filters_values(query, "year"):
            # A range alone reads the (first, last) spans; with chosen years as well, the
            # years both allow are matched through the year facet, as before.
            span = self._year_span_set(query.year_from, query.year_to, values.pop("year"))
        sets = [self._facet_set(f, v) for f, v in values.items()]
        if span is not None:
            sets.append(span)
        if text_cond is not None:
            size = 0
            if sets:  # only worth knowing when it competes with a facet set to drive
                size = int(self._one(f"SELECT count(*) FROM ({text_cond[0]}) AS t",
                                     text_cond[1])[0])
            sets.append(IdSet(text_cond[0], list(text_cond[1]), True, size,
                              parts=[(text_cond[0], list(text_cond[1]))]))
        return sorted(sets, key=lambda s: s.size)

    def _facet_values(self, query: SearchQuery, skip: str | None) -> dict[str, list[str]]:
        """Facet -> the values a match may have; a year range becomes its list of years."""
        out: dict[str, list[str]] = {}
        for facet, values in sorted(query.filters.items()):
            if facet not in FACETS:
                raise ValueError(f"unknown facet {facet!r}; facets are {', '.join(FACETS)}")
            values = [str(v) for v in values if str(v).strip()]
            if values and facet != skip:
                out[facet] = values
        if (query.year_from is not None or query.year_to is not None) and skip != "year":
            lo = f"{query.year_from:04d}" if query.year_from is not None else "0000"
            hi = f"{query.year_to:04d}" if query.year_to is not None else "9999"
            years = [r[0] for r in self._all("SELECT value FROM facet_totals WHERE facet = "
                                             "'year' AND value BETWEEN ? AND ?", (lo, hi))]
            chosen = out.get("year")
            years = [y for y in years if chosen is None or y in chosen]
            out["year"] = years or ["none"]  # no such year: a value no project has
        return out

    @staticmethod
    def _filters_values(query: SearchQuery, facet: str) -> bool:
        return any(str(v).strip() for v in query.filters.get(facet) or [])

    def _year_span_set(self, year_from: int | None, year_to: int | None, years: list[str]
                       ) -> IdSet:
        """Projects running at some time in [year_from, year_to]: one span per project."""
        lo = year_from if year_from is not None else 0
        hi = year_to if year_to is not None else 9999
        marks = ", ".join("?" for _ in years)
        size = self._one(f"SELECT coalesce(sum(count), 0) FROM facet_totals WHERE facet = "
                         f"'year' AND value IN ({marks})", years)[0]  # an upper bound
        select = "SELECT project_id AS id FROM project_years WHERE first <= ? AND last >= ?"
        return IdSet(select, [hi, lo], True, int(size),
                     "EXISTS (SELECT 1 FROM project_years y WHERE y.project_id = d.id "
                     "AND y.first <= ? AND y.last >= ?)", [hi, lo], [(select, [hi, lo])])

    def _facet_set(self, facet: str, values: list[str]) -> IdSet:
        marks = ", ".join("?" for _ in values)
        size = self._one(f"SELECT coalesce(sum(count), 0) FROM facet_totals WHERE facet = ? "
                         f"AND value IN ({marks})", (facet, *values))[0]
        # The exists form seeks the (facet, value, project_id) key once per value.
        return IdSet(
            f"SELECT project_id AS id FROM project_facets WHERE facet = ? AND value IN ({marks})",
            [facet, *values], len(values) == 1, int(size),
            f"EXISTS (SELECT 1 FROM project_facets x WHERE x.facet = ? AND x.value IN ({marks}) "
            f"AND x.project_id = d.id)", [facet, *values],
            [("SELECT project_id AS id FROM project_facets WHERE facet = ? AND value = ?",
              [facet, v]) for v in values])

    def _all_totals(self, facet: str, limit: int = FACET_LIMIT) -> list[tuple[str, int]]:
        rows = self._all("SELECT value, count FROM facet_totals WHERE facet = ? "
                         "ORDER BY count DESC, value LIMIT ?", (facet, limit))
        return [(str(v), int(n)) for v, n in rows]

    def _match_select(self, subs: list[IdSet]) -> tuple[str, list[Any]]:
        """A SELECT of the ids in every one of ``subs``: the first drives, the rest filter.

        Only the narrow full-text and facet indexes are read, never the wide project rows.
        """
        drive, rest = subs[0], subs[1:]
        if not rest:
            return drive.select, list(drive.params)
        if self._merges(subs):
            return self._merge_select(subs)
        conds = [c.condition() for c in rest]
        where = " AND ".join(sql for sql, _p in conds)
        # MATERIALIZED: else SQLite pushes "id IN (...)" into FTS5, which then re-runs
        # the MATCH once per candidate id (seconds instead of milliseconds).
        return (f"WITH d AS MATERIALIZED ({drive.select}) SELECT d.id AS id FROM d WHERE {where}",
                [*drive.params, *(p for _s, ps in conds for p in ps)])

    def _merges(self, subs: list[IdSet]) -> bool:
        """True when _match_select intersects ``subs`` by merging (its ids then unique)."""
        return (len(subs) > 1 and subs[0].size >= self.merge_min
                and all(sub.parts for sub in subs))

    def _merge_select(self, subs: list[IdSet]) -> tuple[str, list[Any]]:
        """The intersection as one compound SELECT that SQLite runs as a merge of id-ordered
        streams: the first OR-set as a UNION of its values, then INTERSECT the one-part sets.

        Compound operators bind left to right, so only one OR-set can open the chain; any
        other is tested per merged id.
        """
        multi = [sub for sub in subs if len(sub.parts) > 1]
        head = multi[0].parts if multi else []
        chain = [(" UNION " if i else "") + sql for i, (sql, _p) in enumerate(head)]
        if chain and self._group_union:
            chain = ["(" + "".join(chain) + ")"]
        params = [p for _s, ps in head for p in ps]
        for sub in subs:
            if len(sub.parts) == 1:
                chain.append((" INTERSECT " if chain else "") + sub.parts[0][0])
                params += sub.parts[0][1]
        merged = "".join(chain) + " ORDER BY 1"
        if len(multi) < 2:
            return merged, params
        conds = [sub.condition() for sub in multi[1:]]
        return (f"WITH d AS MATERIALIZED ({merged}) SELECT d.id AS id FROM d WHERE "
                + " AND ".join(sql for sql, _p in conds),
                [*params, *(p for _s, ps in conds for p in ps)])

    def _count_facets(self, subs: list[IdSet], facets: list[str], top: int = FACET_LIMIT
                      ) -> tuple[int, dict[str, list[tuple[str, int]]], bool, tuple[str, list]]:
        """(matches, top values per facet, exact?, SELECT of the match set).

        The match set is computed once into the temporary table search_ids when it has
        up to MATERIALIZE_LIMIT ids (hits and facets then read it). Facet values are
        counted exactly up to FACET_EXACT_LIMIT matches; past that, from a hashed sample
        of about FACET_SAMPLE ids, scaled up: exact counts would read every facet row of
        hundreds of thousands of projects. A bigger match set is only counted (in the
        index) and sampled, never written whole.
        """
        select, params = self._match_select(subs)
        unique = subs[0].unique or self._merges(subs)
        distinct = "" if unique else "DISTINCT "  # DISTINCT sorts: skipped where not needed
        total = -1
        if len(subs) == 1 and subs[0].unique:
            # A lone full-text set is counted inside FTS without writing anything.
            total = int(self._one(f"SELECT count(*) FROM ({select}) AS m", params)[0])
        # An intersection is written once (re-running it for a count and a sample costs
        # more); a lone set only when small.
        limit = LONE_SET_WRITE_LIMIT if len(subs) == 1 else MATERIALIZE_LIMIT
        if total <= limit:
            written = self._materialize(f"SELECT {distinct}id FROM ({select}) AS m "
                                        f"LIMIT {limit + 1}", params)
            total = written if written <= limit else -1
        if total == -1:  # too many to write: count, then keep only a hashed sample
            count = "count(*)" if unique else "count(DISTINCT id)"
            total = int(self._one(f"SELECT {count} FROM ({select}) AS m", params)[0])
        full = total <= limit
        restrict: tuple[str, list] = ("SELECT id FROM search_ids", []) if full else (select, params)
        counts: dict[str, list[tuple[str, int]]] = {f: [] for f in facets}
        exact = total <= FACET_EXACT_LIMIT
        if not facets or total == 0:
            return total, counts, True, restrict
        # A hash of the id picks the sample, so it is spread over the whole atlas and not
        # just its oldest projects (ids follow ingestion order).
        keep = max(1, 100000 * FACET_SAMPLE // total)
        ids, id_params, sampled = "SELECT id FROM search_ids", [], total
        if not full:
            sampled = self._materialize(f"SELECT {distinct}id FROM ({select}) AS m "
                                        f"WHERE (id * 2654435761) % 100000 < ?", [*params, keep])
        elif not exact:
            ids, id_params = ids + " WHERE (id * 2654435761) % 100000 < ?", [keep]
            sampled = int(self._one(f"SELECT count(*) FROM ({ids}) AS s", id_params)[0])
        scale = 1.0 if exact else total / max(1, sampled)
        for facet, value, n in self._top_facet_rows(ids, id_params, facets, top):
            counts[facet].append((str(value), int(n) if exact else round(n * scale)))
        return total, counts, exact, restrict

    def _top_facet_rows(self, ids: str, params: list[Any], facets: list[str],
                        limit: int = FACET_LIMIT) -> list[Any]:
        """(facet, value, count) of the ``limit`` commonest values of each facet among the
        projects ``ids`` selects (column ``id``). Driven by those ids (index on
        project_facets.project_id); the top values are picked in SQL so only ``limit``
        rows per facet come back."""
        marks = ", ".join("?" for _ in facets)
        return self._all(
            f"SELECT facet, value, n FROM (SELECT pf.facet, pf.value, count(*) AS n, "
            f"row_number() OVER (PARTITION BY pf.facet ORDER BY count(*) DESC, pf.value) AS r "
            f"FROM ({ids}) s "
            f"{self._driving_join} project_facets pf ON pf.project_id = s.id "
            f"WHERE pf.facet IN ({marks}) GROUP BY pf.facet, pf.value) t WHERE r <= ? "
            f"ORDER BY facet, n DESC, value", (*params, *facets, limit))

    def _hits(self, query: SearchQuery, alternatives: list[list[str]],
              restrict: tuple[str, list[Any]] | None, total: int = 0) -> list[ProjectHit]:
        """One page of hits among the ids ``restrict`` selects (None: every project)."""
        per_page = max(1, min(int(query.per_page), MAX_PER_PAGE))
        offset = (max(1, int(query.page)) - 1) * per_page
        filtered = bool(self._facet_values(query, None))
        if query.sort == "relevance" and alternatives and total > self.rank_pool and restrict:
            ids = self._tiered_page(alternatives, restrict if filtered else None, restrict,
                                    offset, per_page)
            return self._load_hits(ids, alternatives)
        if query.sort == "relevance" and alternatives:
            sql, params = self._ranked_select(alternatives, restrict if filtered else None)
        else:
            order = {"relevance": "p.id", "start_desc": "p.start DESC NULLS LAST, p.id",
                     "start_asc": "p.start ASC NULLS LAST, p.id",
                     "title": f"{self._title_key()}, p.id"}[query.sort]
            where, params = "", []
            if restrict is not None:
                where, params = f"WHERE p.id IN ({restrict[0]})", list(restrict[1])
            sql = f"SELECT p.id FROM projects p {where} ORDER BY {order}"
        ids = [r[0] for r in self._all(f"{sql} LIMIT ? OFFSET ?", (*params, per_page, offset))]
        return self._load_hits(ids, alternatives)

    def _tiered_page(self, alternatives: list[list[str]], only: tuple[str, list] | None,
                     matches: tuple[str, list], offset: int, per_page: int) -> list[int]:
        """A page of a huge match set in relevance order: the newest RANK_POOL matches by
        score, then every other match newest first (so pages never repeat or skip one).

        ``only`` restricts the ranked matches to a filtered set; ``matches`` selects the
        whole match set (text and filters), newest-first order of which is the second tier.
        """
        ids: list[int] = []
        if offset < self.rank_pool:
            sql, params = self._pool_ranked_select(alternatives, only)
            ids = [r[0] for r in self._all(f"{sql} LIMIT ? OFFSET ?",
                                           (*params, min(per_page, self.rank_pool - offset), offset))]
        if len(ids) < per_page:
            rows = self._all(f"SELECT id FROM ({matches[0]}) AS m ORDER BY id DESC LIMIT ? OFFSET ?",
                             (*matches[1], per_page - len(ids), max(offset, self.rank_pool)))
            ids += [r[0] for r in rows]
        return ids

    def _load_hits(self, ids: list[int], alternatives: list[list[str]]) -> list[ProjectHit]:
        if not ids:
            return []
        marks = ", ".join("?" for _ in ids)
        rows = {r[0]: r for r in self._all(
            f"SELECT p.id, p.record, p.language, p.document_id, d.text FROM projects p "
            f"JOIN documents d ON d.id = p.document_id WHERE p.id IN ({marks})", ids)}
        hits = []
        for pid in ids:
            _id, record, lang, doc_id, text = rows[pid]
            rec = json.loads(record)
            hits.append(ProjectHit(
                id=pid, title=rec.get("title"), start=rec.get("start"), end=rec.get("end"),
                status=rec.get("status"), places=list(rec.get("places") or []),
                funders=funders(rec), organizations=organizations(rec),
                snippet=snippet(text, alternatives, lang), language=lang, document_id=doc_id))
        return hits

    # -- engine hooks -------------------------------------------------------------------
    def _fts_condition(self, alternatives: list[list[str]]) -> tuple[str, list[Any]]:
        """(SELECT of matching project ids, params) for the query's term alternatives."""
        raise NotImplementedError

    def _ranked_select(self, alternatives: list[list[str]], restrict: tuple[str, list] | None
                       ) -> tuple[str, list[Any]]:
        """SELECT of matching project ids, best first; only ids ``restrict`` selects, if given."""
        raise NotImplementedError

    def _pool_ranked_select(self, alternatives: list[list[str]], restrict: tuple[str, list] | None
                            ) -> tuple[str, list[Any]]:
        """SELECT of the newest ``rank_pool`` matches (only ids ``restrict`` selects), best first."""
        raise NotImplementedError

    def _title_key(self) -> str:
        return "lower(p.title)"

    def _materialize(self, select: str, params: list[Any]) -> int:
        """Replace the connection's temporary search_ids table with ``select``'s ids."""
        raise NotImplementedError
