"""DATE-E (round 29): on a list page of project cards each card keeps its own status. A status
cell in a card's meta line under its title ("trwa | 2023–2024", "2021–2023 | zakończony") is that
card's badge; such a line is no breadcrumb naming the status of the whole page; and a status-only
line closing a card (the next card's badge over its title, or the next section's heading) is not
said of the card above it (texts in our own wording, not the sets')."""
import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.status import cell_status, next_badge_start
from ngo_atlas.model import Document

_RULE = "\n" + "-" * 40 + "\n"


def _statuses(text: str) -> dict:
    return {p.title.lower(): p.status for p in extract_document(Document("x.txt", "x.txt", text)).projects}


def _cards(intro: str, cards: list[tuple[str, str, str]]) -> str:
    return intro + _RULE + _RULE.join(f"{t}\n{meta}\n\n{body}\n" for t, meta, body in cards)


_PL_BODIES = ("Kursy języka polskiego dla dorosłych cudzoziemców w bibliotece na Ochocie. "
              "Projekt finansuje Fundacja Dębu (48 000 zł).\nCzytaj więcej »",
              "Dyżury prawne dla rodzin z Białorusi w Białymstoku i w Sokółce. "
              "Projekt sfinansowało Miasto Białystok.\nCzytaj więcej »",
              "Grupy wsparcia dla matek z dziećmi w świetlicy przy ul. Lipowej. "
              "Projekt finansuje Fundacja Wiązu.\nCzytaj więcej »")


@pytest.mark.parametrize("meta, status", [
    ("trwa | 2023–2025", "ongoing"),
    ("od 1 października 2024 r. | w realizacji", "ongoing"),
    ("2022–2023 | zakończony", "completed"),
    ("w trakcie realizacji | styczeń 2024 – grudzień 2025", "ongoing"),
])
def test_polish_status_cell_is_the_cards_badge(meta, status):
    text = _cards("Stowarzyszenie Brzozy\n\nNASZE PROJEKTY\n\nPoniżej przedstawiamy nasze działania.\n", [
        ("KLUB ROZMÓW PO POLSKU", meta, _PL_BODIES[0]),
        ("PRAWNIK DLA SĄSIADA", "marzec – listopad 2021", _PL_BODIES[1]),
    ])
    st = _statuses(text)
    assert st.get("klub rozmów po polsku") == status
    assert st.get("prawnik dla sąsiada") is None


def test_first_cards_cell_names_no_status_of_the_other_cards():
    # "2019–2021 | zakończony" near the page's top is the first card's line, not a breadcrumb
    text = _cards("Fundacja Jodły\n\nProjekty\n", [
        ("CENTRUM PORAD W KIELCACH", "2019–2021 | zakończony", _PL_BODIES[1]),
        ("MAMY RAZEM", "luty – listopad 2023", _PL_BODIES[2]),
        ("SOBOTNIA SZKOŁA", "od 1 września 2024 r. | w realizacji", _PL_BODIES[0]),
    ])
    st = _statuses(text)
    assert st.get("centrum porad w kielcach") == "completed"
    assert st.get("mamy razem") is None
    assert st.get("sobotnia szkoła") == "ongoing"


def test_next_cards_badge_is_not_the_card_above():
    text = ("Nasze projekty\n\nPoniżej znajdziesz nasze projekty.\n\n—\n\n"
            "W TRAKCIE\nLekcje bez granic\nOkres realizacji: 1.09.2024 – 30.06.2025\n"
            "Finansowanie: Fundacja Klonu – 40 000 zł\nUczymy dzieci z Ukrainy w trzech szkołach w Radomiu.\n\n"
            "W TRAKCIE\nPraca bez wyzysku\nOkres realizacji: 1.02.2024 – 31.01.2025\n"
            "Finansowanie: Fundusz Obywatelski – 60 000 zł\nDoradztwo dla pracowników z Nepalu w Ostrowcu.\n\n"
            "ZAKOŃCZONY\nForum sąsiedzkie\nOkres realizacji: 2020–2021\n"
            "Finansowanie: Miasto Radom – 20 000 zł\nSpotkania mieszkańców i cudzoziemców w domu kultury.\n")
    st = _statuses(text)
    assert st.get("lekcje bez granic") == "ongoing"
    assert st.get("praca bez wyzysku") == "ongoing"
    assert st.get("forum sąsiedzkie") == "completed"


def test_russian_status_cell():
    text = _cards("Фонд «Берёза»\n\nНАШИ ПРОЕКТЫ\n\nНиже — проекты нашего фонда.\n", [
        ("ШКОЛА ВЫХОДНОГО ДНЯ", "2021–2022 | завершен", "Занятия для детей из Беларуси в Белостоке. Проект финансирует Фонд Север.\nЧитать дальше »"),
        ("ЖЕНСКИЙ КЛУБ", "январь – июнь 2023", "Встречи для женщин по средам. Проект финансирует город Белосток.\nЧитать дальше »"),
        ("ЮРИДИЧЕСКАЯ ПОМОЩЬ", "сентябрь 2024 – июнь 2025 | текущий",
         "Консультации юриста для семей из Беларуси. Проект финансирует Фонд Север.\nЧитать дальше »"),
    ])
    st = _statuses(text)
    assert st.get("школа выходного дня") == "completed"
    assert st.get("женский клуб") is None
    assert st.get("юридическая помощь") == "ongoing"


def test_ukrainian_status_cell():
    text = _cards("Фундація «Калина»\n\nНАШІ ПРОЄКТИ\n\nНижче — проєкти нашої фундації.\n", [
        ("СУБОТНЯ ШКОЛА", "вересень 2024 – червень 2025 | триває", "Уроки української мови для дітей у Любліні. Проєкт фінансує Фонд Явір.\nЧитати далі »"),
        ("ЮРИДИЧНА ДОПОМОГА", "березень – грудень 2022", "Консультації для родин з України в Хелмі. Проєкт фінансує місто Хелм.\nЧитати далі »"),
    ])
    st = _statuses(text)
    assert st.get("суботня школа") == "ongoing"
    assert st.get("юридична допомога") is None


def test_english_status_cell():
    text = _cards("Open Doors Association\n\nOUR PROJECTS\n\nBelow are the projects of our association.\n", [
        ("WELCOME DESK", "2022–2024 | completed", "Information desk for newcomers at the railway station in Opole. Funded by the Oak Foundation.\nRead more »"),
        ("SHARED KITCHEN", "March – November 2023", "Cooking workshops for neighbours from Poland and Ukraine. Funded by the City of Opole.\nRead more »"),
    ])
    st = _statuses(text)
    assert st.get("welcome desk") == "completed"
    assert st.get("shared kitchen") is None


@pytest.mark.parametrize("line", [
    "Strona główna | Projekty zrealizowane | Kontakt",  # a menu names lists, no card's badge
    "O nas | Projekty bieżące | Projekty zakończone | Kontakt",
    "trwa | zakończony",  # two statuses: no one badge
    "Home | About | Contact",
    "Zakończony",  # one cell only: section_status reads such a line
])
def test_no_card_cell(line):
    assert cell_status(line, 0, len(line)) is None


def test_closing_status_line_kept_on_the_last_record():
    text = "Klub rozmów\nSpotkania po polsku.\nZakończony\n"
    assert next_badge_start(text, 0, len(text)) == len(text)
    more = text + "Forum sąsiedzkie\nSpotkania mieszkańców.\n"
    assert next_badge_start(more, 0, len(text)) == text.index("Zakończony")
