"""PDF, DOCX and HTML readers on generated real files, and the limits that guard them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from badfiles import (
    POLISH,
    deep_html,
    docx_bytes,
    encrypted_pdf,
    iso_html_declared_utf8,
    pdf_bytes,
    zip_bomb_docx,
)

from ngo_atlas.ingest.limits import Limits
from ngo_atlas.ingest.readers import read_bytes, read_path
from ngo_atlas.model import IngestError


def read(tmp_path: Path, name: str, data: bytes, limits: Limits | None = None):
    path = tmp_path / name
    path.write_bytes(data)
    return read_path(path, limits)


def failure(tmp_path: Path, name: str, data: bytes, limits: Limits | None = None) -> str:
    with pytest.raises(IngestError) as e:
        read(tmp_path, name, data, limits)
    assert e.value.source == str(tmp_path / name)
    return e.value.reason


def test_pdf_text_pages_and_hash(tmp_path: Path) -> None:
    data = pdf_bytes(["Projekt integracji (2019)", "Miejsce realizacji: Lublin"], pages=3)
    doc = read(tmp_path, "r.pdf", data)
    assert doc.format == "pdf" and doc.meta["pages"] == 3
    lines = doc.text.splitlines()
    assert lines[:2] == ["Projekt integracji (2019) 1", "Miejsce realizacji: Lublin 1"]
    assert "Miejsce realizacji: Lublin 3" in lines
    import hashlib
    assert doc.content_hash == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_restrictions_only_pdf_opens(tmp_path: Path, algorithm: str) -> None:
    # Reports are often "secured" against copying with an empty user password.
    doc = read(tmp_path, "r.pdf", encrypted_pdf(["Projekt integracji"], "", algorithm))
    assert doc.text == "Projekt integracji 1"
    assert "encrypted" in failure(tmp_path, "s.pdf",
                                  encrypted_pdf(["Projekt integracji"], "tajne", algorithm))


def test_pdf_failures(tmp_path: Path) -> None:
    good = pdf_bytes(["Projekt"], pages=5)
    assert "encrypted" in failure(tmp_path, "e.pdf", encrypted_pdf(["Projekt"]))
    assert "broken PDF" in failure(tmp_path, "b.pdf", good[: len(good) // 3])
    assert "not a PDF" in failure(tmp_path, "n.pdf", b"<html>not a pdf</html>")
    reason = failure(tmp_path, "long.pdf", good, Limits(max_pdf_pages=4))
    assert "5 pages" in reason and "max_pdf_pages" in reason


def test_docx_paragraphs_tables_and_title(tmp_path: Path) -> None:
    data = docx_bytes(["Projekt „Razem w Lublinie”", "Koordynator: Anna Nowak"],
                      table=[["Grantodawca:", "Fundusz Azylu, Migracji i Integracji"],
                             ["Kwota:", "999 750,00 PLN"]], title="Razem")
    doc = read(tmp_path, "p.docx", data)
    assert doc.text.splitlines() == [
        "Projekt „Razem w Lublinie”", "Koordynator: Anna Nowak",
        "Grantodawca: Fundusz Azylu, Migracji i Integracji", "Kwota: 999 750,00 PLN"]
    assert doc.title == "Razem" and doc.format == "docx"


def test_docx_failures(tmp_path: Path) -> None:
    import tracemalloc

    bomb = zip_bomb_docx()  # 300 MB of document.xml in about 300 KB
    tracemalloc.start()
    try:
        reason = failure(tmp_path, "bomb.docx", bomb)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert "zip bomb" in reason
    # Refused from the archive's declared sizes, not after expanding it: a memory bound,
    # not a wall-clock one, so a loaded machine cannot fail it.
    assert peak < 64 * 2**20, f"the bomb must be refused, not expanded ({peak >> 20} MB)"
    assert "zip bomb" in failure(tmp_path, "ratio.docx", zip_bomb_docx(50),
                                 Limits(max_zip_ratio=100))
    assert "not a valid DOCX" in failure(tmp_path, "x.docx", b"PK\x03\x04broken")
    assert "not a valid DOCX" in failure(tmp_path, "t.docx", POLISH.encode())


def test_deep_html_is_flattened_and_keeps_its_text(tmp_path: Path) -> None:
    doc = read(tmp_path, "deep.html", deep_html(100_000))
    assert "Na wierzchu: Fundacja Ocalenie" in doc.text
    assert "Głęboko zagnieżdżony tekst projektu" in doc.text  # libxml2 alone drops it
    assert doc.meta.get("flattened") is True and doc.title == "Deep page"


def test_html_depth_limit_is_configurable(tmp_path: Path) -> None:
    shallow = read(tmp_path, "d.html", deep_html(40))
    assert "flattened" not in shallow.meta
    flat = read(tmp_path, "d.html", deep_html(40), Limits(max_html_depth=20))
    assert flat.meta["flattened"] and "Głęboko zagnieżdżony" in flat.text


def test_iso_8859_2_page_declared_utf8(tmp_path: Path) -> None:
    doc = read(tmp_path, "p.html", iso_html_declared_utf8())
    assert doc.encoding == "iso8859-2" and doc.title == "Zażółć gęślą jaźń"
    assert "Stowarzyszenie Homo Faber od 1 września 2025" in doc.text


def test_size_limit_refuses_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as f:  # a sparse 200 MB file: no disk used, refused by its size
        f.truncate(200 * 1024 * 1024)
    with pytest.raises(IngestError) as e:
        read_path(big)
    assert "200.0 MB" in e.value.reason and "max_bytes" in e.value.reason
    assert "max_bytes" in failure(tmp_path, "s.txt", b"x" * 2000, Limits(max_bytes=1000))


def test_time_limit_per_document(tmp_path: Path) -> None:
    reason = failure(tmp_path, "slow.html", deep_html(100_000),
                     Limits(seconds_per_document=0.01))
    assert "longer than 0.01 s" in reason


def test_missing_folder_and_unsupported(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="file not found"):
        read_path(tmp_path / "gone.txt")
    with pytest.raises(IngestError, match="is a folder"):
        read_path(tmp_path)
    assert "unsupported file type .doc" in failure(tmp_path, "old.doc", b"\xd0\xcf\x11\xe0" * 9)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # opening it would wait for a writer forever
    with pytest.raises(IngestError, match="not a regular file"):
        read_path(fifo)
    with pytest.raises(IngestError, match="not a regular file"):
        read_path(Path("/dev/zero"))


def test_text_normalisation_keeps_lines(tmp_path: Path) -> None:
    data = "Tytuł:\r\nProjekt\u00ad \u201eRazem\u201d  \r\n\r\n\r\n\r\nKoordynator: Ewa".encode()
    doc = read_bytes("Zaz\u0307o\u0301łc\u0301".encode() + b"\n" + data, "/x.txt", "x.txt")
    assert doc.text == "Zażółć\nTytuł:\nProjekt \u201eRazem\u201d\n\nKoordynator: Ewa"


def test_html_tables_and_lists_keep_their_lines(tmp_path: Path) -> None:
    page = ("<html><head><title>Projekt „Razem”</title></head><body><nav><a href='/'>Start</a>"
            "</nav><article><h2>Projekt „Razem”</h2><table><tr><th>Pole</th><th>Wartość</th>"
            "</tr><tr><td>Grantodawca:</td><td>Fundusz Azylu, Migracji i Integracji</td></tr>"
            "<tr><td>Kwota:</td><td>999 750,00 PLN</td></tr></table><p>Projekt realizowany "
            "w Lublinie przez Fundację Ocalenie od 2019 do 2021 roku, razem z partnerami.</p>"
            "<p>Partnerzy:</p><ul><li>Stowarzyszenie Homo Faber</li><li>Caritas Polska</li>"
            "</ul></article></body></html>")
    doc = read(tmp_path, "t.html", page.encode())
    lines = doc.text.splitlines()
    assert "Pole | Wartość" in lines and "Kwota: 999 750,00 PLN" in lines
    assert "Grantodawca: Fundusz Azylu, Migracji i Integracji" in lines
    assert "- Stowarzyszenie Homo Faber" in lines and "- Caritas Polska" in lines
    assert not any(line.startswith("|") for line in lines)


def test_html_without_main_content(tmp_path: Path) -> None:
    bare = read(tmp_path, "l.html", b"<html><body><ul><li>Fundacja Ocalenie</li>"
                b"<li>Stowarzyszenie Homo Faber</li></ul></body></html>")
    assert "Fundacja Ocalenie" in bare.text and "Stowarzyszenie Homo Faber" in bare.text
    assert "no text" in failure(tmp_path, "s.html",
                                b"<html><body><script>var a = 1;</script></body></html>")


def test_limits_from_environment() -> None:
    limits = Limits.from_env({"NGO_ATLAS_MAX_BYTES": "1000", "NGO_ATLAS_FETCH_TIMEOUT": "2.5"})
    assert limits.max_bytes == 1000 and limits.fetch_timeout == 2.5
    assert limits.max_pdf_pages == Limits().max_pdf_pages
    with pytest.raises(ValueError, match="NGO_ATLAS_MAX_PDF_PAGES"):
        Limits.from_env({"NGO_ATLAS_MAX_PDF_PAGES": "many"})


def test_page_headline_is_kept_but_not_the_site_banner(tmp_path: Path) -> None:
    body = ("<p>Stowarzyszenie Homo Faber od 1 września 2025 roku realizuje projekt wsparcia "
            "integracji cudzoziemców w Lublinie, finansowany z Funduszu Azylu, Migracji "
            "i Integracji. W ramach projektu odbędzie się 10 spotkań i 3 warsztaty.</p>") * 3
    page = ("<html><head><title>Baobab. Komplementarne wspieranie integracji – Homo Faber"
            "</title></head><body><header><h1>Homo Faber</h1></header><div class='hero'>"
            "<h1>Baobab. Komplementarne wspieranie integracji</h1></div><article>" + body
            + "</article></body></html>")
    doc = read(tmp_path, "p.html", page.encode())
    assert doc.text.splitlines()[0] == "Baobab. Komplementarne wspieranie integracji"
    assert doc.meta.get("headline_added") is True
    # A page whose headline is no <h1>: the site's name in the banner is not put first,
    # though the <title> repeats it.
    for banner in ("<header><h1 class='site-title'>Fundacja Przykład</h1></header>",
                   "<div><h1><a href='/'>Fundacja Przykład</a></h1></div>"):
        other = (page.replace("<header><h1>Homo Faber</h1></header>", banner)
                 .replace("<h1>Baobab. Komplementarne wspieranie integracji</h1>", "")
                 .replace("– Homo Faber", "– Fundacja Przykład"))
        doc = read(tmp_path, "b.html", other.encode())
        assert "Fundacja Przykład" not in doc.text and "headline_added" not in doc.meta


def test_magic_bytes_beat_the_suffix(tmp_path: Path) -> None:
    pdf = read(tmp_path, "raport.txt", pdf_bytes(["Projekt integracji"]))
    assert pdf.format == "pdf" and pdf.text == "Projekt integracji 1"
    assert read(tmp_path, "notatka.html", docx_bytes(["Projekt Razem"])).format == "docx"
    assert "without word/document.xml" in failure(tmp_path, "archiwum.txt",
                                                   _zip_with("readme.txt", b"x"))


def _zip_with(name: str, data: bytes) -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(name, data)
    return buf.getvalue()


def test_docx_footer_funding_note_is_read_once(tmp_path: Path) -> None:
    import io

    import docx

    d = docx.Document()
    d.add_paragraph("Projekt „Razem”")
    d.sections[0].footer.paragraphs[0].text = ("Projekt współfinansowany ze środków "
                                               "Funduszu Azylu, Migracji i Integracji")
    d.sections[0].header.paragraphs[0].text = "Projekt „Razem”"  # repeats the body: once
    d.add_section()
    buf = io.BytesIO()
    d.save(buf)
    doc = read(tmp_path, "f.docx", buf.getvalue())
    assert doc.text.splitlines() == [
        "Projekt „Razem”",
        "Projekt współfinansowany ze środków Funduszu Azylu, Migracji i Integracji"]
