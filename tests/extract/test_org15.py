"""Organisations of the fifteenth round: what the EU's disclaimer names, who runs a project
whose coordinator is introduced with a body, and how a list after a predicate reaches its items."""

import pytest

from ngo_atlas.extract.labels import find_labels
from ngo_atlas.extract.organisations import affiliation, find_organisations, merge_orgs
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _orgs(text: str, lang: str = "pl") -> list[tuple[str, str]]:
    return [(o.name, o.role) for o in merge_orgs(find_organisations(text, 0, len(text), find_labels(text), lang))]


@pytest.mark.parametrize("text, lang, agency", [
    ("Projekt „Most” prowadzi Stowarzyszenie Nowa Fala z Ełku. Sfinansowane przez Unię Europejską. Treści "
     "wyrażają wyłącznie zdanie autorów i nie muszą odzwierciedlać poglądy i opinie Unii Europejskiej lub "
     "Agencji Wykonawczej ds. Badań Naukowych.", "pl", "Agencja Wykonawcza"),
    ('The project "Bridge" is run by the New Wave Association. Funded by the European Union. The views '
     "here do not necessarily reflect those of the European Union or the Norwegian Agency for Learning.",
     "en", "Agency for Learning"),
    ("Проект «Мост» реализует Фонд «Новая волна». Мнения авторов не обязательно отражают позицию "
     "Европейского союза или Агентства по обучению.", "ru", "Агентств"),
])
def test_an_agency_named_only_in_the_eus_disclaimer_takes_no_part(text, lang, agency):
    assert not any(agency in n for n, _r in _orgs(text, lang))


def test_the_agency_the_text_names_as_operator_is_still_other():
    text = ("Projekt „Most” prowadzi Stowarzyszenie Nowa Fala z Ełku. Programem w Polsce zarządza "
            "Fundacja Wiedzy i Nauki. Wyrażone opinie nie odzwierciedlają poglądów Unii Europejskiej lub "
            "Fundacji Wiedzy i Nauki.")
    assert ("Fundacja Wiedzy i Nauki", "other") in _orgs(text)


def _leads(text: str) -> list[str]:
    ex = extract_document(Document("x", "x.txt", text))
    return [o.name for p in ex.projects for o in p.organizations if o.role == "lead"]


@pytest.mark.parametrize("text, lead", [
    ("Projekt „Szkoła dla wszystkich” trwał od 2021 do 2022 roku. Odbyło się 12 warsztatów dla rodziców.\n"
     "Koordynator projektu: Jan Wilk (Stowarzyszenie Razem w Pile), jan.wilk@razem.pl\n", "Stowarzyszenie Razem w Pile"),
    ("Projekt „Szkoła dla wszystkich” trwał od 2021 do 2022 roku. O warsztatach opowiada nam koordynator "
     "projektu, Jan Wilk ze Stowarzyszenia Dobry Start.\n", "Stowarzyszenie Dobry Start"),
    ('The project "School for All" ran from 2021 to 2022 with 12 workshops for parents.\n'
     "Contact: John Wolf (Piła Together Association), john@razem.pl\n", "Piła Together Association"),
])
def test_the_body_a_coordinator_or_contact_is_introduced_with_runs_the_project(text, lead):
    assert _leads(text) == [lead]


def test_a_named_lead_is_kept_over_the_coordinators_body():
    text = ("Projekt „Szkoła dla wszystkich” realizuje Fundacja Nowy Dom w latach 2021–2022.\n"
            "Koordynator projektu: Jan Wilk (Stowarzyszenie Razem w Pile)\n")
    assert _leads(text) == ["Fundacja Nowy Dom"]


def test_an_affiliation_is_a_body_not_a_role_or_a_town_and_an_acronym_is_spelt_out():
    text = "Szkolenia prowadzi Stowarzyszenie Dobry Start. Kontakt: Ewa Lis (SDS), Jan Wilk (koordynator), Jan Bąk z Opola."
    assert affiliation(text, text.index("Lis") + 3, "pl") == ("Stowarzyszenie Dobry Start", "SDS", text.index("SDS"),
                                                           text.index("SDS") + 3)
    assert affiliation(text, text.index("Wilk") + 4, "pl") is None
    assert affiliation(text, text.index("Bąk") + 3, "pl") is None


@pytest.mark.parametrize("text, lang, partners", [
    ("Umowę podpisano w Lublinie. Liderem jest Fundacja Nowy Dom, partnerami zostały: Gmina Miasto Chełm, "
     "Stowarzyszenie Dobry Start i Uniwersytet Lubelski.", "pl",
     ["Gmina Miasto Chełm", "Stowarzyszenie Dobry Start", "Uniwersytet Lubelski"]),
    ("Проект ведёт Фонд «Новый дом». Партнёрами проекта стали: Город Сопот и Ассоциация «Мост».", "ru",
     ["Город Сопот", "Ассоциация Мост"]),
    ("Проєкт веде Фундація «Новий дім». Партнерами проєкту є: Місто Сопот та Асоціація «Міст».", "uk",
     ["Місто Сопот", "Асоціація Міст"]),
])
def test_a_partner_predicate_with_a_verb_of_becoming_or_a_colon_gives_every_listed_body(text, lang, partners):
    got = _orgs(text, lang)
    for name in partners:
        assert (name, "partner") in got


def test_a_unit_after_a_dash_whose_head_follows_its_adjectives_is_part_of_the_name():
    from ngo_atlas.extract.organisations import clean_org

    name = "Gmina Lipno – Gminny Ośrodek Pomocy Społecznej w Lipnie"
    assert clean_org(name, "pl")[0] == name
    # a country after the dash is said about the body, no unit of it
    assert clean_org("Fundacja Nowy Dom – Polska", "pl")[0] == "Fundacja Nowy Dom"


@pytest.mark.parametrize("text, name", [
    ("Zajęcia prowadzimy we współpracy z parafią pw. św. Józefa.", "Parafia pw. św. Józefa"),
    ("Kurs odbywa się razem z parafią św. Jakuba.", "Parafia św. Jakuba"),
    ("Festyn przygotowaliśmy wspólnie ze szkołą im. Marii Konopnickiej.", "Szkoła im. Marii Konopnickiej"),
])
def test_a_lower_case_head_before_its_patron_names_a_listed_body(text, name):
    assert (name, "partner") in _orgs(text)


def test_the_footers_address_line_names_the_page_owner_who_speaks_as_we():
    from ngo_atlas.extract.organisations import copyright_owner

    text = ("Pomagamy rodzinom z Ukrainy.\n\nW tym roku zorganizowaliśmy nasze pierwsze warsztaty.\n\n"
            "Stowarzyszenie Dobry Start, al. Wolności 4, 62-800 Kalisz\n")
    assert copyright_owner(text, "pl")[0] == "Stowarzyszenie Dobry Start"
    text = "Pomagamy rodzinom.\nFundacja Nowy Dom | ul. Polna 5, 20-001 Lublin\n"
    assert copyright_owner(text, "pl")[0] == "Fundacja Nowy Dom"
    # an address inside a sentence is no footer line
    assert copyright_owner("Punkt działa przy Fundacji Nowy Dom, ul. Polna 5, w Lublinie.\n", "pl") is None


@pytest.mark.parametrize("text, lang, agency", [
    ("Projekt „Most” prowadzi Szkoła Podstawowa nr 2 w Ełku w ramach programu Erasmus+. Narodowa Agencja "
     "programu w Polsce: Fundacja Wiedzy i Nauki.", "pl", "Fundacja Wiedzy i Nauki"),
    ('The project "Bridge" is run by the New Wave Association under Erasmus+, through the National Agency '
     "(Knowledge Foundation).", "en", "Knowledge Foundation"),
])
def test_a_programmes_national_agency_hands_out_the_money_role_other(text, lang, agency):
    assert (agency, "other") in _orgs(text, lang)


def test_a_body_called_a_national_agency_is_no_operator_cue():
    text = "Uczelnia otrzymała 200 tys. zł z Narodowej Agencji Wymiany Akademickiej na projekt „Most”."
    assert not any(r == "other" for _n, r in _orgs(text))


def test_a_reflexive_verb_of_focusing_introduces_no_members():
    text = ("Warsztaty skupiały się na dwóch tematach: prawie pracy\ni rozmowach z pracodawcami z Opola, Nysy "
            "i Brzegu. Uczestnicy dostali certyfikaty.")
    assert not any(r == "member" for _n, r in _orgs(text))
    # the verb without "się" gathers a network's members
    text = "Sieć skupia trzy organizacje z Opola: Fundację Nowy Dom, Stowarzyszenie Most i Fundację Jutro."
    assert ("Stowarzyszenie Most", "member") in _orgs(text)


def test_an_aside_between_dashes_after_a_conjunction_starts_the_next_listed_body():
    text = ("Do koalicji należą: Fundacja Nowy Dom (Lublin), Fundacja Most i – od tej jesieni – Stowarzyszenie "
            "Dobry Start.")
    got = _orgs(text)
    assert ("Fundacja Most", "member") in got and ("Stowarzyszenie Dobry Start", "member") in got


@pytest.mark.parametrize("text, lang, lead", [
    ("Міська рада Сопота разом із Фундацією «Міст» розпочала реалізацію проєкту «Сусіди».", "uk", "Міська рада Сопота"),
    ("Мэрия Сопота реализует проект «Соседи» вместе с Фондом «Мост».", "ru", "Мэрия Сопота"),
])
def test_a_council_or_city_hall_is_a_body_in_cyrillic_as_rada_is_in_polish(text, lang, lead):
    assert (lead, "lead") in _orgs(text, lang)


def test_a_headline_with_a_finite_verb_is_no_name():
    from ngo_atlas.extract.organisations import clean_org

    assert clean_org("Fundacja Nowy Dom otworzyła punkt porad w Lesznie", "pl") is None
    assert clean_org("Stowarzyszenie „Most” przystąpiło do Sieci Wsparcia", "pl") is None
    # a name's own lower-case words, and a quoted part, are no verbs
    assert clean_org("Stowarzyszenie na rzecz Dzieci", "pl")[0] == "Stowarzyszenie na rzecz Dzieci"
    assert clean_org("Stowarzyszenie „Razem możemy więcej”", "pl")[0] == "Stowarzyszenie Razem możemy więcej"
