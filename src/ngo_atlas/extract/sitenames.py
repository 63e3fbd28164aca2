"""A square, a street, a park or a building read as a place: where in a town, not which town.

"na Głównym Rynku", "w Dworze Artusa", "na Wyspie Bolko", "Miejsce: Rzeszów, Rynek",
"площа Ринок", "at the Old Market Square": the name's words include a common noun for a site
inside a town (lexicon "site_nouns"; a Polish noun in any case, a Russian or Ukrainian one in
the nominative only), so the name is a venue's, not a town's, region's or country's; SCHEMA's
places are the latter. A settlement so named ("Nowy Dwór Gdański", "Błonie") is in the towns
list and stays a place; so does one the dictionary gives as a geographic name of its own
("w Dworach" of Dwory, not of "dwór"), and an English town whose first word is such a noun
("Market Harborough", "Castle Combe": the noun is a site's only as the name's last word, or
beside Polish words).
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


_GEO_TAGS = frozenset(("nazwa_geograficzna", "człon_nazwy_geograficznej"))


def _own_geo_name(word: str, nouns: frozenset[str]) -> bool:
    """The dictionary reads the word as a plural-only place name of its own, no site noun's
    plural ("Dwory", "w Dworach" of Dwory, not of "dwór")."""
    return any(tag.endswith(":pt") and _GEO_TAGS & set(names) and polish.base_lemma(lemma)[:1].isupper()
               and polish.base_lemma(lemma).lower() not in nouns
               for _o, lemma, tag, names in polish.analyse(word))


def names_a_site(place: str) -> bool:
    """Whether the place's name holds a site noun and names no settlement."""
    if place in populations() or place in lexicon()["gazetteer"]:
        return False
    nouns = _site_nouns()
    words = _WORD.findall(place)
    # an English town's first word ("Market Harborough"): the rest is no Polish
    foreign = len(words) > 1 and all(_LATIN.match(w) and not polish.is_known(w) for w in words[1:])
    for i, word in enumerate(words):
        if foreign and i < len(words) - 1:
            continue
        low = word.lower()
        if low in nouns:
            return True
        if _LATIN.match(word) and polish.lemmas_of(word) & nouns and not _own_geo_name(word, nouns):
            return True
    return False
