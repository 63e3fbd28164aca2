"""The search state as a query string: parsed into a SearchQuery, and turned back into URLs."""

from __future__ import annotations

from urllib.parse import urlencode

from ngo_atlas.store.base import FACETS, SearchQuery

SORTS = ("relevance", "start_desc", "start_asc", "title")
MAX_PER_PAGE = 100
DEFAULT_PER_PAGE = 20
# Keys that belong to the search state (the UI's own ?lang= is not part of it).
STATE_KEYS = ("q", *FACETS, "year_from", "year_to", "sort", "page", "per_page")


class BadParameter(ValueError):
    """A query-string value that cannot be used; ``name`` says which parameter."""

    def __init__(self, name: str, reason: str):
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


def _int(items: dict[str, list[str]], name: str, lo: int, hi: int) -> int | None:
    raw = (items.get(name) or [""])[-1].strip()
    if not raw:
        return None
    try:
        value = int(raw)
    except ValueError:
        raise BadParameter(name, f"not a whole number: {raw!r}") from None
    if not lo <= value <= hi:
        raise BadParameter(name, f"must be between {lo} and {hi}, got {value}")
    return value


def parse(items: dict[str, list[str]]) -> SearchQuery:
    """Build a SearchQuery from multi-valued query parameters; raise BadParameter if invalid."""
    sort = (items.get("sort") or ["relevance"])[-1] or "relevance"
    if sort not in SORTS:
        raise BadParameter("sort", f"must be one of {', '.join(SORTS)}, got {sort!r}")
    filters = {}
    for key in FACETS:
        values = [v for v in items.get(key, []) if v.strip()]
        if values:
            filters[key] = list(dict.fromkeys(values))
    return SearchQuery(
        text=(items.get("q") or [""])[-1].strip(),
        filters=filters,
        year_from=_int(items, "year_from", 1900, 2100),
        year_to=_int(items, "year_to", 1900, 2100),
        sort=sort,
        page=_int(items, "page", 1, 100_000) or 1,
        per_page=_int(items, "per_page", 1, MAX_PER_PAGE) or DEFAULT_PER_PAGE,
    )


def to_items(query: SearchQuery) -> list[tuple[str, str]]:
    """The query string pairs of a state, leaving defaults out so URLs stay short."""
    out: list[tuple[str, str]] = []
    if query.text:
        out.append(("q", query.text))
    for key in FACETS:
        out.extend((key, v) for v in query.filters.get(key, []))
    if query.year_from is not None:
        out.append(("year_from", str(query.year_from)))
    if query.year_to is not None:
        out.append(("year_to", str(query.year_to)))
    if query.sort != "relevance":
        out.append(("sort", query.sort))
    if query.per_page != DEFAULT_PER_PAGE:
        out.append(("per_page", str(query.per_page)))
    if query.page != 1:
        out.append(("page", str(query.page)))
    return out


def url_for_state(query: SearchQuery, base: str = "/") -> str:
    qs = urlencode(to_items(query))
    return f"{base}?{qs}" if qs else base


def with_changes(query: SearchQuery, **changes: object) -> SearchQuery:
    """A copy of the state with some fields changed; any change but paging resets to page 1."""
    new = SearchQuery(
        query.text,
        {k: list(v) for k, v in query.filters.items()},
        query.year_from,
        query.year_to,
        query.sort,
        1,
        query.per_page,
    )
    for name, value in changes.items():
        setattr(new, name, value)
    return new


def toggle_facet(query: SearchQuery, key: str, value: str) -> SearchQuery:
    """The state with one facet value switched on or off (OR within a key)."""
    new = with_changes(query)
    values = new.filters.get(key, [])
    values = [v for v in values if v != value] if value in values else [*values, value]
    if values:
        new.filters[key] = values
    else:
        new.filters.pop(key, None)
    return new
