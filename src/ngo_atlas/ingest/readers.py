"""Read one file or one blob of bytes into a Document: format, decoding, main text, language."""

from __future__ import annotations

import hashlib
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

from ngo_atlas.ingest.decode import decode_bytes
from ngo_atlas.ingest.docx import docx_text
from ngo_atlas.ingest.html import controls_possible, declared_charset, html_main_text
from ngo_atlas.ingest.limits import DocumentTimeout, Limits, time_limit
from ngo_atlas.ingest.pdf import pdf_text
from ngo_atlas.ingest.text import normalize_text
from ngo_atlas.model import Document, IngestError

FORMATS_BY_SUFFIX = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html",
                     ".xhtml": "html", ".pdf": "pdf", ".docx": "docx"}
_MIME_FORMATS = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "txt",
                 "application/pdf": "pdf",
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
                     "docx"}


def supported(path: Path) -> bool:
    """True for the file suffixes a folder walk picks up."""
    return path.suffix.lower() in FORMATS_BY_SUFFIX


def source_of(path: Path) -> str:
    """The one spelling of a path used as Document.source and in failure records."""
    return printable(os.path.abspath(path))


def printable(name: str) -> str:
    """A file name that is not UTF-8 (old archives, cp1250 names) carries surrogates that
    no database or terminal accepts; show the raw bytes as \\xNN instead."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def read_path(path: Path, limits: Limits | None = None) -> Document:
    """Read a local file; IngestError (naming the file) for anything unreadable."""
    limits = limits or Limits.from_env()
    path = Path(path)
    source = source_of(path)
    data = read_file_bytes(path, source, limits)
    return read_bytes(data, source, printable(path.name), limits=limits)


def read_file_bytes(path: Path, source: str, limits: Limits) -> bytes:
    """The file's bytes, refusing folders and files over max_bytes before reading them."""
    try:
        st = path.stat()
        size = st.st_size
        if stat.S_ISDIR(st.st_mode):
            raise IngestError(source, "is a folder, not a file")
        if not stat.S_ISREG(st.st_mode):  # a FIFO or device would block or never end
            raise IngestError(source, "not a regular file (a pipe, socket or device)")
        if size > limits.max_bytes:
            raise IngestError(source, f"file is {_mb(size)}, over the limit of "
                                      f"{_mb(limits.max_bytes)} (max_bytes)")
        with path.open("rb") as f:
            data = f.read(limits.max_bytes + 1)
    except OSError as e:
        raise IngestError(source, _os_reason(e)) from None
    if len(data) > limits.max_bytes:  # it grew while we read it
        raise IngestError(source, f"file grew past the limit of {_mb(limits.max_bytes)}")
    return data


def read_bytes(data: bytes, source: str, name: str, *, limits: Limits | None = None,
               content_type: str | None = None, url: str | None = None,
               content_hash: str | None = None) -> Document:
    """Turn raw bytes into a Document. ``content_type`` is an HTTP header, when known;
    ``content_hash`` is the bytes' sha256 hex digest, when the caller has taken it."""
    limits = limits or Limits.from_env()
    fmt = detect_format(name, data, source, content_type)
    charset = _header_charset(content_type)
    try:
        with time_limit(limits.seconds_per_document):
            text, title, encoding, meta = _read_format(fmt, data, source, limits, charset)
            text = normalize_text(text)
    except DocumentTimeout as e:
        raise IngestError(source, str(e)) from None
    except RecursionError:
        raise IngestError(source, f"{fmt} structure too deeply nested to read") from None
    if not text.strip():
        raise IngestError(source, "no text after cleaning")
    return Document(source=source, name=name, text=text, language=_language(text),
                    content_hash=content_hash or hashlib.sha256(data).hexdigest(), format=fmt,
                    encoding=encoding, fetched_at=datetime.now(UTC).isoformat(),
                    title=title, url=url, meta=meta)


def _read_format(fmt: str, data: bytes, source: str, limits: Limits,
                 charset: str | None) -> tuple[str, str | None, str | None, dict]:
    if fmt == "pdf":
        text, title, pages = pdf_text(data, source, limits)
        return text, title, None, {"pages": pages}
    if fmt == "docx":
        text, title = docx_text(data, source, limits)
        return text, title, None, {}
    if fmt == "html":
        html, encoding = decode_bytes(data, source, charset or declared_charset(data))
        page = html_main_text(html, source, limits,
                              controls=controls_possible(data, encoding))
        meta = {k: True for k in ("flattened", "fallback", "headline_added")
                if getattr(page, k)}
        meta.update(_replaced(html))
        return page.text, page.title, encoding, meta
    text, encoding = decode_bytes(data, source, charset)
    return text, None, encoding, _replaced(text)


def detect_format(name: str, data: bytes, source: str, content_type: str | None = None) -> str:
    """pdf or docx by their magic bytes (a report saved as .txt or served as text/html is
    still a PDF), else txt or html from the HTTP type, the suffix, then the first bytes."""
    head = data[:1024].lstrip().lower()
    if head.startswith(b"%pdf-"):
        return "pdf"
    if head.startswith(b"pk\x03\x04"):
        return "docx"
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime in _MIME_FORMATS:
        return _MIME_FORMATS[mime]
    suffix = Path(name).suffix.lower()
    if suffix in FORMATS_BY_SUFFIX:
        return FORMATS_BY_SUFFIX[suffix]
    if head.startswith((b"<!doctype html", b"<html")) or (mime == "" and b"<body" in head):
        return "html"
    if mime.startswith("text/") or (not suffix and content_type is not None):
        return "txt"
    raise IngestError(source, f"unsupported file type {suffix or mime or '(no suffix)'} "
                              f"(supported: .txt, .html, .htm, .pdf, .docx)")


def _replaced(text: str) -> dict[str, int]:
    """How many undecodable bytes were marked U+FFFD: a visible note, never silent."""
    n = text.count("\ufffd")
    return {"replaced_bytes": n} if n else {}


def _header_charset(content_type: str | None) -> str | None:
    for part in (content_type or "").split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None


def _language(text: str) -> str:
    try:
        from ngo_atlas.lang.detect import detect_language
    except ImportError:  # the lang stage is optional for reading
        return "und"
    return detect_language(text) or "und"


def _os_reason(e: OSError) -> str:
    if isinstance(e, FileNotFoundError):
        return "file not found (missing, or vanished while being read)"
    if isinstance(e, PermissionError):
        return "permission denied"
    return f"cannot read: {e.strerror or e}"


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"
