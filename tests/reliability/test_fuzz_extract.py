"""Property-based fuzzing of extraction: any text gives a SCHEMA.md record, never an exception.

EXTRACT's own tests cover a handful of fixed broken strings; these generate thousands of
shapes: arbitrary unicode, real sentences spliced with junk, label lines with absurd
values (huge amounts, impossible dates), bidi controls, NULs and combining marks.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document
from record_schema import record_problems

DEV = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "dev"
LINES = [line for p in sorted(DEV.glob("*.txt"))
         for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
DOCS = [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))]
if not LINES:
    pytest.skip("../shared/eval/dev is not present", allow_module_level=True)

ODD = ["\x00", "\u200f", "\u202e", "\u202d", "\u200b", "\ufeff", "\u0301", "\u00ad",
       "\U0001f600", "\u2028", "\r", "\t", "„", "”", "«", "»", "\u0645\u0634\u0631\u0648\u0639",
       "\u05e4\u05e8\u05d5\u05d9\u05e7\u05d8", "\ufffd", "\x1b[31m", "<script>", "&amp;"]
LABELS = ["Grantodawca: ", "Kwota: ", "Kwota dofinansowania: ", "Termin realizacji: ",
          "Okres realizacji: od ", "Partnerzy: ", "Koordynator: ", "E-mail: ", "Miejsce: ",
          "Projekt „", "Finansowanie: ", "Бюджет: ", "Партнери: ", "Сроки реализации: ",
          "Funded by ", "Project period: "]
huge = st.one_of(st.integers(10**9, 10**60).map(str),
                 st.integers(0, 10**12).map(lambda n: f"{n:,}".replace(",", " ")),
                 st.floats(allow_nan=True, allow_infinity=True).map(str),
                 st.sampled_from(["1e309", "NaN", "-0", "0,00", "999 999 999 999,99 zł",
                                  "9" * 400, "١٢٣٤", "²³", "Ⅻ"]))
dates = st.one_of(
    st.tuples(st.integers(0, 99), st.integers(0, 99), st.integers(0, 99999)).map(
        lambda t: f"{t[0]:02d}.{t[1]:02d}.{t[2]}"),
    st.tuples(st.integers(0, 9999), st.integers(0, 99)).map(lambda t: f"{t[1]:02d}/{t[0]}"),
    st.sampled_from(["31 lutego 2020", "0000", "99999", "30.02.2021 – 31.04.2021",
                     "od 2019 do 1850", "13.13.2013", "styczeń 0", "2020-00-00",
                     "32 stycznia 2015 r.", "9999-99-99"]))
junk = st.one_of(st.text(max_size=60), st.sampled_from(ODD), huge, dates)
real_line = st.sampled_from(LINES)
label_line = st.tuples(st.sampled_from(LABELS), st.one_of(huge, dates, junk, real_line)).map(
    "".join)
FUZZ = settings(max_examples=150, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _check(text: str) -> None:
    doc = Document(source="fuzz/page.txt", name="page.txt", text=text)
    extraction = extract_document(doc)
    for evidence in (True, False):
        problems = record_problems(extraction.to_record(evidence=evidence), "page.txt",
                                   len(text))
        assert problems == [], (problems, text[:500])


@FUZZ
@given(st.text(max_size=2000))
def test_arbitrary_text(text: str) -> None:
    _check(text)


@FUZZ
@given(st.sampled_from(DOCS), st.lists(st.tuples(st.floats(0, 1), st.one_of(junk, label_line)),
                                       max_size=12),
       st.sampled_from(["\n", " ", "", "\r\n", "\u2029"]))
def test_real_documents_spliced_with_junk(doc: str, inserts: list, sep: str) -> None:
    text = doc
    for where, piece in inserts:  # cut the real text at random points and splice junk in
        i = int(where * len(text))
        text = text[:i] + sep + piece + sep + text[i:]
    _check(text)


@FUZZ
@given(st.lists(label_line, min_size=1, max_size=25), st.sampled_from(ODD))
def test_label_lines_with_absurd_values_and_odd_characters(lines: list[str], odd: str) -> None:
    text = "Projekt „Razem w Lublinie”\n" + "\n".join(lines)
    _check(text)
    _check(odd.join(text))  # an odd character between every character


def test_page_of_real_lines_with_bidi_marks_and_nuls() -> None:
    """A page of 200 dev lines with bidi marks and NULs. Kept near 15 KB: extraction time
    grows faster than linearly with text length (see bench/RELIABILITY.md)."""
    text = "\n".join(f"{line}\u200f\x00" if i % 7 == 0 else line
                     for i, line in enumerate(LINES[:200]))
    _check(text)
