"""Round 21 (RECS-G): a report's numbered sub-sections whose headings are quoted names, wrapped
at a fixed width, are one record each; a site's toolbar line (search, print, language,
text size, contrast) is page furniture, never a title."""

from ngo_atlas.extract.boilerplate import toolbar_line
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _records(text: str):
    return extract_document(Document("t", "t.txt", text)).projects


def test_quoted_subsection_headings_are_one_record_each_and_a_wrapped_name_is_joined():
    page = ("SPRAWOZDANIE Z DZIAŁALNOŚCI STOWARZYSZENIA „PRZYSTAŃ” ZA ROK 2024\n\n"
            "2. Projekty zrealizowane w 2024 roku\n\n"
            "W 2024 r. Stowarzyszenie prowadziło następujące projekty:\n\n"
            "2.1. „Sąsiedzka świetlica – zajęcia popołudniowe dla dzieci cudzoziemskich w Opolu\n"
            "i Kędzierzynie”\n"
            "Okres: 1 lutego – 30 listopada 2024 r.\n"
            "Źródło finansowania: Gmina Opole, kwota 84 000 zł.\n"
            "Prowadzono zajęcia dla 60 dzieci.\n\n"
            "2.2. „Kurs zawodowy dla kobiet”\n"
            "Okres: marzec – czerwiec 2024 r.\n"
            "Źródło finansowania: Fundacja Orlen, 30 000 zł.\n"
            "Kurs ukończyło 25 kobiet.\n\n"
            "3. Zatrudnienie\n\nStowarzyszenie zatrudniało 5 osób.\n")
    recs = _records(page)
    assert [r.title for r in recs] == [
        "Sąsiedzka świetlica – zajęcia popołudniowe dla dzieci cudzoziemskich w Opolu i Kędzierzynie",
        "Kurs zawodowy dla kobiet"]
    assert [f.amount for f in recs[0].funding] == [84000.0]
    assert [f.amount for f in recs[1].funding] == [30000.0]


def test_english_quoted_subsections():
    page = ("Annual report 2023\n\n4. Projects delivered in 2023\n\n"
            "4.1. \"Safe Start – housing for refugee families\"\n"
            "Period: March – December 2023\nFunded by: City of Gdańsk, PLN 50,000.\n\n"
            "4.2. \"Words Together\"\n"
            "Period: January – June 2023\nFunded by: Open Society Foundations, EUR 10,000.\n\n"
            "5. Staff\n\nWe employed four people.\n")
    assert [r.title for r in _records(page)] == ["Safe Start – housing for refugee families",
                                                   "Words Together"]


def test_toolbar_lines():
    for line in ("Wersja do druku | English version", "Szukaj w serwisie…", "Kontrast | A A A | Szukaj",
                 "Версія для друку", "Print | Search this site", "[Drukuj] [Zwiększ czcionkę] [Kontrast]",
                 "Поиск   RU  UA"):
        assert toolbar_line(line), line
    for line in ("Szukamy wolontariuszy", "Szukaj pracy z nami", "English for refugees",
                 "Print and digital guides", "Polski dla dorosłych"):
        assert not toolbar_line(line), line


def test_toolbar_line_is_no_title():
    page = ("Instytut Nauk Społecznych › Projekty › MOSTY\n"
            "Wersja do druku | Wersja angielska\n\n"
            "Sąsiedzi z daleka: codzienność rodzin migranckich w małych miastach\n\n"
            "Kierownik projektu: dr Anna Kowal\n"
            "Źródło finansowania: Narodowe Centrum Nauki\n"
            "Okres realizacji: od 1.10.2024 do 30.09.2027\n")
    (rec,) = _records(page)
    assert rec.title == "Sąsiedzi z daleka: codzienność rodzin migranckich w małych miastach"


def test_back_link_is_no_event_name():
    page = ("Kalendarz | Dom Kultur\n\n← Wróć do kalendarza\n\n"
            "PIKNIK „SMAKI SĄSIADÓW” 2025\n📅 14 czerwca 2025\n\n"
            "Zapraszamy na piknik z kuchnią sąsiadów z dziesięciu krajów.\n\n"
            "Piknik jest częścią projektu „Opole razem”, który Dom Kultur realizuje w latach 2024–2026 "
            "dzięki dotacji Gminy Opole.\n")
    assert [r.title for r in _records(page)][1:] == ["Opole razem"]
    assert "kalendarza" not in (_records(page)[0].title or "")


def test_back_link_lines():
    from ngo_atlas.extract.boilerplate import _BACK_LINK
    for line in ("◄ Wróć do kalendarza", "« Powrót do listy projektów", "Back to all projects",
                 "← Назад к новостям", "Powrót do wyników wyszukiwania (12)"):
        assert _BACK_LINK.match(line), line
    for line in ("Powrót do domu", "Back to school: kursy dla dzieci", "Powrót do pracy – program dla matek"):
        assert not _BACK_LINK.match(line), line


def test_qualified_title_field_of_a_report_form():
    page = ("SPRAWOZDANIE Z WYKONANIA ZADANIA PUBLICZNEGO\n\n"
            "1. Tytuł zadania publicznego: „Mosty sąsiedzkie – wsparcie rodzin cudzoziemskich w\n"
            "powiecie nyskim”\n"
            "2. Nazwa Zleceniobiorcy: Stowarzyszenie Razem Nysa, ul. Długa 3, 48-300 Nysa\n"
            "3. Okres realizacji zadania: od 01.03.2024 do 30.11.2024\n\n"
            "Zadanie zostało zrealizowane zgodnie z harmonogramem. Udzielono 210 porad.\n\n"
            "SPRAWOZDANIE Z WYKONANIA ZADANIA PUBLICZNEGO\n")
    (rec,) = _records(page)
    assert rec.title == "Mosty sąsiedzkie – wsparcie rodzin cudzoziemskich w powiecie nyskim"


def test_bare_name_label_before_another_noun_is_no_title():
    from ngo_atlas.extract.labels import find_labels
    text = "Nazwa Oferenta: Fundacja Dobry Start, ul. Polna 2\nNazwa projektu badawczego: „Nowe domy”\n"
    assert [h.value for h in find_labels(text) if h.key == "title"] == ["„Nowe domy”"]
