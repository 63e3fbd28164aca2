"""SEGM (round 30): a list item headed "Name: subtitle" is a project of its own. The colon after
a capitalised name that is no label ("Baltic Bridges: Youth Exchange …", "Azymut: Praca – …")
sets the name off from its subtitle; a label's key ("Okres realizacji:", "Partner:") or a
one-word key the page repeats on every item ("Mentor:") names no item."""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.subtitled import name_before_subtitle
from ngo_atlas.model import Document


def _titles(text: str) -> list[str]:
    return [p.title for p in extract_document(Document("x.txt", "x.txt", text)).projects]


_RULE = "-" * 50

PL_DIVIDED = (
    'Stowarzyszenie Nowy Brzeg\n'
    'Start · O nas · Nasze projekty · Kontakt\n'
    '\n'
    'NASZE PROJEKTY – ARCHIWUM\n'
    '\n'
    'Od 2016 roku Stowarzyszenie Nowy Brzeg zrealizowało wiele projektów z mieszkańcami '
    'i cudzoziemcami '
    'w Elblągu. Poniżej kilka z nich.\n'
    '\n'
    f'{_RULE}\n'
    'PORTOWE SĄSIEDZTWO\n'
    '2019 – 2020 | zakończony\n'
    '\n'
    'Cykl spotkań sąsiedzkich dla nowych mieszkańców Elbląga. Projekt sfinansowało Miasto Elbląg.\n'
    f'{_RULE}\n'
    'MOSTY NAD ZALEWEM: WYMIANA MŁODZIEŻY POLSKA–LITWA\n'
    'lipiec 2021 – czerwiec 2022 | zakończony\n'
    '\n'
    'Wymiana dla 30 młodych osób z Elbląga i Kłajpedy. '
    'Projekt sfinansowano ze środków programu Erasmus+.\n'
    f'{_RULE}\n'
    'GŁOSY Z PORTU\n'
    'luty – grudzień 2023 | zakończony\n'
    '\n'
    'Warsztaty dziennikarskie dla migrantek. Projekt wsparła Fundacja Bałtycka.\n'
    f'{_RULE}\n'
    'Strona 1 z 2\n'
)

PL_BULLETED = (
    'Fundacja Kompas – pomoc cudzoziemcom\n'
    'O fundacji | Projekty | Kontakt\n'
    '\n'
    'REALIZOWANE PROJEKTY\n'
    '\n'
    'Obecnie Fundacja Kompas realizuje następujące projekty.\n'
    '\n'
    '▸ Kompas: Start – doradztwo zawodowe dla cudzoziemców w Toruniu\n'
    'Okres realizacji: 01.02.2024 – 31.01.2026\n'
    'Doradztwo zawodowe i kursy dla 120 osób. '
    'Projekt współfinansowany ze środków Unii Europejskiej.\n'
    '\n'
    '▸ Ciepły Kąt\n'
    'Okres realizacji: styczeń – grudzień 2025\n'
    'Mieszkanie interwencyjne dla kobiet z dziećmi. '
    'Zadanie finansowane ze środków Gminy Miasta Toruń.\n'
    '\n'
    '▸ Toruńska Sieć Tłumaczy\n'
    'Okres realizacji: 01.03.2024 – 28.02.2025\n'
    'Sieć tłumaczy środowiskowych. Projekt finansowany przez Fundację Wisła.\n'
)

EN_DIVIDED = (
    'Harbour Light Association\n'
    'Home · Our projects · Contact\n'
    '\n'
    'OUR PROJECTS\n'
    '\n'
    'Since 2014 the Harbour Light Association has carried out many projects in Szczecin.\n'
    '\n'
    f'{_RULE}\n'
    'SZCZECIN OPEN DOORS\n'
    '2018 – 2019 | completed\n'
    '\n'
    'Welcome evenings for new residents, funded by the City of Szczecin.\n'
    f'{_RULE}\n'
    'River Links: Youth Exchange Poland–Germany\n'
    'June 2021 – May 2022 | completed\n'
    '\n'
    'A youth exchange for 24 young people, funded under the Erasmus+ programme.\n'
    f'{_RULE}\n'
)

UK_BULLETED = (
    'Фундація «Поруч»\n'
    'Про нас | Проєкти | Контакти\n'
    '\n'
    'НАШІ ПРОЄКТИ\n'
    '\n'
    'Фундація «Поруч» реалізує такі проєкти.\n'
    '\n'
    '▸ Поруч: Робота – профорієнтація для українок у Ґданську\n'
    'Термін реалізації: 01.03.2024 – 28.02.2025\n'
    'Консультації та курси для 80 жінок. Проєкт фінансується Європейським Союзом.\n'
    '\n'
    '▸ Безпечна Хата\n'
    'Термін реалізації: січень – грудень 2025\n'
    'Кризова квартира для матерів з дітьми. Проєкт фінансує місто Ґданськ.\n'
)

RU_BULLETED = (
    'Фонд «Маяк»\n'
    'О нас | Проекты | Контакты\n'
    '\n'
    'НАШИ ПРОЕКТЫ\n'
    '\n'
    'Фонд «Маяк» реализует следующие проекты.\n'
    '\n'
    '▸ Маяк: Работа – профориентация для мигрантов в Познани\n'
    'Срок реализации: 01.04.2024 – 31.03.2025\n'
    'Консультации для 90 человек. Проект финансируется Европейским Союзом.\n'
    '\n'
    '▸ Тёплый Дом\n'
    'Срок реализации: январь – декабрь 2025\n'
    'Кризисная квартира для матерей с детьми. Проект финансирует город Познань.\n'
)


def test_pl_divided_list_keeps_the_item_with_a_subtitle():
    titles = [t.casefold() for t in _titles(PL_DIVIDED)]
    assert len(titles) == 3
    assert titles[1].startswith("mosty nad zalewem: wymiana")


def test_pl_bulleted_list_keeps_the_item_with_a_subtitle():
    titles = _titles(PL_BULLETED)
    assert len(titles) == 3
    assert titles[0].startswith("Kompas: Start")


def test_en_divided_list_keeps_the_item_with_a_subtitle():
    titles = _titles(EN_DIVIDED)
    assert len(titles) == 2
    assert titles[1].startswith("River Links: Youth Exchange")


def test_uk_and_ru_bulleted_lists_keep_the_item_with_a_subtitle():
    assert _titles(UK_BULLETED)[0].startswith("Поруч: Робота")
    assert _titles(RU_BULLETED)[0].startswith("Маяк: Работа")
    assert len(_titles(UK_BULLETED)) == len(_titles(RU_BULLETED)) == 2


def test_a_label_line_is_no_subtitled_name():
    page = "Okres realizacji: 01.02.2024 – 31.01.2026\nPartner: Fundacja Wisła\n"
    assert not name_before_subtitle("Okres realizacji: 01.02.2024 – 31.01.2026", page)
    assert not name_before_subtitle("Partner: Fundacja Wisła", page)
    assert not name_before_subtitle("Project coordinator: Anna Nowak", page)
    # (a common noun's phrase)
    assert not name_before_subtitle("Nowy projekt: wsparcie dla rodzin", page)


def test_a_one_word_key_the_page_repeats_names_no_item():
    page = "Mentor: Jan Kos, dziennikarz\nOpis.\nMentor: Ewa Lis, fotografka\n"
    assert not name_before_subtitle("Mentor: Jan Kos, dziennikarz", page)
    # nor a one-word key the page never names again ("Relacja: …" heading a post)
    assert not name_before_subtitle("Relacja: Warsztaty w Opolu", "Relacja: Warsztaty w Opolu\n")


def test_a_one_word_name_the_page_names_again_is_a_name():
    page = "Fundacja Kompas\n▸ Kompas: Start – doradztwo zawodowe\n"
    assert name_before_subtitle("▸ Kompas: Start – doradztwo zawodowe", page)


PL_MODULES = (
    'Stowarzyszenie Nowe Miasto\n'
    '\n'
    'NASZE PROJEKTY\n'
    '\n'
    '▸ Moduł A: Kursy Językowe\n'
    'Termin: 01.01.2024 – 30.06.2024\n'
    'Kursy języka polskiego dla 50 osób.\n'
    '\n'
    '▸ Moduł B: Doradztwo Zawodowe\n'
    'Termin: 01.07.2024 – 31.12.2024\n'
    'Doradztwo dla 40 osób. Projekt finansowany przez Miasto Poznań.\n'
)


def test_a_numbered_part_is_no_subtitled_name():
    # ("Moduł A:", "Etap II:", "Part 3:", "Этап 2:" count the parts of one thing)
    assert len(_titles(PL_MODULES)) == 1
    for line in ("Etap II: Warsztaty sąsiedzkie", "Part 3: Evaluation report",
                 "Этап 2: Обучение волонтёров"):
        assert not name_before_subtitle(line, line)
    assert name_before_subtitle("Welcome Desk Katowice 2.0: peer support", "")
