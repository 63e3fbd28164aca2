"""Round 19 (records3): an article announcing a call for proposals gives no record; a box of
particulars is headed by no project's name; an English dateline with the month first is no
menu, so the headline above it stays a heading; list pages of other shapes keep their items."""

from ngo_atlas.extract import title
from ngo_atlas.extract.boilerplate import mask
from ngo_atlas.extract.pipeline import extract_document, funding_call
from ngo_atlas.model import Document


def _titles(text: str) -> list[str]:
    return [p.title for p in extract_document(Document("t", "t.txt", text)).projects]


_CALL_PL = """Portal Trzeci Sektor
Start | Fundusze | Porady | Kontakt

Otwarty nabór w programie „Sąsiedzi bez granic” na lata 2025–2027

Fundacja Wspólnota Pomorza ogłasza konkurs dla stowarzyszeń i fundacji z województwa
pomorskiego. Do rozdzielenia jest 4 mln zł; jeden projekt może dostać od 50 do 300 tys. zł.
Wnioski można składać przez generator do 15 kwietnia 2025 r. Projekty muszą trwać od 12 do
24 miesięcy i zakończyć się do 31 grudnia 2027 r.
"""

_CALL_EN = """Migration Grants Network
Home | Funding | Resources | About

Call for proposals: community integration grants 2026

Non-profit organisations in Poland, Czechia and Slovakia can apply for grants of up to
EUR 40,000 for projects lasting 12 to 18 months. Applications can be submitted until 30 June
2026 through our online portal. Funded projects will start in January 2027.
"""

_CALL_RU = """Фонд Открытые Двери
Главная | Гранты | Новости

Грантовый конкурс «Новые соседи» 2025

Некоммерческие организации могут подать заявку на финансирование проектов по интеграции
мигрантов до 1 марта 2025 года. Общий бюджет конкурса – 2 млн злотых, проекты должны
длиться не более 18 месяцев.
"""


def test_call_for_proposals_gives_no_record():
    for page in (_CALL_PL, _CALL_EN, _CALL_RU):
        assert funding_call(mask(page)), page[:40]
        assert _titles(page) == [], page[:40]


def test_results_and_recruitment_are_no_call():
    results = ("Urząd Miasta Sopotu\nStart | Aktualności | Kontakt\n\n"
               "Wyniki naboru wniosków w programie „Sąsiedzi bez granic”\n\n"
               "Dofinansowanie otrzymały trzy projekty. Wnioski można było składać do marca.\n")
    assert not funding_call(mask(results))
    recruit = ("Fundacja Most\nStart | Projekty | Kontakt\n\n"
               "Nabór uczestników do projektu „Praca na start”\n\n"
               "Zgłoszenia przyjmujemy do 10 maja. Uczestnicy mogą też składać wnioski o stypendium.\n")
    assert not funding_call(mask(recruit))
    # a project page that mentions the call it won is no call
    won = ("Stowarzyszenie Razem\nStart | Projekty | Kontakt\n\n"
           "Projekt „Kawiarenka językowa” dofinansowany\n\n"
           "Nasz projekt wygrał konkurs. Wnioski można było składać do lutego; projekt potrwa do grudnia 2025 r.\n")
    assert not funding_call(mask(won))


def test_particulars_box_heading_names_no_project():
    for t in ("Grant facts", "Key facts", "Project details", "Project at a glance", "Kluczowe informacje",
              "Dane projektu", "Szczegóły grantu", "Ключевые факты", "Деталі проєкту", "Grant summary"):
        assert title.particulars_heading(t), t
        assert not title._heading_like(t), t
    for t in ("Informacja bez barier", "Punkt informacyjny dla cudzoziemców", "Facts for Newcomers Festival 2024",
              "Dane bez granic – otwarte dane dla migrantów w Poznaniu"):
        assert not title.particulars_heading(t), t


_SPOTLIGHT = """NORTH SEA FOUNDATION
Home | What We Fund | Stories | Apply | Contact

Stories > Poland

Learning together: "Open Kitchen Gdańsk" brings neighbours to one table
Published October 2, 2024 · Poland, Integration · 4 min read

In spring 2024 the Kitchen Collective, a local association, opened a shared kitchen for
refugee and local families in Gdańsk-Oliwa, funded with a grant of EUR 30,000 from our foundation.

Project details
Grantee: Kitchen Collective, Gdańsk
Grant: EUR 30,000 (2024–2025)
"""


def test_month_first_dateline_is_no_menu():
    he = title.header_end(mask(_SPOTLIGHT))
    assert _SPOTLIGHT.index("Learning together") >= he
    assert _titles(_SPOTLIGHT) == ['Learning together: "Open Kitchen Gdańsk" brings neighbours to one table']


_LIST = """Fundacja Nowy Ląd
Start | O nas | Projekty | Wydarzenia | Kontakt

Nasze projekty

Szkoła Otwarta dla Rodzin
2023–2024 | zakończony
Zajęcia wyrównawcze i świetlica dla dzieci cudzoziemskich w Słupsku. Projekt sfinansowała Gmina Słupsk.
Zobacz projekt →

Mentorzy w Pracy
od 2025 | w realizacji
Doradztwo zawodowe i mentoring dla kobiet z Ukrainy. Finansowanie: Fundacja Orlen.
Zobacz projekt →

Aktualności
Nabór wniosków do programu grantowego Fundacji Z – wnioski można składać do 30 maja
"""


def test_list_page_with_item_badges_and_a_call_in_its_news():
    assert not funding_call(mask(_LIST))
    assert _titles(_LIST)[:2] == ["Szkoła Otwarta dla Rodzin", "Mentorzy w Pracy"]
