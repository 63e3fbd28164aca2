"""Blocking keys: a few short strings such that two mentions of one entity share at least one."""

from __future__ import annotations

from ngo_atlas.resolve.identifiers import identifier_keys
from ngo_atlas.resolve.normalize import NameForm, analyse


def blocking_keys(name: str, kind: str, lang: str = "pl") -> list[str]:
    """Keys for candidate search; every pair same_entity() accepts shares at least one."""
    return form_keys(analyse(name, kind, lang))


def form_keys(f: NameForm) -> list[str]:
    k = f.kind
    keys = identifier_keys(f.id_map)
    if f.alias:
        keys.append(f"{k}:alias:{f.alias}")
    if f.kind == "person":
        keys += [f"{k}:tok:{t}" for t in f.phon_core.split()]
        keys += [f"{k}:p3:{t[:3]}" for t in f.phon_core.split() if len(t) > 3]
    elif f.kind == "place":
        if f.phon_core:
            keys.append(f"{k}:core:{f.phon_core}")
    else:
        if f.acronym_only:
            keys.append(f"{k}:acr:{f.acronym_only}")
        keys += [f"{k}:acr:{a}" for a in sorted(f.acronyms)]
        if f.phon_core:
            keys.append(f"{k}:core:{f.phon_core}")
            keys.append(f"{k}:pfx:" + " ".join(t[:4] for t in f.phon_core.split()))
        if len(f.concepts) >= 2 or (len(f.concepts) == 1 and f.legal_forms):
            keys.append(f"{k}:cpt:" + "+".join(f.concepts))
    return list(dict.fromkeys(keys))
