"""Decoding real texts from ../shared in every encoding the sector's pages come in."""

from __future__ import annotations

import codecs

import pytest
from badfiles import POLISH, RUSSIAN, UKRAINIAN, legacy
from conftest_paths import DEV_DIR
from hypothesis import given, settings
from hypothesis import strategies as st

from ngo_atlas.ingest.decode import decode_bytes
from ngo_atlas.ingest.readers import read_bytes
from ngo_atlas.model import IngestError

POLISH_DOCS = ["d01.txt", "d05.txt", "000_7d86bcd1a183bf6a.txt", "003_0140c708d6512038.txt"]


@pytest.mark.parametrize("name", POLISH_DOCS)
@pytest.mark.parametrize("encoding", ["cp1250", "iso8859_2"])
def test_polish_legacy_code_pages_without_declaration(name: str, encoding: str) -> None:
    text = legacy((DEV_DIR / name).read_text(encoding="utf-8"), encoding)
    assert any(c in text for c in "ąśźĄŚŹ"), "the two code pages differ only on these letters"
    decoded, used = decode_bytes(text.encode(encoding), name)
    assert decoded == text
    assert codecs.lookup(used).name == codecs.lookup(encoding).name


@pytest.mark.parametrize("text,encoding", [
    (RUSSIAN, "koi8_r"), (RUSSIAN, "cp1251"), (UKRAINIAN, "cp1251"), (UKRAINIAN, "koi8_u"),
])
def test_cyrillic_code_pages(text: str, encoding: str) -> None:
    text = legacy(text, encoding)
    decoded, used = decode_bytes(text.encode(encoding), "doc.txt")
    assert decoded == text, f"decoded as {used}"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_unicode_forms_with_and_without_bom(encoding: str) -> None:
    decoded, _ = decode_bytes(POLISH.encode(encoding), "d01.txt")
    assert decoded.lstrip("\ufeff") == POLISH


def test_wrong_declarations_are_verified() -> None:
    cp1250 = legacy(POLISH, "cp1250").encode("cp1250")
    assert decode_bytes(cp1250, "x", declared="iso-8859-2")[0] == legacy(POLISH, "cp1250")
    assert decode_bytes(POLISH.encode("utf-8"), "x", declared="windows-1251") == (POLISH, "utf-8")
    assert decode_bytes(cp1250, "x", declared="no-such-charset")[1] == "cp1250"


@pytest.mark.parametrize("data,reason", [
    (b"", "empty"), (b" \n\t\n", "empty"), (bytes(range(256)) * 8, "binary"),
    (bytes(range(1, 256)) * 40, "binary"),
    (POLISH.encode().replace("ą".encode(), b"\xc4").replace("ę".encode(), b"\xff"),
     "invalid UTF-8"),
])
def test_bad_bytes_are_clear_errors(data: bytes, reason: str) -> None:
    with pytest.raises(IngestError) as e:
        decode_bytes(data, "/data/bad.txt")
    assert e.value.source == "/data/bad.txt"
    assert reason in e.value.reason


def test_one_truncated_character_keeps_the_page_and_says_so() -> None:
    # As in the real pl06.html: a headline cut in the middle of "ó".
    data = (POLISH * 3).encode() + b"przemyt paczek papieros" + b"\xc3..."
    doc = read_bytes(data, "/x/a.txt", "a.txt")
    assert doc.text.endswith("papieros\ufffd...")
    assert doc.meta["replaced_bytes"] == 1
    assert doc.encoding == "utf-8"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_decode_or_raise_ingest_error(data: bytes) -> None:
    try:
        text, encoding = decode_bytes(data, "fuzz.txt")
    except IngestError as e:
        assert e.source == "fuzz.txt" and e.reason
    else:
        assert isinstance(text, str) and encoding


def test_valid_utf8_declared_otherwise_with_long_lines() -> None:
    # One 40 KB line of Polish: the sample is cut inside it, never inside a character.
    line = " ".join([POLISH.replace("\n", " ")] * 30)
    data = (line + "\n").encode()
    assert len(data) > 40_000
    assert decode_bytes(data, "x.html", declared="iso-8859-2") == (line + "\n", "utf-8")
