"""Property: whatever the bytes, a reader gives a Document or an IngestError naming the file."""

from __future__ import annotations

from badfiles import docx_bytes, pdf_bytes
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ngo_atlas.ingest.limits import Limits
from ngo_atlas.ingest.readers import read_bytes
from ngo_atlas.model import IngestError

LIMITS = Limits(seconds_per_document=0)  # hypothesis runs many examples; no alarms
GOOD = {"x.pdf": pdf_bytes(["Projekt integracji", "Lublin 2019"]),
        "x.docx": docx_bytes(["Projekt", "Koordynator: Anna Nowak"]),
        "x.html": "<html><head><title>T</title></head><body><p>Zażółć gęślą jaźń</p>"
                  "<div><table><tr><td>a</td></tr></table></div></body></html>".encode(),
        "x.txt": "Projekt „Razem”\nGrantodawca: Fundusz\n".encode()}

html_soup = st.lists(st.sampled_from(
    ["<div>", "</div>", "<p>", "<table><tr><td>", "</td></tr></table>", "<li>", "<br/>",
     "<script>", "</script>", "<!--", "-->", "<title>", "</title>", "Fundacja ", "ąę ",
     "\x01", "\x00", "&amp;", "&#0;", "&#xD800;", "<?xml version='1.0' encoding='utf-8'?>",
     "<meta charset='koi8-r'>", "\u202e", "\ufeff", "<", ">", "|", "\r"]), max_size=60)


def check(data: bytes, name: str) -> None:
    try:
        doc = read_bytes(data, f"/fuzz/{name}", name, limits=LIMITS)
    except IngestError as e:
        assert e.source == f"/fuzz/{name}" and e.reason
    else:
        assert doc.text.strip() and doc.name == name and len(doc.content_hash) == 64


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(GOOD)), st.data())
def test_mutated_real_files(name: str, data: st.DataObject) -> None:
    raw = bytearray(GOOD[name])
    for _ in range(data.draw(st.integers(1, 8))):
        i = data.draw(st.integers(0, len(raw) - 1))
        raw[i] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(1, len(raw)))
    check(bytes(raw[:cut]), name)


@settings(max_examples=150, deadline=None)
@given(html_soup)
def test_html_soup(parts: list[str]) -> None:
    check("".join(parts).encode("utf-8", errors="surrogatepass"), "soup.html")


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from(["a.txt", "a.html", "a.pdf", "a.docx", "a"]))
def test_random_bytes(data: bytes, name: str) -> None:
    check(data, name)
