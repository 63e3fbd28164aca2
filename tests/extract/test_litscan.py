"""The literal-head scan (litscan.LiteralScan) finds exactly what re.finditer finds, and
CI takes it only for patterns re cannot skip ahead in and whose heads are rare."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from ngo_atlas.extract.litscan import LiteralScan
from ngo_atlas.extract.rxstart import literal_heads
from ngo_atlas.extract.text import CI

# patterns written for this test: heads of different lengths, a \b before a head, a
# lookbehind, classes after the head, an optional part inside a head, a group
PATTERNS = [
    r"(?:\babc|abd\s+x|bcd?e)",
    r"(?<![\w])(?:abc|bca)\w*",
    r"(?P<h>aab|ab[cd]+)(?:\s+e)?",
    r"(?:cab|ca)(?!b)",
]
ALPHABET = "abcde x\n"


@given(st.text(alphabet=ALPHABET, max_size=60), st.integers(-2, 62), st.integers(0, 64))
@settings(max_examples=400, deadline=None)
def test_same_matches_as_re(text: str, pos: int, end: int) -> None:
    for pattern in PATTERNS:
        rx = re.compile(pattern)
        heads = literal_heads(pattern)
        assert heads is not None, pattern
        end = min(end, len(text))
        want = [(m.span(), m.groups()) for m in rx.finditer(text, pos, end)]
        got = [(m.span(), m.groups()) for m in LiteralScan(rx, heads).finditer(text, pos, end)]
        assert got == want, (pattern, text, pos, end)


def test_heads() -> None:
    assert literal_heads(r"(?:\bcontact|kontakt\s+z|kontrakt)") == ["cont", "kont"]
    assert literal_heads(r"ab?c|a\s") == ["a"]  # "a" starts "abc", "ac" and "a "
    assert literal_heads(r"\w+x|ab") is None  # a match may open with any letter
    assert literal_heads(r"(?i)abc") is None and literal_heads(r"(?i:ab)c") is None


def test_ci_takes_the_scan_where_it_pays() -> None:
    c = CI(r"(?:\bkontakt\s+z|skontaktuj\s+się|osob[ay]\s+do\s+kontaktu)")
    assert c._heads is not None
    text = "Osoba do kontaktu: Jan. Skontaktuj się z nami; kontakt z biurem"
    assert [m.span() for m in c.finditer(text)] == [m.span() for m in c.rx.finditer(text.lower())]
    assert c.search(text, 5).start() == text.lower().index("skontaktuj")
    assert CI(r"(?:oraz|i|a\s+także)\s+z")._heads is None  # "i", "a" stand everywhere
    assert CI(r"kontakt|skontaktuj")._heads is None  # re skips ahead on its own


@given(st.text(alphabet="aAbmMł@ /\nсСРр", max_size=40))
@settings(max_examples=300, deadline=None)
def test_a_first_character_test_changes_no_match(text: str) -> None:
    from ngo_atlas.extract.rxstart import with_first_char_test

    for pattern, flags in ((r"@|\bat\b|\bma[łl]pa\b|соба|рав|\s//\s", re.IGNORECASE),
                           (r"(?:ab|b\s)m|[mł]a", 0)):
        tested = with_first_char_test(pattern, flags)
        assert tested.startswith("(?=[")
        want = [m.span() for m in re.finditer(pattern, text, flags)]
        assert [m.span() for m in re.finditer(tested, text, flags)] == want


def test_no_first_character_test_where_they_are_not_known() -> None:
    from ngo_atlas.extract.rxstart import with_first_char_test

    assert with_first_char_test(r"(?i:ab)|c") == r"(?i:ab)|c"  # a case-free part inside
    assert with_first_char_test(r"[^a]b|c") == r"[^a]b|c"  # a negated class
    assert with_first_char_test(r"x?") == r"x?"  # may match empty
