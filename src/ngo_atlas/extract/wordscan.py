"""Matches of a pattern that starts at a word, found fast: re scans in C for the space before
a word, and the few words after anything else (a line break, a bracket, a dash) are listed
once per text."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache

from ngo_atlas.extract.rxstart import opens_with_word_char, start_guard

_K = 3  # characters the guard reads at a word's start
_OFF_SPACE = re.compile(r"[^\w ]\w")  # a word after a character other than a space
_WORD = re.compile(r"\w")


class WordScan:
    """The matches of ``(?<![\\w])(?:rest)`` (default flags), identical in spans and groups,
    without re testing the lookbehind at every position: ``' ' guard (?:rest)`` has a
    literal first character, so re skips ahead in C, and the guard rejects most words
    before the rest's alternatives are tried one by one."""

    def __init__(self, rest: str, guard: str):
        self.rest = re.compile(rest)
        self._after_space = re.compile(" " + guard + "(?:" + rest + ")")
        self._chunk_guard = re.compile("\0" + guard)
        self._others_of: tuple[str, list[int]] | None = None

    @classmethod
    def of(cls, rest: str, flags: int) -> WordScan | None:
        """A scan for the rest of a word-start pattern, or None where this one does not
        apply (flags that change \\w, a rest whose first characters are not known)."""
        if flags or not opens_with_word_char(rest, flags):
            return None  # a match opening with a bracket or a quote starts at no word
        guard = start_guard(rest, flags, _K)
        return None if guard is None else cls(rest, guard)

    def finditer(self, low: str, pos: int, end: int) -> Iterator[re.Match[str]]:
        """As finditer of the whole pattern over low[pos:end] (low lowered by the caller)."""
        rest, after_space = self.rest, self._after_space
        pos = max(pos, 0)
        others = self._others(low)
        j = bisect_left(others, pos)
        while True:
            a = after_space.search(low, pos - 1 if pos else 0, end)
            first = a.start() + 1 if a is not None else end
            m = None
            while j < len(others) and others[j] < first:  # a word after another character first
                m = rest.match(low, others[j], end)
                j += 1
                if m is not None:
                    break
            if m is None:
                if a is None:
                    return
                m = rest.match(low, first, end)  # the same match, without the space
                assert m is not None
            yield m
            pos = m.end()  # never empty (see text._after_word_start): finditer goes on here
            j = bisect_left(others, pos, j)

    def _others(self, low: str) -> list[int]:
        """The starts of words after a character other than a space whose first
        characters pass the guard, kept for the text last scanned (finders scan the
        same page and project text again and again)."""
        if self._others_of is not None and self._others_of[0] is low:
            return self._others_of[1]
        starts, chunks = _off_space_words(low)
        size = _K + 1
        found = [starts[m.start() // size] for m in self._chunk_guard.finditer(chunks)
                 if m.start() % size == 0]
        self._others_of = (low, found)
        return found


@lru_cache(maxsize=16)
def _off_space_words(low: str) -> tuple[list[int], str]:
    """Words of the text not after a space (at its start, after a line break, a bracket,
    a dash) and their first _K characters, each after a NUL and padded to _K with NULs,
    for a guard to test them all in one scan (it reads at most _K characters)."""
    starts = [m.start() + 1 for m in _OFF_SPACE.finditer(low)]
    if _WORD.match(low):
        starts.insert(0, 0)
    chunks = "".join("\0" + low[i:i + _K].ljust(_K, "\0") for i in starts)
    return starts, chunks
