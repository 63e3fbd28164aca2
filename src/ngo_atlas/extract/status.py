"""Project status (completed / ongoing / planned) only where the text says so."""

from __future__ import annotations

import re
from functools import lru_cache

from ngo_atlas.extract.labels import LabelHit
from ngo_atlas.extract.lexicon import alternation, lexicon
from ngo_atlas.extract.text import CI, cue
from ngo_atlas.model import Span

# Polish perfective past in any person and gender ("zakończyliśmy projekt",
# "zrealizowałyśmy zadanie", "projekt się skończył"): the word lists hold third persons only
_PAST_PL = cue(
    r"(?:zakończy|zrealizowa|skończy)(?:ł|ła|ło|li|ły)(?:em|am|śmy|ście)?"
    r"\s+(?:\w+\s+){0,2}?(?:projekt|zadanie|przedsięwzięcie)\w*|"
    r"(?:projekt|zadanie)\w*\s+się\s+(?:za)?kończy(?:ł|ła|ło)(?![\w])")


@lru_cache(maxsize=1)
def _list_cues() -> list[tuple[str, CI]]:
    st = lexicon()["list_status"]
    return [(k, CI(r"(?<![\w])(?:" + alternation(st[k]) + r")(?![\w])")) for k in ("completed", "ongoing")]


def list_status(text: str, s: int, e: int) -> tuple[str, Span] | None:
    """"Projekty zakończone", "Poniżej przedstawiamy projekty zrealizowane przez …": the
    heading or intro of a list page gives the status of every item it lists."""
    for key, rx in _list_cues():
        m = rx.search(text, s, e)
        if m:
            return key, Span(m.start(), m.end(), f"list_status:{key}", 0.7)
    return None


@lru_cache(maxsize=1)
def _cues() -> list[tuple[str, CI]]:
    # CI, not re.IGNORECASE: the lowered text lets the engine skip to the first letters
    st = lexicon()["status"]
    return [(k, CI(r"(?<![\w])(?:" + alternation(st[k]) + r")(?![\w])"))
            for k in ("completed", "ongoing", "planned")]


def find_status(text: str, s: int, e: int, labels: list[LabelHit]) -> tuple[str, Span] | None:
    for h in labels:
        if h.key == "status" and s <= h.start < e:
            for key, words in lexicon()["status_labels"].items():
                if re.search(alternation(words), h.value, re.IGNORECASE):
                    return key, Span(h.start, h.end, "label:status", 0.95)
    best = None
    for key, rx in _cues() + [("completed", _PAST_PL)]:
        m = rx.search(text, s, e)
        if m and (best is None or m.start() < best[1].start):
            best = (key, Span(m.start(), m.end(), f"status:{key}", 0.75))
    return best
