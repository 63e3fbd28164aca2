"""The atlas store: SQLite by default, PostgreSQL for a shared server."""

from ngo_atlas.store.base import Atlas, SearchQuery, SearchResult


def open_atlas(url: str) -> Atlas:
    """Open (creating if needed) the atlas at ``url``: a file path or postgresql://..."""
    if url.startswith(("postgresql://", "postgres://")):
        from ngo_atlas.store.postgres import PostgresAtlas

        return PostgresAtlas(url)
    from ngo_atlas.store.sqlite import SqliteAtlas

    return SqliteAtlas(url)


__all__ = ["Atlas", "SearchQuery", "SearchResult", "open_atlas"]
