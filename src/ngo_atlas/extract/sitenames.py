"""A square, a street, a park or a building read as a place: where in a town, not which town.

"na Głównym Rynku", "w Dworze Artusa", "na Wyspie Bolko", "Miejsce: Rzeszów, Rynek",
"на площі Ринок", "at the Old Market Square": the name's words include a common noun for a
site inside a town (lexicon "site_nouns"), so the name is a venue's, not a town's, region's
or country's; SCHEMA's places are the latter. A settlement so named ("Nowy Dwór Gdański",
"Błonie") is in the towns list and stays a place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ngo_atlas.extract.lexicon import lexicon
from ngo_atlas.extract.pltowns import populations
from ngo_atlas.lang import polish

_WORD = re.compile(r"[^\W\d_]+")
_LATIN = re.compile(r"[A-Za-ząćęłńóśźżĄĆĘŁŃÓŚŹŻ]")


@lru_cache(maxsize=1)
def _site_nouns() -> frozenset[str]:
    return frozenset(lexicon()["site_nouns"])


def names_a_site(place: str) -> bool:
    """Whether the place's name holds a site noun and names no settlement."""
    if place in populations() or place in lexicon()["gazetteer"]:
        return False
    nouns = _site_nouns()
    for word in _WORD.findall(place):
        low = word.lower()
        if low in nouns:
            return True
        if _LATIN.match(word) and polish.lemmas_of(word) & nouns:
            return True
    return False
