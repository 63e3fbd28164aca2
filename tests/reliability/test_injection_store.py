"""SQL injection through the store's search on both backends (the web tests use SQLite):
search text and every facet filter with hostile payloads find nothing extra, break nothing."""

from __future__ import annotations

import re

from ngo_atlas.store import open_atlas
from ngo_atlas.store.base import FACETS, SearchQuery

PAYLOADS = ["' OR '1'='1", "'; DROP TABLE projects; --", "\\'; SELECT pg_sleep(5); --",
            "1 UNION SELECT source, text FROM documents --", "* NEAR(a b) OR x:*",
            "') | ('a", "a & !b", "%", "_", "\\", "'' OR ''=''", "$$; DROP TABLE documents; $$",
            # PostgreSQL text cannot hold NUL: it must match nothing there too, not fail.
            "\x00'", "Krak\x00ów"]


def test_search_and_filters_resist_injection(atlas_url: str, gold_docs: list) -> None:
    with open_atlas(atlas_url) as atlas:
        for doc, extraction in gold_docs:
            atlas.save(doc, extraction)
        before = atlas.stats()
        for payload in PAYLOADS:
            words = re.sub(r"[^\w]+", " ", payload).strip()
            plain = atlas.search(SearchQuery(text=words)).total
            assert atlas.search(SearchQuery(text=payload)).total == plain, payload
            for facet in FACETS:
                result = atlas.search(SearchQuery(filters={facet: [payload]}))
                assert result.total == 0 and result.hits == [], (facet, payload)
            result = atlas.search(SearchQuery(text="projekt", filters={"place": [payload]},
                                              sort="title"))
            assert result.total == 0, payload
            names = [e["name"] for e in atlas.entities("organization", q=payload)]
            assert "\x00" not in payload or names == [], (payload, names)
        assert atlas.stats() == before
