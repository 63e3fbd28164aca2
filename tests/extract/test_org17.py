"""Organisations of the seventeenth round: the body a list of its own projects is headed by,
what a bare "current projects" heading does not say, and the footer's address block."""

from ngo_atlas.extract.organisations import copyright_owner
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _leads(text: str) -> list[list[str]]:
    ex = extract_document(Document("x", "x.txt", text))
    return [[o.name for o in p.organizations if o.role == "lead"] for p in ex.projects]


_LIST_PL = """Projekty zrealizowane
Stowarzyszenie Dobry Sąsiad – Elbląg

„Herbata po sąsiedzku”
Grantodawca: Fundacja Lokalna z Malborka
Termin realizacji: 01.03.2021 – 30.11.2021
Kwota dotacji: 5 000 zł

„Polski przy stole”
Grantodawca: Gmina Miasto Elbląg
Termin realizacji: 01.02.2022 – 31.12.2022
Kwota dotacji: 12 000 zł
"""

_LIST_EN = """\
Projects run by Fundacja Dobry Sąsiad
Tea with Neighbours
Funder: City of Elbląg
Duration: 01.03.2021 – 30.11.2021
Grant: PLN 5,000
Short description: The project brought newcomers and their neighbours together over tea in two district clubs.
Polish at the Table
Funder: Local Foundation of Malbork
Duration: 01.02.2022 – 31.12.2022
Grant: PLN 12,000
Short description: The project offered Polish lessons to migrant families, held over shared meals.
"""


def test_a_list_of_realised_projects_under_a_bodys_name_line_is_that_bodys():
    assert _leads(_LIST_PL) == [["Stowarzyszenie Dobry Sąsiad"]] * 2


def test_a_heading_saying_who_runs_the_listed_projects_names_their_lead():
    assert _leads(_LIST_EN) == [["Fundacja Dobry Sąsiad"]] * 2


def test_a_bare_current_projects_heading_ties_no_body_to_the_list():
    text = _LIST_EN.replace("Projects run by Fundacja Dobry Sąsiad", "Fundacja Dobry Sąsiad\nCurrent projects")
    assert _leads(text) == [[], []]


def test_a_funder_heading_its_list_of_grants_is_no_runner():
    text = _LIST_PL.replace("Stowarzyszenie Dobry Sąsiad – Elbląg", "Fundacja Lokalna z Malborka").replace(
        "Gmina Miasto Elbląg", "Fundacja Lokalna z Malborka")
    assert _leads(text) == [[], []]


_WE_PAGE = ("Aktualności\nNowy projekt: „Sąsiedzi przy stole”\n"
            "Projekt „Sąsiedzi przy stole” przygotowaliśmy razem ze Szkołą Podstawową nr 3 w Pile. "
            "Potrwa od marca do grudnia 2025 r. i jest finansowany ze środków Gminy Piła.\n")


def test_the_footers_address_after_a_middle_dot_names_the_page_owner_who_leads():
    text = _WE_PAGE + "Stowarzyszenie Dobry Sąsiad · ul. Kwiatowa 5, 64-920 Piła · KRS 0000123456\n"
    assert copyright_owner(text, "pl")[0] == "Stowarzyszenie Dobry Sąsiad"
    assert _leads(text) == [["Stowarzyszenie Dobry Sąsiad"]]


def test_the_footers_name_on_a_line_above_its_street_names_the_page_owner():
    text = _WE_PAGE + "Stowarzyszenie Dobry Sąsiad\nul. Kwiatowa 5\n64-920 Piła\n"
    assert _leads(text) == [["Stowarzyszenie Dobry Sąsiad"]]


def test_a_privacy_clause_in_lower_case_names_the_page_owner():
    text = _WE_PAGE + "Informujemy, że administratorem danych osobowych jest Stowarzyszenie Dobry Sąsiad.\n"
    assert _leads(text) == [["Stowarzyszenie Dobry Sąsiad"]]


def _label_orgs(text: str) -> list[tuple[str, str]]:
    from ngo_atlas.extract.labels import find_labels
    from ngo_atlas.extract.organisations import find_organisations, merge_orgs

    return [(o.name, o.role) for o in merge_orgs(find_organisations(text, 0, len(text), find_labels(text), "pl"))]


_ERASMUS = ("Koordynator: Associazione Mondo Aperto (Bari, Włochy)\n"
            "Partnerzy: ARCA (Porto, Portugalia), Stowarzyszenie Most (Lublin, Polska), "
            "Kansanopisto (Tampere, Finlandia)\n")


def test_a_coordinator_given_with_its_seat_in_brackets_is_a_body_that_leads():
    assert ("Associazione Mondo Aperto", "lead") in _label_orgs(_ERASMUS)


def test_a_person_coordinator_with_a_town_stays_no_body():
    assert _label_orgs("Koordynator: Anna Nowak (Lublin)\nPartner: Stowarzyszenie Most\n") == [
        ("Stowarzyszenie Most", "partner")]


def test_partners_each_given_with_town_and_country_are_all_bodies():
    got = _label_orgs(_ERASMUS)
    assert ("ARCA", "partner") in got and ("Kansanopisto", "partner") in got
    assert ("Stowarzyszenie Most", "partner") in got


def test_a_bracket_of_places_after_an_acronym_is_its_seat_not_its_full_name():
    from ngo_atlas.extract.organisations import clean_org

    assert clean_org("ARCA (Porto, Portugalia)", "pl") == ("ARCA", None)
    assert clean_org("PAH (Polska Akcja Humanitarna)", "pl")[0] == "Polska Akcja Humanitarna"
    assert clean_org("PCK (Polski Czerwony Krzyż)", "pl")[0] == "Polski Czerwony Krzyż"


def test_a_bodys_home_town_after_its_name_does_not_end_the_list():
    text = ("Liderem projektu jest Gmina Ełk, a partnerami są: Fundacja Wschód z Lublina, "
            "Stowarzyszenie Razem w Gołdapi oraz Caritas Diecezji Łomżyńskiej.")
    got = _label_orgs(text)
    assert ("Fundacja Wschód", "partner") in got and ("Caritas Diecezji Łomżyńskiej", "partner") in got
    assert ("Stowarzyszenie Razem", "partner") in got


def test_co_runners_after_a_genitive_passive_agent_both_lead():
    text = ("Świetlica działa w ramach zadania „Razem w Pile”, realizowanego przez Gminę Piła "
            "i Pilskie Centrum Wolontariatu we współpracy ze Stowarzyszeniem Most.")
    got = _label_orgs(text)
    assert ("Gmina Piła", "lead") in got and ("Pilskie Centrum Wolontariatu", "lead") in got
    assert ("Stowarzyszenie Most", "partner") in got


def test_a_long_date_range_between_the_participle_and_its_agent():
    text = ("Projekt realizowany był od 1 lutego 2019 r. do 30 listopada 2020 r. przez "
            "Fundację Nowy Dom z Ełku.")
    assert ("Fundacja Nowy Dom", "lead") in _label_orgs(text)


def test_a_plural_participle_of_the_activities_names_no_runner():
    text = "Projekt obejmuje cykl spotkań z pracodawcami organizowanych przez Powiatowy Urząd Pracy w Nysie."
    assert not any(r == "lead" for _n, r in _label_orgs(text))


def test_a_pronoun_before_the_verb_is_its_subject_not_the_name_before_it():
    from ngo_atlas.extract.labels import find_labels
    from ngo_atlas.extract.organisations import find_organisations

    for text, lang in (("Для бібліотекарів Підкарпатського воєводства ми провели шість семінарів.", "uk"),
                       ("Для учителей Опольского воеводства мы организовали три семинара.", "ru")):
        assert not [o for o in find_organisations(text, 0, len(text), find_labels(text), lang) if o.role == "lead"]


def test_a_second_operator_after_and_the_operates_too():
    from ngo_atlas.extract.organisations import find_organisations

    text = ("The grant comes from the Regional Fund, operated by the Nowa Huta Foundation "
            "and the Institute for Civic Space.")
    got = [(o.name, o.role) for o in find_organisations(text, 0, len(text), [], "en")]
    assert ("Institute for Civic Space", "other") in got


def test_a_plural_relative_predicate_makes_every_joined_name_a_partner():
    from ngo_atlas.extract.organisations import find_organisations

    text = ("Do udziału zaprosiliśmy Szkołę Podstawową nr 5 w Pile i Szkołę Podstawową nr 2 w Pile, "
            "które są partnerami projektu, a zajęcia odbywają się w bibliotece.")
    got = [(o.name, o.role) for o in find_organisations(text, 0, len(text), [], "pl")]
    assert ("Szkoła Podstawowa nr 5 w Pile", "partner") in got and ("Szkoła Podstawowa nr 2 w Pile", "partner") in got
    text = "Zajęcia odbywają się w Bibliotece Miejskiej i w Szkole nr 3, która jest partnerem projektu."
    assert [o.name for o in find_organisations(text, 0, len(text), [], "pl")] == ["Szkoła nr 3"]
