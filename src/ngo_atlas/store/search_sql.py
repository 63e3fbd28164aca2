"""Search over the store: full text on lemmas, facet filters, facet counts, sorting, pages."""

from __future__ import annotations

import json
from typing import Any

from ngo_atlas.lang.analyzer import query_terms
from ngo_atlas.search.snippets import snippet
from ngo_atlas.store.base import FACETS, ProjectHit, SearchQuery, SearchResult
from ngo_atlas.store.records import funders, organizations

FACET_LIMIT = 30
SORTS = ("relevance", "start_desc", "start_asc", "title")
MAX_PER_PAGE = 500


class SearchMixin:
    """search() over the SqlAtlas hooks; the engine supplies the full-text pieces."""

    def _filter_conditions(self, col: str, filters: dict[str, list[str]], year_from: int | None,
                           year_to: int | None, skip: str | None) -> tuple[list[str], list[Any]]:
        """SQL conditions on a project-id column for the facet filters (except ``skip``)."""
        conds: list[str] = []
        params: list[Any] = []
        for facet, values in sorted(filters.items()):
            if facet not in FACETS:
                raise ValueError(f"unknown facet {facet!r}; facets are {', '.join(FACETS)}")
            values = [str(v) for v in values if str(v).strip()]
            if facet == skip or not values:
                continue
            marks = ", ".join("?" for _ in values)
            conds.append(f"{col} IN (SELECT project_id FROM project_facets "
                         f"WHERE facet = ? AND value IN ({marks}))")
            params += [facet, *values]
        if (year_from is not None or year_to is not None) and skip != "year":
            lo = f"{year_from:04d}" if year_from is not None else "0000"
            hi = f"{year_to:04d}" if year_to is not None else "9999"
            conds.append(f"{col} IN (SELECT project_id FROM project_facets "
                         f"WHERE facet = 'year' AND value BETWEEN ? AND ?)")
            params += [lo, hi]
        return conds, params

    def search(self, query: SearchQuery) -> SearchResult:
        if query.sort not in SORTS:
            raise ValueError(f"unknown sort {query.sort!r}; one of {', '.join(SORTS)}")
        alternatives = [alts for alts in query_terms(query.text or "", None) if alts]
        text_cond = self._fts_condition(alternatives) if alternatives else None
        total = self._count(query, text_cond)
        hits = self._hits(query, alternatives, text_cond)
        facets = {f: self._facet_counts(f, query, text_cond) for f in FACETS}
        return SearchResult(total=total, hits=hits, facets=facets)

    def _conditions(self, col: str, query: SearchQuery, text_cond: Any,
                    skip: str | None = None) -> tuple[list[str], list[Any]]:
        conds, params = self._filter_conditions(col, query.filters, query.year_from,
                                                query.year_to, skip)
        if text_cond is not None:
            sql, tparams = text_cond
            conds.insert(0, f"{col} IN ({sql})")
            params = [*tparams, *params]
        return conds, params

    def _count(self, query: SearchQuery, text_cond: Any) -> int:
        conds, params = self._conditions("p.id", query, text_cond)
        if not conds:
            return int(self._one("SELECT count(*) FROM projects")[0])
        return int(self._one(f"SELECT count(*) FROM projects p WHERE {' AND '.join(conds)}",
                             params)[0])

    def _facet_counts(self, facet: str, query: SearchQuery, text_cond: Any
                      ) -> list[tuple[str, int]]:
        conds, params = self._conditions("pf.project_id", query, text_cond, skip=facet)
        if not conds:
            # The unfiltered case reads the precomputed totals instead of counting everything.
            rows = self._all("SELECT value, count FROM facet_totals WHERE facet = ? "
                             "ORDER BY count DESC, value LIMIT ?", (facet, FACET_LIMIT))
        else:
            rows = self._all(
                f"SELECT pf.value, count(*) AS n FROM project_facets pf WHERE pf.facet = ? AND "
                f"{' AND '.join(conds)} GROUP BY pf.value ORDER BY n DESC, pf.value LIMIT ?",
                (facet, *params, FACET_LIMIT))
        return [(str(v), int(n)) for v, n in rows]

    def _hits(self, query: SearchQuery, alternatives: list[list[str]], text_cond: Any
              ) -> list[ProjectHit]:
        per_page = max(1, min(int(query.per_page), MAX_PER_PAGE))
        offset = (max(1, int(query.page)) - 1) * per_page
        if query.sort == "relevance" and text_cond is not None:
            conds, params = self._conditions("p.id", query, None)
            sql, order_params = self._ranked_select(alternatives, conds)
            params = [*order_params, *params]
        else:
            conds, params = self._conditions("p.id", query, text_cond)
            order = {"relevance": "p.id", "start_desc": "p.start DESC NULLS LAST, p.id",
                     "start_asc": "p.start ASC NULLS LAST, p.id",
                     "title": f"{self._title_key()}, p.id"}[query.sort]
            where = f"WHERE {' AND '.join(conds)}" if conds else ""
            sql = f"SELECT p.id FROM projects p {where} ORDER BY {order}"
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

    def _ranked_select(self, alternatives: list[list[str]], conds: list[str]
                       ) -> tuple[str, list[Any]]:
        """SELECT p.id of text matches meeting ``conds``, best first, with its params."""
        raise NotImplementedError

    def _title_key(self) -> str:
        return "lower(p.title)"
