"""Build real problem documents (broken, hostile, oddly encoded) for the ingest tests."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from conftest_paths import DEV_DIR
from pypdf import PdfReader, PdfWriter

POLISH = (DEV_DIR / "d01.txt").read_text(encoding="utf-8")
RUSSIAN = (DEV_DIR / "d11.txt").read_text(encoding="utf-8")
UKRAINIAN = (DEV_DIR / "d12.txt").read_text(encoding="utf-8")


def legacy(text: str, encoding: str) -> str:
    """The text as a legacy code page can hold it (typographic quotes may not exist there)."""
    return text.encode(encoding, errors="replace").decode(encoding)


def pdf_bytes(lines: list[str], *, pages: int = 1) -> bytes:
    """A minimal valid PDF written by hand: Helvetica text, a correct xref table."""
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    kids = []
    for p in range(pages):
        content = b"BT /F1 12 Tf 72 720 Td 14 TL " + b" ".join(
            b"(" + f"{line} {p + 1}".encode("latin-1").replace(b"(", b"\\(").replace(b")", b"\\)")
            + b") Tj T*" for line in lines) + b" ET"
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        content_id = len(objects)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                       b"/Resources << /Font << /F1 FONT 0 R >> >> /Contents %d 0 R >>"
                       % content_id)
        kids.append(len(objects))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
                   b"/Encoding /WinAnsiEncoding >>")
    font_id = len(objects)
    objects = [o.replace(b"FONT", str(font_id).encode()) for o in objects]
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def encrypted_pdf(lines: list[str], password: str = "secret", algorithm: str = "RC4-128") -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes(lines))))
    writer.encrypt(user_password=password, owner_password="owner", algorithm=algorithm)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def docx_bytes(paragraphs: list[str], table: list[list[str]] | None = None,
               title: str | None = None) -> bytes:
    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    if title:
        d.core_properties.title = title
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def zip_bomb_docx(uncompressed_mb: int = 300) -> bytes:
    """A DOCX whose document.xml expands to hundreds of MB (about 300 KB on disk)."""
    buf = io.BytesIO()
    good = zipfile.ZipFile(io.BytesIO(docx_bytes(["cover"])))
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in good.infolist():
            if info.filename != "word/document.xml":
                z.writestr(info, good.read(info))
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            chunk = b" " * (1 << 20)
            for _ in range(uncompressed_mb):
                f.write(chunk)
    return buf.getvalue()


def deep_html(levels: int = 100_000) -> bytes:
    body = "<div>" * levels + "<p>Głęboko zagnieżdżony tekst projektu</p>" + "</div>" * levels
    return ("<html><head><title>Deep page</title></head><body>"
            f"<p>Na wierzchu: Fundacja Ocalenie</p>{body}</body></html>").encode()


def iso_html_declared_utf8() -> bytes:
    html = ('<html><head><meta charset="utf-8"><title>Zażółć gęślą jaźń</title></head>'
            "<body><article><h1>Projekt</h1>"
            + "".join(f"<p>{line}</p>" for line in POLISH.splitlines() if line.strip())
            + "</article></body></html>")
    return html.encode("iso8859_2", errors="replace")


def write_bad_folder(folder: Path) -> dict[str, str | None]:
    """Write the problem files; maps each name to a word its failure reason must contain,
    or None when the file must be read correctly."""
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, tuple[bytes, str | None]] = {
        "empty.txt": (b"", "empty"),
        "binary.txt": (bytes(range(256)) * 64, "binary"),
        "invalid-utf8.txt": (POLISH.encode("utf-8").replace("ą".encode(), b"\xc4")
                             .replace("ę".encode(), b"\xff"), "invalid UTF-8"),
        "polish-cp1250.txt": (legacy(POLISH, "cp1250").encode("cp1250"), None),
        "russian-koi8r.txt": (legacy(RUSSIAN, "koi8_r").encode("koi8_r"), None),
        "iso88592-declared-utf8.html": (iso_html_declared_utf8(), None),
        "broken.pdf": (pdf_bytes(["Projekt integracji"])[:300], "broken PDF"),
        "encrypted.pdf": (encrypted_pdf(["Projekt integracji"]), "encrypted"),
        "bomb.docx": (zip_bomb_docx(), "zip bomb"),
        "deep.html": (deep_html(), None),
        "good.pdf": (pdf_bytes(["Projekt integracji cudzoziemcow", "Lublin 2019"]), None),
        "good.docx": (docx_bytes(["Projekt „Razem”", "Miejsce realizacji: Lublin"]), None),
    }
    for name, (data, _) in files.items():
        (folder / name).write_bytes(data)
    return {name: expect for name, (_, expect) in files.items()}
