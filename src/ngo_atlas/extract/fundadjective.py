"""FUND-M (round 28): a bare fund noun keeps the lower-case adjective after it.

"z Funduszy norweskich", "ze środków funduszy szwajcarskich": the payer is the funds of a
country, written with the adjective in lower case; the name finders stop at the first lower-case
word and leave the head alone ("Fundusze"), which names no one (SCHEMA: "fundusze szwajcarskie"
as written). A funder that is only a fund noun takes the adjective that follows it (Morfeusz
reads it as an adjective), both in the nominative."""
from __future__ import annotations

import re

from ngo_atlas.extract.names import nominative
from ngo_atlas.lang import polish

_FUND_NOUN = re.compile(r"(?i:fundusz\w*)")
_ADJ_AFTER = re.compile(r"[^\S\n]+([a-ząćęłńóśźż]{4,})\b")


def fund_adjectives(items: list, text: str, lang: str) -> None:
    """Each bare fund-noun funder extended by its adjective (see above)."""
    if lang != "pl":
        return
    for f in items:
        if not (f.funder and f.span and _FUND_NOUN.fullmatch(f.funder.strip())):
            continue
        m = _ADJ_AFTER.match(text, f.span.end)
        if m and any(a[2].startswith("adj") for a in polish.analyse(m.group(1))):
            f.funder = nominative(text[f.span.start:m.end(1)], lang)
