"""Aggregates over a search's matches in SQL: the coverage grid and the charts' series."""

from __future__ import annotations

from typing import Any

from ngo_atlas.lang.analyzer import query_terms
from ngo_atlas.store.base import FACETS, SearchQuery

Filters = SearchQuery | dict[str, list[str]] | None
CoverageCells = dict[tuple[str, str], tuple[int, int]]


def as_query(filters: Filters) -> SearchQuery:
    """A search query from a query, a facet-filter dict, or nothing (every project)."""
    if isinstance(filters, SearchQuery):
        return filters
    return SearchQuery(filters=dict(filters or {}))


class AggregateMixin:
    """coverage(), projects_by_year(), funding_by_year() over the SqlAtlas hooks."""

    def _match_ids(self, query: SearchQuery) -> tuple[str, list[Any]] | None:
        """SELECT of the ids a search for ``query`` matches (None: every project)."""
        alternatives = [alts for alts in query_terms(query.text or "", None) if alts]
        text_cond = self._fts_condition(alternatives) if alternatives else None
        subs = self._id_queries(query, text_cond)
        return self._match_select(subs) if subs else None

    def coverage(self, themes: list[str], places: list[str] | None = None,
                 places_facet: str = "place", filters: Filters = None) -> CoverageCells:
        """{(theme, place): (projects, organisations)} for the matches of ``filters``.

        Projects are counted once per cell; organisations are the distinct values of the
        organisation facet among the cell's projects. Cells with no project are left out;
        ``places=None`` takes every value of ``places_facet``.
        """
        if places_facet not in FACETS:
            raise ValueError(f"unknown facet {places_facet!r}; facets are {', '.join(FACETS)}")
        themes = [t for t in themes if str(t).strip()]
        if not themes or places == []:
            return {}
        params: list[Any] = [places_facet]
        place_cond = ""
        if places is not None:
            place_cond = f" AND pl.value IN ({', '.join('?' for _ in places)})"
            params += list(places)
        params += ["theme", *themes]
        match_cond = ""
        match = self._match_ids(as_query(filters))
        if match is not None:
            match_cond = f" AND t.project_id IN ({match[0]})"
            params += match[1]
        rows = self._all(
            "SELECT t.value, pl.value, count(DISTINCT t.project_id), count(DISTINCT o.value) "
            "FROM project_facets t JOIN project_facets pl ON pl.project_id = t.project_id "
            f"AND pl.facet = ?{place_cond} "
            "LEFT JOIN project_facets o ON o.project_id = t.project_id "
            "AND o.facet = 'organization' "
            f"WHERE t.facet = ? AND t.value IN ({', '.join('?' for _ in themes)}){match_cond} "
            "GROUP BY t.value, pl.value", params)
        return {(str(t), str(p)): (int(n), int(o)) for t, p, n, o in rows}

    def projects_by_year(self, filters: Filters = None) -> list[tuple[str, int]]:
        """(year, projects) in year order: a project counts in every year it runs."""
        match = self._match_ids(as_query(filters))
        if match is None:
            rows = self._all("SELECT value, count FROM facet_totals WHERE facet = 'year' "
                             "ORDER BY value")
        else:
            rows = self._all(f"SELECT value, count(*) FROM project_facets WHERE facet = 'year' "
                             f"AND project_id IN ({match[0]}) GROUP BY value ORDER BY value",
                             match[1])
        return [(str(y), int(n)) for y, n in rows]

    def funding_by_year(self, filters: Filters = None
                        ) -> list[tuple[str, str | None, str, float, int]]:
        """(start year or "?", funder, currency, summed amount, projects) for every grant
        with an amount and a currency among the matches; by year, currency, funder."""
        where, params = "", []
        match = self._match_ids(as_query(filters))
        if match is None:  # the whole atlas: the sums save keeps
            rows = self._all("SELECT year, nullif(funder, ''), currency, amount, projects "
                             "FROM funding_totals ORDER BY year, currency, nullif(funder, '')")
            return [(str(y), f, str(c), float(a), int(n)) for y, f, c, a, n in rows]
        where, params = f"WHERE project_id IN ({match[0]}) ", list(match[1])
        rows = self._all(
            "SELECT year, funder, currency, sum(amount), count(DISTINCT project_id) "
            f"FROM project_funding {where}GROUP BY year, funder, currency "
            "ORDER BY year, currency, funder", params)
        return [(str(y), f, str(c), float(a), int(n)) for y, f, c, a, n in rows]
