"""A town abroad in a person's own story: no venue (round 24, PLACE-N).

"nauczycielka z Charkowa", "wcześniej pracująca w Kijowie", "choć w Charkowie byłam
księgową", "Denys, który w Charkowie prowadził szkółkę", "a teacher from Kharkiv who
previously worked in Kyiv": a town outside Poland said where a person comes from or what
she did before is her biography, not where the project runs (SCHEMA: places are where the
activities happen). Read by the construction around the town, in its comma-bounded clause:
- "z/ze/from/з/із/из" right before it: where someone or something comes from;
- a word of the earlier life ("wcześniej", "dawniej", "przedtem", "previously", "formerly");
- a first-person singular past verb ("byłam", "pracowałem"): a quoted life story;
- a relative clause ("który/która/who …") with a past verb: what that person did.
Only a town abroad: none of Poland's settlements or regions (`_home`), no country: a Polish
town after "z" is the served people's ("cudzoziemców z Sanoka", places._z_town_lists), and
a town abroad named as fieldwork or a seminar's seat ("wywiady w Kutaisi", "Lublin – Łuck")
has none of these constructions.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ngo_atlas.model import Tagged


@lru_cache(maxsize=1)
def _home() -> frozenset[str]:
    """Names that are Poland's own: its settlements (GeoNames), its historical regions
    ("z Podkarpacia" are the served schools), and every name the lexicon lists in English
    (its few foreign towns, "Lviv", "Kyiv", stay as they were: a cautious bound)."""
    from ngo_atlas.extract import pltowns
    from ngo_atlas.extract.lexicon import lexicon

    lx = lexicon()
    return frozenset(pltowns.populations()) | frozenset(lx["regions"]) | frozenset(lx["en_places"]) \
        | frozenset(lx["gazetteer"])

_FROM = re.compile(r"(?<![\w])(?:z|ze|from|з|із|зі|из|изо)\s+$", re.IGNORECASE)
_EARLIER = re.compile(r"(?<![\w])(?:wcześniej|dawniej|przedtem|niegdyś|previously|formerly|"
                      r"раніше|раньше|колись|когда-то)(?![\w])", re.IGNORECASE)
_FIRST_PAST = re.compile(r"(?<![\w])\w{2,}(?:łam|łem)(?![\w])")
_RELATIVE = re.compile(r"\s*(?:któr(?:y|a)|who)(?![\w])", re.IGNORECASE)
_PAST = re.compile(r"(?<![\w])(?:\w{2,}(?:ł|ła|ło|li|ły)|\w{3,}ed|was|had)(?![\w])")
# a Cyrillic name may be a Polish town in Ukrainian ("з Варшави"): the gazetteer knows only
# Latin forms, so those are left alone
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_STOPS = ".!?\n;,:–—("


def _clause(text: str, s: int, a: int, b: int, e: int) -> tuple[int, int]:
    start = max([s] + [text.rfind(c, s, a) + 1 for c in _STOPS])
    ends = [i for i in (text.find(c, b, e) for c in _STOPS) if i >= 0]
    return start, min(ends) if ends else e


def told_of_a_person(text: str, s: int, e: int, t: Tagged, countries: frozenset[str]) -> bool:
    """The town t (abroad) stands in a person's own story, by the constructions above."""
    if t.span is None or t.span.rule != "place_phrase" or t.value in countries or t.value in _home() \
            or not t.value[:1].isupper() or _CYRILLIC.search(t.value):
        return False
    a = t.span.start
    if _FROM.search(text, max(s, a - 6), a):
        return True
    cs, ce = _clause(text, s, a, t.span.end, e)
    if _EARLIER.search(text, cs, ce) or _FIRST_PAST.search(text, cs, ce):
        return True
    return bool(_RELATIVE.match(text, cs, ce) and _PAST.search(text, cs, ce))
