"""Round 21 (RECS-H): a quote whose own noun names something other than the project is no
second project on a one-project page. (1) The noun may open a bracket ("(program „X”)",
"(программа «X»)"): names_other reads it past the bracket. (2) Russian and Ukrainian heads of a
company, a trade union and a cooperative are institution heads ("компания «X»", "профспілка «Y»"),
as spółka, związek and spółdzielnia are in Polish."""

import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.title import names_other
from ngo_atlas.model import Document


def _titles(text: str) -> list[str]:
    return [p.title for p in extract_document(Document("t", "t.txt", text)).projects]


@pytest.mark.parametrize("clause", [
    "Projekt dofinansowano ze środków EOG (program „Aktywni Obywatele",
    "Проект получил грант из фондов ЕЭЗ (программа «Сильные общины",
    "Проєкт підтримала Гміна Ополе (програма «Ополе разом",
    "The project is funded by the EEA Grants (programme “Active Citizens",
])
def test_programme_noun_opening_a_bracket_heads_the_quote(clause):
    pos = max(clause.rfind(q) for q in "„«“") + 1
    assert names_other(clause + "x", pos)


def test_project_noun_opening_a_bracket_still_names_the_project():
    clause = "Fundacja pomaga rodzinom (projekt „Dom bez granic”"
    pos = clause.rfind("„") + 1
    assert not names_other(clause, pos)


_RU = ("Фонд «Добрый сосед» · Ополе\nГлавная | Проекты | Контакты\n\n"
       "«Соседи рядом» — помощь семьям мигрантов в Опольском воеводстве\n\n"
       "С 1 марта 2024 года по 28 февраля 2025 года Фонд «Добрый сосед» реализует проект «Соседи рядом», "
       "в рамках которого семьи мигрантов получают консультации юриста и психолога.\n\n"
       "Проект финансируется из фондов ЕЭЗ (программа «Сильные общины»). Сумма гранта — 40 000 евро.\n\n"
       "{extra}\n\n"
       "Контакты: Фонд «Добрый сосед», ul. Krakowska 1, Opole\n")


@pytest.mark.parametrize("extra", [
    "Оценку проекта провела компания «Аудит Плюс».",
    "Партнёр проекта — региональный профсоюз «Солидарность труда», который приглашает работников.",
    "Партнёр проекта — кооператив «Общий стол» из Ополе.",
])
def test_one_project_page_stays_one_record(extra):
    assert _titles(_RU.format(extra=extra)) == ["Соседи рядом"]


_UK = ("Фундація «Міст» · Люблін\nГоловна | Проєкти | Контакти\n\n"
       "«Мова без кордонів» — курси польської для дорослих\n\n"
       "З вересня 2024 року Фундація «Міст» реалізує проєкт «Мова без кордонів» для дорослих українців.\n\n"
       "Проєкт реалізується завдяки підтримці Гміни Люблін (програм «Люблін для всіх», дотація 50 000 "
       "злотих).\n\nНезалежну оцінку проєкту провела компанія «Дослідження і Ко».\n\n"
       "Партнер проєкту — профспілка «Праця разом».\n")


def test_ukrainian_page_with_bracketed_programme_and_company_is_one_record():
    assert _titles(_UK) == ["Мова без кордонів"]


# An "about us" page whose first heading asks the profile's question ("Kim jesteśmy?", "Who are
# we?"): the question mark is the heading's own form, the page presents the body, no project.
@pytest.mark.parametrize("head", ["Kim jesteśmy?", "Who are we?", "Кто мы?", "Хто ми?"])
def test_profile_heading_as_a_question(head):
    from ngo_atlas.extract.title import is_profile_page

    page = ("Stowarzyszenie Sąsiedzi – Kielce\n\nStrona główna | O nas | Kontakt\n\n"
            f"{head}\n\nJesteśmy stowarzyszeniem, które od 2012 roku pomaga cudzoziemcom w Kielcach.\n")
    assert is_profile_page(page)


def test_about_us_page_with_a_question_heading_and_grants_is_no_project():
    page = ("Stowarzyszenie Sąsiedzi – Kielce\n\nStrona główna › O nas\n\n"
            "Menu: O nas | Zarząd | Sprawozdania | Kontakt\n\nKim jesteśmy?\n\n"
            "Stowarzyszenie Sąsiedzi działa od 2012 roku w Kielcach i pomaga cudzoziemcom w sprawach "
            "urzędowych.\n\nSkąd mamy środki?\nNasza działalność jest finansowana ze składek, darowizn oraz "
            "ze środków Gminy Kielce i Fundacji Pomocy Wzajemnej w latach 2021–2024.\n")
    assert _titles(page) == []


# A news portal's report that never speaks of a project, whose only payer is the one its footer
# names for the portal itself: no paid undertaking, no record.
_REPORT = ("Serwis Cudzoziemca – wiadomości\n\nWiadomości | Praca | Pobyt\n\n"
           "Coraz więcej cudzoziemców zakłada firmy w Polsce\n\nOpublikowano: 3.03.2025\n\n"
           "Według danych ministerstwa w 2024 r. cudzoziemcy założyli ponad 30 tys. firm, o 20 proc. więcej "
           "niż rok wcześniej. Najwięcej w Warszawie i we Wrocławiu.\n\n"
           "Tagi: firmy, statystyki\n\n{footer}\n")


@pytest.mark.parametrize("footer", [
    "Serwis prowadzi Fundacja Otwarte Drzwi. Wydawanie serwisu w 2025 r. współfinansuje Fundusz Lokalny.",
    "This website is funded by the Open Doors Foundation.",
])
def test_payer_of_the_site_makes_no_paid_undertaking(footer):
    assert _titles(_REPORT.format(footer=footer)) == []


def test_payer_of_the_work_still_makes_a_paid_undertaking():
    from ngo_atlas.extract.pipeline import _pays_for_site
    from ngo_atlas.model import Span

    line = "Poradnictwo w 2025 r. współfinansuje Fundusz Lokalny. Więcej na naszym portalu."
    at = line.find("Fundusz")
    assert not _pays_for_site(line, Span(at, at + len("Fundusz Lokalny"), "t", 1.0))
    line = "Wydawanie portalu w 2025 r. współfinansuje Fundusz Lokalny."
    at = line.find("Fundusz")
    assert _pays_for_site(line, Span(at, at + len("Fundusz Lokalny"), "t", 1.0))
