"""Pairwise scoring of two names of one kind: precision first, a wrong merge is worse."""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

from ngo_atlas.resolve.normalize import NameForm, analyse

THRESHOLD = 0.9  # same_entity is score >= THRESHOLD
UNDERSPECIFIED = 0.9  # an acronym or an initial: a link, but only when it is unambiguous


def score(name_a: str, name_b: str, kind: str, lang: str = "pl") -> float:
    """How sure we are that two names denote one entity, 0..1."""
    return score_forms(analyse(name_a, kind, lang), analyse(name_b, kind, lang))


def same_entity(name_a: str, name_b: str, kind: str, lang: str = "pl") -> bool:
    """True when the two names denote one entity (score at or above THRESHOLD)."""
    return score(name_a, name_b, kind, lang) >= THRESHOLD


def score_forms(a: NameForm, b: NameForm) -> float:
    if a.kind != b.kind:
        return 0.0
    ida, idb = a.id_map, b.id_map
    shared = set(ida) & set(idb)
    # Two registry numbers that differ are two legal persons, whatever the names say.
    if any(ida[k] != idb[k] for k in shared if k != "domain"):
        return 0.0
    if any(ida[k] == idb[k] for k in shared):
        return 1.0
    if a.alias and b.alias:
        return 1.0 if a.alias == b.alias else 0.0
    if a.kind == "person":
        return _person(a, b)
    if a.kind == "place":
        same = a.phon_core and a.phon_core == b.phon_core and a.concepts == b.concepts
        return 0.97 if same else 0.0
    return _organization(a, b)


def _organization(a: NameForm, b: NameForm) -> float:
    if a.legal_forms and b.legal_forms and not a.legal_forms & b.legal_forms:
        return 0.0  # "Fundacja Dialog" and "Stowarzyszenie Dialog" are two bodies
    if a.acronym_only or b.acronym_only:
        return _acronym(a, b)
    if not a.core or not b.core:
        return 0.0
    if a.core == b.core or a.phon_core == b.phon_core:
        return 0.98 if bool(a.legal_forms) == bool(b.legal_forms) else 0.95
    if a.lang != b.lang and a.concepts == b.concepts and _translatable(a, b):
        return 0.92  # a translation: the same concepts in another language
    if a.lang == b.lang and _inflection_residue(a.phon_core.split(), b.phon_core.split()):
        return 0.91
    return 0.8 * ratio(a.phon_core, b.phon_core) / 100


def _translatable(a: NameForm, b: NameForm) -> bool:
    """Bags worth comparing: two concepts or more, or one proper-name stem under the same
    legal form ("Stefan Batory Foundation" / "Фонд имени Стефана Батория")."""
    if len(a.concepts) >= 2:
        return True
    return (len(a.concepts) == 1 and len(a.concepts[0]) >= 5 and a.concepts[0].islower()
            and "_" not in a.concepts[0] and bool(a.legal_forms & b.legal_forms)
            and a.concepts[0] not in _concept_ids())


def _concept_ids() -> frozenset[str]:
    from ngo_atlas.resolve.lexicon import concept_variants

    return frozenset(v.concept for v in concept_variants())


def _acronym(a: NameForm, b: NameForm) -> float:
    if a.acronym_only and b.acronym_only:
        return 0.97 if a.acronym_only == b.acronym_only else 0.0
    short, full = (a, b) if a.acronym_only else (b, a)
    return UNDERSPECIFIED if short.acronym_only in full.acronyms else 0.0


def _inflection_residue(ta: list[str], tb: list[str]) -> bool:
    """Long names equal but for one word's ending or one typo, which the morphology missed
    ("Urząd Miasta Lublin" / "Urzędu Miasta Lublina"). Never for one- or two-word names,
    where an ending can be the whole difference ("Fundacja Dialog" / "Fundacja Dialogu")."""
    if len(ta) != len(tb) or len(ta) < 3:
        return False
    diff = [(x, y) for x, y in zip(ta, tb) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    common = len(_common_prefix(x, y))
    return common >= 4 and (max(len(x), len(y)) - common <= 2 or Levenshtein.distance(x, y) <= 1)


def _common_prefix(x: str, y: str) -> str:
    n = 0
    while n < min(len(x), len(y)) and x[n] == y[n]:
        n += 1
    return x[:n]


def _person(a: NameForm, b: NameForm) -> float:
    if not a.phon_core or not b.phon_core:
        return 0.0
    if a.initials_only or b.initials_only:
        return _person_initials(a, b)
    if a.phon_core == b.phon_core:
        return 0.97
    ta, tb = a.phon_core.split(), b.phon_core.split()
    if len(ta) == len(tb) and len(ta) >= 2 and all(ratio(x, y) >= 90 for x, y in zip(ta, tb)):
        return 0.9  # transliteration drift: "Olena Kovalenko" / "Ołena Kowalenko"
    return 0.0


def _person_initials(a: NameForm, b: NameForm) -> float:
    short, full = (a, b) if a.initials_only else (b, a)
    if full.initials_only:
        return 0.93 if a.phon_core == b.phon_core and a.concepts == b.concepts else 0.0
    rest = full.phon_core.split()
    for t in short.phon_core.split():
        if t not in rest:
            return 0.0
        rest.remove(t)
    letters = sorted(t[:1] for t in rest)
    return UNDERSPECIFIED if letters == list(short.concepts) else 0.0


def choose(name: str, kind: str, lang: str, candidates: list[tuple[object, str]]) -> object | None:
    """The candidate entity (id, name) a new mention belongs to, or None.

    For online linking at save time: the best-scoring candidate at or above THRESHOLD,
    except that an acronym, an initial or a name without its legal form must match
    exactly one entity ("Dialog" beside "Fundacja Dialog" and "Stowarzyszenie Dialog"
    links to neither), as the batch resolver does.
    """
    form = analyse(name, kind, lang)
    hits: dict[object, float] = {}
    for entity_id, other in candidates:
        s = score_forms(form, analyse(other, kind, lang))
        if s >= THRESHOLD:
            hits[entity_id] = max(s, hits.get(entity_id, 0.0))
    if not hits:
        return None
    bare = form.kind in ("organization", "funder") and not form.legal_forms
    if (form.acronym_only or form.initials_only or bare) and len(hits) > 1:
        best = max(hits.values())
        if best < 1.0 or sum(1 for s in hits.values() if s == best) > 1:
            return None
    return max(hits, key=lambda e: (hits[e], -list(hits).index(e)))
