"""Measure the Slavic nominative, transliteration and fold on the names of eval/extra.

usage: python bench/lang_morph.py

Takes every Cyrillic organisation, person and place name of the eval/extra gold records
(nominatives), and times nominative() cold (first call per phrase) and warm (cached
word analyses), to_latin() and fold().
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def names() -> list[tuple[str, str]]:
    out = []
    for g in sorted((REPO / "eval" / "extra").glob("*.json")):
        rec = json.loads(g.read_text(encoding="utf-8"))
        if rec["language"] not in ("ru", "uk"):
            continue
        for p in rec["projects"]:
            vals = [o["name"] for o in p["organizations"]] + list(p["places"])
            vals += [x["name"] for x in p["people"] if x["name"]]
            out += [(v, rec["language"]) for v in vals]
    return out


def timed(fn, items, rounds: int = 1) -> float:
    t0 = time.perf_counter()
    for _ in range(rounds):
        for text, lang in items:
            fn(text, lang)
    return (time.perf_counter() - t0) / (rounds * len(items))


def main() -> int:
    from ngo_atlas.lang import slavic
    from ngo_atlas.lang.translit import fold, to_latin

    items = names()
    t0 = time.perf_counter()
    slavic.analyzer("ru"), slavic.analyzer("uk")
    print(f"{len(items)} Cyrillic names; analyzers built in {time.perf_counter() - t0:.2f} s")
    cold = timed(slavic.nominative, items)

    def phrase_uncached(text: str, lang: str) -> str:
        slavic.nominative.cache_clear()  # word analyses stay cached, phrases do not
        return slavic.nominative(text, lang)

    warm = timed(phrase_uncached, items, rounds=20)
    hit = timed(slavic.nominative, items, rounds=20)
    kept = sum(slavic.nominative(t, lang) == t for t, lang in items)
    print(f"nominative: cold {cold * 1e6:.0f} us/name, new phrase of known words "
          f"{warm * 1e6:.0f} us, repeated phrase {hit * 1e6:.1f} us; "
          f"{kept}/{len(items)} gold nominatives left unchanged")
    print(f"to_latin:   {timed(to_latin, items, 20) * 1e6:.0f} us/name")
    print(f"fold:       {timed(lambda t, _l: fold(t), items, 20) * 1e6:.0f} us/name")
    return 0


if __name__ == "__main__":
    sys.exit(main())
