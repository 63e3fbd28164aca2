"""A town whose name carries a bracketed qualifier: "Frankfurt (Oder)", "Halle (Saale)".

The qualifier is part of the name (it tells apart towns of one name), so the place is the
name with it. A bracket after a town more often gives its country or region ("Lizbona
(Portugalia)", "Warsaw (Poland)"), a district or a role; a qualifier is told apart by
being no place in the nominative itself and by the page writing the pair the same way
more than once, as one writes a fixed name.
"""

from __future__ import annotations

import re

from functools import lru_cache

from ngo_atlas.extract.lexicon import lexicon
from ngo_atlas.lang import polish

# "(Oder)" right after the town: one capitalised word of letters, nothing else in the bracket
_QUALIFIER = re.compile(r"[^\S\n]\(([A-ZÄÖÜ][a-zäöüß]{2,})\)")


@lru_cache(maxsize=1)
def _english_places() -> frozenset[str]:
    return frozenset(lexicon()["en_places"])


def _nominative_place(word: str) -> bool:
    """The word names a place in the nominative (a town, region or country the dictionary
    knows), so the bracket says where the town lies, not which town it is."""
    return any("nazwa_geograficzna" in a[3] and "nom" in a[2] for a in polish.analyse(word))


# how an event takes place, written in English where the analyser does not know it
_FORMATS = frozenset(("Hybrid", "Remote", "Virtual", "Teams", "Livestream"))


def _common_word(word: str) -> bool:
    """The word is a common noun in the nominative, an adjective or an adverb ("Lublin
    (Centrum)", "Kraków (Online)", "(Hybryda)", "(Stacjonarnie)"): a district or a format, no
    part of the town's name. A river qualifier reads as no such word ("Oder": a genitive,
    "Saale": unknown)."""
    if word in _FORMATS:
        return True
    for _form, _lemma, tag, quals in polish.analyse(word):
        parts = tag.split(":")  # "subst:sg:nom.acc.voc:n:ncol": class, number, cases, ...
        if parts[0] in ("adj", "adv"):
            return True
        if parts[0] in ("subst", "depr") and len(parts) > 2 and "nom" in parts[2].split(".") \
                and "nazwa_pospolita" in quals:
            return True
    return False


def qualifier_after(text: str, end: int, town: str) -> str | None:
    """The qualifier in brackets right after a town written at text[:end] ("Oder" after
    "Frankfurt"), or None: the bracket names no place itself, and the page writes the town
    with it at least twice."""
    m = _QUALIFIER.match(text, end)
    if not m:
        return None
    word = m.group(1)
    if word in _english_places() or _nominative_place(word) or _common_word(word):
        return None
    return word if text.count(f"{town} ({word})") >= 2 else None


def qualified_name(text: str, start: int, end: int, value: str) -> str:
    """The place with its qualifier ("Frankfurt" -> "Frankfurt (Oder)") where the town is
    written as the value (in the nominative) and a qualifier follows; else the value."""
    if text[start:end] != value or " (" in value:
        return value
    word = qualifier_after(text, end, value)
    return f"{value} ({word})" if word else value


def split_qualified(text: str, a: int, b: int) -> tuple[str, str, str] | None:
    """A label's item text[a:b] ending in a qualified town ("Słubice / Frankfurt (Oder)"):
    (the item without the bracket, the town, its qualifier), or None."""
    item = text[a:b]
    m = re.search(r"([A-ZĄĆĘŁŃÓŚŹŻ][\wąćęłńóśźż-]+)[^\S\n]\(([A-ZÄÖÜ][a-zäöüß]{2,})\)\s*$", item)
    if not m or qualifier_after(text, a + m.end(1), m.group(1)) != m.group(2):
        return None
    return item[:m.end(1)], m.group(1), m.group(2)
