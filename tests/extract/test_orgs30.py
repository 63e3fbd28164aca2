"""ORG-S (round 30): bodies named in a page's fields rather than its prose. A public task's report
form names the body it is addressed to ("Organ administracji publicznej: X"): that body pays the
grant when no other payer is named, and only hands out the money when the form names its source.
An evaluator's field ("Ewaluatorka:", "Evaluator:", "Внешний оценщик:", "Зовнішній евалюатор:")
names a body that takes part as `other`; a person named there brings no employer into the project
(texts in our own wording, not the sets')."""
import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _record(text: str):
    doc = extract_document(Document("x.txt", "x.txt", text))
    assert len(doc.projects) == 1
    return doc.projects[0]


def _roles(text: str) -> dict[str, str]:
    return {o.name: o.role for o in _record(text).organizations}


_FORM = ("SPRAWOZDANIE KOŃCOWE\nz wykonania zadania publicznego\n\n"
         "Tytuł zadania publicznego: „Klub Sąsiedzki Bez Granic”\n"
         "Nazwa Zleceniobiorcy: Stowarzyszenie Jarzębina, ul. Polna 3, 20-001 Lublin\n"
         "Data zawarcia umowy: 02.03.2024 r.\n"
         "{organ}\n"
         "Okres realizacji zadania: od 01.04.2024 do 30.11.2024\n\n"
         "Część I. Sprawozdanie merytoryczne\n"
         "W klubie odbyło się 30 spotkań dla rodzin z Ukrainy i Białorusi w Lublinie.{source}\n\n"
         "Część II. Sprawozdanie z wykonania wydatków\n"
         "Dotacja: 42 000,00 zł\n")


def test_report_form_organ_pays_the_grant():
    p = _record(_FORM.format(organ="Organ administracji publicznej: Zarząd Powiatu Lubelskiego", source=""))
    assert [(f.funder, f.amount) for f in p.funding] == [("Zarząd Powiatu Lubelskiego", 42000.0)]
    assert {o.name: o.role for o in p.organizations}["Zarząd Powiatu Lubelskiego"] == "funder"


def test_report_form_organ_wrapped_over_two_lines():
    organ = "1. Organ administracji publicznej, do którego jest adresowane sprawozdanie: Prezydent\nMiasta Lublin"
    p = _record(_FORM.format(organ=organ, source=""))
    assert [f.funder for f in p.funding] == ["Prezydent Miasta Lublin"]


def test_report_form_organ_hands_out_a_named_source():
    source = " Zadanie sfinansowano ze środków budżetu państwa."
    p = _record(_FORM.format(organ="Organ administracji publicznej: Wojewoda Lubelski", source=source))
    assert "Wojewoda Lubelski" not in [f.funder for f in p.funding]
    assert {o.name: o.role for o in p.organizations}["Wojewoda Lubelski"] == "other"


def test_organ_named_in_prose_is_no_field():
    p = _record(_FORM.format(organ="Umowę podpisał organ administracji publicznej właściwy dla powiatu.",
                             source=""))
    assert [f.funder for f in p.funding] == [None]


_PL = ("Razem w szkole\n\nProjekt „Razem w szkole” realizuje Fundacja Nowe Horyzonty w latach "
       "2023–2024 w Lublinie.\n\nKoordynatorka: Anna Kowalska\n{line}\nFinansowanie: Fundacja Dębowy Las\n")


@pytest.mark.parametrize("line, body", [
    ("Ewaluatorka: Pracownia Badań Społecznych „Miara” sp. z o.o.", "Pracownia Badań Społecznych Miara sp. z o.o."),
    ("Ewaluator zewnętrzny: Fundacja Rzetelna Ocena", "Fundacja Rzetelna Ocena"),
])
def test_polish_evaluator_field_names_an_other_body(line, body):
    assert _roles(_PL.format(line=line))[body] == "other"


def test_russian_evaluator_field():
    text = ("Вместе в школе\n\nПроект «Вместе в школе» реализует Фонд «Новые горизонты» в Люблине в "
            "2023–2024 годах.\n\nВнешний оценщик: Фонд «Честная оценка»\n")
    assert _roles(text)["Фонд Честная оценка"] == "other"


def test_ukrainian_evaluator_field():
    text = ("Разом у школі\n\nПроєкт «Разом у школі» реалізує Фундація «Нові горизонти» у Любліні у "
            "2023–2024 роках.\n\nЗовнішній евалюатор: Фундація «Чесна оцінка»\n")
    assert _roles(text)["Фундація Чесна оцінка"] == "other"


def test_english_evaluator_field():
    text = ("Together at School\n\nThe project \"Together at School\" is implemented by the New Horizons "
            "Foundation in Lublin in 2023–2024.\n\nEvaluator: Fair Measure Foundation\n")
    assert _roles(text)["Fair Measure Foundation"] == "other"


@pytest.mark.parametrize("line", [
    "Ewaluator zewnętrzny: dr Piotr Lis, Uniwersytet Marii Curie-Skłodowskiej",
    "Ewaluatorka: Maria Zając (Uniwersytet Warszawski)",
])
def test_person_evaluator_brings_no_employer(line):
    roles = _roles(_PL.format(line=line))
    assert not any("Uniwersytet" in name for name in roles)


# the EU fund's institutions named in a field are role other in Polish and English already
# ("Instytucja Pośrednicząca:", "Managing authority:"); so in Russian and Ukrainian
@pytest.mark.parametrize("text, body", [
    ("Новый старт\n\nПроект «Новый старт» реализует Фонд «Открытые двери» в Лодзи в 2024 году. "
     "Проект софинансируется из Фонда убежища, миграции и интеграции.\n\n"
     "Ответственное учреждение: Департамент европейских фондов Министерства внутренних дел и администрации.\n",
     "Департамент европейских фондов Министерства внутренних дел и администрации"),
    ("Новий старт\n\nПроєкт «Новий старт» реалізує Фундація «Відкриті двері» у Лодзі у 2024 році. "
     "Проєкт співфінансується з Фонду притулку, міграції та інтеграції.\n\n"
     "Проміжний орган: Центр обслуговування європейських проєктів Міністерства внутрішніх справ і адміністрації\n",
     "Центр обслуговування європейських проєктів Міністерства внутрішніх справ і адміністрації"),
])
def test_cyrillic_fund_institution_field_is_other(text, body):
    assert _roles(text)[body] == "other"


def test_responsible_person_is_no_institution_field():
    text = ("Новый старт\n\nПроект «Новый старт» реализует Фонд «Открытые двери» в Лодзи в 2024 году.\n\n"
            "Ответственное лицо: Анна Ковальская\n")
    assert set(_roles(text).values()) <= {"lead", "funder"}
