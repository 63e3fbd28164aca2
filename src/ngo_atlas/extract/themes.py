"""Themes (legal status, labour market, ...) and target groups, as stable English keys."""

from __future__ import annotations

import re
from functools import lru_cache

from ngo_atlas.extract.lexicon import alternation, lexicon
from ngo_atlas.extract.text import CI
from ngo_atlas.model import Span, Tagged


@lru_cache(maxsize=2)
def _rx(section: str) -> tuple[CI, dict[str, str]]:
    """One alternation of every cue of a section (a single scan of the text), and the
    key each cue belongs to."""
    owner = {" ".join(w.lower().split()): k for k, ws in lexicon()[section].items() for w in ws}
    return CI(r"(?<![\w])(?:" + alternation(list(owner)) + r")"), owner


def _tag(section: str, text: str, s: int, e: int, min_hits: int) -> list[Tagged]:
    rx, owner = _rx(section)
    hits: dict[str, list[re.Match[str]]] = {}
    for m in rx.finditer(text, s, e):
        key = owner.get(" ".join(m.group().lower().split()))
        if key:
            hits.setdefault(key, []).append(m)
    out = []
    for key, ms in hits.items():
        if len(ms) >= min_hits:
            conf = min(0.9, 0.5 + 0.1 * len(ms))
            out.append(Tagged(key, Span(ms[0].start(), ms[0].end(), f"{section}:{key}", conf)))
    return out


def find_themes(text: str, s: int, e: int) -> list[Tagged]:
    """A theme needs one cue for specific phrases; broad ones are kept by their first cue."""
    return _tag("themes", text, s, e, 1)


def find_target_groups(text: str, s: int, e: int) -> list[Tagged]:
    return _tag("target_groups", text, s, e, 1)
