"""Round 10, programme names: a grant number in brackets after a call's name and a list
marker before an event's schedule item are no part of a programme's name."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _programmes(text: str) -> list:
    ex = extract_document(Document("p.txt", "p.txt", text))
    return [f.programme for p in ex.projects for f in p.funding]


def test_a_bracketed_grant_number_after_the_call_is_dropped():
    text = ("Badanie integracji uczniów\n\n"
            "Finansowanie: Narodowe Centrum Nauki, konkurs SONATA 19 (umowa nr UMO-2023/51/D/HS6/00123)\n"
            "Projekt realizuje Uniwersytet Warszawski.\n")
    assert _programmes(text) == ["SONATA 19"]


def test_a_bracketed_project_number_in_english_is_dropped_too():
    text = ("Migrant pupils in Polish schools\n\n"
            "Funding: National Science Centre, programme PRELUDIUM 21 (grant no. 2022/45/N/HS6/00777)\n"
            "The project is carried out by the University of Gdańsk.\n")
    assert _programmes(text) == ["PRELUDIUM 21"]


def test_a_bracket_without_a_grant_number_stays():
    from ngo_atlas.extract.funding import _GRANT_NUMBER
    assert _GRANT_NUMBER.sub("", "Działaj Lokalnie (edycja jesienna)") == "Działaj Lokalnie (edycja jesienna)"
    assert _GRANT_NUMBER.sub("", "Fundusze Europejskie (2021-2027)") == "Fundusze Europejskie (2021-2027)"


def test_a_bulleted_schedule_under_program_is_no_funding_programme():
    text = ("Projekt „Sąsiedzi bez granic”\n\n"
            "Projekt realizuje Fundacja Różne Kolory w Lublinie od maja do września 2024 roku.\n"
            "Program:\n"
            "• sobota – spacer po mieście z przewodnikami z Gruzji\n"
            "• niedziela – koncert i piknik\n\n"
            "Dofinansowanie: Gmina Lublin\n")
    assert _programmes(text) == [None]


def test_a_bulleted_programme_name_keeps_its_name_without_the_marker():
    from ngo_atlas.extract.funding import _programme_name
    assert _programme_name("• Aktywni Obywatele – Fundusz Regionalny", "pl") == \
        "Aktywni Obywatele – Fundusz Regionalny"
    assert _programme_name("– piątek 14.06 – warsztaty kulinarne", "pl") is None


def test_a_footers_bare_core_of_a_programme_named_in_full_is_the_same_programme():
    text = ("Projekt „Sąsiedzka kuchnia”\n\n"
            "Fundacja Dobre Miejsce z Opola otrzymała dotację od Fundacji Przykładowej w ramach "
            "Regionalnego Programu Wspólna Przestrzeń OPOLE na lata 2023–2026. Warsztaty kulinarne "
            "dla migrantek trwają od marca do czerwca 2024 roku.\n\n"
            "[logo Fundacji] [logo programu]\n"
            "Zadanie dofinansowane ze środków Programu OPOLE.\n")
    assert _programmes(text) == ["Regionalny Program Wspólna Przestrzeń OPOLE na lata 2023–2026"]


def test_a_short_programme_with_its_own_sum_is_kept():
    from ngo_atlas.extract.funding import _sub_name
    from ngo_atlas.model import Funding
    long = Funding("Fundacja X", "Program Wspólna Przestrzeń OPOLE", None, None, None)
    assert _sub_name(Funding(None, "OPOLE", None, None, None), long)
    assert not _sub_name(Funding(None, "OPOLE", 5000.0, "PLN", None), long)
    assert not _sub_name(Funding(None, "Aktywni Obywatele", None, None, None), long)


def test_a_programme_named_after_its_fund_and_a_comma_is_the_programme():
    text = ("Projekt „Dom na skraju”\n\n"
            "Stowarzyszenie Nowy Brzeg z Olsztyna prowadzi projekt od 2023 roku, dofinansowany przez "
            "Norwegię w ramach Funduszy Norweskich, program Lokalna Odwaga – Edycja Północna. "
            "Koordynatorką jest Ewa Lis.\n")
    assert _programmes(text) == ["Lokalna Odwaga – Edycja Północna"]


def test_a_programme_labels_clause_about_its_payer_is_cut():
    text = ("Projekt „Dom na skraju”\n\n"
            "Projekt prowadzi Stowarzyszenie Nowy Brzeg w Olsztynie od 2023 roku.\n"
            "Finansowanie: Fundacja Wspólnej Drogi\n"
            "Program: Lokalna Odwaga – Edycja Północna, współfinansowany ze środków Funduszy Norweskich\n")
    assert set(_programmes(text)) == {"Lokalna Odwaga – Edycja Północna"}


def test_a_programme_that_is_only_a_payers_acronym_names_that_payer_again():
    from ngo_atlas.extract.funding import _acronym_of_payer
    assert _acronym_of_payer("EFS+", ["Europejski Fundusz Społeczny Plus"])
    assert _acronym_of_payer("NCN", ["Narodowe Centrum Nauki"])
    assert not _acronym_of_payer("Erasmus+", ["Komisja Europejska"])
    assert not _acronym_of_payer("OPUS", ["Narodowe Centrum Nauki"])


def test_a_logo_strips_acronym_of_the_payer_is_no_programme():
    text = ("Projekt „Język na start”\n\n"
            "Kursy polskiego dla dorosłych cudzoziemców w Elblągu prowadzi Fundacja Nowy Dom od 2024 roku. "
            "Projekt jest współfinansowany ze środków Europejskiego Funduszu Społecznego Plus w ramach "
            "programu regionalnego Fundusze Europejskie dla Pomorza 2021-2027.\n\n"
            "[Dofinansowane przez Unię Europejską] Dofinansowanie z EFS+: 400 000 zł.\n")
    assert "EFS+" not in _programmes(text)
