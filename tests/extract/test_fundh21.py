"""Round 21, funding (FUND-H): a body that hands on another body's money ("X ze środków Y",
"X, with funds from Y", "X за кошти Y", "X из средств, полученных от Y") is an operator (role
other); the body whose money it is pays. Texts in our own wording."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _record(text: str):
    ex = extract_document(Document("f.txt", "f.txt", text))
    p = ex.projects[0]
    return ([(f.funder, f.programme, f.amount) for f in p.funding],
            {o.name: o.role for o in p.organizations})


_HEAD_PL = ("Projekt „Wspólny Stół”\n\nStowarzyszenie Sąsiedzi prowadzi projekt „Wspólny Stół” w Gdyni "
            "w 2024 roku. Gotujemy co tydzień z nowymi sąsiadami.\n\n")


def test_polish_acronym_between_the_operator_and_the_money_noun():
    funding, orgs = _record(_HEAD_PL + "Projekt finansuje Europejska Organizacja Wsparcia (EOW) ze środków "
                                       "Agencji Rozwoju Północy. Budżet wynosi 45 000 zł.\n")
    assert [f[0] for f in funding] == ["Agencja Rozwoju Północy"]
    assert orgs.get("Europejska Organizacja Wsparcia") == "other"


def test_field_line_regranting_in_brackets():
    funding, orgs = _record(_HEAD_PL + "Źródło finansowania: Fundacja Mostów (regranting ze środków "
                                       "Fundacji Jana K. Nowaka) – 38 000,00 zł\n")
    assert ("Fundacja Jana K. Nowaka", None, 38000.0) in funding
    assert "Fundacja Mostów" not in [f[0] for f in funding]
    assert orgs.get("Fundacja Mostów") == "other"


def test_english_field_with_funds_from_a_government():
    funding, orgs = _record("Project \"Open Kitchen\"\n\nThe Neighbours Association runs the project "
                            "\"Open Kitchen\" in Gdynia in 2023.\n\nDonor: Northern Relief Organization "
                            "(NRO), with funds from the Government of Iceland\nGrant: EUR 30 000\n")
    assert [f[0] for f in funding] == ["Government of Iceland"]
    assert orgs.get("Northern Relief Organization") == "other"


def test_ukrainian_field_with_programme_then_money_of_a_foundation():
    funding, orgs = _record("Проєкт «Спільна кухня»\n\nАсоціація Сусіди реалізує проєкт «Спільна кухня» у "
                            "Гдині у 2024 році.\n\nФінансування: Фонд Івана Петренка в рамках програми "
                            "«Разом», за кошти Фонду Марти Коваль\n")
    assert funding and funding[0][0] == "Фонд Марти Коваль" and funding[0][1] == "Разом"
    assert orgs.get("Фонд Івана Петренка") == "other"


def test_russian_participle_of_passing_on_and_a_lower_case_noun():
    funding, orgs = _record("Проект «Общая кухня»\n\nАссоциация Соседи реализует проект «Общая кухня» в "
                            "Гдыне в 2024 году.\n\nПроект финансирует Северная организация помощи (СОП) из "
                            "средств, полученных от правительства Исландии.\n")
    assert [f[0] for f in funding] == ["правительство Исландии"]
    assert orgs.get("Северная организация помощи") == "other"


def test_a_payer_giving_through_its_own_fund_or_programme_keeps_paying():
    funding, _ = _record(_HEAD_PL + "Projekt jest finansowany przez Instytut Wsparcia Obywateli ze środków "
                                    "Programu Aktywni Razem na lata 2024–2030.\n")
    assert "Instytut Wsparcia Obywateli" in [f[0] for f in funding]
    funding, _ = _record(_HEAD_PL + "Projekt współfinansuje Unia Europejska ze środków Funduszu Azylu, "
                                    "Migracji i Integracji.\n")
    assert "Unia Europejska" in [f[0] for f in funding]
