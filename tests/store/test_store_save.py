"""Saving documents into both backends: de-duplication, replacement, failures, records."""

from __future__ import annotations

import dataclasses
from datetime import UTC

import pytest

from ngo_atlas.store import open_atlas
from ngo_atlas.store.base import SearchQuery
from ngo_atlas.store.schema_sqlite import MIGRATIONS

VERSIONS = [v for v, _steps in MIGRATIONS]  # both engines share the numbering


def test_saves_every_dev_document_once(atlas_url, gold_docs):
    with open_atlas(atlas_url) as atlas:
        outcomes = [atlas.save(doc, ex) for doc, ex in gold_docs]
        assert {o.status for o in outcomes} == {"ingested"}
        stats = atlas.stats()
        assert stats["documents"] == len(gold_docs)
        assert stats["projects"] == sum(len(ex.projects) for _d, ex in gold_docs)
        again = [atlas.save(doc, ex) for doc, ex in gold_docs]
        assert {o.status for o in again} == {"unchanged"}
        assert [o.project_ids for o in again] == [o.project_ids for o in outcomes]
        assert atlas.stats() == stats
        assert atlas.has_content(gold_docs[0][0].content_hash)
        assert not atlas.has_content("0" * 64)


def test_project_record_keeps_evidence_and_document(atlas_url, gold_docs):
    doc, ex = next((d, e) for d, e in gold_docs if d.name.startswith("000_"))
    with open_atlas(atlas_url) as atlas:
        out = atlas.save(doc, ex)
        rec = atlas.project(out.project_ids[0])
        assert rec["title"] == ex.projects[0].title
        assert rec["funding"][0]["funder"] == "Fundacja Batorego"
        assert rec["document"]["name"] == doc.name and rec["document"]["text"] == doc.text
        assert rec["corrections"] == []
        assert {e["name"] for e in rec["entities"] if e["kind"] == "person"} == \
            {"Witold Klaus", "Adam Chmura"}
        assert atlas.document(out.document_id)["project_ids"] == out.project_ids
        assert atlas.project(10**9) is None and atlas.document(10**9) is None


def test_new_content_from_same_source_replaces_projects(atlas_url, gold_docs):
    doc, ex = gold_docs[0]
    with open_atlas(atlas_url) as atlas:
        first = atlas.save(doc, ex)
        changed = dataclasses.replace(doc, text=doc.text + "\nDopisek.", content_hash="f" * 64)
        second = atlas.save(changed, ex)
        assert second.status == "updated"
        assert second.document_id == first.document_id
        assert set(second.project_ids).isdisjoint(first.project_ids)
        assert atlas.stats()["projects"] == len(ex.projects)
        assert atlas.project(first.project_ids[0]) is None
        # The replaced projects left neither index entries nor facet counts behind.
        result = atlas.search(SearchQuery(text="dopisek"))
        assert [h.id for h in result.hits] == second.project_ids
        total = atlas.search(SearchQuery())
        assert sum(n for _v, n in total.facets["language"]) == len(ex.projects)


def test_failures_are_counted_and_cleared_by_a_save(atlas_url, gold_docs):
    doc, ex = gold_docs[1]
    with open_atlas(atlas_url) as atlas:
        atlas.record_failure(doc.source, "cannot decode bytes")
        atlas.record_failure(doc.source, "still cannot decode")
        atlas.record_failure("other.pdf", "encrypted PDF")
        fails = {f.source: f for f in atlas.failures()}
        assert fails[doc.source].attempts == 2
        assert fails[doc.source].reason == "still cannot decode"
        atlas.save(doc, ex)
        assert [f.source for f in atlas.failures()] == ["other.pdf"]
        assert atlas.stats()["failures"] == 1


def test_reopening_does_not_reapply_migrations(atlas_url, gold_docs):
    with open_atlas(atlas_url) as atlas:
        atlas.save(*gold_docs[0])
    with open_atlas(atlas_url) as atlas:
        versions = atlas._all("SELECT version FROM schema_version ORDER BY version")
        assert [v[0] for v in versions] == VERSIONS
        assert atlas.stats()["documents"] == 1


def test_an_atlas_at_version_1_is_migrated_and_back_filled(atlas_url, gold_docs):
    from ngo_atlas.store.entities import name_key

    with open_atlas(atlas_url) as atlas:
        for doc, ex in gold_docs[:3]:
            atlas.save(doc, ex)
        # Turn it back into a version-1 atlas: no mentions.key, no index, no version 2.
        with atlas._tx():
            atlas._q("DROP INDEX mentions_kind_key")
            atlas._q("ALTER TABLE mentions DROP COLUMN key")
            atlas._q("DELETE FROM schema_version WHERE version = 2")
    with open_atlas(atlas_url) as atlas:
        rows = atlas._all("SELECT name, key FROM mentions")
        assert rows and all(key == name_key(name) for name, key in rows)
        assert [v[0] for v in atlas._all("SELECT version FROM schema_version ORDER BY version")] \
            == VERSIONS


def test_users_and_sessions(atlas_url):
    from datetime import datetime, timedelta

    with open_atlas(atlas_url) as atlas:
        uid = atlas.add_user("ania", "$argon2id$fake-hash-from-caller")
        assert atlas.user_by_name("ania")["id"] == uid
        assert atlas.user_by_name("nobody") is None
        now = datetime.now(UTC)
        atlas.create_session(uid, "live", now + timedelta(hours=1))
        atlas.create_session(uid, "old", now - timedelta(seconds=1))
        assert atlas.session_user("live")["name"] == "ania"
        assert atlas.session_user("old") is None
        atlas.delete_session("live")
        assert atlas.session_user("live") is None


@pytest.mark.sqlite_only("SQLite's file lock and its readers")
def test_readers_open_an_atlas_while_a_writer_holds_the_lock(tmp_path, gold_docs):
    import sqlite3

    path = str(tmp_path / "atlas.sqlite")
    with open_atlas(path) as atlas:
        atlas.save(*gold_docs[0])
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # an ingest in the middle of a save
    try:
        from ngo_atlas.store.sqlite import SqliteAtlas

        reader = SqliteAtlas.__new__(SqliteAtlas)
        reader.path = path
        reader.conn = sqlite3.connect(path, isolation_level=None, timeout=0.5)
        from ngo_atlas.store.migrate import apply_migrations
        from ngo_atlas.store.schema_sqlite import MIGRATIONS

        assert apply_migrations(reader, MIGRATIONS) == max(v for v, _s in MIGRATIONS)  # no lock
        assert reader.search(SearchQuery()).total == 1
        reader.close()
    finally:
        writer.execute("ROLLBACK")
        writer.close()


@pytest.mark.parametrize("huge", [2**63, -(2**63) - 1, 10**40])
def test_ids_beyond_64_bits_are_simply_not_found(atlas_url, gold_docs, huge):
    with open_atlas(atlas_url) as atlas:
        atlas.save(*gold_docs[0])
        assert atlas.project(huge) is None and atlas.document(huge) is None
        assert atlas.entity(huge) is None and atlas.corrections(huge) == []
        assert atlas.judgements(huge) == []
        with pytest.raises(KeyError):
            atlas.correct(huge, "title", "x", user="ania")
        with pytest.raises(KeyError):
            atlas.revert_correction(huge, user="ania")
        with pytest.raises(KeyError):
            atlas.undo_judgement(huge, user="ania")
        with pytest.raises(ValueError):
            atlas.merge_entities(1, huge, user="ania")


def test_same_bytes_at_a_second_source_is_one_document_with_an_alias(atlas_url, gold_docs):
    (doc, ex), (other, other_ex) = gold_docs[0], gold_docs[1]
    with open_atlas(atlas_url) as atlas:
        first = atlas.save(doc, ex)
        atlas.record_failure("mirror", "timed out")
        copy = atlas.save(dataclasses.replace(doc, source="mirror"), ex)
        assert (copy.status, copy.document_id, copy.project_ids) == \
            ("unchanged", first.document_id, first.project_ids)
        assert atlas.document(first.document_id)["aliases"] == ["mirror"]
        assert atlas.stats()["documents"] == 1 and atlas.failures() == []
        # What the ingester calls when it skips known bytes without extracting them.
        assert atlas.note_duplicate(doc.content_hash, "mirror-2") == first.document_id
        assert atlas.note_duplicate("0" * 64, "mirror-3") is None
        assert atlas.document(first.document_id)["aliases"] == ["mirror", "mirror-2"]
        # The mirror gets bytes of its own: a document of its own, no longer an alias.
        own = atlas.save(dataclasses.replace(other, source="mirror"), other_ex)
        assert own.status == "ingested" and own.document_id != first.document_id
        assert atlas.document(first.document_id)["aliases"] == ["mirror-2"]
        # ...and back to the first bytes: its own document goes, the alias returns.
        back = atlas.save(dataclasses.replace(doc, source="mirror"), ex)
        assert back.document_id == first.document_id
        assert atlas.document(own.document_id) is None
        assert atlas.stats()["projects"] == len(ex.projects)
        # New bytes at the original source: the aliases had the old ones, so they go.
        changed = dataclasses.replace(doc, text=doc.text + "\nnew", content_hash="")
        assert atlas.save(changed, ex).status == "updated"
        assert atlas.document(first.document_id)["aliases"] == []
