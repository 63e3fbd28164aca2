"""Search over the store: full text on lemmas, facet filters, facet counts, sorting, pages."""

from __future__ import annotations

import json
from typing import Any

from ngo_atlas.lang.analyzer import query_terms
from ngo_atlas.search.snippets import snippet
from ngo_atlas.store.base import FACETS, ProjectHit, SearchQuery, SearchResult
from ngo_atlas.store.records import funders, organizations

FACET_LIMIT = 30
FACET_EXACT_LIMIT = 10_000  # matches up to which every facet value is counted exactly
FACET_SAMPLE = 5_000  # about how many matches a larger result's facet estimates are drawn from
SORTS = ("relevance", "start_desc", "start_asc", "title")
MAX_PER_PAGE = 500


class SearchMixin:
    """search() over the SqlAtlas hooks; the engine supplies the full-text pieces."""

    # How to join so the matched ids drive the facet lookup (SQLite: CROSS JOIN fixes
    # the order, else its planner scans every facet row by the facet-key index).
    _driving_join = "JOIN"

    def _facet_id_queries(self, filters: dict[str, list[str]], year_from: int | None,
                          year_to: int | None, skip: str | None) -> list[tuple[str, list[Any]]]:
        """One SELECT of project ids (column ``id``) per facet filter, except ``skip``'s."""
        out: list[tuple[str, list[Any]]] = []
        for facet, values in sorted(filters.items()):
            if facet not in FACETS:
                raise ValueError(f"unknown facet {facet!r}; facets are {', '.join(FACETS)}")
            values = [str(v) for v in values if str(v).strip()]
            if facet == skip or not values:
                continue
            marks = ", ".join("?" for _ in values)
            out.append((f"SELECT project_id AS id FROM project_facets "
                        f"WHERE facet = ? AND value IN ({marks})", [facet, *values]))
        if (year_from is not None or year_to is not None) and skip != "year":
            lo = f"{year_from:04d}" if year_from is not None else "0000"
            hi = f"{year_to:04d}" if year_to is not None else "9999"
            out.append(("SELECT project_id AS id FROM project_facets "
                        "WHERE facet = 'year' AND value BETWEEN ? AND ?", [lo, hi]))
        return out

    def _filter_conditions(self, col: str, filters: dict[str, list[str]], year_from: int | None,
                           year_to: int | None, skip: str | None) -> tuple[list[str], list[Any]]:
        """SQL conditions on a project-id column for the facet filters (except ``skip``)."""
        conds: list[str] = []
        params: list[Any] = []
        for sql, p in self._facet_id_queries(filters, year_from, year_to, skip):
            conds.append(f"{col} IN ({sql})")
            params += p
        return conds, params

    def search(self, query: SearchQuery) -> SearchResult:
        if query.sort not in SORTS:
            raise ValueError(f"unknown sort {query.sort!r}; one of {', '.join(SORTS)}")
        alternatives = [alts for alts in query_terms(query.text or "", None) if alts]
        text_cond = self._fts_condition(alternatives) if alternatives else None
        subs = self._id_queries(query, text_cond)
        if not subs:
            # Browsing everything: the precomputed facet totals, no counting.
            total = int(self._one("SELECT count(*) FROM projects")[0])
            facets = {f: self._all_totals(f) for f in FACETS}
            return SearchResult(total, self._hits(query, alternatives, False), facets)
        total, counts, exact = self._count_facets(subs, [
            f for f in FACETS if not self._filters_facet(query, f)])
        hits = self._hits(query, alternatives, True)
        for facet in FACETS:
            if self._filters_facet(query, facet):
                # A filtered facet is counted without its own filter, so its other values
                # stay visible (and selectable as OR) beside the chosen ones.
                own = self._id_queries(query, text_cond, skip=facet)
                if own:
                    _n, part, part_exact = self._count_facets(own, [facet])
                    counts[facet] = part[facet]
                    exact = exact and part_exact
                else:
                    counts[facet] = self._all_totals(facet)
        return SearchResult(total, hits, {f: counts[f] for f in FACETS}, exact)

    @staticmethod
    def _filters_facet(query: SearchQuery, facet: str) -> bool:
        if facet == "year" and (query.year_from is not None or query.year_to is not None):
            return True
        return any(str(v).strip() for v in query.filters.get(facet) or [])

    def _id_queries(self, query: SearchQuery, text_cond: Any, skip: str | None = None
                    ) -> list[tuple[str, list[Any]]]:
        """The SELECTs of project ids a match must appear in: text first, then filters."""
        subs = self._facet_id_queries(query.filters, query.year_from, query.year_to, skip)
        return ([text_cond] if text_cond is not None else []) + subs

    def _all_totals(self, facet: str) -> list[tuple[str, int]]:
        rows = self._all("SELECT value, count FROM facet_totals WHERE facet = ? "
                         "ORDER BY count DESC, value LIMIT ?", (facet, FACET_LIMIT))
        return [(str(v), int(n)) for v, n in rows]

    def _count_facets(self, subs: list[tuple[str, list[Any]]], facets: list[str]
                      ) -> tuple[int, dict[str, list[tuple[str, int]]], bool]:
        """(matches, top values per facet, exact?) for the ids in every one of ``subs``.

        The matches are written once into a temporary table, so the full-text query runs
        once for the count and all facets. Past FACET_EXACT_LIMIT matches the counts
        come from a hashed sample of about FACET_SAMPLE matches, scaled up: exact counts
        would read every facet row of hundreds of thousands of projects.
        """
        # The first id set drives, the others filter it: the wide projects rows are
        # never read, only the narrow full-text and facet indexes.
        (drive, params), rest = subs[0], subs[1:]
        where = " AND ".join(f"id IN ({sql})" for sql, _p in rest)
        # MATERIALIZED: else SQLite pushes "id IN (...)" into FTS5, which then re-runs
        # the MATCH once per candidate id (seconds instead of milliseconds).
        select = (f"WITH d AS MATERIALIZED ({drive}) SELECT DISTINCT id FROM d"
                  + (f" WHERE {where}" if where else ""))
        total = self._materialize(select, [*params, *(p for _s, ps in rest for p in ps)])
        counts: dict[str, list[tuple[str, int]]] = {f: [] for f in facets}
        if not facets or total == 0:
            return total, counts, True
        exact = total <= FACET_EXACT_LIMIT
        ids, id_params = "SELECT id FROM search_ids", []
        if not exact:
            # A hash of the id picks the sample, so it is spread over the whole atlas and
            # not just its oldest projects (ids follow ingestion order).
            ids += " WHERE (id * 2654435761) % 100000 < ?"
            id_params = [max(1, 100000 * FACET_SAMPLE // total)]
            sampled = int(self._one(f"SELECT count(*) FROM ({ids}) AS s", id_params)[0])
        marks = ", ".join("?" for _ in facets)
        # Driven by the matched ids (index on project_facets.project_id), top values per
        # facet picked in SQL so only FACET_LIMIT rows per facet come back.
        rows = self._all(
            f"SELECT facet, value, n FROM (SELECT pf.facet, pf.value, count(*) AS n, "
            f"row_number() OVER (PARTITION BY pf.facet ORDER BY count(*) DESC, pf.value) AS r "
            f"FROM ({ids}) s "
            f"{self._driving_join} project_facets pf ON pf.project_id = s.id "
            f"WHERE pf.facet IN ({marks}) GROUP BY pf.facet, pf.value) t WHERE r <= ? "
            f"ORDER BY facet, n DESC, value", (*id_params, *facets, FACET_LIMIT))
        scale = 1.0 if exact else total / max(1, sampled)
        for facet, value, n in rows:
            counts[facet].append((str(value), int(n) if exact else round(n * scale)))
        return total, counts, exact

    def _hits(self, query: SearchQuery, alternatives: list[list[str]], matched: bool
              ) -> list[ProjectHit]:
        """One page of hits; ``matched`` says search_ids holds the filtered match set."""
        per_page = max(1, min(int(query.per_page), MAX_PER_PAGE))
        offset = (max(1, int(query.page)) - 1) * per_page
        filtered = matched and (bool(query.filters) or query.year_from is not None
                                or query.year_to is not None)
        if query.sort == "relevance" and alternatives:
            sql, params = self._ranked_select(alternatives, filtered)
        else:
            order = {"relevance": "p.id", "start_desc": "p.start DESC NULLS LAST, p.id",
                     "start_asc": "p.start ASC NULLS LAST, p.id",
                     "title": f"{self._title_key()}, p.id"}[query.sort]
            where = "WHERE p.id IN (SELECT id FROM search_ids)" if matched else ""
            sql, params = f"SELECT p.id FROM projects p {where} ORDER BY {order}", []
        ids = [r[0] for r in self._all(f"{sql} LIMIT ? OFFSET ?", (*params, per_page, offset))]
        return self._load_hits(ids, alternatives)

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

    def _ranked_select(self, alternatives: list[list[str]], filtered: bool
                       ) -> tuple[str, list[Any]]:
        """SELECT of matching project ids, best first; ``filtered``: only those in search_ids."""
        raise NotImplementedError

    def _title_key(self) -> str:
        return "lower(p.title)"

    def _materialize(self, select: str, params: list[Any]) -> int:
        """Replace the connection's temporary search_ids table with ``select``'s ids."""
        raise NotImplementedError
