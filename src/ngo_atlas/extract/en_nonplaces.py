"""English capitalised words that are never a place: a people's or a language's adjective
("Ukrainian", "Vietnamese", "Polish") and a month ("October 2023")."""

from __future__ import annotations

from ngo_atlas.extract.lexicon import month_map

# the English suffixes of a people's or a language's adjective; no town or country name
# written in English or Polish ends so (a country that does is a known English place)
_PEOPLE_SUFFIXES = ("ian", "ese", "ish")


def names_no_place(word: str, known_places: frozenset[str]) -> bool:
    """"in Ukrainian, Nepali and Hindi" (the languages of a workshop), "the Belarusian
    community", "in Szczecin, October 2023": the capitalised word after a place preposition
    or a listed place names a language, a people or a month, so no list of places starts or
    goes on there."""
    if word in known_places or not word[:1].isupper() or not word.isalpha():
        return False
    low = word.lower()
    return low in month_map() or (len(low) > 5 and low.endswith(_PEOPLE_SUFFIXES))
