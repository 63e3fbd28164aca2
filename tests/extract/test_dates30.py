"""DATE-S (round 30): a period label's value closed by a status word after its dates
("Okres realizacji: 01.03.2022–31.12.2022 (projekt zakończony)", "Duration: 2020–2023
(completed)", "Період реалізації: … | триває") gives the project's status; a bracket or cell that
holds no status word (a town, a length, a call still open) gives none (texts in our own wording,
not the sets')."""
import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _status(text: str) -> str | None:
    projects = extract_document(Document("x.txt", "x.txt", text)).projects
    assert projects, "no record"
    return projects[0].status


def _page(title: str, period_line: str, body: str) -> str:
    return f"Stowarzyszenie Modrzew\n\n{title}\n\n{period_line}\nFinansowanie: Fundacja Jesionu\n\n{body}\n"


_PL_BODY = "Projekt to warsztaty kulinarne dla sąsiadów z Gruzji i Armenii w świetlicy przy ul. Cisowej w Lesznie."


@pytest.mark.parametrize("tail, status", [
    ("(projekt zakończony)", "completed"),
    ("(zrealizowany)", "completed"),
    ("– projekt trwa", "ongoing"),
    ("| w trakcie realizacji", "ongoing"),
])
def test_polish_period_label_closed_by_status(tail, status):
    text = _page("Kuchnia Sąsiedzka", f"Okres realizacji: 01.03.2022 – 31.12.2022 {tail}", _PL_BODY)
    assert _status(text) == status


def test_polish_month_period_closed_by_status():
    text = _page("Kuchnia Sąsiedzka", "Czas trwania: marzec – grudzień 2021 r. (zakończony)", _PL_BODY)
    assert _status(text) == "completed"


def test_english_duration_closed_by_status():
    text = _page("Neighbours at the Table", "Duration: 1 March 2021 – 30 June 2022 (completed)",
                 "The project offers cooking workshops for neighbours from Georgia and Armenia in a community room in Leszno.")
    assert _status(text) == "completed"


def test_ukrainian_period_closed_by_status():
    text = _page("Сусідська кухня", "Період реалізації: 01.09.2023 – 30.06.2025 | триває",
                 "Проєкт – це кулінарні майстер-класи для сусідів з Грузії та Вірменії у громадському просторі в Лешно.")
    assert _status(text) == "ongoing"


def test_russian_period_closed_by_status():
    text = _page("Соседская кухня", "Срок реализации: 2021–2022 (завершен)",
                 "Проект – это кулинарные мастер-классы для соседей из Грузии и Армении в общественном пространстве в Лешно.")
    assert _status(text) == "completed"


@pytest.mark.parametrize("line", [
    "Okres realizacji: 01.03.2022 – 31.12.2022 (Leszno)",
    "Okres realizacji: 01.03.2022 – 31.12.2022 (10 miesięcy)",
    "Okres realizacji: 2022 – trwa nabór uczestników",
    "Okres realizacji: 01.03.2022 – 31.12.2022",
])
def test_no_status_word_after_the_period(line):
    assert _status(_page("Kuchnia Sąsiedzka", line, _PL_BODY)) is None


def test_english_bracket_without_status_gives_none():
    text = _page("Neighbours at the Table", "Duration: 1 March 2021 – 30 June 2022 (16 months)",
                 "The project offers cooking workshops for neighbours from Georgia and Armenia in a community room in Leszno.")
    assert _status(text) is None


# DATE-S: two bare years sharing their sentence with a sum date the money; a start the text
# states to the month elsewhere is the project's, and the sum's last year is no end of it


def _period(text: str) -> tuple[str | None, str | None]:
    projects = extract_document(Document("x.txt", "x.txt", text)).projects
    assert projects, "no record"
    return projects[0].start, projects[0].end


_PL_CLUB = "Stowarzyszenie Grab\n\nKlub Sąsiadów\n\nProjekt „Klub Sąsiadów” to spotkania rodzin z Mołdawii i Gruzji w Kaliszu.\n"


def test_polish_sum_years_against_a_stated_start():
    text = _PL_CLUB + ("Od czerwca 2023 r. prowadzimy go w świetlicy, którą finansuje Fundacja Jesionu – "
                       "łącznie 90 000 zł w latach 2023–2025.\n")
    assert _period(text) == ("2023-06", None)


def test_polish_sum_years_with_an_end_said_to_the_month_stay():
    text = _PL_CLUB + ("Od czerwca 2023 r. projekt finansuje Fundacja Jesionu – łącznie 90 000 zł "
                       "w latach 2023–2025. Z końcem marca 2025 r. zakończył się nasz projekt.\n")
    assert _period(text)[1] == "2025-03"


def test_polish_project_years_in_their_own_sentence_stay():
    text = _PL_CLUB + ("Od czerwca 2023 r. spotykamy się co tydzień. Projekt realizujemy w latach 2023–2025. "
                       "Fundacja Jesionu przekazała na niego 90 000 zł.\n")
    assert _period(text)[1] == "2025"


def test_polish_sum_years_without_a_stated_start_stay():
    text = _PL_CLUB + "Projekt finansuje Fundacja Jesionu – łącznie 90 000 zł w latach 2023–2025.\n"
    assert _period(text) == ("2023", "2025")


def test_english_sum_years_against_a_stated_start():
    text = ("Hornbeam Association\n\nNeighbours' Club\n\nThe Neighbours' Club project brings together families "
            "from Moldova and Georgia in Kalisz.\nThe project started in June 2023. It is funded by the Ash "
            "Foundation with EUR 40,000 in 2023–2025.\n")
    assert _period(text) == ("2023-06", None)


def test_ukrainian_sum_years_against_a_stated_start():
    text = ("Асоціація Граб\n\nКлуб сусідів\n\nПроєкт «Клуб сусідів» – це зустрічі родин з Молдови та Грузії "
            "у Каліші.\nПроєкт реалізується з вересня 2023 року. Фінансування: Фонд Ясена – 400 000 гривень "
            "на 2023/2024 навчальний рік.\n")
    assert _period(text) == ("2023-09", None)


def test_russian_sum_years_against_a_stated_start():
    text = ("Ассоциация Граб\n\nКлуб соседей\n\nПроект «Клуб соседей» – это встречи семей из Молдовы и Грузии "
            "в Калише.\nПроект реализуется с сентября 2023 года. Фонд Ясеня выделил 50 000 злотых "
            "на 2023–2024 годы.\n")
    assert _period(text) == ("2023-09", None)


def test_polish_grant_years_stay_the_projects():
    text = _PL_CLUB + ("Od czerwca 2023 r. spotykamy się co tydzień. Projekt finansuje Fundacja Jesionu. "
                       "Kwota grantu wynosi 90 000 zł na lata 2023–2025.\n")
    assert _period(text)[1] == "2025"
