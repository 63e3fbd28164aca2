"""A project saved in one write holds what the rebuild from its extraction gives."""

from __future__ import annotations

import sys
from pathlib import Path

from ngo_atlas.store import open_atlas

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ingest"))
from atlas_dump import differences, dump  # noqa: E402


def test_saved_projects_equal_their_rebuild(atlas_url, gold_docs):
    # save() writes each project once with its terms, facets and mentions; the curators'
    # path (_refresh_source) unindexes and rebuilds them from the stored extraction. With
    # no corrections the rebuild must leave every table as it was.
    with open_atlas(atlas_url) as atlas:
        for doc, ex in gold_docs:
            atlas.save(doc, ex)
        saved = dump(atlas)
        assert saved["projects"] and saved["mentions"] and saved["project_facets"]
        assert all(row[-1] for row in saved["projects"])  # every project has its terms
        with atlas._tx():
            for doc, _ex in gold_docs:
                atlas._refresh_source(doc.source)
        assert differences(saved, dump(atlas)) == []
