"""A body named twice across a slash, "X / Y" (round 26, ORGC).

"Фундація Добросусідство / Fundacja Dobrosąsiedztwo", "Human Rights League / Liga za ľudské
práva": the same body in two languages, one name. The read gold writes one side, never the
slash (kb29, kc07, s17; no gold name over the read sets holds " / "): the side in the page's
script (Cyrillic on a Russian or Ukrainian page, Latin on the others), on an English page the
side written in plain ASCII letters ("Związek Miast Polskich / Association of Polish Cities"),
the first where both fit.
"""
from __future__ import annotations

from ngo_atlas.extract.names import is_cyrillic


def one_side(name: str, lang: str) -> str:
    """``name`` with its " / " gloss in another language taken off (two sides only)."""
    parts = name.split(" / ")
    if len(parts) != 2 or not all(len(p.split()) >= 2 for p in parts):
        return name  # "Kraków / Wrocław" or a one-word side: not a named body twice
    cyr = lang in ("ru", "uk")
    fitting = [p.strip() for p in parts if is_cyrillic(p) == cyr]
    if lang == "en":
        fitting = [p for p in fitting if p.isascii()] or fitting
    return fitting[0] if fitting else parts[0].strip()
