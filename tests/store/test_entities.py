"""Mentions linked to entities, entity pages, curators' merges and splits, the network."""

from __future__ import annotations

import dataclasses

import pytest

from ngo_atlas.store import open_atlas

HFPC = "Helsińska Fundacja Praw Człowieka"


@pytest.fixture
def atlas(atlas_url, gold_docs):
    with open_atlas(atlas_url) as atlas:
        for doc, ex in gold_docs:
            atlas.save(doc, ex)
        yield atlas


def _entity_id(atlas, kind, name):
    found = [e for e in atlas.entities(kind, q=name, limit=100) if e["name"] == name]
    assert found, f"no {kind} entity named {name}"
    return found[0]["id"]


def _projects(atlas, entity_id):
    return {p["id"] for p in atlas.entity(entity_id)["projects"]}


def test_one_organisation_across_documents(atlas):
    eid = _entity_id(atlas, "organization", HFPC)
    page = atlas.entity(eid)
    assert page["kind"] == "organization" and HFPC in page["aliases"]
    assert len({p["id"] for p in page["projects"]}) >= 3
    partners = {p["name"]: p["shared_projects"] for p in page["partners"]}
    assert partners["Centrum Praw Człowieka Memoriał"] == 1
    assert HFPC not in partners
    shared = [p["shared_projects"] for p in page["partners"]]
    assert shared == sorted(shared, reverse=True)
    funder_page = atlas.entity(_entity_id(atlas, "funder", "Fundacja Batorego"))
    assert funder_page["projects"][0]["title"].startswith("Polsko-rosyjska")
    assert atlas.entity(10**9) is None


def test_entities_listing_and_filter(atlas):
    orgs = atlas.entities("organization", limit=5)
    counts = [e["projects"] for e in orgs]
    assert counts == sorted(counts, reverse=True) and counts[0] >= 3
    assert {e["name"] for e in atlas.entities("organization", q="helsińska")} == {HFPC}
    assert atlas.entities("organization", q="100%_!") == []
    with pytest.raises(ValueError):
        atlas.entities("spaceship")


def test_merge_split_undo_survive_reingestion(atlas, gold_docs):
    hfpc = _entity_id(atlas, "organization", HFPC)
    sip = _entity_id(atlas, "organization", "Stowarzyszenie Interwencji Prawnej")
    hfpc_projects, sip_projects = _projects(atlas, hfpc), _projects(atlas, sip)
    merge = atlas.merge_entities(hfpc, sip, user="ania")
    page = atlas.entity(sip)  # the merged-away id leads to the kept entity
    assert page["id"] == hfpc and "Stowarzyszenie Interwencji Prawnej" in page["aliases"]
    assert _projects(atlas, hfpc) == hfpc_projects | sip_projects
    assert all(e["id"] != sip for e in atlas.entities("organization", limit=500))
    # Re-ingest a changed d05 (mentions SIP): its new mention still lands on the merged entity.
    doc, ex = next((d, e) for d, e in gold_docs if d.name == "d05.txt")
    old_d05 = {p for p in sip_projects if atlas.project(p) is not None
               and atlas.project(p)["document"]["name"] == "d05.txt"}
    new = atlas.save(dataclasses.replace(doc, text=doc.text + " ", content_hash="e" * 64), ex)
    assert _projects(atlas, hfpc) == (hfpc_projects | sip_projects) - old_d05 | set(new.project_ids)
    [j] = atlas.judgements(hfpc)
    assert (j["action"], j["user"], j["undone_at"]) == ("merge", "ania", None)
    atlas.undo_judgement(merge, user="basia")
    assert _projects(atlas, hfpc) == hfpc_projects
    assert atlas.entity(sip)["id"] == sip
    assert _projects(atlas, sip) == sip_projects - old_d05 | set(new.project_ids)
    assert atlas.judgements(hfpc)[0]["undone_by"] == "basia"


def test_split_moves_the_alias_and_its_mentions(atlas):
    hfpc = _entity_id(atlas, "organization", HFPC)
    memorial = _entity_id(atlas, "organization", "Centrum Praw Człowieka Memoriał")
    atlas.merge_entities(hfpc, memorial, user="ania")
    split = atlas.split_entity(hfpc, "Centrum Praw Człowieka Memoriał", user="ania")
    new_id = next(j for j in atlas.judgements(hfpc) if j["id"] == split)["other_id"]
    assert atlas.entity(new_id)["aliases"] == ["Centrum Praw Człowieka Memoriał"]
    assert "Centrum Praw Człowieka Memoriał" not in atlas.entity(hfpc)["aliases"]
    assert len(atlas.entity(new_id)["projects"]) == 1
    atlas.undo_judgement(split, user="ania")
    assert "Centrum Praw Człowieka Memoriał" in atlas.entity(hfpc)["aliases"]
    with pytest.raises(ValueError):
        atlas.split_entity(hfpc, "No Such Name", user="ania")


def test_network_links_organisations_by_shared_projects(atlas):
    nodes, edges = atlas.network()
    names = {n["id"]: n["name"] for n in nodes}
    hfpc = next(i for i, n in names.items() if n == HFPC)
    pairs = {frozenset((names[e["source"]], names[e["target"]])): e["weight"] for e in edges}
    assert pairs[frozenset((HFPC, "Centrum Praw Człowieka Memoriał"))] == 1
    assert next(n for n in nodes if n["id"] == hfpc)["projects"] == len(_projects(atlas, hfpc))
    only_2012 = atlas.network({"year": ["2012"]})[0]
    assert {n["name"] for n in only_2012} <= set(names.values())
    assert len(only_2012) < len(nodes)


def test_curator_sets_and_undoes_an_organisation_type(atlas):
    hfpc = _entity_id(atlas, "organization", HFPC)
    before = atlas.entity(hfpc)["type"]
    jid = atlas.set_entity_type(hfpc, "ngo", user="ania")
    assert atlas.entity(hfpc)["type"] == "ngo"
    assert any(j["id"] == jid and j["action"] == "type" for j in atlas.judgements(hfpc))
    atlas.undo_judgement(jid, user="ania")
    assert atlas.entity(hfpc)["type"] == before
