"""PDF to text with pypdf: encrypted, broken and oversized PDFs become clear errors."""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from ngo_atlas.ingest.limits import Limits
from ngo_atlas.model import IngestError

# pypdf logs (even at ERROR) every oddity it recovers from in real-world PDFs, which would
# flood a batch's terminal; what cannot be recovered raises and becomes the failure reason.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)


def pdf_text(data: bytes, source: str, limits: Limits) -> tuple[str, str | None, int]:
    """Text of every page (pages separated by a blank line), the metadata title, page count."""
    if not data.lstrip().startswith(b"%PDF-"):
        raise IngestError(source, "not a PDF file (no %PDF- header)")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not _opens_without_password(reader, source):
            raise IngestError(source, "encrypted PDF: a password is needed to read it")
        pages = len(reader.pages)
        if pages > limits.max_pdf_pages:
            raise IngestError(source, f"PDF has {pages} pages, more than the limit of "
                                      f"{limits.max_pdf_pages} (max_pdf_pages)")
        texts = [(page.extract_text() or "").strip() for page in reader.pages]
        title = _title(reader)
    except IngestError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            AssertionError, RecursionError, OverflowError, ZeroDivisionError) as e:
        # pypdf raises a zoo of exception types on damaged files.
        raise IngestError(source, f"broken PDF: {type(e).__name__}: {e}") from None
    text = "\n\n".join(t for t in texts if t)
    if not text.strip():
        raise IngestError(source, f"PDF has no extractable text ({pages} pages; "
                                  "scanned images need OCR, which ingest does not do)")
    return text, title, pages


def _opens_without_password(reader: PdfReader, source: str) -> bool:
    """Owner-password-only PDFs (print/copy restrictions) open with the empty password."""
    try:
        return bool(reader.decrypt(""))
    except (PyPdfError, NotImplementedError, ValueError) as e:
        raise IngestError(source, f"encrypted PDF that cannot be opened: {e}") from None


def _title(reader: PdfReader) -> str | None:
    try:
        meta = reader.metadata
        title = (meta.title or "").strip() if meta else ""
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return title or None
