"""DOCX read without parsing the styles, numbering, settings and comments parts gives the
same text and title as python-docx's full open, and leaves python-docx usable for writing."""

from __future__ import annotations

import io
from contextlib import nullcontext
from itertools import islice

import docx
import pytest
from docx.parts.styles import StylesPart

from bench.generator import generate
from ngo_atlas.ingest import docx as reader
from ngo_atlas.ingest.limits import Limits


@pytest.fixture(scope="module")
def documents() -> list[bytes]:
    found = [data for name, data in islice(generate(500, 11), 500) if name.endswith(".docx")]
    assert len(found) >= 5
    return found


def test_same_text_and_title_as_the_full_open(documents: list[bytes],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    limits = Limits()
    fast = [reader.docx_text(d, "x.docx", limits) for d in documents]
    monkeypatch.setattr(reader, "_text_only", nullcontext)  # every part parsed
    full = [reader.docx_text(d, "x.docx", limits) for d in documents]
    assert fast == full
    assert all(text.strip() for text, _title in fast)


def test_the_skipped_parts_stay_bytes_only_while_reading(documents: list[bytes]) -> None:
    with reader._text_only():
        opened = docx.Document(io.BytesIO(documents[0]))
    styles = [p for p in opened.part.package.iter_parts() if p.partname.endswith("/styles.xml")]
    assert styles and not isinstance(styles[0], StylesPart)
    # outside it (the generator, an editor of documents), python-docx's own parts
    again = docx.Document(io.BytesIO(documents[0]))
    assert again.styles is not None and isinstance(again.part._styles_part, StylesPart)
    again.add_paragraph("Nowy akapit", style="List Bullet")
    out = io.BytesIO()
    again.save(out)
    assert "Nowy akapit" in reader.docx_text(out.getvalue(), "y.docx", Limits())[0]
