"""Round 19 (records): a page's parts that are no project of their own - a report's chapter
numbered in Roman figures, a section asked as a question, the publisher's masthead at the top
of a list page, and a quoted name that ends a body's name."""

from ngo_atlas.extract import segment
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _titles(text: str) -> list[str]:
    return [p.title for p in extract_document(Document("t", "t.txt", text)).projects]


def test_section_headings():
    assert segment._section_heading("III. SPRAWOZDANIE FINANSOWE")
    assert segment._section_heading("II. Activities and results")
    assert segment._section_heading("Jak się zapisać?")
    assert segment._section_heading("Where to find us?")
    assert segment._section_heading("Куда обращаться?")
    assert not segment._section_heading("Iskra nadziei dla rodzin")
    assert not segment._section_heading("Integracja przez sport")


def test_quote_ending_a_body_name():
    t = "Działania prowadzimy razem ze Stowarzyszeniem Pomocy Sąsiedzkiej „Przystań” z Torunia."
    assert segment._body_named(t, t.index("„") + 1)
    t = "We run it with the Open Doors Foundation \"Harbour\" in Gdynia."
    assert segment._body_named(t, t.index('"') + 1)
    # a project's own name after the word
    t = "Realizujemy projekt „Wspólny Stół” w Toruniu."
    assert not segment._body_named(t, t.index("„") + 1)
    t = "Fundacja realizuje Program „Sąsiedzi” w Toruniu."
    assert not segment._body_named(t, t.index("„") + 1)


_LIST = """STOWARZYSZENIE ZIELONA BRAMA
wspieramy cudzoziemców w Toruniu od 2009 roku

PROJEKTY ZREALIZOWANE

WSPÓLNY STÓŁ DLA SĄSIADÓW
zakończony | 2021–2022

Kolacje sąsiedzkie dla rodzin z Ukrainy i Polski w trzech dzielnicach Torunia.

SZKOŁA SOBOTNIA DLA DZIECI
zakończony | 2019–2020

Zajęcia sobotnie dla dzieci cudzoziemców, finansowane przez Gminę Miasta Toruń.

Who to ask about them?
Kontakt: Anna Zielińska, biuro@zielonabrama.example
"""


def test_masthead_and_question_open_no_item():
    titles = _titles(_LIST)
    assert len(titles) == 2, titles
    assert not any("BRAMA" in t or "?" in t for t in titles)


_REPORT = """Projekty realizowane w 2023 r.

1. Okno na miasto
Okres realizacji: 01.03.2023 – 31.12.2023

Zajęcia dla cudzoziemców, finansowane przez Gminę Miasta Toruń.

2. Mapa dobrych sąsiadów
Okres realizacji: 01.05.2023 – 30.11.2023

Spacery po dzielnicach, finansowane przez Urząd Marszałkowski.

V. DANE O PRZYCHODACH FUNDACJI
Przychody razem: 420 000,00 zł, w tym dotacje: 380 000,00 zł.
"""


def test_report_chapter_is_no_item():
    titles = _titles(_REPORT)
    assert not any("PRZYCHODACH" in t for t in titles), titles


_RESULTS = """Wyniki otwartego konkursu ofert na zadania z zakresu integracji cudzoziemców w 2025 roku.

Oferty, którym przyznano dotację:
Lp. | Oferent | Tytuł zadania | Termin realizacji | Kwota dotacji (zł)
1 | Fundacja Nowy Brzeg | Sąsiedzki Klub Językowy | 01.03.2025–30.11.2025 | 40 000,00
2 | Stowarzyszenie Most | Porady prawne dla rodzin | 01.04.2025–31.12.2025 | 55 000,00

Oferty, które nie otrzymały dofinansowania:
Lp. | Oferent | Tytuł zadania | Liczba punktów
1 | Fundacja Lato | Letnie Kino Plenerowe | 31
2 | Klub Sportowy Start | Turniej Przyjaźni | 28
"""


def test_table_under_a_line_of_no_funding():
    assert segment._NOT_PAID.search("Oferty, które nie otrzymały dofinansowania:")
    assert segment._NOT_PAID.search("Applications that were not funded:")
    assert segment._NOT_PAID.search("Заявки, которые не получили финансирования:")
    assert not segment._NOT_PAID.search("Oferty, którym przyznano dotację:")
    titles = _titles(_RESULTS)
    assert len(titles) == 2, titles
    assert "Turniej Przyjaźni" not in titles


def test_lower_case_bullet_is_an_activity():
    assert segment._lower_entry("• klub czytelniczy „Mole Książkowe” dla dzieci")
    assert segment._lower_entry("- program wolontariatu „Starszy Brat”")
    assert not segment._lower_entry("• Program „Starszy Brat”")
    assert not segment._lower_entry("Program „Starszy Brat”")
    page = ("Od marca realizujemy projekt „Szkoła bez granic – integracja dzieci cudzoziemców”.\n\n"
            "W programie:\n"
            "• 20 warsztatów dla uczniów klas 5–8\n"
            "• program wolontariatu „Starszy Brat”\n"
            "• szkolenie dla nauczycieli\n\n"
            "Projekt potrwa do czerwca 2026 roku i jest finansowany przez Gminę Miasta Kalisz.\n")
    titles = _titles(page)
    assert titles and all("Starszy" not in t for t in titles), titles


def test_headline_in_short_form():
    page = ("Aktualności\n\n"
            "Projekt „Pomoc prawna dla Ukraińców w Lubuskiem” zakończony\n\n"
            "W grudniu 2024 roku zakończył się projekt „Pomoc prawna i adaptacja dla obywateli "
            "Ukrainy w województwie lubuskim”, który nasze stowarzyszenie realizowało od marca 2023 "
            "roku. Projekt finansowała Fundacja Wolności.\n")
    assert len(_titles(page)) == 1
    # two projects whose names share no more than a word or two stay two
    text = "Pomoc prawna w Zielonej Górze\n\nTekst."
    assert not segment._headline_restated(text, ((0, 29), None, (0, 29, "Pomoc prawna w Zielonej Górze")),
                                          (0, 0, "Kursy języka polskiego dla dorosłych w Gorzowie"))


def test_job_offer_for_a_dated_paid_project():
    from ngo_atlas.extract.pipeline import _posts_in_dated_project, is_job_offer

    page = ("Ogłoszenia\n\nNabór koordynatorki do projektu „Sąsiedzi bez granic”\n\n"
            "Fundacja Zielony Dom poszukuje osoby do koordynacji działań. Oferujemy umowę zlecenie.\n\n"
            "O projekcie\nProjekt rozpocznie się 1 października 2025 r. i potrwa 12 miesięcy. Projekt "
            "otrzymał dofinansowanie z Fundacji Wolności w wysokości 120 000 zł.\n\n"
            "Prześlij CV i list motywacyjny do 15 września 2025 r.\n")
    assert is_job_offer(page) and _posts_in_dated_project(page)
    assert _titles(page) == ["Sąsiedzi bez granic"]
    # the post alone: a salary and a deadline, no period or payer of the project
    post = ("Fundacja Zielony Dom poszukuje osoby na stanowisko asystentki w projekcie „Sąsiedzi”. "
            "Oferujemy umowę o pracę, wynagrodzenie 6 000 zł brutto. CV i list motywacyjny do 15 września 2025 r.\n")
    assert is_job_offer(post) and not _posts_in_dated_project(post)
    assert _titles(post) == []


def test_profile_page_with_a_team_label():
    page = ("Stowarzyszenie Wspólny Dom\nO nas | Działania | Kontakt\nStrona główna > O nas\n\nO NAS\n\nJesteśmy stowarzyszeniem, które od 2012 roku "
            "pomaga cudzoziemcom w Lublinie. Prowadzimy kursy języka polskiego i punkt porad, "
            "realizujemy też projekty edukacyjne.\n\nZespół: Maria Lis, Olena Bondar\n")
    assert _titles(page) == []
