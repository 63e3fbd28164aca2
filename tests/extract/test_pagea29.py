"""PAGE-A (round 29): record-level decisions read from the page's structure. A quote that ends
one paragraph is not named a project by the paragraph below it; the site's vertical menu
("Projekty" over "Bieżące", "Archiwum") makes no page a project list; a quoted line in a recurring heading's own block is
its subtitle, not a sub-project. (PAGE-A's rule that the site's name over its breadcrumb heads
no list item was reverted at the lead's gate.)"""
import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _titles(text: str) -> list[str]:
    return [p.title for p in extract_document(Document("x.txt", "x.txt", text)).projects]


A_PL = (
    'RAPORT KOŃCOWY Z REALIZACJI PROJEKTU\n'
    'Projekt nr 12/3-2021/OG-FAMI\n'
    '„Dobry Start – wsparcie rodzin cudzoziemców w powiecie kutnowskim”\n'
    '\n'
    'Beneficjent: Stowarzyszenie Rozwoju Wsi „Jutrzenka”\n'
    '\n'
    'Projekt współfinansowany z Programu Krajowego Funduszu Azylu, Migracji i Integracji\n'
    'Razem łatwiej\n'
    '\n'
    'Projekt „Dobry Start” realizowało Stowarzyszenie Rozwoju Wsi „Jutrzenka” od 1 lutego 2021 r. do 31 stycznia 2023 r. Udział wzięło 80 osób z Ukrainy i Białorusi.'
)

A_EN = (
    'FINAL REPORT\n'
    '"Open Doors – support for newcomer families in Kutno County"\n'
    '\n'
    'Beneficiary: Rural Development Association "Dawn"\n'
    '\n'
    'Project co-financed by the national programme of the Asylum, Migration and Integration Fund\n'
    'Together it is easier\n'
    '\n'
    'The project "Open Doors" was run by the Rural Development Association from February 2021 to January 2023. Eighty people from Ukraine took part.'
)

A_UK = (
    'ЗВІТ ПРО РЕАЛІЗАЦІЮ\n'
    '«Добрий старт – підтримка родин іноземців у Кутні»\n'
    '\n'
    'Бенефіціар: Асоціація розвитку села «Світанок»\n'
    '\n'
    'Проєкт співфінансується з Фонду притулку, міграції та інтеграції\n'
    'Разом легше\n'
    '\n'
    'Проєкт «Добрий старт» реалізувала Асоціація розвитку села з лютого 2021 року до січня 2023 року. Участь взяли 80 осіб з України.'
)

A_RU = (
    'ОТЧЁТ О РЕАЛИЗАЦИИ\n'
    '«Добрый старт – поддержка семей иностранцев в Кутно»\n'
    '\n'
    'Бенефициар: Ассоциация развития села «Рассвет»\n'
    'ул. Полевая 3, Кутно\n'
    '\n'
    'Проект софинансируется из Фонда убежища, миграции и интеграции\n'
    'Вместе легче\n'
    '\n'
    'Проект «Добрый старт» реализовала Ассоциация развития села с февраля 2021 года по январь 2023 года. Участвовали 80 человек из Украины.'
)

B_PL = (
    'Fundacja Otwarte Drzwi\n'
    '▼ Menu\n'
    'Aktualności\n'
    'O Fundacji\n'
    '   Zespół\n'
    '   Statut\n'
    'Projekty\n'
    '   Bieżące\n'
    '   Archiwum\n'
    'Publikacje\n'
    'Kontakt\n'
    '\n'
    'Strona główna / Aktualności / Kuchnia Sąsiedzka – zapraszamy seniorów z Pomorza!\n'
    '\n'
    'Kuchnia Sąsiedzka – zapraszamy seniorów z Pomorza!\n'
    'Dodano: 02.02.2024, godz. 10:15\n'
    '\n'
    'Z początkiem lutego rozpoczynamy realizację projektu „Kuchnia Sąsiedzka. Wspólne gotowanie seniorów i nowych mieszkańców Pomorza”. Projekt jest finansowany przez Województwo Pomorskie i potrwa do grudnia 2024 r.\n'
    '\n'
    'Zapraszamy seniorów i rodziny z Ukrainy do udziału w spotkaniach w Gdańsku i Słupsku. Koordynatorka projektu: Ewa Malinowska.'
)

B_EN = (
    'Open Doors Foundation\n'
    '▼ Menu\n'
    'News\n'
    'About us\n'
    '   Team\n'
    '   Statute\n'
    'Projects\n'
    '   Current\n'
    '   Archive\n'
    'Publications\n'
    'Contact\n'
    '\n'
    'Home / News / Neighbourhood Kitchen – seniors from Pomerania welcome!\n'
    '\n'
    'Neighbourhood Kitchen – seniors from Pomerania welcome!\n'
    'Posted: 02.02.2024, 10:15\n'
    '\n'
    'In February we start the project "Neighbourhood Kitchen. Seniors and newcomers cooking together in Pomerania". The project is funded by the Pomorskie Region and runs until December 2024.\n'
    '\n'
    'We invite seniors and families from Ukraine to meetings in Gdańsk and Słupsk. Project coordinator: Ewa Malinowska.'
)

B_UK = (
    'Фонд «Відчинені двері»\n'
    '▼ Меню\n'
    'Новини\n'
    'Про фонд\n'
    '   Команда\n'
    '   Статут\n'
    'Проєкти\n'
    '   Поточні\n'
    '   Архів\n'
    'Публікації\n'
    'Контакти\n'
    '\n'
    "Головна / Новини / Сусідська кухня – запрошуємо сеньйорів Помор'я!\n"
    '\n'
    "Сусідська кухня – запрошуємо сеньйорів Помор'я!\n"
    'Додано: 02.02.2024, 10:15\n'
    '\n'
    "З лютого ми розпочинаємо реалізацію проєкту «Сусідська кухня. Спільне куховарство сеньйорів і нових мешканців Помор'я». Проєкт фінансує Поморське воєводство, він триватиме до грудня 2024 року.\n"
    '\n'
    'Запрошуємо сеньйорів і родини з України на зустрічі в Гданську та Слупську. Координаторка проєкту: Єва Малиновська.'
)



D_PL = (
    'Konferencja Nowi Sąsiedzi 2025 | Lublin, 3–4 czerwca 2025\n'
    'Start | Program | Prelegenci | Miejsce | Rejestracja\n'
    'Start › Forum\n'
    '\n'
    'KONFERENCJA NOWI SĄSIEDZI 2025\n'
    '„Kto tu należy? Miasta i nowi mieszkańcy po wojnie”\n'
    '3–4 czerwca 2025 · Lublin · Centrum Spotkania Kultur\n'
    '\n'
    'Konferencja Nowi Sąsiedzi jest wydarzeniem zamykającym projekt „Otwarte Miasta – potencjał integracyjny miast wschodniej Polski”, realizowany od marca 2023 do czerwca 2025 r. przez Fundację Lubelskie Forum Migracyjne wspólnie z Uniwersytetem Lubelskim.\n'
    '\n'
    'Organizatorzy\n'
    'Konferencję organizuje Fundacja Lubelskie Forum Migracyjne.'
)

D_EN = (
    'New Neighbours Conference 2025 | Lublin, 3–4 June 2025\n'
    'Home | Programme | Speakers | Venue | Register\n'
    'Home › Forum\n'
    '\n'
    'NEW NEIGHBOURS CONFERENCE 2025\n'
    '"Who Belongs Here? Cities and Newcomers after the War"\n'
    '3–4 June 2025 · Lublin · Centrum Spotkania Kultur\n'
    '\n'
    'The New Neighbours Conference is the closing event of the project "Open Cities – Integration Capacity in Eastern Polish Towns", implemented from March 2023 to June 2025 by the Lublin Migration Forum Foundation together with the University of Lublin.\n'
    '\n'
    'Programme\n'
    'The conference is organised by the Lublin Migration Forum Foundation.'
)

N_B = (
    'Fundacja Otwarte Drzwi\n'
    'Start | O nas | Projekty | Kontakt\n'
    '\n'
    'Nasze projekty\n'
    '\n'
    'Szkoła Sąsiedzka\n'
    '2023–2024 | Edukacja\n'
    'Prowadzimy zajęcia wyrównawcze dla dzieci z Ukrainy. Projekt finansuje Gmina Miasta Gdańska kwotą 90 000 zł.\n'
    '\n'
    'Klub Rodzica\n'
    '2024–2025 | Integracja\n'
    'Spotkania dla rodziców z doświadczeniem migracji. Projekt finansuje Województwo Pomorskie.'
)

N_D = (
    'Wspólne Miasto 2024 | Kielce\n'
    'Start | Program | Partnerzy | Kontakt\n'
    '\n'
    'WSPÓLNE MIASTO 2024\n'
    'Program integracji cudzoziemców w Kielcach\n'
    '\n'
    '„Język na start”\n'
    'Projekt obejmuje kursy języka polskiego dla dorosłych. Finansowanie: Gmina Kielce, 40 000 zł.\n'
    '\n'
    '„Praca bez barier”\n'
    'Projekt obejmuje doradztwo zawodowe dla migrantek. Finansowanie: Województwo Świętokrzyskie, 60 000 zł.'
)


# a beneficiary's quoted name ends its paragraph; "Projekt współfinansowany …" opens the next
@pytest.mark.parametrize("text, title", [
    (A_PL, "Dobry Start – wsparcie rodzin cudzoziemców w powiecie kutnowskim"),
    (A_EN, "Open Doors"),
    (A_UK, "Добрий старт"),
    (A_RU, "Добрый старт"),
])
def test_quote_over_next_paragraph_names_no_project(text, title):
    assert _titles(text) == [title]


def test_quote_over_project_noun_on_next_line_still_names_it():
    text = ("Aktualności\n\n„Kuchnia Świata”\nto projekt Fundacji Nowy Dom, który łączy sąsiadów. "
            "Projekt finansuje Gmina Kutno od 1 marca 2024 r.")
    assert _titles(text) == ["Kuchnia Świata"]


# the site's menu flattened to lines: "Projekty" over its sub-items is no heading of the page
@pytest.mark.parametrize("text, title", [
    (B_PL, "Kuchnia Sąsiedzka. Wspólne gotowanie seniorów i nowych mieszkańców Pomorza"),
    (B_EN, "Neighbourhood Kitchen. Seniors and newcomers cooking together in Pomerania"),
    (B_UK, "Сусідська кухня. Спільне куховарство сеньйорів і нових мешканців Помор'я"),
])
def test_menu_projects_entry_makes_no_list(text, title):
    assert _titles(text) == [title]


def test_list_heading_below_the_menu_still_lists():
    assert _titles(N_B) == ["Szkoła Sąsiedzka", "Klub Rodzica"]


# a conference's quoted motto right under its name is a subtitle, no sub-project
@pytest.mark.parametrize("text, title", [
    (D_PL, "KONFERENCJA NOWI SĄSIEDZI 2025"),
    (D_EN, "NEW NEIGHBOURS CONFERENCE 2025"),
])
def test_quoted_subtitle_in_heading_block_is_no_record(text, title):
    assert _titles(text) == [title]


def test_quoted_lines_set_apart_still_start_sub_projects():
    assert _titles(N_D) == ["Język na start", "Praca bez barier"]
