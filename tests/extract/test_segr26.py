"""Round 26, recall of whole project records (SEGR): a list page whose cards mostly give their
particulars as labels keeps the card that gives them in prose (segment._with_unlabelled_cards);
a programme's paragraph that speaks of its projects in the plural over bulleted cards, each with
its own grant or payer line, yields one record per card, the programme's period and payer
reaching each (segment._with_bullet_cards). One project's modules with their budgets, and a
donation page's ways to give, stay what they were (texts in our own wording, not the sets')."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _projects(text: str):
    return extract_document(Document("f.txt", "f.txt", text)).projects


def _titles(text: str) -> list:
    return [p.title for p in _projects(text)]


_CARDS_PL = """Stowarzyszenie Wspólna Przystań
Strona główna | O nas | Projekty | Kontakt

PROJEKTY

Od 2018 roku wspieramy cudzoziemców w Kielcach.

PROJEKTY BIEŻĄCE

Świetlica dla dzieci
Okres realizacji: luty 2025 – styczeń 2026
Grantodawca: Gmina Kielce (48 000 zł)
Zajęcia popołudniowe dla dzieci z rodzin migranckich. Koordynatorka: Marta Sowa.
Więcej

Doradca w urzędzie
Okres realizacji: kwiecień 2024 – marzec 2026
Grantodawca: Fundacja Zielony Most – 36 000 zł
Pomoc w sprawach urzędowych i tłumaczenie pism. Projekt prowadzimy razem z Klubem Seniora.
Więcej

PROJEKTY ZAKOŃCZONE

Kuchnia sąsiedzka (2020–2022)
Wspólne gotowanie i spotkania sąsiedzkie dla rodzin z Ukrainy. Projekt sfinansowała Fundacja Dobrej Woli.
Więcej
"""


def test_polish_card_in_prose_after_labelled_cards():
    ps = _projects(_CARDS_PL)
    assert [p.title for p in ps] == ["Świetlica dla dzieci", "Doradca w urzędzie", "Kuchnia sąsiedzka"]
    last = ps[-1]
    assert (last.start, last.end) == ("2020", "2022")
    assert [f.funder for f in last.funding] == ["Fundacja Dobrej Woli"]
    assert [f.funder for f in ps[1].funding] == ["Fundacja Zielony Most"]


_CARDS_EN = """Bridge Foundation
Home | About | Projects | Contact

OUR PROJECTS

CURRENT PROJECTS

Homework Club
Period: October 2024 – June 2026
Funder: City of Gdynia
Afternoon tutoring for migrant children in two schools.

Legal Desk
Period: January 2025 – December 2025
Funder: Amber Foundation
Free legal advice for refugees.

COMPLETED PROJECTS

Welcome Kitchen (2021–2022)
Cooking evenings for newcomers and neighbours. The project was funded by the Harbour Trust.
"""


def test_english_card_in_prose_after_labelled_cards():
    assert _titles(_CARDS_EN) == ["Homework Club", "Legal Desk", "Welcome Kitchen"]


_PROGRAMME_PL = """Fundacja Jasny Cel
Strona główna | Nasze działania | Kontakt

NASZE DZIAŁANIA

Program „Nowy Początek”
W ramach programu „Nowy Początek”, finansowanego przez Fundację Srebrny Klucz, prowadzimy od 1 marca 2025 r. do 28 lutego 2026 r. trzy projekty:

→ Poradnia rodzinna
Konsultacje psychologiczne dla rodzin z Ukrainy w Olsztynie.
Dofinansowanie: 52 000 zł

→ Klub pracy
Warsztaty pisania CV i symulacje rozmów kwalifikacyjnych.
Dofinansowanie: 31 400 zł

→ Polski na co dzień
Kursy języka polskiego dla dorosłych, we współpracy z biblioteką miejską.
Dofinansowanie: 27 900 zł
"""


def test_polish_programme_with_bulleted_sub_projects():
    ps = _projects(_PROGRAMME_PL)
    assert [p.title for p in ps] == ["Poradnia rodzinna", "Klub pracy", "Polski na co dzień"]
    assert [p.funding[0].amount for p in ps] == [52000, 31400, 27900]
    assert all(p.start == "2025-03-01" and p.end == "2026-02-28" for p in ps)
    assert all(p.funding[0].funder == "Fundacja Srebrny Klucz" for p in ps)


_PROGRAMME_EN = """Harbour Foundation
Home | Programmes | Contact

Programme "Fresh Start"
Within the "Fresh Start" programme, funded by the Amber Trust, we run two projects from 1 May 2025 to 30 April 2026:

• Family Counselling
Psychological support for families from Ukraine in Olsztyn.
Grant: EUR 14,000

• Job Club
CV workshops and mock interviews for refugees.
Grant: EUR 8,200
"""


def test_english_programme_with_bulleted_sub_projects():
    ps = _projects(_PROGRAMME_EN)
    assert [p.title for p in ps] == ["Family Counselling", "Job Club"]
    assert [(p.funding[0].amount, p.funding[0].currency) for p in ps] == [(14000, "EUR"), (8200, "EUR")]


_PROGRAMME_UK = """Фундація «Ясна мета»
Головна | Програми | Контакти

Програма «Новий початок»
У межах програми «Новий початок», яку фінансує Фундація «Срібний ключ», з 1 травня 2025 р. до 30 квітня 2026 р. ми реалізуємо два проєкти:

• Сімейна консультація
Психологічна підтримка для родин з України в Ольштині.
Сума гранту: 14 000 євро

• Клуб праці
Майстер-класи з написання резюме для біженців.
Сума гранту: 8 200 євро
"""


def test_ukrainian_programme_with_bulleted_sub_projects():
    assert _titles(_PROGRAMME_UK) == ["Сімейна консультація", "Клуб праці"]


_PROGRAMME_RU = """Фонд «Ясная цель»
Главная | Программы | Контакты

Программа «Новое начало»
В рамках программы «Новое начало», которую финансирует Фонд «Серебряный ключ», с 1 мая 2025 г. по 30 апреля 2026 г. мы реализуем два проекта:

• Семейная консультация
Психологическая поддержка семей из Украины в Ольштыне.
Сумма гранта: 14 000 евро

• Клуб труда
Мастер-классы по составлению резюме для беженцев.
Сумма гранта: 8 200 евро
"""


def test_russian_programme_with_bulleted_sub_projects():
    assert _titles(_PROGRAMME_RU) == ["Семейная консультация", "Клуб труда"]


_MODULES_PL = """Fundacja Pomocne Ręce
Strona główna | Projekt | Kontakt

Projekt „Razem w Elblągu”

Projekt „Razem w Elblągu” realizujemy od 1 czerwca 2025 r. do 31 maja 2026 r. Jest finansowany przez Gminę Elbląg. Budżet projektu podzielono na dwa moduły:

• Moduł językowy
Kursy języka polskiego dla dorosłych.
Kwota: 21 000 zł

• Moduł prawny
Porady prawne i zawodowe.
Kwota: 14 000 zł
"""


def test_one_projects_modules_stay_one_record():
    assert _titles(_MODULES_PL) == ["Razem w Elblągu"]


_CARDS_NO_LIST = """Fundacja Cicha Woda
Strona główna | Kontakt

Projekt „Sąsiedzi bez granic”
Okres: marzec 2025 – luty 2026
Finansowanie: Gmina Płock
Spotkania sąsiedzkie dla cudzoziemców.

Relacja ze spotkania (2024)
Wspólne gotowanie w świetlicy. Dziękujemy wszystkim za udział!
"""


def test_no_card_added_off_a_list_page():
    assert _titles(_CARDS_NO_LIST) == ["Sąsiedzi bez granic"]


_PROFILE_PL = """Fundacja Otwarta Brama
Strona główna | O fundacji | Kontakt

O FUNDACJI

Fundacja Otwarta Brama działa od 2016 roku. Prowadzimy zajęcia edukacyjne, wydajemy poradniki i organizujemy spotkania.

Zarząd
• Anna Wiśniewska
prezeska zarządu
• Piotr Zieliński
członek zarządu
"""


def test_profile_page_gives_no_record():
    assert _titles(_PROFILE_PL) == []


# an annual report's numbered list: "1. „X” – what it did, who paid, when" (segment._QUOTED_LEAD
# reads a number before the quoted name as it reads a bullet)
_REPORT_PL = """Stowarzyszenie Jasny Horyzont
Sprawozdanie merytoryczne za rok 2024

W 2024 roku Stowarzyszenie prowadziło następujące projekty:

1. „Mówię po polsku” – kursy językowe dla 45 cudzoziemców, finansowane przez Gminę Miasto Płock (dotacja 19 000 zł), okres realizacji: 01.03.2024–30.11.2024.
2. „Mama w Płocku” – spotkania dla matek z Ukrainy, finansowane przez Fundację Lazurową (26 500 zł), okres realizacji: 01.04.2024–31.12.2024.

Łączne przychody w 2024 r. wyniosły 98 000 zł.
"""


def test_polish_report_numbered_quoted_projects():
    ps = _projects(_REPORT_PL)
    assert [p.title for p in ps] == ["Mówię po polsku", "Mama w Płocku"]
    assert [p.funding[0].amount for p in ps] == [19000, 26500]
    assert [p.start for p in ps] == ["2024-03-01", "2024-04-01"]


_REPORT_EN = """Bright Horizon Association
Annual report 2024

In 2024 the Association ran the following projects:

1. "I Speak Polish" – language courses for 45 foreigners, funded by the City of Płock (grant PLN 19,000), 1 March – 30 November 2024.
2. "Mum in Płock" – meetings for mothers from Ukraine, funded by the Azure Foundation (PLN 26,500), 1 April – 31 December 2024.
"""


def test_english_report_numbered_quoted_projects():
    assert _titles(_REPORT_EN) == ["I Speak Polish", "Mum in Płock"]


_REPORT_UK = """Громадська організація «Ясний обрій»
Звіт за 2024 рік

У 2024 році організація реалізувала такі проєкти:

1. «Говорю польською» – мовні курси для 45 іноземців, фінансування: Гміна Плоцьк (19 000 злотих), 01.03.2024–30.11.2024.
2. «Мама в Плоцьку» – зустрічі для матерів з України, фінансування: Фонд «Лазур» (26 500 злотих), 01.04.2024–31.12.2024.
"""


def test_ukrainian_report_numbered_quoted_projects():
    assert _titles(_REPORT_UK) == ["Говорю польською", "Мама в Плоцьку"]


_REPORT_RU = """Общественная организация «Ясный горизонт»
Отчёт за 2024 год

В 2024 году организация реализовала следующие проекты:

1. «Говорю по-польски» – языковые курсы для 45 иностранцев, финансирование: Гмина Плоцк (19 000 злотых), 01.03.2024–30.11.2024.
2. «Мама в Плоцке» – встречи для матерей из Украины, финансирование: Фонд «Лазурь» (26 500 злотых), 01.04.2024–31.12.2024.
"""


def test_russian_report_numbered_quoted_projects():
    assert _titles(_REPORT_RU) == ["Говорю по-польски", "Мама в Плоцке"]


_OUTPUTS_PL = """Fundacja Ciche Słowo
Publikacje

Projekt „Słowa na dobry start” jest finansowany przez Gminę Sopot w latach 2024–2025. W jego ramach wydaliśmy:

1. „Poradnik dla rodziców” – broszura w czterech językach.
2. „Słownik urzędowy” – zbiór 300 najczęstszych zwrotów.

Koordynatorka projektu: Ada Lis.
"""


def test_numbered_publications_of_one_project_stay_one_record():
    assert _titles(_OUTPUTS_PL) == ["Słowa na dobry start"]


# a call's results: one line a grant, the holder, the quoted name set off by commas or dashes,
# the sum after its currency or before it (segment._entry_line)
_RESULTS_PL = """Fundacja Ziemi Lubuskiej
Aktualności

Wyniki konkursu grantowego „Sąsiedzi razem” 2025

Zarząd Fundacji przyznał dotacje następującym organizacjom:

Stowarzyszenie Dobry Dom, „Wieczory językowe”, 17 000 zł
Fundacja Nowa Droga, „Porady w terenie”, 21 500 zł
Klub Sportowy Orlik, „Mecz bez granic”, 8 900 zł

Projekty będą realizowane od 1 kwietnia do 31 grudnia 2025 r.
"""


def test_polish_results_entries_set_off_by_commas():
    ps = _projects(_RESULTS_PL)
    assert [p.title for p in ps] == ["Wieczory językowe", "Porady w terenie", "Mecz bez granic"]
    assert [p.funding[0].amount for p in ps] == [17000, 21500, 8900]


_RESULTS_EN = """Lakeland Foundation
News

Results of the "Neighbours Together" grant competition 2025

The board awarded grants for the following projects:

Good Home Association – "Language Evenings" – PLN 17,000
New Road Foundation – "Advice on Site" – PLN 21,500
Orlik Sports Club – "Match Without Borders" – PLN 8,900

All projects will run from 1 April to 31 December 2025 and are funded by the Lakeland Foundation.
"""


def test_english_results_entries_with_currency_first():
    ps = _projects(_RESULTS_EN)
    assert [p.title for p in ps] == ["Language Evenings", "Advice on Site", "Match Without Borders"]
    assert [(p.funding[0].amount, p.funding[0].currency) for p in ps] == [(17000, "PLN"), (21500, "PLN"),
                                                                          (8900, "PLN")]


_TEAM_PL = """Fundacja Cicha Przystań
Aktualności

Nasz zespół w 2025 roku

W tym roku dołączyli do nas nowi współpracownicy:

Anna Lis, „Dobre słowo”, 2025
Jan Bór, „Mapa miasta”, 2025

Dziękujemy wszystkim za zaangażowanie!
"""


def test_comma_entries_of_a_page_with_no_project_give_none():
    assert _titles(_TEAM_PL) == []
