"""Organisations and funders of the seventh round: commune bodies whose town is governed
by "Miasta", lead organisations named in prose, member lists of networks."""

import pytest

from ngo_atlas.extract.funding import find_funding
from ngo_atlas.extract.labels import find_labels
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _funders(text, lang="pl"):
    return [f.funder for f in find_funding(text, 0, len(text), find_labels(text), lang)]


def _orgs(text, lang="pl"):
    x = extract_document(Document(source="t.txt", name="t.txt", text=text, language=lang))
    return [[(o.name, o.role) for o in p.organizations] for p in x.projects]


@pytest.mark.parametrize("text, funder", [
    # the town after "Miasta" is its genitive complement and keeps it, in any case of "Gmina"
    ("Zadanie dofinansowała Gmina Miasta Sopotu kwotą 20 000 zł.\n", "Gmina Miasta Sopotu"),
    ("Projekt sfinansowano ze środków Gminy Miasta Sopotu (20 000 zł).\n", "Gmina Miasta Sopotu"),
    # the official name with a nominative town stays as written too
    ("Zadanie dofinansowała Gmina Miasta Toruń kwotą 20 000 zł.\n", "Gmina Miasta Toruń"),
    # "Miasto" alone still takes the town to the nominative
    ("Projekt sfinansowano ze środków Miasta Łodzi (20 000 zł).\n", "Miasto Łódź"),
])
def test_town_governed_by_miasta_keeps_its_case(text, funder):
    assert funder in _funders(text)


def test_menu_line_is_no_table_header():
    # a pipe-separated site menu names "Projekty" (a title header) and "Kontakt", but the
    # line under it has another width: no table, so the page's own project is read
    text = ("Start | O nas | Projekty | Kontakt\nJęzyk: PL | EN | UA\n\n"
            "Mosty w Opolu\n\nProjekt realizuje Fundacja Mosty. "
            "Projekt jest współfinansowany ze środków Unii Europejskiej w ramach "
            "Funduszu Azylu, Migracji i Integracji.\n")
    x = extract_document(Document(source="t.txt", name="t.txt", text=text, language="pl"))
    assert [p.title for p in x.projects] != ["UA"]
    assert any(f.programme == "Fundusz Azylu, Migracji i Integracji"
               for p in x.projects for f in p.funding)


def _find(text, lang="pl"):
    from ngo_atlas.extract.organisations import find_organisations
    return [(o.name, o.role) for o in find_organisations(text, 0, len(text), find_labels(text), lang)]


@pytest.mark.parametrize("text, partner", [
    # a town's adjective before the partner's head is no part of its name, in any case
    ("Fundacja Mosty wspólnie z opolską Fundacją Ziarno prowadzi kursy.\n", "Fundacja Ziarno"),
    ("Fundacja Mosty współpracuje z Fundacją Ziarno oraz z opolskim Stowarzyszeniem Sąsiedzi.\n",
     "Stowarzyszenie Sąsiedzi"),
])
def test_seat_adjective_before_partner(text, partner):
    assert (partner, "partner") in _find(text)


def test_nominative_subject_mid_sentence_leads_with_partners():
    text = ("Jedno biuro to za mało – dlatego Stowarzyszenie „Przystań” wspólnie z Fundacją Ziarno "
            "zaczęło tworzyć punkty porad.\n")
    assert ("Stowarzyszenie Przystań", "lead") in _find(text)
    assert ("Fundacja Ziarno", "partner") in _find(text)


def test_body_governed_by_a_preposition_is_no_subject():
    text = "Zajęcia prowadzimy w Fundacji Ziarno wspólnie z Fundacją Mosty.\n"
    assert not any(r == "lead" for _n, r in _find(text))


def test_numbered_member_list_gives_every_member():
    text = ("Członkowie sieci:\n1. Fundacja Ziarno (Opole)\n2. Stowarzyszenie Przystań\n"
            "3. Caritas Diecezji Opolskiej\n")
    names = {n for n, r in _find(text) if r == "member"}
    assert names == {"Fundacja Ziarno", "Stowarzyszenie Przystań", "Caritas Diecezji Opolskiej"}


def test_bare_fund_subject_makes_the_body_after_the_verb_its_operator():
    text = ("Projekt prowadziła Fundacja Ziarno, a sfinansował go Fundusz Lokalny Opolszczyzny. "
            "Fundusz prowadzi Fundacja Rozwoju Wsi.\n")
    found = _find(text)
    assert ("Fundacja Ziarno", "lead") in found
    assert ("Fundacja Rozwoju Wsi", "other") in found
    assert not any(n == "Fundusz" for n, _r in found)


def test_member_said_to_run_the_project_is_its_lead():
    text = ("Sieć Opolska\n\nProjekt „Razem” prowadziła Fundacja Ziarno.\n\n"
            "Członkowie sieci:\n- Fundacja Ziarno\n- Stowarzyszenie Przystań\n")
    roles = dict(r for p in _orgs(text) for r in p)
    assert roles.get("Fundacja Ziarno") == "lead"
    assert roles.get("Stowarzyszenie Przystań") == "member"


def test_grant_from_a_named_programme_makes_a_page_a_project():
    # no "projekt" anywhere: the page calls it an exchange, but a programme's grant pays for it
    text = ("Wymiana „Mosty nad Odrą” w Słubicach\n\nW sierpniu 2024 roku gościliśmy 30 osób z "
            "trzech krajów. Wymiana została sfinansowana przez Unię Europejską w ramach programu Erasmus+ "
            "(dofinansowanie: 15 000 euro).\n")
    x = extract_document(Document(source="t.txt", name="t.txt", text=text, language="pl"))
    assert x.projects
    assert any(f.programme == "Erasmus+" for f in x.projects[0].funding)


def test_money_without_a_programme_is_no_project_page():
    text = ("Wesprzyj nas!\n\nKażda wpłata pomaga. W zeszłym roku zebraliśmy 15 000 zł "
            "na opał dla rodzin.\n")
    x = extract_document(Document(source="t.txt", name="t.txt", text=text, language="pl"))
    assert x.projects == []


def test_cyrillic_page_owner_named_in_its_own_language():
    # a Polish site header over a Russian page that speaks as "our Foundation": the footer's
    # Russian name is the owner that leads, not the Polish header
    from ngo_atlas.extract.pipeline import _page_owner_leads
    from ngo_atlas.model import Project

    text = ("Fundacja Dom Sąsiedzki\nГлавная / Наши проекты\n\nПроект «Соседи» (2023)\n\n"
            "Проект реализовывался нашим Фондом в Люблине в 2023 г.\n\n"
            "Фонд «Соседский дом», ул. Длуга 4, 20-001 Люблин\n")
    p = Project(title="Соседи")
    _page_owner_leads(text, [p], "ru")
    assert [(o.name, o.role) for o in p.organizations] == [("Фонд Соседский дом", "lead")]


def _programmes(text, lang="pl"):
    return [f.programme for f in find_funding(text, 0, len(text), find_labels(text), lang)]


@pytest.mark.parametrize("text, programme", [
    # the kind of programme in lower case between its word and its name goes
    ("Działania prowadzimy w ramach programu regionalnego Fundusze Europejskie dla Opolskiego "
     "2021–2027.\n", "Fundusze Europejskie dla Opolskiego 2021–2027"),
    # the priority axis after a comma is no part of the name
    ("Projekt realizujemy w ramach programu Fundusze Europejskie dla Opolskiego 2021–2027, "
     "Priorytet 5: Fundusze europejskie dla rynku pracy.\n", "Fundusze Europejskie dla Opolskiego 2021–2027"),
    # "z programu Fundusze Europejskie dla X": the programme word is dropped
    ("Projekt jest dofinansowany z programu Fundusze Europejskie dla Opolskiego 2021–2027.\n",
     "Fundusze Europejskie dla Opolskiego 2021–2027"),
    # where the money came from: "pochodziło z programu X"
    ("Dofinansowanie wyniosło 80 000 zł i pochodziło z programu „Sąsiedzka Pomoc”.\n", "Sąsiedzka Pomoc"),
    ("Dotacja wyniosła 80 000 zł i pochodziła z programu Fundusze Europejskie dla Opolskiego 2021–2027.\n",
     "Fundusze Europejskie dla Opolskiego 2021–2027"),
])
def test_programme_names_in_every_phrasing(text, programme):
    assert programme in _programmes(text)


@pytest.mark.parametrize("text, lang, funder", [
    ("Projekt otrzymał 12 000 zł wsparcia z Fundacji Lokalnej Ziemi Opolskiej.\n", "pl",
     "Fundacja Lokalna Ziemi Opolskiej"),
    ("The project received EUR 5,000 in support from the Baltic Refugee Fund.\n", "en",
     "Baltic Refugee Fund"),
    ("Проєкт отримав 20 000 грн підтримки від Фонду «Сусіди».\n", "uk", "Фонд Сусіди"),
])
def test_sum_of_support_received_from_a_funder(text, lang, funder):
    assert funder in _funders(text, lang)


def test_help_received_without_a_sum_names_no_funder():
    assert _funders("Rodziny otrzymały wsparcie z Miejskiego Ośrodka Pomocy Społecznej.\n") == []


def test_acronym_before_the_name_in_the_header_gives_the_owner():
    text = ("OIM – Opolska Inicjatywa Międzykulturowa\n\nPROJEKTY ZREALIZOWANE\n\n"
            "Kuchnie świata w Opolu\nKiedy: od lutego do listopada 2021 r.\n"
            "Przez rok prowadziliśmy spotkania kulinarne. Projekt otrzymał 15 000 zł wsparcia "
            "z Fundacji Lokalnej Opolszczyzny.\n")
    x = extract_document(Document(source="t.txt", name="t.txt", text=text, language="pl"))
    assert ("Opolska Inicjatywa Międzykulturowa", "lead") in [
        (o.name, o.role) for o in x.projects[0].organizations]


@pytest.mark.parametrize("text, lang, lead", [
    ("Projekt realizowany jest w Instytucie Historii Uniwersytetu Opolskiego. Badamy rodziny.\n", "pl",
     "Instytut Historii Uniwersytetu Opolskiego"),
    ("Projekt prowadzony w Katedrze Etnologii Uniwersytetu Wrocławskiego.\n", "pl",
     "Katedra Etnologii Uniwersytetu Wrocławskiego"),
    ("The project is carried out at the Institute of History of the University of Opole.\n", "en",
     "Institute of History of the University of Opole"),
    ("Проект реализуется в Институте истории Опольского университета.\n", "ru",
     "Институт истории Опольского университета"),
])
def test_unit_where_the_project_is_carried_out_leads(text, lang, lead):
    assert (lead, "lead") in _find(text, lang)


def test_university_heading_its_institutes_page_is_no_partner():
    text = ("UNIWERSYTET OPOLSKI W OPOLU | Wydział Historii\n\nRodziny w drodze\n\n"
            "Okres realizacji: 2023–2026\n\nProjekt realizowany jest w Instytucie Historii "
            "Uniwersytetu Opolskiego. Prowadzimy wywiady z rodzinami.\n")
    orgs = [(n, r) for p in _orgs(text) for n, r in p]
    assert ("Instytut Historii Uniwersytetu Opolskiego", "lead") in orgs
    assert not any(r == "partner" for _n, r in orgs)


@pytest.mark.parametrize("text, lang, lead", [
    ("Kursy trwały rok, a prowadził go Miejski Ośrodek Pomocy Społecznej w Opolu.\n", "pl",
     "Miejski Ośrodek Pomocy Społecznej w Opolu"),
    ("Projekt trwał rok, a realizowała go Fundacja Ziarno.\n", "pl", "Fundacja Ziarno"),
    ("Проєкт тривав рік, а реалізувала його Фундація «Сусіди».\n", "uk", "Фундація Сусіди"),
])
def test_subject_after_verb_and_object_pronoun_leads(text, lang, lead):
    assert (lead, "lead") in _find(text, lang)


@pytest.mark.parametrize("text, lang, partner", [
    ("Партнёром проекта был Фонд «Соседи» в Люблине: его юристы вели консультации.\n", "ru",
     "Фонд Соседи в Люблине"),
    ("Партнером проєкту була Фундація «Сусіди» у Львові: її юристи вели консультації.\n", "uk",
     "Фундація Сусіди у Львові"),
])
def test_cyrillic_name_ends_at_a_colon(text, lang, partner):
    assert (partner, "partner") in _find(text, lang)
