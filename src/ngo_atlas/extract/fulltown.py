"""A town read by its first word where the page names it in full: "w Gorzowie" and, a line
below, "w Gorzowie Wielkopolskim"; "Piotrków" in a project's name and "Piotrkowie
Trybunalskim" in its text. The first word alone is no town GeoNames knows, the pair is."""
from __future__ import annotations

import re
from functools import lru_cache

from ngo_atlas.extract import pltowns


@lru_cache(maxsize=1)
def _by_first_word() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for name in pltowns.populations():
        words = name.split()
        if len(words) == 2:
            out.setdefault(words[0], []).append(name)
    return {k: tuple(v) for k, v in out.items()}


def full_name(value: str, text: str) -> str | None:
    """The two-word town the page writes whose first word is the value (declined as the
    text declines it), where the value alone is no town of the gazetteer; None otherwise
    or where the page writes two such towns."""
    if " " in value or len(value) < 5 or value in pltowns.populations():
        return None
    fulls = _by_first_word().get(value)
    if not fulls:
        return None
    found = [f for f in fulls if re.search(
        rf"(?<!\w){re.escape(value[:-2])}\w*[^\S\n]+{re.escape(f.split()[1][:-3])}\w*", text)]
    return found[0] if len(found) == 1 else None
