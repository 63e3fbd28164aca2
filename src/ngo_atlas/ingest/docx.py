"""DOCX to text with python-docx, after checking the zip archive is not a bomb."""

from __future__ import annotations

import io
import threading
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager

import docx
import docx.document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.part import Part, PartFactory
from docx.table import Table
from docx.text.paragraph import Paragraph

from ngo_atlas.ingest.limits import Limits
from ngo_atlas.ingest.text import join_cells
from ngo_atlas.model import IngestError


def check_zip(data: bytes, source: str, limits: Limits) -> None:
    """Refuse archives that would expand past the limits, before anything is decompressed.

    The sizes in the central directory can lie, so python-docx reads only after this
    check; a lying archive then fails its CRC check rather than filling memory.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as e:
        raise IngestError(source, f"not a valid DOCX (not a zip archive: {e})") from None
    total = sum(i.file_size for i in infos)
    if total > limits.max_unzipped_bytes:
        raise IngestError(source, f"zip bomb: DOCX would expand to {total:,} bytes "
                                  f"(limit max_unzipped_bytes={limits.max_unzipped_bytes:,})")
    for i in infos:
        if i.file_size > 1_000_000 and i.file_size > limits.max_zip_ratio * max(i.compress_size, 1):
            raise IngestError(source, f"zip bomb: {i.filename} is compressed "
                                      f"{i.file_size // max(i.compress_size, 1)}:1 "
                                      f"(limit max_zip_ratio={limits.max_zip_ratio})")
    if "word/document.xml" not in {i.filename for i in infos}:
        raise IngestError(source, "not a DOCX (zip archive without word/document.xml)")


# Parts the text never reads: python-docx parses them as XML on opening, and a document
# made from Word's template carries a 350 KB styles.xml (half of its 14 ms to open).
_UNREAD_PARTS = frozenset({CT.WML_STYLES, CT.WML_NUMBERING, CT.WML_SETTINGS, CT.WML_COMMENTS})
_reading = threading.local()
_library_selector = PartFactory.part_class_selector  # python-docx's own (image parts)


def _part_class(content_type: str, reltype: str) -> type[Part] | None:
    """Inside _text_only(): the unread parts stay unparsed bytes; otherwise, and for
    every other part, python-docx's own choice."""
    if getattr(_reading, "text_only", False) and content_type in _UNREAD_PARTS:
        return Part
    return _library_selector(content_type, reltype) if _library_selector else None


PartFactory.part_class_selector = _part_class


@contextmanager
def _text_only() -> Iterator[None]:
    """Open documents in this thread without parsing the parts in _UNREAD_PARTS (other
    threads, and code that edits documents, get python-docx's usual parts)."""
    _reading.text_only = True
    try:
        yield
    finally:
        _reading.text_only = False


def docx_text(data: bytes, source: str, limits: Limits) -> tuple[str, str | None]:
    """Body paragraphs and tables in document order (one row per line), and the title."""
    check_zip(data, source, limits)
    try:
        with _text_only():
            document = docx.Document(io.BytesIO(data))
        lines = [_block_text(block) for block in document.iter_inner_content()]
        lines += _margins(document, set(lines))
        title = (document.core_properties.title or "").strip() or None
    except Exception as e:  # noqa: BLE001 - zipfile, lxml and python-docx each have their own
        raise IngestError(source, f"broken DOCX: {type(e).__name__}: {e}") from None
    text = "\n".join(line for line in lines if line.strip())
    if not text.strip():
        raise IngestError(source, "DOCX has no text")
    return text, title


def _margins(document: docx.document.Document, seen: set[str]) -> list[str]:
    """Header and footer text, once each, after the body: funding notes such as
    "Projekt współfinansowany z FAMI" often live only in a report's footer."""
    out: list[str] = []
    for section in document.sections:
        for part in (section.header, section.footer):
            if part.is_linked_to_previous:  # no text of its own (or the previous one's)
                continue
            for block in part.iter_inner_content():
                text = _block_text(block)
                if text.strip() and text not in seen:
                    seen.add(text)
                    out.append(text)
    return out


def _block_text(block: Paragraph | Table) -> str:
    if isinstance(block, Paragraph):
        return block.text
    rows = []
    for row in block.rows:
        cells: list[str] = []
        for cell in row.cells:
            value = " ".join(cell.text.split())
            if not cells or cells[-1] != value:  # merged cells repeat their text
                cells.append(value)
        rows.append(join_cells(cells))
    return "\n".join(rows)
