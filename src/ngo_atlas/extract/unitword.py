"""A body's or a unit's head word, capitalised as a name's part, read alone after "w":
"w Sieci" (the network named above), "w Oddziale", "w Dzielnicy", "w Urzędzie" — no town,
though the dictionary knows a hamlet of the same form."""
from __future__ import annotations

from functools import lru_cache

from ngo_atlas.extract import pltowns
from ngo_atlas.lang import polish

# a body's part or an area's unit: a word for a part of something, never a town's name
_UNIT_LEMMAS = frozenset({"oddział", "dzielnica", "filia", "delegatura", "siedziba", "wydział", "sieć"})


@lru_cache(maxsize=4096)
def unit_word(word: str, part_only: bool = False) -> bool:
    """One capitalised word whose common reading is a body's or a unit's head, and whose
    place readings name no town GeoNames knows ("Radom" stays a town though "rada" heads
    bodies). part_only: a word for a part of something alone ("Oddział", "Sieć"), not any
    body's head ("Grupa", "Ośrodek" name villages listed with towns: "w Dębaku i Grupie")."""
    if not word[:1].isupper() or " " in word:
        return False
    from ngo_atlas.extract.organisations import is_org_head

    common = {lemma for _o, lemma, _t, names in polish.analyse(word) if "nazwa_pospolita" in names}
    if not (common & _UNIT_LEMMAS or (is_org_head(word) and not part_only)):
        return False
    towns = pltowns.populations()
    geo = {polish.base_lemma(lemma) for _o, lemma, _t, names in polish.analyse(word)
           if "nazwa_geograficzna" in names}
    return word not in towns and not (geo & set(towns))
