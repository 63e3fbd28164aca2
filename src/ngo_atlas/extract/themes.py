"""Themes (legal status, labour market, ...) and target groups, as stable English keys."""

from __future__ import annotations

import re
from functools import lru_cache

from ngo_atlas.extract.lexicon import alternation, lexicon
from ngo_atlas.model import Span, Tagged


@lru_cache(maxsize=2)
def _rx(section: str) -> list[tuple[str, re.Pattern[str]]]:
    return [(k, re.compile(r"(?<![\w])(?:" + alternation(ws) + r")", re.IGNORECASE))
            for k, ws in lexicon()[section].items()]


def _tag(section: str, text: str, s: int, e: int, min_hits: int) -> list[Tagged]:
    out = []
    for key, rx in _rx(section):
        hits = list(rx.finditer(text, s, e))
        if len(hits) >= min_hits:
            m = hits[0]
            conf = min(0.9, 0.5 + 0.1 * len(hits))
            out.append(Tagged(key, Span(m.start(), m.end(), f"{section}:{key}", conf)))
    return out


def find_themes(text: str, s: int, e: int) -> list[Tagged]:
    """A theme needs one cue for specific phrases; broad ones are kept by their first cue."""
    return _tag("themes", text, s, e, 1)


def find_target_groups(text: str, s: int, e: int) -> list[Tagged]:
    return _tag("target_groups", text, s, e, 1)
