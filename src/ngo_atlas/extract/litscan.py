"""Matches of a pattern found by str.find on the few literal heads every match opens with."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ngo_atlas.extract.rxstart import literal_heads

# past this many heads one str.find each costs more than re's own scan of the text
_MAX_HEADS = 40


def _rare(head: str) -> bool:
    """A head str.find meets seldom: three characters or more, or a sign ("$", "%");
    a short word ("w", "z ") stands everywhere and each place would cost a Python step."""
    return len(head) >= 3 or not (head[0].isalnum() or head[0].isspace())


class LiteralScan:
    """re.finditer's matches (spans, groups) of a pattern re cannot skip ahead in (no
    literal or short charset prefix, so it tries every position): str.find jumps to
    the places where one of its heads stands, and the pattern is tried there only."""

    def __init__(self, rx: re.Pattern[str], heads: list[str]):
        self.rx, self.heads = rx, heads

    @classmethod
    def of(cls, rx: re.Pattern[str]) -> LiteralScan | None:
        """A scan for the compiled pattern, or None where its heads are not known or too
        many (a match may open with a class, or the alternatives differ at once)."""
        heads = literal_heads(rx.pattern, rx.flags & ~re.UNICODE)
        if heads is None or len(heads) > _MAX_HEADS or not all(map(_rare, heads)):
            return None
        return cls(rx, heads)

    def finditer(self, text: str, pos: int, end: int) -> Iterator[re.Match[str]]:
        """As rx.finditer(text, pos, end); the pattern never matches empty (it has heads)."""
        rx, heads = self.rx, self.heads
        pos = max(pos, 0)
        nxt = [text.find(h, pos, end) for h in heads]  # -1: no more of that head
        while True:
            p = min((q for q in nxt if q >= 0), default=-1)
            if p < 0:
                return
            m = rx.match(text, p, end)  # what search tries at p, the first place it can match
            if m is not None:
                yield m
            pos = p + 1 if m is None else m.end()
            nxt = [q if q < 0 or q >= pos else text.find(h, pos, end) for q, h in zip(nxt, heads)]
