"""A record of a list page that names no place but calls its venues by a town's adjective
("w trzech bydgoskich szkołach", "sieć 9 warszawskich szkół") runs in that town, when another
record of the page has the town itself among its places.

The page gives the town's nominative, which the adjective alone does not ("lubelski" →
Lublin, "bydgoski" → Bydgoszcz): an adjective is read only against the towns the page names,
and one that fits none, or several, adds nothing. A record with a place of its own keeps it,
and a town named only as a model elsewhere ("na wzór krakowskiego programu") is not a venue.
"""
from __future__ import annotations

import re
import unicodedata
from os.path import commonprefix

from ngo_atlas.model import Span, Tagged

# a lower-case Polish town adjective in any case and number ("bydgoskich", "olsztyńska")
_TOWN_ADJECTIVE = re.compile(
    r"(?<![\w-])([a-ząćęłńóśźż]{3,}(?:sk|ck|dzk)(?:i|a|ie|iego|iej|ich|im|imi|ą|iemu))(?![\w-])")
# the adjective names a model or a contrast, not where the work happens
_NOT_VENUE = re.compile(r"(?i:(?:na\s+wz[oó]r|wzorem|podobnie\s+jak|jak\s+w|w\s+przeciwieństwie\s+do)"
                        r"\s+(?:\w+\s+)?)$")
_PREFIX = 4  # letters a town and its adjective share at least ("łódzki"/"Łódź", "bydgoski"/"Bydgoszcz")
# a country or region named like its own adjective ("Polska", "Wielkopolska"): "polskich szkół"
# says nothing of where
_REACH = 2500  # characters a record's own range runs at most
_ADJECTIVE_NAMED = re.compile(r"(?:sk|ck|dzk)a$")


def _fold(word: str) -> str:
    word = word.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)).lower()


def _town_of(adjective: str, towns: list[str]) -> str | None:
    """The one page town whose name the adjective is built on, or None."""
    stem = _fold(adjective)
    fits = [t for t in towns if len(commonprefix((stem, _fold(t)))) >= _PREFIX]
    return fits[0] if len(fits) == 1 else None


def _record_ranges(text: str, projects: list) -> dict[int, tuple[int, int]]:
    """Each titled record's range: from its title to the next record's title, or to where
    another record's title is written again (a table's rows, then a paragraph on each), and
    never past _REACH characters (the last record runs into the page's foot)."""
    starts = sorted((p.spans["title"].start, i) for i, p in enumerate(projects) if "title" in p.spans)
    titles = [p.title for p in projects if p.title and len(p.title) >= 8]
    out = {}
    for k, (s, i) in enumerate(starts):
        e = min(len(text), s + _REACH, starts[k + 1][0] if k + 1 < len(starts) else len(text))
        body = s + len(projects[i].title or "")
        for t in titles:
            if t != projects[i].title:
                at = text.find(t, body, e)
                e = at if at >= 0 else e
        out[i] = (s, e)
    return out


def adjective_town_places(text: str, projects: list, lang: str) -> None:
    """Placeless records of a several-record page take the page town their venue adjective names."""
    if lang != "pl" or len(projects) < 2 or all(p.places for p in projects) or not any(p.places for p in projects):
        return
    ranges = _record_ranges(text, projects)
    for i, p in enumerate(projects):
        if p.places or i not in ranges:
            continue
        towns = {t.value for j, q in enumerate(projects) if j != i for t in q.places
                 if " " not in t.value and t.value[:1].isupper() and not _ADJECTIVE_NAMED.search(t.value)}
        if not towns:
            continue
        s, e = ranges[i]
        for m in _TOWN_ADJECTIVE.finditer(text, s, e):
            if _NOT_VENUE.search(text, max(s, m.start() - 40), m.start()):
                continue
            town = _town_of(m.group(1), sorted(towns))
            if town:
                p.places.append(Tagged(town, Span(m.start(), m.end(), "town_adjective", 0.6)))
                break
