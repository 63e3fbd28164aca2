"""The word-start scan (wordscan.WordScan) and the start guard it is built on (rxstart) find
exactly what the whole lookbehind pattern finds: spans, groups, and finditer's stepping,
for any search window."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ngo_atlas.extract.rxstart import opens_with_word_char, start_guard
from ngo_atlas.extract.text import CI, cue
from ngo_atlas.extract.wordscan import WordScan

# rests of cue patterns written for this test: alternations, optional parts, classes,
# lookarounds at the start and the end, a \b, named groups
RESTS = [
    r"(?:ab\w*|abc|b(?:a|c)d|ca?b)\s+(?:x|yz)",
    r"(?P<w>a[bc]+|d\s*e)(?!b)",
    r"\b(?:ab|ba|a-b|ć[aą])\b",
    r"(?:a|b)(?=\s)|c[\s\d]d",
    r"(?:(?<=\s)ab|cd?e*)(?:\s+f)?",
]
ALPHABET = "abcdeąć f-(\n.„x2"


@given(st.text(alphabet=ALPHABET, max_size=60), st.integers(-2, 62), st.integers(0, 64))
@settings(max_examples=400, deadline=None)
def test_same_matches_as_the_lookbehind_pattern(text: str, pos: int, end: int) -> None:
    for rest in RESTS:
        scan = WordScan.of(rest, 0)
        assert scan is not None, rest
        whole = re.compile(r"(?<![\w])(?:" + rest + ")")
        end = min(end, len(text))
        want = [(m.span(), m.groupdict(), m.groups()) for m in whole.finditer(text, pos, end)]
        got = [(m.span(), m.groupdict(), m.groups()) for m in scan.finditer(text, pos, end)]
        assert got == want, (rest, text, pos, end)


def test_a_word_after_a_bracket_a_dash_or_a_line_break_is_found() -> None:
    c = cue(r"(?:finans\w+|wsparci\w+)\s+przez")
    assert c._words is not None  # the word-start scan applies to it
    text = ("(finansowane przez A)\nwsparcie przez B, współ-finansowane przez C; "
            "finansowane przez D")
    got = [m.start() for m in c.finditer(text)]
    assert got == [m.start() for m in c.rx.finditer(text.lower())] == [1, 22, 46, 67]
    assert c.search(text, 2).start() == 22


def test_the_guard_holds_at_every_match_start() -> None:
    guard = start_guard(r"(?:ab|a\s+c|de?f)x", 0, 3)
    assert guard is not None
    rx = re.compile(guard)
    for s in ("abx", "a  cx", "dfx", "defx"):
        assert rx.match(s), s
    assert not rx.match("acx") and not rx.match("dex")


def test_patterns_the_scan_does_not_take() -> None:
    assert WordScan.of(r"\w+ab", 0) is None  # the first character is any letter
    assert start_guard(r"[^a]b") is None  # a negated class
    assert start_guard(r"(?:ab)?") is None  # may match empty
    assert not opens_with_word_char(r"(?:ab|„c)")  # a match may open with a quote
    assert WordScan.of(r"(?:ab|„c)", 0) is None
    assert WordScan.of(r"ab|cd", re.ASCII) is None  # \w would read differently
    assert CI(r"(?<![\w])(?:ramach)")._words is None  # a literal start: re's own search


@given(st.text(alphabet="abcdeABCDE ıİſs-\n(", max_size=50), st.integers(0, 52),
       st.integers(0, 52))
@settings(max_examples=300, deadline=None)
def test_ignore_case_matches_re(text: str, pos: int, end: int) -> None:
    from ngo_atlas.extract.text import IgnoreCase

    end = min(end, len(text))
    for pattern in (r"(?:ab\w*|bcd?|si)(?:\s+\w+)?\s+(?:e|ca)", r"(?:ab|b)[cd]\s",
                    r"(?:\bab\w*|\bde\.)\s*\((?P<t>[^()\n]{1,9})\)"):
        rx = re.compile(pattern, re.IGNORECASE)
        want = [(m.span(), m.group(), m.groups()) for m in rx.finditer(text, pos, end)]
        got = [(m.span(), m.group(), m.groups())
               for m in IgnoreCase(pattern).finditer(text, pos, end)]
        assert got == want, (pattern, text)


def test_ignore_case_reads_the_text_as_given() -> None:
    from ngo_atlas.extract.text import IgnoreCase

    trip = IgnoreCase(r"(?:wizyt\w*|visits?)\s+(?:do|to)\s+")
    text = "Wizyty DO Krakowa; visits to Gdańsk"
    assert [m.group() for m in trip.finditer(text)] == ["Wizyty DO ", "visits to "]
    quoted = IgnoreCase(r"\bpt\.\s*„(?P<t>[^”]+)”")
    assert quoted.match("PT. „Razem”").group("t") == "Razem"
    assert quoted.search("Projekt pt. „Razem”", 3).span() == (8, 19)
    with pytest.raises(ValueError, match="lower case"):
        IgnoreCase(r"[A-Z]\w+")


@given(st.text(alphabet="ab: .!?|\n\t•-Partne", max_size=60))
@settings(max_examples=300, deadline=None)
def test_the_label_regex_start_test_changes_no_match(text: str) -> None:
    from ngo_atlas.extract.labels import _label_regex

    rx = _label_regex()[0].rx
    assert rx.pattern.startswith(r"(?<!\S)")
    without = re.compile(rx.pattern[len(r"(?<!\S)"):], rx.flags)
    low = text.lower()
    assert [m.span() for m in rx.finditer(low)] == [m.span() for m in without.finditer(low)]
