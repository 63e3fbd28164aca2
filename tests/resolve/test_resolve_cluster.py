"""The batch resolver: clusters, ambiguity left alone, curator judgements, bad input."""

from __future__ import annotations

from collections import defaultdict

import pytest

from ngo_atlas.resolve.cluster import MAX_BLOCK, Mention, candidate_edges, resolve
from ngo_atlas.resolve.normalize import analyse


def groups(names: list[str], kind: str = "organization", **kw: object) -> list[set[str]]:
    mentions = [Mention(i, n, kind) for i, n in enumerate(names)]
    result = resolve(mentions, **kw)  # type: ignore[arg-type]
    out: dict[str, set[str]] = defaultdict(set)
    for i, cid in result.items():
        out[cid].add(names[i])
    return sorted(out.values(), key=lambda g: sorted(g))


NAMES = ["Helsińska Fundacja Praw Człowieka", "Helsińskiej Fundacji Praw Człowieka", "HFPC",
         "Fundacja Dialog", "Fundacji Dialogu", "Dialog", "Stowarzyszenie Dialog",
         "SIP", "Stowarzyszenie Interwencji Prawnej", "Stowarzyszenia Interwencji Społecznej"]


def test_clusters_merge_variants_and_keep_look_alikes_apart() -> None:
    g = groups(NAMES)
    assert {"Helsińska Fundacja Praw Człowieka", "Helsińskiej Fundacji Praw Człowieka", "HFPC"} in g
    assert {"SIP", "Stowarzyszenie Interwencji Prawnej"} in g
    assert {"Fundacja Dialog"} in g and {"Fundacji Dialogu"} in g and {"Stowarzyszenie Dialog"} in g
    # "Dialog" could be the foundation or the association: it is left on its own.
    assert {"Dialog"} in g


def test_ambiguous_acronym_stays_alone() -> None:
    g = groups(["PFM", "Polskie Forum Migracyjne", "Pomorska Fundacja Muzyczna"])
    assert {"PFM"} in g


def test_curator_cannot_link_holds_even_transitively() -> None:
    g = groups(NAMES, cannot_link=[(0, 1)])
    split = {"Helsińska Fundacja Praw Człowieka", "Helsińskiej Fundacji Praw Człowieka"}
    assert not any(split <= x for x in g)
    # HFPC now matches two clusters, so it joins neither.
    assert {"HFPC"} in g


def test_curator_must_link_merges_what_the_algorithm_keeps_apart() -> None:
    g = groups(NAMES, must_link=[(3, 4)])
    assert {"Fundacja Dialog", "Fundacji Dialogu"} in g


def test_same_string_under_cannot_link_is_split() -> None:
    names = ["Fundacja Nadzieja", "Fundacja Nadzieja", "Fundacji Nadzieja"]
    g = groups(names, cannot_link=[(0, 1)])
    assert len(g) == 2


def test_conflicting_registry_numbers_are_never_merged() -> None:
    g = groups(["Fundacja Nadzieja, KRS 0000111111", "Fundacja Nadzieja, KRS 0000222222",
                "Fundacji Nadzieja"])
    assert not any({"Fundacja Nadzieja, KRS 0000111111", "Fundacja Nadzieja, KRS 0000222222"} <= x
                   for x in g)


def test_kinds_do_not_mix_and_ids_are_stable() -> None:
    ms = [Mention("b", "Lublin", "place"), Mention("a", "Lublinie", "place"),
          Mention("c", "Lublin", "organization")]
    result = resolve(ms)
    assert result["a"] == result["b"] == "place:a"
    assert result["c"] == "organization:c"


def test_unknown_kind_names_the_mention() -> None:
    with pytest.raises(ValueError, match="mention 7: unknown kind 'company'"):
        resolve([Mention(7, "Fundacja Ocalenie", "company")])


def test_blocking_not_all_pairs() -> None:
    # 400 distinct names sharing a word: the pairs scored stay far below all pairs.
    forms = [analyse(f"Fundacja Pomocy Numer {i} Wschód", "organization", "pl") for i in range(400)]
    edges = candidate_edges(forms)
    assert len(edges) < 400 * 399 // 2
    assert MAX_BLOCK < 400
