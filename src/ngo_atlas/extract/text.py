"""Text helpers shared by the extractors: lines with offsets, sentences, blanking ranges."""

from __future__ import annotations

import re
from collections.abc import Iterator

_SENT_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ„\"«(0-9])|\n\s*\n|\n(?=\s*[•\-–*]\s)")


def lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, line) for every line, offsets into text."""
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence-ish spans (sentence ends, blank lines and bullets split them)."""
    end = len(text) if end is None else end
    out, pos = [], start
    for m in _SENT_END.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return [(s, e) for s, e in out if text[s:e].strip()]


def blank(text: str, ranges: list[tuple[int, int]]) -> str:
    """Replace the ranges by spaces (newlines kept) so offsets stay valid."""
    chars = list(text)
    for s, e in ranges:
        for i in range(s, min(e, len(chars))):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def strip_span(text: str, s: int, e: int, chars: str = " \t\n,.;:–-") -> tuple[int, int]:
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    return s, e


def sentence_at(text: str, pos: int) -> tuple[int, int]:
    """The sentence (or line) around a position, for evidence display."""
    s = max(text.rfind("\n", 0, pos), text.rfind(". ", 0, pos) + 1, 0)
    e_candidates = [i for i in (text.find("\n", pos), text.find(". ", pos)) if i != -1]
    e = min(e_candidates) + 1 if e_candidates else len(text)
    return s, e
