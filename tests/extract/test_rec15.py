"""Round 15 (records): where a page's header ends, whether a page describes an undertaking,
how a list of cards splits, and which name a record takes."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.title import header_end
from ngo_atlas.model import Document


def _titles(text: str) -> list[str]:
    return [p.title for p in extract_document(Document("t", "t.txt", text)).projects]


# a logo bar below the first paragraphs is the page's foot: the header ends above the prose
_FAIR = ("Kalendarz » Targi Pracy dla Cudzoziemców\n\n"
         "Targi „Praca bez granic” – 12 października 2025\n\n"
         "W niedzielę w hali sportowej przy ulicy Szkolnej spotkają się pracodawcy z regionu i osoby, "
         "które niedawno przyjechały do Polski i szukają zatrudnienia.\n\n"
         "Targi są częścią projektu „Opole pracuje razem”, który Fundacja Nowy Start prowadzi od "
         "lutego 2025 r. wspólnie z Powiatowym Urzędem Pracy w Opolu.\n\n"
         "logo Fundacji | logo Urzędu | herb Opola\n\n"
         "Kontakt: Anna Lis, tel. 600 100 200\n")


def test_logo_bar_below_prose_does_not_end_the_header() -> None:
    assert header_end(_FAIR) < _FAIR.index("Targi „Praca")


def test_event_and_its_project_both_found_above_a_logo_bar() -> None:
    titles = _titles(_FAIR)
    assert "Opole pracuje razem" in titles and len(titles) == 2


def test_address_line_under_a_site_name_stays_in_the_header() -> None:
    text = ("FUNDACJA NOWY START\nOpole • ul. Krakowska 5 • tel. 77 400 10 10\n\n"
            "O nas | Projekty | Kontakt\n\nOpole pracuje razem\n\n"
            "Realizator: Fundacja Nowy Start\nTermin realizacji: luty – grudzień 2025\n"
            "Kwota dotacji: 50 000 zł\n")
    assert header_end(text) > text.index("Kontakt")


def test_two_language_switcher_ends_the_header() -> None:
    text = ("Uniwersytet Gdański | Instytut Pedagogiki\nPL / UA\n\n"
            "Szkoła bez granic językowych\n\n"
            "Okres realizacji: 1 marca 2024 – 28 lutego 2026\n"
            "Dofinansowanie: 120 000 EUR\n\n"
            "Projekt przygotowuje nauczycieli do pracy w klasach wielojęzycznych.\n")
    assert header_end(text) > text.index("PL / UA")
    assert _titles(text) == ["Szkoła bez granic językowych"]


def test_listed_name_with_a_dash_subtitle_heads_the_page() -> None:
    text = ("Dzieci, rodzice i nauczyciele – wspólna szkoła dla wszystkich\n\n"
            "Okres realizacji: styczeń – grudzień 2023\n"
            "Kwota dotacji: 40 000 zł\n\n"
            "W projekcie szkoły z Torunia przygotowały zajęcia dla uczniów z Ukrainy.\n")
    assert _titles(text) == ["Dzieci, rodzice i nauczyciele – wspólna szkoła dla wszystkich"]
