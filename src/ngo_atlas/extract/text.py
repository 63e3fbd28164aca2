"""Text helpers shared by the extractors: lines with offsets, sentences, blanking ranges."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache

from ngo_atlas.extract.litscan import LiteralScan
from ngo_atlas.extract.rxstart import parsed
from ngo_atlas.extract.wordscan import WordScan

# no break after abbreviations that precede a name: "m.st. Warszawy", "im. Haliny", "ul. Nowa",
# "pw. Narodzenia NMP" (a parish's patron)
# no break after abbreviations that open a name: Polish "im.", "ul.", Russian/Ukrainian
# "им."/"ім." (named after), "ул."/"вул." (street), "св." (saint: "приход св. Иосифа")
# (nor after a patron's lower-case title that follows "im."/"pw.": "im. prof. Jana X", "im. adw. Y")
_PATRON_TITLES = "".join(rf"(?<!\b{p}\. {t}\.)" for p in ("im", "pw")
                         for t in ("prof", "adw", "ks", "gen", "dr", "bł", "kard", "abp", "bp"))
_SENT_END = re.compile(r"(?<=[.!?])(?<!\bst\.)(?<!\bim\.)(?<!\bul\.)(?<!\bśw\.)(?<!\bds\.)(?<!\bpw\.)(?<!\b[A-Z]\.[A-Z]\.)"
                       + _PATRON_TITLES +
                       r"(?<!\bим\.)(?<!\bім\.)(?<!\bул\.)(?<!вул\.)(?<!\bсв\.)"
                       # ("zebraliście 38 450 zł! ❤️ Do tego …": a pictograph after the stop ends the
                       # sentence with it, as social posts write; the next one opens after it)
                       r"(?:[^\S\n]*[\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]+)?"
                       r"\s+(?=[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ„\"«(0-9])|\n\s*\n|\n(?=\s*[•\-–*]\s)")


def lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, line) for every line, offsets into text."""
    return iter(_lines(text))


@lru_cache(maxsize=32)  # a dozen finders walk the lines of the same page and project text
def _lines(text: str) -> tuple[tuple[int, int, str], ...]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return tuple(out)


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence-ish spans (sentence ends, blank lines and bullets split them)."""
    return list(_sentences(text, start, len(text) if end is None else end))


def sentence_holding(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the sentence (as sentences() cuts the text) that holds pos; None where pos
    falls between sentences (on a sentence end, a blank line or a bullet)."""
    spans = _sentences(text, 0, len(text))
    i = bisect_right(spans, (pos, len(text) + 1)) - 1  # the last sentence starting at or before pos
    return spans[i] if i >= 0 and pos < spans[i][1] else None


@lru_cache(maxsize=64)  # every fact finder splits the same project text again
def _sentences(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    out, pos = [], start
    for m in _SENT_END.finditer(text, start, end):
        if m.start() > pos and "\n" not in m.group() and _in_quotes(text, pos, m.start(), end):
            continue  # „Kraków bez barier. Centrum informacji”: a name's full stop ends no sentence
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return tuple((s, e) for s, e in out if text[s:e].strip())


_NON_WORD = re.compile(r"[\W_]+")


def words_key(s: str) -> str:
    """A name's words, casefolded, with punctuation as single spaces: the key two spellings of
    one name share ("Program „X”" and "program X")."""
    return _NON_WORD.sub(" ", s).strip().casefold()


def _in_quotes(text: str, s: int, at: int, end: int) -> bool:
    """A quote („…”, «…») opened in text[s:at] and closed soon after, on the same line."""
    for o, c in (("„", "”"), ("«", "»")):
        if text.count(o, s, at) > text.count(c, s, at):
            close = text.find(c, at, min(end, at + 160))
            if close != -1 and "\n" not in text[at:close]:
                return True
    return False


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


def word_before(text: str, floor: int, at: int, newline: bool = True) -> tuple[int, str] | None:
    """The last word of text[floor:at] when only whitespace follows it, and where it starts:
    what ``re.search(r"(\\S+)\\s+$", text[floor:at])`` finds (``(\\S+)[^\\S\\n]+$`` with
    newline=False), read backwards from ``at`` instead of slicing and scanning the stretch."""
    j = at
    if newline:
        while j > floor and text[j - 1].isspace():
            j -= 1
    else:
        if j > floor and text[j - 1] == "\n":
            j -= 1  # ("$" also stands before a final line break)
        while j > floor and text[j - 1] != "\n" and text[j - 1].isspace():
            j -= 1
        if j > floor and text[j - 1] == "\n":
            return None
    if j == floor or j == at or (not newline and j == at - 1 and text[j] == "\n"):
        return None
    i = j
    while i > floor and not text[i - 1].isspace():
        i -= 1
    return i, text[i:j]


def blank(text: str, ranges: list[tuple[int, int]]) -> str:
    """Replace the ranges by spaces (newlines kept) so offsets stay valid."""
    chars = list(text)
    for s, e in ranges:
        for i in range(s, min(e, len(chars))):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def spaced(text: str, spans: list[tuple[int, int]]) -> str:
    """text with each of the (sorted, disjoint) spans made spaces, line breaks too: a name
    wrapped over a line read as one line, offsets kept."""
    if not spans:
        return text
    parts, at = [], 0
    for a, b in spans:
        parts += [text[at:a], " " * (b - a)]
        at = b
    return "".join(parts) + text[at:]


def line_at(text: str, i: int) -> tuple[int, int]:
    """The start and end of the line holding position i (its newline excluded)."""
    ls = text.rfind("\n", 0, i) + 1
    le = text.find("\n", i)
    return ls, len(text) if le < 0 else le


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
    words from the original, not from ``group()``, when case matters.

    A leading word-start lookbehind (as cue() puts) stops re from skipping ahead to the
    characters that can start a match (its C-level prefix and charset scan), while the
    rest of the pattern often has such a start (2-3x faster scans). When it has, the
    rest is searched and a hit inside a word is passed over, as the lookbehind would:
    the same matches, groups and offsets (``rx`` stays the whole pattern). A rest that
    opens with a literal is searched so; any other whose first letters are known is
    looked for at word starts only (wordscan.WordScan: 3-4x faster on long cue lists)."""

    def __init__(self, pattern: str, flags: int = 0):
        self.rx = re.compile(pattern, flags)
        self.pattern = pattern
        rest, fast = _after_word_start(pattern, flags)
        self._group = self._word_char = self._word_run = self._words = self._heads = None
        if rest is not None:  # \w as the pattern reads it (re.ASCII changes it)
            self._group = re.compile(rest, flags)
            self._word_char, self._word_run = re.compile(r"[\w]", flags), re.compile(r"\w*", flags)
            self._words = None if fast == "literal" else WordScan.of(rest, flags)
            if self._words is None and fast is None:
                self._group = None  # neither scan applies: the whole pattern, as it is
        if self._group is None and _fast_start(pattern, flags) is None:
            self._heads = LiteralScan.of(self.rx)  # else re tries the pattern everywhere

    def finditer(self, text: str, start: int = 0, end: int | None = None):
        if self._heads is not None:
            return self._heads.finditer(lowered(text), start, len(text) if end is None else end)
        if self._group is None:
            return self.rx.finditer(lowered(text), start, len(text) if end is None else end)
        if self._words is not None:
            return self._words.finditer(lowered(text), start, len(text) if end is None else end)
        return self._at_word_starts(lowered(text), start, len(text) if end is None else end)

    def search(self, text: str, start: int = 0, end: int | None = None):
        if self._heads is not None:
            return next(self._heads.finditer(lowered(text), start,
                                             len(text) if end is None else end), None)
        if self._group is None:
            return self.rx.search(lowered(text), start, len(text) if end is None else end)
        scan = self._at_word_starts if self._words is None else self._words.finditer
        return next(scan(lowered(text), start, len(text) if end is None else end), None)

    def match(self, text: str, start: int = 0, end: int | None = None):
        if self._group is None:
            return self.rx.match(lowered(text), start, len(text) if end is None else end)
        low, start = lowered(text), max(start, 0)  # re reads a negative start as 0
        if start and self._word_char.match(low, start - 1):
            return None
        return self._group.match(low, start, len(text) if end is None else end)

    def _at_word_starts(self, low: str, pos: int, end: int) -> Iterator[re.Match[str]]:
        group, word_char, word_run = self._group, self._word_char, self._word_run
        assert group is not None and word_char is not None and word_run is not None
        while (m := group.search(low, pos, end)) is not None:
            i = m.start()
            if i and word_char.match(low, i - 1):
                # inside a word: no match can start before the word ends
                pos = max(i + 1, word_run.match(low, i).end())
                continue
            yield m
            pos = m.end()  # never empty (see _after_word_start): finditer goes on from here


def cue(pattern: str) -> CI:
    """A cue phrase that starts at a word: CI with a word-start lookbehind, which also
    lets the regex engine reject most positions at once (3x faster on cue lists)."""
    return CI(r"(?<![\w])(?:" + pattern + ")")


# letters re.IGNORECASE folds onto "i" and "s" where str.lower() does not
_FOLDED_APART = ("İ", "ı", "ſ")


class IgnoreCase:
    """re.compile(pattern, re.IGNORECASE) for a pattern written in lower case: finditer
    finds its matches with CI on the lowered text (where re can skip ahead) and gives
    each as the IGNORECASE pattern matches it there, so spans and groups read the text
    as given; a text holding a letter the two fold apart gets the plain scan."""

    def __init__(self, pattern: str):
        letters = re.sub(r"\\.|\(\?P<\w+>|\(\?P=\w+\)", "", pattern)  # no escapes, group names
        if re.search(r"[A-ZА-ЯЁІЇЄҐĄĆĘŁŃÓŚŹŻ]", letters):
            raise ValueError(f"IgnoreCase needs a pattern in lower case: {pattern[:60]!r}")
        self.rx = re.compile(pattern, re.IGNORECASE)
        self.pattern = pattern
        self._ci = CI(pattern)

    def finditer(self, text: str, start: int = 0, end: int | None = None
                 ) -> Iterator[re.Match[str]]:
        end = len(text) if end is None else end
        if any(c in text for c in _FOLDED_APART):
            yield from self.rx.finditer(text, start, end)
            return
        rx = self.rx
        for m in self._ci.finditer(text, start, end):
            yield rx.match(text, m.start(), end)  # type: ignore[misc]  # the same path, in any case

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        return next(self.finditer(text, start, end), None)

    def match(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        return self.rx.match(text, start, len(text) if end is None else end)


_WORD_START = r"(?<![\w])"
# A start almost any letter can take finds many hits inside words, each a Python-level
# step: on the generated corpus, cues starting with up to 20 letters scanned 1.2-2.5x
# faster, the theme lists (35 and 40 letters) 1.2-1.3x slower.
_MAX_START_CHARS = 24


def _after_word_start(pattern: str, flags: int) -> tuple[str | None, str | None]:
    """For a pattern that is the word-start lookbehind followed by the rest (not one
    branch of an alternation), the rest and how re can skip ahead to its matches
    (_fast_start); (None, None) for any other pattern."""
    if not pattern.startswith(_WORD_START):
        return None, None
    try:
        from re import _constants

        items = parsed(pattern, flags).data
        if not items or items[0][0] is not _constants.ASSERT_NOT:
            return None, None  # the lookbehind belongs to one branch only
        rest = pattern[len(_WORD_START):]
        if parsed(rest, flags).getwidth()[0] == 0:
            return None, None  # an empty match would need finditer's step past it
    except Exception:  # noqa: BLE001 - private helpers of re; without them, the plain scan
        return None, None
    return rest, _fast_start(rest, flags)


def _fast_start(pattern: str, flags: int) -> str | None:
    """"literal" or "charset" when re compiles the pattern with a literal prefix or a
    charset prefix of a few characters, as re._compiler._compile_info decides; None
    if it has neither or that cannot be told."""
    try:
        from re import _compiler

        tree = parsed(pattern, flags)
        if _compiler._get_literal_prefix(tree, flags)[0]:
            return "literal"
        charset = _compiler._get_charset_prefix(tree, flags)
        if charset and len({value for _op, value in charset}) <= _MAX_START_CHARS:
            return "charset"
    except Exception:  # noqa: BLE001 - private helpers of re; without them, the plain scan
        return None
    return None


def inside_quotes(text: str, s: int, a: int) -> bool:
    """A name inside an open quotation ("projektu „Pomorskie Centrum …”") is a title's word."""
    before = text[s:a + 1]  # a name found from its opening quote on starts inside it
    opened = max(before.rfind(q) for q in "„“«")
    closed = max(before.rfind(q) for q in "”»")
    return opened > closed or before.count('"') % 2 == 1
