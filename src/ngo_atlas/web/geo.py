"""The map's offline geography: a gazetteer of Polish places, Poland's outline, and a projection.

Both ship as data files in web/data (approximate coordinates, see their headers), so the map
needs no tile server or internet. Place names from records (in pl/en/ru/uk, some inflected)
are matched case- and accent-insensitively.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from unidecode import unidecode

# The projection: equirectangular, longitudes shrunk by cos(52°) so shapes look right at
# Poland's mid latitude; SCALE SVG units per degree of latitude.
SCALE = 100.0
LON_FACTOR = math.cos(math.radians(52.0))
WEST, EAST, NORTH, SOUTH = 13.9, 24.4, 55.0, 48.9  # the frame around the outline


@dataclass(frozen=True)
class Place:
    key: str
    kind: str  # "region" (a voivodeship), "capital" (a voivodeship capital) or "city"
    lat: float
    lon: float
    names: tuple[str, ...]  # the first is the Polish name
    uk: str = ""  # the Ukrainian (else Cyrillic) name, when the gazetteer gives one

    def label(self, lang: str) -> str:
        """The place's name for a page in this language (Polish names serve pl and en)."""
        return self.uk if lang == "uk" and self.uk else self.names[0]


def fold(name: str) -> str:
    """A matching key for a place name: case, accents and spacing ignored."""
    return " ".join(unidecode(name).casefold().replace("-", " ").split())


def _data(name: str) -> list[list[str]]:
    text = (resources.files("ngo_atlas.web") / "data" / name).read_text("utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _resolver_names() -> dict[str, list[str]]:
    """Names per place key from the resolver's gazetteer, so both stages know the same names."""
    try:
        text = (resources.files("ngo_atlas.resolve") / "data" / "places.tsv").read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        return {}
    out: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#") and "\t" in line:
            key, names = line.split("\t", 1)
            out[key.strip()] = [n.strip() for n in names.split("|") if n.strip()]
    return out


@lru_cache(maxsize=1)
def places() -> tuple[Place, ...]:
    """Every place of the gazetteer, voivodeships first."""
    extra = _resolver_names()
    out = []
    for key, kind, lat, lon, names in _data("places.tsv"):
        own = [n.strip() for n in names.split("|") if n.strip()]
        cyrillic = [n for n in own if any("\u0400" <= c <= "\u04ff" for c in n)]
        # Names list Russian before Ukrainian, so the last Cyrillic name is the Ukrainian one.
        all_names = tuple(dict.fromkeys(own + extra.get(key, [])))
        out.append(Place(key, kind, float(lat), float(lon), all_names, (cyrillic or [""])[-1]))
    return tuple(out)


@lru_cache(maxsize=1)
def _index() -> dict[str, Place]:
    index: dict[str, Place] = {}
    for place in places():
        for name in place.names:
            index.setdefault(fold(name), place)  # the first place listing a name keeps it
    return index


def locate(name: str) -> Place | None:
    """The gazetteer place a record's place name means, or None when the map does not know it."""
    key = fold(name)
    found = _index().get(key)
    if found is None and key.startswith(("woj ", "wojewodztwo ")):
        found = _index().get(key.split(" ", 1)[1])
    return found


def project(lat: float, lon: float) -> tuple[float, float]:
    """SVG (x, y) of a WGS84 point: x grows eastwards, y southwards."""
    return (round((lon - WEST) * LON_FACTOR * SCALE, 1), round((NORTH - lat) * SCALE, 1))


def frame() -> tuple[float, float]:
    """Width and height of the SVG viewBox that holds Poland."""
    return project(SOUTH, EAST)


@lru_cache(maxsize=1)
def outline() -> tuple[tuple[float, float], ...]:
    """Poland's approximate border as (longitude, latitude) vertices of a closed polygon."""
    return tuple((float(lon), float(lat)) for lon, lat in _data("poland.tsv"))


@lru_cache(maxsize=1)
def outline_path() -> str:
    """Poland's approximate border as an SVG path (closed polygon)."""
    points = [project(lat, lon) for lon, lat in outline()]
    return "M" + " L".join(f"{x},{y}" for x, y in points) + " Z"
