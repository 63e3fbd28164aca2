"""Text helpers shared by the extractors: lines with offsets, sentences, blanking ranges."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

# no break after abbreviations that precede a name: "m.st. Warszawy", "im. Haliny", "ul. Nowa"
# no break after abbreviations that open a name: Polish "im.", "ul.", Russian/Ukrainian
# "им."/"ім." (named after), "ул."/"вул." (street)
_SENT_END = re.compile(r"(?<=[.!?])(?<!\bst\.)(?<!\bim\.)(?<!\bul\.)(?<!\bśw\.)(?<!\bds\.)"
                       r"(?<!\bим\.)(?<!\bім\.)(?<!\bул\.)(?<!вул\.)"
                       r"\s+(?=[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ„\"«(0-9])|\n\s*\n|\n(?=\s*[•\-–*]\s)")


def lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, line) for every line, offsets into text."""
    pos = 0
    for line in text.split("\n"):
        yield pos, pos + len(line), line
        pos += len(line) + 1


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence-ish spans (sentence ends, blank lines and bullets split them)."""
    return list(_sentences(text, start, len(text) if end is None else end))


@lru_cache(maxsize=64)  # every fact finder splits the same project text again
def _sentences(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    out, pos = [], start
    for m in _SENT_END.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return tuple((s, e) for s, e in out if text[s:e].strip())


def sentences_with(text: str, start: int, end: int, patterns: tuple[re.Pattern[str], ...]
                   ) -> list[tuple[int, int]]:
    """The sentences of text[start:end] in which any of the patterns matches: one scan per
    pattern over the whole range instead of one per sentence."""
    hits = sorted(m.start() for rx in patterns for m in rx.finditer(text, start, end))
    if not hits:
        return []
    # the first hit at or after a sentence's start decides whether it falls inside it
    return [(s, e) for s, e in _sentences(text, start, end)
            if (i := bisect_left(hits, s)) < len(hits) and hits[i] < e]


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


@lru_cache(maxsize=16)
def lowered(text: str) -> str:
    """The text in lower case with its length kept (offsets stay valid)."""
    return lowered_line(text)


def lowered_line(text: str) -> str:
    """lowered() without the cache, for the many short lines scanned once each."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


class CI:
    """A case-insensitive pattern run case-sensitively over the lowered text: Python's re
    skips ahead on a literal or character-set prefix only without IGNORECASE, which
    makes cue lists 10-40x faster. Offsets index the original text; read matched
    words from the original, not from ``group()``, when case matters."""

    def __init__(self, pattern: str, flags: int = 0):
        self.rx = re.compile(pattern, flags)
        self.pattern = pattern

    def finditer(self, text: str, start: int = 0, end: int | None = None):
        return self.rx.finditer(lowered(text), start, len(text) if end is None else end)

    def search(self, text: str, start: int = 0, end: int | None = None):
        return self.rx.search(lowered(text), start, len(text) if end is None else end)

    def match(self, text: str, start: int = 0, end: int | None = None):
        return self.rx.match(lowered(text), start, len(text) if end is None else end)


def cue(pattern: str) -> CI:
    """A cue phrase that starts at a word: CI with a word-start lookbehind, which also
    lets the regex engine reject most positions at once (3x faster on cue lists)."""
    return _Cue(pattern)


_WORD_CHAR = re.compile(r"[\w]")
_WORD_RUN = re.compile(r"\w*")


class _Cue(CI):
    """cue()'s pattern, scanned faster where the same matches can be found so.

    A leading lookbehind stops re from skipping ahead to the characters that can start a
    match (its C-level prefix and charset scan); the group alone often has such a start
    (2-3x faster scans). When it has, the group is searched and a hit inside a word is
    passed over, as the lookbehind would: the same matches, groups and offsets."""

    def __init__(self, pattern: str):
        super().__init__(r"(?<![\w])(?:" + pattern + ")")
        group = "(?:" + pattern + ")"
        self._group = re.compile(group) if _has_fast_start(group) else None

    def finditer(self, text: str, start: int = 0, end: int | None = None):
        if self._group is None:
            return super().finditer(text, start, end)
        return self._at_word_starts(lowered(text), start, len(text) if end is None else end)

    def search(self, text: str, start: int = 0, end: int | None = None):
        if self._group is None:
            return super().search(text, start, end)
        return next(self._at_word_starts(lowered(text), start,
                                         len(text) if end is None else end), None)

    def match(self, text: str, start: int = 0, end: int | None = None):
        if self._group is None:
            return super().match(text, start, end)
        low, start = lowered(text), max(start, 0)  # re reads a negative start as 0
        if start and _WORD_CHAR.match(low, start - 1):
            return None
        return self._group.match(low, start, len(text) if end is None else end)

    def _at_word_starts(self, low: str, pos: int, end: int) -> Iterator[re.Match[str]]:
        group = self._group
        assert group is not None
        while (m := group.search(low, pos, end)) is not None:
            i = m.start()
            if i and _WORD_CHAR.match(low, i - 1):
                # inside a word: no match can start before the word ends
                pos = max(i + 1, _WORD_RUN.match(low, i).end())
                continue
            yield m
            pos = m.end()  # never empty (see _has_fast_start): finditer goes on from here


def _has_fast_start(pattern: str) -> bool:
    """Whether re compiles the pattern with a literal or charset prefix (and it never
    matches empty), as re._compiler._compile_info decides; False if that cannot be told."""
    try:
        from re import _compiler, _parser

        parsed = _parser.parse(pattern, 0)
        if parsed.getwidth()[0] == 0:
            return False
        return bool(_compiler._get_literal_prefix(parsed, 0)[0]
                    or _compiler._get_charset_prefix(parsed, 0))
    except Exception:  # noqa: BLE001 - private helpers of re; without them, the plain scan
        return False
