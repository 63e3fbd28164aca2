"""Lookup of names in the curated gazetteers (multilingual bodies, places), normalised like mentions."""

from __future__ import annotations

from functools import lru_cache

from ngo_atlas.resolve.lexicon import alias_rows, place_rows
from ngo_atlas.resolve.normalize import NameForm, analyse
from ngo_atlas.resolve.text import fold, phon


@lru_cache(maxsize=1)
def _alias_index() -> dict[tuple[str, str], str]:
    index: dict[tuple[str, str], str] = {}
    for key, kind, names in alias_rows():
        for name in names:
            for k in (kind, "organization", "funder"):
                form = analyse(name, k, "", use_alias=False)
                for probe in _probes(form):
                    index.setdefault((k, probe), key)
    return index


def _probes(form: NameForm) -> list[str]:
    out = []
    if form.acronym_only:
        out.append("acr:" + form.acronym_only)
    if form.phon_core:
        out.append("core:" + form.phon_core)
    return out


def alias_of(form: NameForm) -> str | None:
    """The gazetteer key of an organisation or funder name, or None."""
    index = _alias_index()
    for probe in _probes(form):
        key = index.get((form.kind, probe))
        if key:
            return key
    return None


@lru_cache(maxsize=1)
def _place_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for key, names in place_rows():
        for name in names:
            form = analyse(name, "place", "", use_alias=False)
            index.setdefault(form.phon_core, key)
            index.setdefault(" ".join(phon(fold(w)) for w in name.split()), key)
    return index


def place_of(form: NameForm, body: list[str]) -> str | None:
    """The gazetteer key of a place: by its lemma, else by the words as written (Ukrainian
    "Краків" has no good lemma). A voivodeship word turns a city into its region."""
    index = _place_index()
    key = index.get(form.phon_core) or index.get(" ".join(phon(fold(w)) for w in body))
    if key and "region" in form.concepts and not key.startswith("region:"):
        return None
    return key
