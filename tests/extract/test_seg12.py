"""Round 12 (records cut wrongly): a quoted name that a call for proposals, a programme with
its own modifier, or a body leading the project heads is no project of its own; a heading
"Program „X”" over a news item still names one."""

import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.title import names_other
from ngo_atlas.model import Document


def _titles(text: str) -> list[str]:
    return [p.title for p in extract_document(Document("t", "t.txt", text)).projects]


# a call for proposals in each language: the quote after it is the call, not the project
@pytest.mark.parametrize("text", [
    "Zadanie „Razem w Lublinie” wsparł Urząd Miasta w ramach konkursu „Lublin dla wszystkich”.",
    "Проєкт «Разом у Любліні» підтримала міська рада в межах конкурсу «Люблін для всіх».",
    "Проект «Вместе в Люблине» поддержан городом в рамках конкурса «Люблин для всех».",
    "The project “Together in Lublin” was chosen in the city's competition “Lublin for All”.",
])
def test_call_noun_names_the_call(text: str) -> None:
    q = max(text.rfind("„"), text.rfind("«"), text.rfind("“"))
    assert names_other(text, q + 1)


@pytest.mark.parametrize("text, other", [
    # a programme noun with its genitive or adjective before the quote
    ("W ramach projektu ruszy program mentoringowy „Starszy brat” dla nastolatków.", True),
    ("Częścią projektu jest program stypendiów „Młode talenty”.", True),
    ("У межах проєкту запрацює програма підтримки «Сусідська допомога».", True),
    # a verb between the programme word and the quote: the quote is the project
    ("Jednym z zadań dofinansowanych w ramach programu jest „Dom Sąsiedzki”.", False),
    # a naming word: "programu … pt." still names the project
    ("Złożyliśmy projekt w ramach programu grantowego pt. „Nowy start”.", False),
])
def test_modified_programme_head(text: str, other: bool) -> None:
    assert names_other(text, max(text.rfind("„"), text.rfind("«")) + 1) is other


def test_sub_programme_in_a_news_item_is_no_second_record() -> None:
    text = ("Integracja na Warmii – kompleksowe wsparcie cudzoziemców\n\n"
            "Stowarzyszenie Most realizuje projekt „Integracja na Warmii – kompleksowe wsparcie "
            "cudzoziemców”, finansowany z Funduszu Azylu, Migracji i Integracji.\n\n"
            "Ośrodek Pomocy w Elblągu poprowadzi w ramach projektu program mentoringowy "
            "„Starszy brat” dla nastolatków.\n\n"
            "Biuro prasowe\ntel. 55 123 45 67\n")
    assert _titles(text) == ["Integracja na Warmii – kompleksowe wsparcie cudzoziemców"]


def test_leading_body_in_a_label_line_is_no_second_record() -> None:
    text = ("Фонд «Дружба» реализует проект «Центр помощи мигрантам в Кракове», "
            "финансируемый Европейским союзом.\n\n"
            "Руководитель проекта: Фонд «Дружба»\n"
            "Сроки реализации: с 1 марта 2024 г. по 28 февраля 2026 г.\n"
            "Стоимость проекта: 800 000 злотых\n")
    assert _titles(text) == ["Центр помощи мигрантам в Кракове"]


def test_programme_heading_still_names_an_item() -> None:
    text = ("Program „Lubelskie Łączy” 2021–2023\n\n"
            "„Lubelskie Łączy” to program regrantingowy Fundacji Brama, finansowany przez "
            "Samorząd Województwa Lubelskiego.\n\n"
            "Wśród projektów wspartych w ramach programu jest „Klub Sąsiada” – spotkania "
            "dla rodzin migrantów, prowadzone przez Stowarzyszenie Razem. Projekt trwa do maja 2023 r.\n")
    assert set(_titles(text)) == {"Lubelskie Łączy", "Klub Sąsiada"}


@pytest.mark.parametrize("head, summary", [
    ("Summary", "The project “Migrant Women at Work in Podlasie”, funded by the Batory Foundation, "
                "studied the jobs of women from Belarus and Ukraine in Białystok."),
    ("Резюме", "Проєкт «Мігрантки на ринку праці Підляшшя», фінансований Фондом Баторого, "
               "досліджував умови праці жінок з Білорусі та України в Білостоці."),
])
def test_a_reports_summary_restates_its_project(head: str, summary: str) -> None:
    text = ("Raport z badań\n\n"
            "Projekt „Migrantki na rynku pracy Podlasia” realizowany przez Fundację Sąsiedzi "
            "był finansowany przez Fundację im. Stefana Batorego w latach 2022–2023.\n\n"
            "Badanie objęło 120 kobiet z Białorusi i Ukrainy zatrudnionych w Białymstoku.\n\n"
            f"{head}\n{summary}\n")
    assert _titles(text) == ["Migrantki na rynku pracy Podlasia"]


def test_a_turned_down_offer_in_a_results_table_is_no_project() -> None:
    text = ("Wyniki otwartego konkursu ofert na zadania z zakresu integracji cudzoziemców w Sopocie w 2026 r.\n\n"
            "Lp. | Organizacja | Nazwa zadania | Kwota dotacji\n"
            "1 | Fundacja Morze Kultur | Sopockie lekcje polskiego | 20 000,00 zł\n"
            "2 | Stowarzyszenie Przystań | Dyżury doradcy dla rodzin | 12 000,00 zł\n"
            "3 | Fundacja Nowy Dom | Kino sąsiedzkie | oferta odrzucona ze względów formalnych\n")
    assert _titles(text) == ["Sopockie lekcje polskiego", "Dyżury doradcy dla rodzin"]
