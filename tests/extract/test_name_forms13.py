"""Round 13: the written form of names: a body's branch, named after the body (own wording)."""

from ngo_atlas.extract.names import capitalised_run, is_branch
from ngo_atlas.extract.organisations import clean_org
from ngo_atlas.lang import polish


def _run(text: str, start: str) -> str:
    a, b = capitalised_run(text, text.index(start), len(text))
    return text[a:b]


def test_a_branch_after_a_dash_goes_on_with_the_body_name():
    text = "Szkolenia prowadził Związek Harcerstwa Polskiego – Chorągiew Łódzka, a salę dał urząd."
    assert _run(text, "Związek") == "Związek Harcerstwa Polskiego – Chorągiew Łódzka"
    text = "Wsparcia udzieliła Caritas Diecezji Opolskiej – Filia w Nysie, która prowadzi magazyn."
    assert _run(text, "Caritas").startswith("Caritas Diecezji Opolskiej – Filia w Nysie")


def test_a_branch_with_its_seat_and_no_dash():
    text = "Od maja Polski Związek Głuchych Oddział Regionalny w Opolu prowadzi kursy."
    assert _run(text, "Polski") == "Polski Związek Głuchych Oddział Regionalny w Opolu"
    assert is_branch("Oddziałem") and is_branch("Filią") and not is_branch("oddział")


def test_the_branch_takes_the_nominative_with_the_body():
    assert polish.nominative("Polskim Związkiem Głuchych – Oddziałem Regionalnym w Opolu") == \
        "Polski Związek Głuchych – Oddział Regionalny w Opolu"
    assert polish.nominative("Polskiego Związku Głuchych Oddziału Regionalnego w Opolu") == \
        "Polski Związek Głuchych Oddział Regionalny w Opolu"
    # a body with no branch after its dash keeps its former reading
    assert polish.nominative("Fundacji Ocalenie") == "Fundacja Ocalenie"


def test_clean_org_keeps_the_branch():
    name, _acr = clean_org("Polskim Związkiem Głuchych – Oddziałem Regionalnym w Opolu", "pl")
    assert name == "Polski Związek Głuchych – Oddział Regionalny w Opolu"


def test_a_place_after_z_then_a_quoted_name_stays_in_the_name():
    text = "Partnerem jest Stowarzyszenie Kobiet z Gruzji „Mziuri” i Fundacja Nowy Dom."
    assert _run(text, "Stowarzyszenie") == "Stowarzyszenie Kobiet z Gruzji „Mziuri”"
    text = "Zajęcia prowadzi Związek Studentów z Ameryki Łacińskiej „Puente” w Poznaniu."
    assert _run(text, "Związek").startswith("Związek Studentów z Ameryki Łacińskiej „Puente”")
    # with no quoted name after it, "z" and a town end the name: the town says where from
    text = "Pomaga Fundacja Ocalenie z Warszawy, która prowadzi punkt."
    assert _run(text, "Fundacja") == "Fundacja Ocalenie"


def test_bez_and_without_join_the_parts_of_a_name():
    text = "Pomoc medyczną zapewnili Lekarze bez Granic, a tłumaczy dała gmina."
    assert _run(text, "Lekarze") == "Lekarze bez Granic"
    text = "The clinic was run by Reporters without Borders, with local volunteers."
    assert _run(text, "Reporters") == "Reporters without Borders"
    # a lower-case word after "bez" is no part of a name
    text = "Fundacja Ocalenie bez trudu znalazła salę."
    assert _run(text, "Fundacja") == "Fundacja Ocalenie"


def test_i_between_two_nouns_of_one_name():
    text = "Projekt prowadzimy z Fundacją Pokój i Dobro oraz z gminą."
    assert _run(text, "Fundacją") == "Fundacją Pokój i Dobro"
    text = "Dotację przyznało Ministerstwo Edukacji i Nauki, a zajęcia trwały rok."
    assert _run(text, "Ministerstwo") == "Ministerstwo Edukacji i Nauki"
    # a new body, a person or a town after "i" is no part of the name
    text = "Projekt prowadzimy z Fundacją Pokój i Stowarzyszeniem Most."
    assert _run(text, "Fundacją") == "Fundacją Pokój"
    text = "Spotkanie prowadziła Fundacja Pokój i Anna Nowak z gminy."
    assert _run(text, "Fundacja") == "Fundacja Pokój"
    text = "Zajęcia prowadzi Fundacja Pokój i Polskie Forum Migracyjne."
    assert _run(text, "Fundacja") == "Fundacja Pokój"


def test_public_units_keep_their_seat():
    text = "Szkolenie przeprowadziła Komenda Miejska Policji w Radomiu, a salę dała szkoła."
    assert _run(text, "Komenda") == "Komenda Miejska Policji w Radomiu"
    text = "Uczniowie II Liceum Ogólnokształcącego w Chełmie przygotowali wystawę."
    assert _run(text, "II") == "II Liceum Ogólnokształcącego w Chełmie"
    # "Kołem" reads as koł too; koło is a seat head
    text = "Współpracujemy z Kołem Gospodyń Wiejskich w Dębowcu oraz z gminą."
    assert _run(text, "Kołem") == "Kołem Gospodyń Wiejskich w Dębowcu"
    # a foundation's "w X" stays out: it may say where it acts
    text = "Fundacja Pokój w Radomiu zorganizowała kurs."
    assert _run(text, "Fundacja") == "Fundacja Pokój"


def test_initials_and_a_patron_by_origin_stay_in_the_name():
    text = "Zajęcia prowadzi Fundacja Edukacji im. J.K. Nowaka, która ma siedzibę w Opolu."
    assert _run(text, "Fundacja") == "Fundacja Edukacji im. J.K. Nowaka"
    text = "Spotkanie odbyło się w Szkole Muzycznej im. Jana z Lublina i trwało dwie godziny."
    assert _run(text, "Szkole").startswith("Szkole Muzycznej im. Jana z Lublina")
    text = "Stypendia przyznała Fundacja im. Marii Curie z Warszawy, a kurs prowadzi szkoła."
    assert _run(text, "Fundacja") == "Fundacja im. Marii Curie"  # after a surname the town is the body's
    text = "Partnerem jest Agencja Rozwoju Lokalnego S.A. w Opolu, która prowadzi biuro."
    assert _run(text, "Agencja") == "Agencja Rozwoju Lokalnego S.A. w Opolu"
