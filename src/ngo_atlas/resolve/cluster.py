"""Batch resolution: mentions → clusters by blocking, scoring pairs and guarded merging."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from itertools import combinations

from ngo_atlas.resolve.keys import form_keys
from ngo_atlas.resolve.match import THRESHOLD, score_forms
from ngo_atlas.resolve.normalize import KINDS, NameForm, analyse
from ngo_atlas.resolve.unionfind import GuardedUnionFind

log = logging.getLogger(__name__)
MAX_BLOCK = 300  # a block bigger than this is a common word, not a candidate set
STRONG = 0.95  # exact nominative core, registry number, gazetteer: merged without more checks
AVERAGE_LINK = 0.85  # translations and residues also need the clusters close on average


@dataclass(frozen=True)
class Mention:
    """One name as a document writes it; ``id`` is the caller's (e.g. a row id)."""

    id: Hashable
    name: str
    kind: str = "organization"  # organization | funder | person | place
    lang: str = "pl"


def resolve(mentions: Iterable[Mention], must_link: Iterable[tuple[Hashable, Hashable]] = (),
            cannot_link: Iterable[tuple[Hashable, Hashable]] = ()) -> dict[Hashable, str]:
    """Map each mention id to a cluster id ("<kind>:<smallest mention id of the cluster>").

    Curators' judgements are pairs of mention ids: a must-link always merges (unless the
    same curator said cannot-link), a cannot-link is never crossed, even transitively.
    """
    mentions = list(mentions)
    must, cannot = list(must_link), list(cannot_link)
    judged = {m for pair in cannot for m in pair}
    forms, form_of = _distinct_forms(mentions, judged)
    uf = GuardedUnionFind(forms)
    for a, b in cannot:
        if a in form_of and b in form_of:
            uf.cannot_link(form_of[a], form_of[b])
    for a, b in must:
        if a in form_of and b in form_of:
            uf.union(form_of[a], form_of[b], curator=True)
    _link(forms, uf)
    return _cluster_ids(mentions, form_of, uf)


def _distinct_forms(mentions: list[Mention], judged: set[Hashable]
                    ) -> tuple[list[NameForm], dict[Hashable, int]]:
    """One NameForm per distinct (name, kind, lang); judged mentions keep their own form
    so that a cannot-link between two identical strings can still hold."""
    index: dict[tuple, int] = {}
    forms: list[NameForm] = []
    form_of: dict[Hashable, int] = {}
    for m in mentions:
        if m.kind not in KINDS:
            raise ValueError(f"mention {m.id!r}: unknown kind {m.kind!r}; expected one of {KINDS}")
        key = (m.name, m.kind, m.lang) + ((m.id,) if m.id in judged else ())
        if key not in index:
            index[key] = len(forms)
            forms.append(analyse(m.name, m.kind, m.lang))
        form_of[m.id] = index[key]
    return forms, form_of


def _underspecified(f: NameForm) -> bool:
    return bool(f.acronym_only or f.initials_only)


def candidate_edges(forms: list[NameForm]) -> list[tuple[float, int, int]]:
    """Scored pairs within blocks, above threshold, best first; huge blocks are skipped."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(forms):
        for key in form_keys(f):
            blocks[key].append(i)
    seen: set[tuple[int, int]] = set()
    edges = []
    skipped = 0
    for members in blocks.values():
        if len(members) > MAX_BLOCK:
            skipped += 1
            continue
        for i, j in combinations(members, 2):
            if (i, j) in seen:
                continue
            seen.add((i, j))
            s = score_forms(forms[i], forms[j])
            if s >= THRESHOLD:
                edges.append((s, i, j))
    if skipped:
        log.info("resolve: %d blocks above %d forms skipped", skipped, MAX_BLOCK)
    edges.sort(key=lambda e: (-e[0], e[1], e[2]))
    return edges


def _link(forms: list[NameForm], uf: GuardedUnionFind) -> None:
    edges = candidate_edges(forms)
    deferred: dict[int, list[int]] = defaultdict(list)
    medium = []
    for s, i, j in edges:
        fi, fj = forms[i], forms[j]
        if _underspecified(fi) != _underspecified(fj):
            short, full = (i, j) if _underspecified(fi) else (j, i)
            deferred[short].append(full)  # kept even when certain: it shows ambiguity
            if s >= 1.0:
                uf.union(i, j)
        elif s >= 1.0:
            uf.union(i, j)  # a shared registry number or gazetteer entry: certain
        elif bool(fi.legal_forms) != bool(fj.legal_forms) and fi.kind in ("organization", "funder"):
            bare, formal = (i, j) if not fi.legal_forms else (j, i)
            deferred[bare].append(formal)
        elif s >= STRONG:
            uf.union(i, j)
        else:
            medium.append((i, j))
    for i, j in medium:
        if _close_on_average(forms, uf, i, j):
            uf.union(i, j)
    _attach_unambiguous(uf, deferred, forms)


def _close_on_average(forms: list[NameForm], uf: GuardedUnionFind, i: int, j: int) -> bool:
    """Average linkage between the two clusters' fully written forms (up to 8 each), so a
    translation edge cannot chain two clusters that otherwise disagree."""
    ra, rb = uf.find(i), uf.find(j)
    if ra == rb:
        return True
    a = [k for k in sorted(uf.members[ra]) if not _underspecified(forms[k])][:8]
    b = [k for k in sorted(uf.members[rb]) if not _underspecified(forms[k])][:8]
    scores = [score_forms(forms[x], forms[y]) for x in a for y in b]
    return bool(scores) and sum(scores) / len(scores) >= AVERAGE_LINK


def _attach_unambiguous(uf: GuardedUnionFind, deferred: dict[int, list[int]],
                        forms: list[NameForm]) -> None:
    """An acronym, an initial or a name without its legal form joins a cluster only when
    every candidate lies in one cluster: "Dialog" next to both "Fundacja Dialog" and
    "Stowarzyszenie Dialog" stays on its own."""
    # Bare names first, so an acronym then sees the clusters they completed.
    for short in sorted(deferred, key=lambda k: _underspecified(forms[k])):
        roots = {uf.find(f) for f in deferred[short]}
        # Candidates already in its own cluster count too: "MOM" in the IOM cluster that
        # also looks like another body's initials stays where it is.
        if len(roots) == 1 and uf.find(short) not in roots:
            uf.union(short, roots.pop())


def _cluster_ids(mentions: list[Mention], form_of: dict[Hashable, int],
                 uf: GuardedUnionFind) -> dict[Hashable, str]:
    smallest: dict[int, str] = {}
    kind_of: dict[int, str] = {}
    for m in mentions:
        root = uf.find(form_of[m.id])
        mid = str(m.id)
        if root not in smallest or mid < smallest[root]:
            smallest[root] = mid
        kind_of[root] = m.kind
    return {m.id: f"{kind_of[r]}:{smallest[r]}" for m in mentions
            for r in (uf.find(form_of[m.id]),)}
