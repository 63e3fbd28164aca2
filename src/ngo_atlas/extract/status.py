"""Project status (completed / ongoing / planned) only where the text says so."""

from __future__ import annotations

import re
from functools import lru_cache

from ngo_atlas.extract.labels import LabelHit
from ngo_atlas.extract.lexicon import alternation, lexicon
from ngo_atlas.model import Span


@lru_cache(maxsize=1)
def _cues() -> list[tuple[str, re.Pattern[str]]]:
    st = lexicon()["status"]
    return [(k, re.compile(r"(?<![\w])(?:" + alternation(st[k]) + r")(?![\w])", re.IGNORECASE))
            for k in ("completed", "ongoing", "planned")]


def find_status(text: str, s: int, e: int, labels: list[LabelHit]) -> tuple[str, Span] | None:
    for h in labels:
        if h.key == "status" and s <= h.start < e:
            for key, words in lexicon()["status_labels"].items():
                if re.search(alternation(words), h.value, re.IGNORECASE):
                    return key, Span(h.start, h.end, "label:status", 0.95)
    best = None
    for key, rx in _cues():
        m = rx.search(text, s, e)
        if m and (best is None or m.start() < best[1].start):
            best = (key, Span(m.start(), m.end(), f"status:{key}", 0.75))
    return best
