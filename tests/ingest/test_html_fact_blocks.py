"""Footer-like blocks that state funding, and lines naming the project's site, survive."""

from __future__ import annotations

from ngo_atlas.ingest.readers import read_bytes

BODY = ("Fundacja Przykładowa prowadzi w Toruniu i we Włocławku punkt porad dla cudzoziemców. "
        "Doradcy pomagają w sprawach pobytowych, szukaniu pracy i zapisach dzieci do szkół. ")


def _page(main_extra: str, after_main: str = "") -> bytes:
    return f"""<html><head><title>Punkt porad</title></head><body>
<div class="cookie-bar">Ta strona używa plików cookie. Projekt współfinansowany akceptuj.</div>
<nav><ul><li><a href="/">Start</a></li><li><a href="/finansowanie">Finansowanie projektów
 ze środków unijnych – oferta</a></li></ul></nav>
<main><article><h1>Punkt porad dla cudzoziemców</h1>
<p>{BODY * 3}</p><p>{BODY}</p>{main_extra}</article></main>{after_main}
<div class="share-buttons"><a href="https://facebook.com/sharer">facebook.com</a></div>
</body></html>""".encode()


def _text(page: bytes) -> str:
    return read_bytes(page, "p.html", "p.html").text


def test_funding_footer_is_kept_after_the_main_text() -> None:
    footer = ('<div class="eu-footer"><img src="/ue.png" alt="Flaga UE"><p>Projekt '
              'współfinansowany ze środków Funduszu Azylu, Migracji i Integracji.</p></div>')
    lines = _text(_page(footer)).splitlines()
    assert lines[-1] == "Projekt współfinansowany ze środków Funduszu Azylu, Migracji i Integracji."
    joined = "\n".join(lines)
    assert "cookie" not in joined and "Start" not in joined and "oferta" not in joined
    assert "facebook" not in joined


def test_funding_statement_in_the_page_footer_in_ukrainian_and_english() -> None:
    uk = "<footer><p>Проєкт співфінансується з Фонду притулку та державного бюджету.</p></footer>"
    en = "<footer><p>This project is co-funded by the City of Toruń and the EEA Grants.</p></footer>"
    assert _text(_page("", uk)).splitlines()[-1].startswith("Проєкт співфінансується")
    assert _text(_page("", en)).splitlines()[-1].startswith("This project is co-funded")


def test_a_footer_without_funding_stays_out() -> None:
    footer = "<footer><p>© 2024 Fundacja Przykładowa · Polityka prywatności · Kontakt</p></footer>"
    assert "Polityka prywatności" not in _text(_page("", footer))


def test_a_line_naming_the_projects_site_is_kept() -> None:
    # trafilatura drops this last line as a link-only paragraph (as on eval/extra/x30).
    page = """<html lang="pl"><head><title>Punkt porad – Fundacja Przykładowa</title></head><body>
<div class="cookie-consent">Strona używa plików cookie. <a href="#">Akceptuję</a></div>
<header><nav><a href="/">Start</a> | <a href="/projekty">Projekty</a></nav></header>
<main><h1>Punkt porad dla cudzoziemców w Toruniu</h1>
<p>Projekt prowadziła Fundacja Przykładowa razem ze Stowarzyszeniem Sąsiedzi.</p>
<p>Przez rok doradcy udzielili 300 porad w sprawach pobytowych, pracy i szkoły.</p>
<p>Projekt zakończył się w lutym 2023. Koordynowała go Anna Nowak.</p>
<p>More: <a href="https://welcome.torun.example.org">welcome.torun.example.org</a></p>
</main><footer>Fundacja Przykładowa · Obserwuj nas na Facebooku</footer></body></html>"""
    lines = _text(page.encode()).splitlines()
    assert lines[-1] == "More: welcome.torun.example.org"
    assert not any("cookie" in line or "Facebook" in line for line in lines)


def test_brand_links_and_footer_links_are_not_a_projects_site() -> None:
    # A relative author link shows the site's brand; the footer holds the site's own links.
    author = '<p class="author">Autor: <a href="/profil/25">przyklad.pl</a></p>'
    footer = '<footer><p>www: <a href="https://przyklad.pl">przyklad.pl</a></p></footer>'
    text = _text(_page(author, footer))
    assert "Autor: przyklad.pl" not in text and "www: przyklad.pl" not in text


def test_a_fact_list_in_a_meta_box_is_kept() -> None:
    # trafilatura drops a box classed like page metadata with its definition list.
    box = ('<div class="project-meta"><dl><dt>Realizator:</dt><dd>Fundacja Przykładowa</dd>'
           '<dt>Okres realizacji:</dt><dd>01.03.2022 – 28.02.2023</dd></dl></div>')
    lines = _text(_page(box)).splitlines()
    assert "Realizator: Fundacja Przykładowa" in lines
    assert "Okres realizacji: 01.03.2022 – 28.02.2023" in lines


def test_a_fact_list_in_a_menu_stays_out() -> None:
    menu = ('<nav class="project-meta"><dl><dt>Oferta:</dt><dd>Szkolenia</dd></dl></nav>')
    assert "Oferta: Szkolenia" not in _text(_page(menu))
