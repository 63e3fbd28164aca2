"""The HTML reader's faster paths answer exactly what the plain ones they replace answer."""

from __future__ import annotations

import re
import sys

import lxml.html
import pytest

from ngo_atlas.ingest import html as H


def test_lowered_funding_test_is_exact_for_every_character() -> None:
    # Every character that IGNORECASE equates with a letter of the pattern either lowers
    # to that letter or is in _CASE_ODD (which takes the IGNORECASE pattern). Letters of
    # the pattern are never equated with each other, so "lowers into the pattern's
    # letters" means "lowers to the letter it matched".
    letters = sorted({c for c in H._FUNDING_STATEMENT.pattern if c.isalpha()})
    assert not any(re.fullmatch(re.escape(a), b, re.I) for a in letters for b in letters if a != b)
    any_letter = re.compile("[" + "".join(letters) + "]", re.I)
    odd = [chr(i) for i in range(sys.maxunicode + 1)
           if any_letter.fullmatch(chr(i)) and chr(i).lower() not in letters]
    assert odd and all(H._CASE_ODD.fullmatch(c) for c in odd)


@pytest.mark.parametrize("text", [
    "Projekt WSPÓŁFINANSOWANY ze Środków Unii Europejskiej",
    "This project is CO-FUNDED by the EEA",
    "ПРОЄКТ СПІВФІНАНСУЄТЬСЯ з бюджету",
    "Проект финансируется ЗА СЧЁТ города",
    "Projekt ſfinanſowany przez gminę",  # long s: IGNORECASE matches it as s
    "Co-fınanced by the city",  # dotless i
    "ᲃофинансирование",  # an old Cyrillic letter form of с
    "Nothing about money here at all, only a long sentence of words",
])
def test_states_funding_equals_the_ignorecase_search(text: str) -> None:
    assert H._states_funding(text) == bool(H._FUNDING_STATEMENT.search(text))


def test_innermost_blocks_are_the_blocks_with_no_block_inside() -> None:
    page = ("<html><body><div><p>a</p><div><span><li>b</li></span></div></div>"
            "<section><td>c</td><p><b>d</b></p></section><div>e</div>"
            "<footer><address>f</address></footer></body></html>")
    tree = lxml.html.document_fromstring(page)
    plain = [el for el in tree.iter(*H._LEAF_BLOCKS)
             if not any(isinstance(c.tag, str) and c.tag in H._LEAF_BLOCKS
                        for c in el.iterdescendants())]
    fast = H._innermost_blocks(tree)
    assert [el.text_content() for el in fast] == ["a", "b", "c", "d", "e", "f"]
    assert fast == plain


def test_parser_gives_the_same_tree_as_lxml_html() -> None:
    page = ("<html><head><title>T</title><!-- note --></head><body><form><input name=x>"
            "<select><option>1</option></select><textarea>t</textarea><label>l</label>"
            "</form><p>Tekst &amp; więcej<?pi x?></p></body></html>")
    ours = H._parse(page, "p.html")
    theirs = lxml.html.document_fromstring(page)
    assert lxml.html.tostring(ours) == lxml.html.tostring(theirs)
    for a, b in zip(ours.iter(), theirs.iter(), strict=True):
        # Elements are HtmlElements (lxml.html makes forms and inputs subclasses of it);
        # comments and processing instructions keep lxml.html's own classes.
        assert isinstance(a, lxml.html.HtmlElement if isinstance(b.tag, str) else type(b))
    assert ours.text_content() == theirs.text_content()


def test_control_characters_come_only_from_control_bytes_in_the_trusted_encodings() -> None:
    for enc in H._ASCII_SUPERSETS - {"utf-8", "utf-8-sig"}:  # single-byte code pages
        for b in range(256):
            char = bytes([b]).decode(enc, errors="replace")
            assert (char in H._CONTROL_CHARS) == (b in H._CONTROL_BYTES), (enc, b)
    # UTF-8: a byte below 0x80 is its own character, and no longer sequence decodes below
    # 0x80 (overlong forms are refused and become U+FFFD)
    assert b"\xc0\x81".decode("utf-8", errors="replace") == "\ufffd\ufffd"


@pytest.mark.parametrize("encoding", ["utf-8", "cp1250", "koi8-r"])
def test_a_stray_control_byte_is_still_dropped(encoding: str) -> None:
    page = "<html><body><main><p>Projekt\x0b dla cudzoziemców w Lublinie.</p></main></body></html>"
    data = page.encode(encoding, errors="replace")
    assert H.controls_possible(data, encoding)
    assert not H.controls_possible(data.replace(b"\x0b", b""), encoding)
    assert H.controls_possible(b"<p>x</p>", "utf-16")  # not an ASCII superset: text is scanned
    from ngo_atlas.ingest.readers import read_bytes

    assert "\x0b" not in read_bytes(data, "p.html", "p.html").text


def _top_level_branches(pattern: str) -> list[str]:
    branches, depth, start = [], 0, 0
    for i, c in enumerate(pattern):
        depth += {"(": 1, ")": -1}.get(c, 0)
        if c == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
    return [*branches, pattern[start:]]


def test_every_funding_branch_holds_a_prefilter_word() -> None:
    # Each word must stand outside any optional part or class of its branch (checked by
    # eye when the pattern changes); a branch without one would be skipped by the
    # prefilter, so a new branch must bring its word.
    for branch in _top_level_branches(H._FUNDING_STATEMENT.pattern):
        assert any(w in branch for w in H._FUNDING_WORDS), branch


@pytest.mark.parametrize("text", [
    "Dofinansowano z programu", "CO-FINANCED BY the EU", "co-funded by Norway",
    "Фінансується містом", "за рахунок гранту", "ЗА СЧЁТ бюджета", "за счет средств",
    "Zadanie sfinansowane", "Spotkanie w czwartek o godzinie 18 w świetlicy",
])
def test_prefilter_keeps_the_answer(text: str) -> None:
    assert H._states_funding(text) == bool(H._FUNDING_STATEMENT.search(text))
