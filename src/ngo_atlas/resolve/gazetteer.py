"""Lookup in the curated gazetteers (multilingual bodies, places), normalised like mentions."""

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
def _place_index() -> dict[tuple[str, bool], str]:
    """(phonetic name, written with a region word) → key; "Lublin" and "Lublin Voivodeship"
    share their word but not their entity."""
    index: dict[tuple[str, bool], str] = {}
    for key, names in place_rows():
        for name in names:
            form = analyse(name, "place", "", use_alias=False)
            region = "region" in form.concepts
            index.setdefault((form.phon_core, region), key)
            if not region:
                index.setdefault((" ".join(phon(fold(w)) for w in name.split()), False), key)
    return index


def place_of(form: NameForm, body: list[str], lemmas: list[str] | None = None) -> str | None:
    """The gazetteer key of a place: by its lemma, by another dictionary lemma ("Lublina" is
    Lublin or Lublino), else by the words as written (Ukrainian "Краків" has no good lemma)."""
    index = _place_index()
    region = "region" in form.concepts
    probes = [form.phon_core, *(phon(fold(x)) for x in lemmas or ()),
              " ".join(phon(fold(w)) for w in body)]
    for probe in probes:
        key = index.get((probe, region))
        if key:
            return key
    return None
