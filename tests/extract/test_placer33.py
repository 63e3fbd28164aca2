"""PLACER (round 33): a list set out town by town, each item opening with its town(s) and a
dash before what happens there ("• Легница – каждый первый вторник месяца"), names the towns
where the work runs, in any language; one such line alone (a headline, "Rzeszów – Stolica
Innowacji") or items opened by people, roles or words that are no town name none. Texts in our
own wording."""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _places(text: str) -> set[str]:
    doc = extract_document(Document("x.txt", "x.txt", text))
    assert len(doc.projects) == 1
    return {t.value for t in doc.projects[0].places}


def test_russian_schedule_by_town():
    text = ("Правовая помощь для работников из Азии\n\n"
            "С 1 марта 2025 года Фонд «Пример» бесплатно консультирует работников из стран Азии "
            "по вопросам легализации и трудового права. Проект финансирует Фонд Открытых Дверей.\n\n"
            "График консультаций:\n"
            "• Кельце – каждый второй понедельник месяца, библиотека, ул. Садова 3.\n"
            "• Радом – каждую пятницу, 10:00–14:00.\n")
    got = _places(text)
    assert {"Кельце", "Радом"} <= got


def test_ukrainian_items_by_town_without_bullets():
    text = ("Жіночий клуб підтримки\n\n"
            "З вересня 2024 року Фундація «Приклад» проводить зустрічі груп підтримки для жінок з "
            "України. Проєкт фінансує Фонд Відкритих Дверей.\n\n"
            "Де проходять зустрічі?\n"
            "Сувалки – вул. Косцюшка 10, щовівторка\n"
            "Ломжа – онлайн і за попереднім записом\n")
    got = _places(text)
    assert {"Сувалки", "Ломжа"} <= got


def test_russian_two_towns_in_one_item():
    text = ("Мобильные консультации\n\n"
            "С января 2025 года юристы Фонда «Пример» консультируют иностранцев. Проект "
            "финансирует Фонд Открытых Дверей.\n\n"
            "• Кутно и Ленчица — выездные дежурства по субботам.\n")
    got = _places(text)
    assert {"Кутно", "Ленчица"} <= got


def test_polish_schedule_by_town():
    text = ("Prawnik na kółkach\n\n"
            "Od 1 marca 2025 r. Fundacja Przykładowa udziela bezpłatnych porad prawnych "
            "cudzoziemcom. Projekt finansuje Fundacja Otwartych Drzwi.\n\n"
            "Harmonogram dyżurów:\n"
            "• Sieradz – każdy pierwszy wtorek miesiąca, biblioteka miejska\n"
            "• Wieluń – każdy trzeci czwartek miesiąca, dom kultury\n")
    got = _places(text)
    assert {"Sieradz", "Wieluń"} <= got


def test_english_schedule_by_town():
    text = ("Legal Aid on Wheels\n\n"
            "Since 1 March 2025 the Example Foundation has given free legal advice to foreign "
            "workers. The project is funded by the Open Doors Foundation.\n\n"
            "Duty hours:\n"
            "- Kielce – every first Monday of the month, city library\n"
            "- Radom – every Friday, 10:00–14:00\n")
    got = _places(text)
    assert {"Kielce", "Radom"} <= got


def test_one_headline_line_is_no_list():
    # (negative) a single "Town – slogan" line, no list of towns
    text = ("Prawnik na kółkach\n\n"
            "Od 1 marca 2025 r. Fundacja Przykładowa udziela bezpłatnych porad prawnych "
            "cudzoziemcom w Łodzi. Projekt finansuje Fundacja Otwartych Drzwi.\n\n"
            "Sieradz – miasto z charakterem\n")
    got = _places(text)
    assert "Łódź" in got and "Sieradz" not in got


def test_items_opened_by_people_or_words_are_no_towns():
    # (negative) a team list and a format list: persons, roles, "Онлайн", no towns
    text = ("Правовая помощь для работников из Азии\n\n"
            "С 1 марта 2025 года Фонд «Пример» бесплатно консультирует работников в Лодзи. "
            "Проект финансирует Фонд Открытых Дверей.\n\n"
            "Команда:\n"
            "• Анна Ковальская – координатор проекта\n"
            "• Юрист – Павел Новак\n"
            "• Онлайн – по предварительной записи\n")
    got = _places(text)
    assert "Лодзь" in got
    assert not got & {"Анна Ковальская", "Юрист", "Онлайн"}
