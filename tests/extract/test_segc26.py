"""Round 26, which pages hold which projects (SEGC): a site menu's line is no label; two
status-only headings ("AKTUALNE" … "ZAKOŃCZONE") make a list page whose items take the status
of the heading above them; a list's last bullet heads no paragraph below it; a heading naming
the project's team "w Polsce" is a part of that project; a grant-giver's committee named by its
kind is no funder; a results list's heading ("Poznaj dofinansowane inicjatywy") names no item;
an about-section heading ("O sieci") is no project (texts in our own wording, not the sets')."""

from ngo_atlas.extract.labels import find_labels
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _projects(text: str):
    return extract_document(Document("f.txt", "f.txt", text)).projects


def _titles(text: str) -> list:
    return [p.title for p in _projects(text)]


def test_menu_line_is_no_label():
    text = "Fundacja X\nStart | O nas | Projekty | Kontakt\n\nStart: 1 marca 2024\n"
    keys = [(h.key, h.value) for h in find_labels(text)]
    assert ("start", "O nas") not in keys
    assert any(k == "start" and v.startswith("1 marca") for k, v in keys)


def test_bar_divided_field_still_a_label():
    text = "Grantodawca | Fundacja Dobre Serce\n"
    assert [(h.key, h.value) for h in find_labels(text)] == [("funder", "Fundacja Dobre Serce")]


_STATUS_PL = """Stowarzyszenie Otwarte Okna
Start | O nas | Projekty | Kontakt

Realizujemy działania wspierające cudzoziemców w Toruniu.

AKTUALNE

Klub Sąsiadów
Spotkania integracyjne dla rodzin z zagranicy. Projekt finansowany przez Gminę Miasta Torunia.

Punkt Porad
Bezpłatne porady dla cudzoziemców. Projekt finansowany przez Fundację Jasny Cel.

ZAKOŃCZONE

Szkoła Polskiego dla Dorosłych
Kurs języka polskiego dla dorosłych migrantów. Projekt finansowany przez Urząd Marszałkowski Województwa Kujawsko-Pomorskiego.
"""


def test_polish_status_headings_split_and_set_status():
    ps = _projects(_STATUS_PL)
    assert [p.title for p in ps] == ["Klub Sąsiadów", "Punkt Porad", "Szkoła Polskiego dla Dorosłych"]
    assert [p.status for p in ps] == ["ongoing", "ongoing", "completed"]


_STATUS_UK = """Фонд Відчинені Вікна

Ми реалізуємо проєкти підтримки мігрантів у Торуні.

Поточні проєкти

Клуб сусідів
Інтеграційні зустрічі для родин мігрантів. Проєкт фінансується містом Торунь.

Правова допомога
Безкоштовні консультації для іноземців. Проєкт фінансується Фондом Ясна Мета.

Завершені проєкти

Школа мови для дорослих
Курс польської мови для дорослих мігрантів. Проєкт фінансувало Куявсько-Поморське воєводство.
"""


def test_ukrainian_completed_heading_sets_status():
    assert [p.status for p in _projects(_STATUS_UK)] == ["ongoing", "ongoing", "completed"]


_STATUS_EN = """Open Windows Association
Home | About us | Projects | Contact

We run projects supporting migrants in Toruń.

Current projects

Neighbours Club
Integration meetings for migrant families. Funded by the City of Toruń.

Completed projects

Adult Language School
Polish language course for adult migrants. Funded by the Bright Aim Foundation.
"""


def test_english_completed_heading_sets_status():
    assert [p.status for p in _projects(_STATUS_EN)] == ["ongoing", "completed"]


_ONE_PROJECT = """Fundacja Most Północny

PROJEKTY PARTNERSKIE

Razem w sporcie – kluby dla wszystkich
Okres realizacji: 01.02.2024 – 30.11.2025
Program: Erasmus+ Sport

Partnerzy:
• Stowarzyszenie Pod Lipą – Gdynia, Polska
• Klub Sportowy Fala – Ryga, Łotwa

Fundacja Most Północny prowadzi projekt razem z dwoma klubami z Polski i Łotwy. Chcemy, by kluby sportowe były miejscem spotkań migrantów i mieszkańców.

Zespół projektu w Polsce
Kierowniczka projektu: Ewa Lipska
Koordynator treningów: Adam Bór
"""


def test_last_partner_bullet_and_team_heading_stay_in_one_project():
    titles = _titles(_ONE_PROJECT)
    assert len(titles) == 1
    assert not titles[0].startswith(("Klub Sportowy", "Zespół"))


_ONE_PROJECT_RU = """Фонд Северный Мост

НАШИ ПРОЕКТЫ

«Вместе в спорте»
Проект реализуется в 2024–2025 годах и поддерживает интеграцию мигрантов через спорт в Гдыне.

Команда проекта в Польше
Руководитель проекта: Ева Липская
"""


def test_russian_team_heading_is_no_project():
    assert len(_projects(_ONE_PROJECT_RU)) == 1


_COMMITTEE = """Fundacja Ciepłe Miejsce

Komisja przyznała dotację na projekt „Most do pracy” realizowany przez naszą fundację w 2024 roku. Projekt finansuje Urząd Miasta Opola.
Projekt obejmuje doradztwo zawodowe dla uchodźców z Ukrainy.
"""


def test_committee_is_no_funder():
    funders = [f.funder for p in _projects(_COMMITTEE) for f in p.funding]
    assert "Komisja" not in funders
    assert "Urząd Miasta Opola" in funders


_RESULTS = """Fundacja Mazurski Most
Program grantowy › Wyniki

WYNIKI 2025 – POZNAJ DOFINANSOWANE INICJATYWY

Ogłaszamy wyniki konkursu. Dofinansowane projekty będą realizowane od czerwca do listopada 2025 r.

1. „Wspólna kuchnia w Kętrzynie”
Realizator: Stowarzyszenie Kętrzyński Stół
Kwota dotacji: 20 000 zł

2. „Lato bez granic w Piszu”
Realizator: Fundacja Dzieci Pojezierza
Kwota dotacji: 25 000 zł
"""


def test_results_heading_names_no_item():
    assert _titles(_RESULTS) == ["Wspólna kuchnia w Kętrzynie", "Lato bez granic w Piszu"]


_DONATE = """Fundacja Ciepłe Miejsce

Wesprzyj nas

Twoja darowizna pomaga rodzinom uchodźców. Możesz nas wesprzeć na kilka sposobów:
• Przelew jednorazowy – Kwota: od 20 zł
• Zlecenie stałe – Kwota: od 10 zł miesięcznie
• 1,5% podatku – KRS 0000123456
Numer konta: 12 3456 7890 1234 5678 9012 3456
"""


def test_donation_page_stays_empty():
    assert _projects(_DONATE) == []


_PROFILE = """Sieć Gmin Otwartych
O sieci | Członkowie | Dokumenty | Kontakt

O sieci

Sieć Gmin Otwartych to porozumienie samorządów, które od 2020 roku wspólnie pracują nad polityką integracyjną.

W latach 2024–2025 sieć realizuje projekt „Wspólne standardy integracji”, finansowany przez Fundację Jasny Cel.
"""


def test_about_heading_is_no_project():
    assert _titles(_PROFILE) == ["Wspólne standardy integracji"]


def test_single_status_heading_not_a_list():
    # one status word alone over one project's paragraph: no list, one record
    text = ("Fundacja Ciepłe Miejsce\n\nAKTUALNE\n\nProjekt „Dobry sąsiad” realizujemy w 2025 roku "
            "w Opolu. Projekt finansuje Urząd Miasta Opola.\n")
    assert _titles(text) == ["Dobry sąsiad"]
