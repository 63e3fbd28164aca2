"""Round 19 (records2): a heading that names a kind of document is no project's name; a quoted
name wrapped over a line end of a hard-wrapped report is still the name; a form's field block
naming the project is the project's particulars, not an address footer; lines opened by a
link's arrow lead to other pages."""

from ngo_atlas.extract import boilerplate, title
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _titles(text: str) -> list[str]:
    return [p.title for p in extract_document(Document("t", "t.txt", text)).projects]


def test_document_kind_headings():
    for t in ("Sprawozdanie końcowe z realizacji zadania", "RAPORT Z MONITORINGU", "Załącznik nr 3",
              "Annex 2", "Final evaluation report", "ЗВІТ ПРО ДІЯЛЬНІСТЬ", "Приложение 4",
              "Protokół z posiedzenia komisji", "Regulamin rekrutacji uczestników"):
        assert title.document_heading(t), t
        assert not title._heading_like(t), t
    for t in ("Raport „Dom daleko od domu”", "Sąsiedzi przy stole", "Most do pracy – doradztwo zawodowe",
              "Reporterzy bez granic"):
        assert not title.document_heading(t), t


_REPORT = """SPRAWOZDANIE KOŃCOWE
z realizacji zadania

Wstęp

Niniejszy dokument opisuje przebieg projektu „Kuchnia bez granic – warsztaty kulinarne dla
rodzin migranckich z Lublina i okolic”, realizowanego od 1 marca 2024 r. do 30 listopada
2024 r. przez Fundację Wspólny Stół.
"""


def test_report_heading_yields_to_a_wrapped_quote():
    assert _titles(_REPORT) == ["Kuchnia bez granic – warsztaty kulinarne dla rodzin migranckich z Lublina i okolic"]


def test_wrapped_quote_stops_at_one_line_end():
    t = "Realizujemy projekt „Zielony\n\nogród” i inne."
    assert not title.quoted_titles(t, 0, len(t))


_FORM = """Sprawozdanie z wykonania zadania publicznego

1. Tytuł zadania publicznego: „Sobotnia szkoła dla dzieci cudzoziemców”
2. Nazwa Zleceniobiorcy: Fundacja Nowy Brzeg, ul. Spokojna 4, 20-400 Lublin
3. Okres realizacji zadania: od 01.02.2024 r. do 30.06.2024 r.

Zadanie zostało zrealizowane w całości.
"""


def test_form_fields_naming_the_project_are_kept():
    assert boilerplate._names_project("1. Tytuł zadania publicznego: „Sobotnia szkoła”")
    assert boilerplate._names_project("Nazwa projektu: Sobotnia szkoła")
    assert not boilerplate._names_project("Nazwa Zleceniobiorcy: Fundacja Nowy Brzeg")
    masked = boilerplate.mask(_FORM)
    assert "Sobotnia szkoła" in masked and "20-400" in masked
    # the publisher's address in a footer block is still furniture
    footer = "Tekst.\n\nFundacja Nowy Brzeg\nul. Spokojna 4\n20-400 Lublin\n"
    assert "20-400" not in boilerplate.mask(footer)


_POST = """Klasa bez barier – podsumowanie pierwszego semestru

Projekt „Klasa bez barier” prowadzimy od września 2024 r. w trzech szkołach w Kielcach.
Finansuje go Gmina Kielce.

← Poprzedni wpis: Podsumowanie roku szkolnego 2021/2022
→ Następny wpis: Zapraszamy na festyn w Radomiu

Zobacz też:
› Wakacyjne półkolonie 2019–2020 – Skarżysko
› Kurs języka polskiego B1 – Ostrowiec
"""


def test_links_to_other_posts_are_furniture():
    masked = boilerplate.mask(_POST)
    for gone in ("2021/2022", "Radomiu", "Skarżysko", "Ostrowiec"):
        assert gone not in masked, gone
    assert "Kielcach" in masked
    # arrows opening lower-case bullets are the text's own list; a line opening with a quote stays
    bullets = "W projekcie:\n→ przeszkolimy nauczycieli,\n→ stworzymy kodeks klasy.\n«Razem» – tak nazwały go dzieci.\n"
    assert boilerplate.mask(bullets) == bullets
    p = extract_document(Document("t", "t.txt", _POST)).projects
    assert len(p) == 1 and p[0].start and p[0].start.startswith("2024")


def test_report_heading_over_the_projects_name():
    page = ("Sprawozdanie merytoryczne za rok 2024\n\nPunkt Porad dla Cudzoziemców w Kielcach\n\n"
            "W 2024 roku punkt udzielił 300 porad prawnych. Działanie finansowała Gmina Kielce.\n")
    assert _titles(page) == ["Punkt Porad dla Cudzoziemców w Kielcach"]


def test_marks_and_links_head_nothing():
    assert not title._heading_like("🇺🇦 🇵🇱 🇩🇪")
    assert not title._heading_like("* * *")
    assert not title._heading_like("Więcej o projekcie: www.sasiedzi.example.pl/projekt")
    assert not title._heading_like("Read the full report at https://example.org/report-2024")
    assert title._heading_like("Sąsiedzi przy stole 2024")


def test_logo_caption_is_no_menu():
    page = ("Ośrodek Pomocy Społecznej w Opolu\nStart | O nas | Projekty | Kontakt\n\n"
            "PRZYSTAŃ OPOLE – WSPARCIE RODZIN CUDZOZIEMSKICH\n\n"
            "[Logotypy: Fundusze Europejskie | Rzeczpospolita Polska | Unia Europejska]\n\n"
            "Beneficjent: Ośrodek Pomocy Społecznej w Opolu\n"
            "1) Fundacja Dobry Port\n\n"
            "Projekt realizowany jest od 1 stycznia 2025 r. do 31 grudnia 2026 r.\n")
    he = title.header_end(page)
    assert page.index("PRZYSTAŃ") >= he
    assert _titles(page) == ["PRZYSTAŃ OPOLE – WSPARCIE RODZIN CUDZOZIEMSKICH"]


_CARDS = """Nasze działania

---

[zdjęcie] Dzieci podczas zajęć „Mój nowy dom” w szkole na Zaspie

MOSTY MIĘDZY KULTURAMI
Status: zakończony
Termin: wrzesień 2021 – czerwiec 2022
Finansowanie: Gmina Miasta Sopotu – 40 000 zł

Zajęcia popołudniowe dla dzieci z rodzin migranckich.
Czytaj więcej ›

---

[photo] Volunteers at the info desk, 2023

PIERWSZE KROKI W SOPOCIE
Status: w realizacji
Termin: styczeń 2024 – grudzień 2025
Finansowanie: Fundacja Wolności – 90 000 zł

Dyżury doradców w trzech językach.
Czytaj więcej ›
"""


def test_picture_caption_over_a_card_is_no_name():
    assert not title._heading_like("[zdjęcie] Dzieci podczas zajęć „Mój nowy dom”")
    assert not title._heading_like("[фото] Волонтери в пункті допомоги")
    assert _titles(_CARDS) == ["MOSTY MIĘDZY KULTURAMI", "PIERWSZE KROKI W SOPOCIE"]


_LIST_WITH_ARROWED_MORE = """Friends of Newcomers Foundation
HOME · ABOUT US · PROJECTS · CONTACT

PROJECTS WE RUN AND HAVE RUN

Below are our projects, current and past. Our projects are financed by donors listed with each.

RUNNING NOW

WELCOME DESK GDYNIA
Period: 1 March 2024 – 28 February 2025
Donor: Baltic Community Fund
Grant: EUR 18 000
The project is being implemented by our Foundation in Gdynia: a desk where newcomers get advice
on residence, schools and work, five days a week.
→ Read more

FINISHED

SATURDAY SCHOOL OF POLISH
Period: 2021 – 2022
Donor: Kashubian Education Trust
Grant: PLN 42 000
The project was implemented in Wejherowo: Saturday Polish lessons for forty children of
migrant families, with a summer camp at its end.
→ Read more

Support our work: every donation keeps the desk open.
"""


def test_an_arrowed_read_more_closes_an_item_not_the_page():
    # "→ Read more" after each item links to that item's own page; read as the page's
    # related links it cut off every item after the first
    assert boilerplate._NEIGHBOUR_POST.match("← Poprzedni wpis: Spotkanie w Gdyni")
    assert not boilerplate._NEIGHBOUR_POST.match("→ Read more")
    titles = _titles(_LIST_WITH_ARROWED_MORE)
    assert len(titles) == 2, titles
    assert titles[1].upper() == "SATURDAY SCHOOL OF POLISH"
