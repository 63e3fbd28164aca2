"""FUND-S35 (round 35): a funder or a programme whose shape names nothing is no fact."""
from __future__ import annotations

import pytest

from ngo_atlas.extract.funding import find_funding
from ngo_atlas.extract.fundshape import not_a_funder, not_a_programme
from ngo_atlas.extract.labels import find_labels


def _items(text: str, lang: str = "pl") -> list[tuple[str | None, str | None]]:
    return [(f.funder, f.programme) for f in find_funding(text, 0, len(text), find_labels(text), lang)]


def test_the_grant_panel_is_no_payer_beside_the_fund():
    text = ("Fundacja Nowe Horyzonty ogłasza wyniki konkursu. Komitet Grantowy przyznał dofinansowanie "
            "czterem projektom. Program Aktywni Obywatele – Fundusz Regionalny jest finansowany z "
            "Funduszy EOG.\n")
    assert _items(text) == [("Fundusze EOG", "Aktywni Obywatele – Fundusz Regionalny")]


def test_an_audit_committee_is_no_payer():
    text = ("Sprawozdanie finansowe zatwierdziła Komisja Rewizyjna, która przyznała środki na działania "
            "świetlicy w kwocie 12 000 zł.\n")
    assert all(f != "Komisja Rewizyjna" for f, _ in _items(text))


def test_a_clause_with_its_verb_under_a_funding_label_is_no_payer():
    assert _items("Finansowanie: Budżet tegorocznej edycji wynosi 240 000 zł.\n") == []


def test_a_sum_after_a_fund_acronym_is_no_payer():
    text = ("Projekt jest współfinansowany ze środków Europejskiego Funduszu Społecznego Plus.\n"
            "Dofinansowanie z EFS+ 7,5 mln zł.\n")
    assert _items(text) == [("Europejski Fundusz Społeczny Plus", None)]


def test_a_label_read_with_its_value_is_no_payer_nor_programme():
    assert _items("Finansowanie: Operator: Fundacja Rozwoju Regionów\n") == []
    text = "Funded by the European Union.\nProgramme: Manager: Anna Kowalska\n"
    assert _items(text, "en") == [("European Union", None)]


def test_an_office_holder_a_report_a_period_a_count_are_no_programme():
    assert _items("Projekt jest finansowany przez Gminę Wrocław w ramach programu Prezydent Wrocławia.\n") \
        == [("Gmina Wrocław", None)]
    assert _items("The project is funded by the Robert Bosch Stiftung under the programme Report 2022–2024.\n",
                  "en") == [("Robert Bosch Stiftung", None)]
    assert _items("Projekt jest współfinansowany z Funduszu Azylu, Migracji i Integracji w ramach programu "
                  "na lata 2021–2027.\n") == [("Fundusz Azylu, Migracji i Integracji", None)]
    assert _items("The project is funded by the National Endowment for Democracy under the programme "
                  "5 weekend workshops in Lublin.\n", "en") == [("National Endowment for Democracy", None)]


@pytest.mark.parametrize("name", ["Bosch Stiftung)", "The", "PLN 73,44", "Komitet Grantowy",
                                  "Grant Committee", "Komisja Konkursowa",
                                  "Бюджет этого проекта составляет"])
def test_shapes_no_payer_has(name):
    assert not_a_funder(name, "ru" if name[0] == "Б" else "pl")


# negatives: real payers and programmes of the same look keep their names
@pytest.mark.parametrize("name", ["Komisja Europejska", "Minister Nauki", "Prezydent Miasta Rzeszowa",
                                  "The Keller Family Foundation", "Norway Grants 2014–2021",
                                  "Фонд Ліхтенштейн допомагає", "Helsinki Committee for Human Rights",
                                  "rodzina Hansenów z Hamburga", "budżet państwa", "darczyńcy indywidualni",
                                  "Fundusz Azylu, Migracji i Integracji"])
def test_real_payers_keep_their_names(name):
    assert not not_a_funder(name, "uk" if name[0] == "Ф" else "pl")


@pytest.mark.parametrize("name", ["Kraków wspiera sąsiadów", "Kobiety zmieniają świat", "Działaj Lokalnie",
                                  "Program Krajowy Funduszu Azylu, Migracji i Integracji (FAMI) na lata 2021–2027",
                                  "Kultura – Interwencje 2024", "Erasmus+", "program krajowy", "OPUS 24",
                                  "Asylum, Migration and Integration Fund (AMIF) – Union Actions"])
def test_real_programmes_keep_their_names(name):
    assert not not_a_programme(name, "pl")


def test_a_slogan_programme_and_a_committee_payer_survive_in_text():
    text = "Projekt jest finansowany przez Miasto Kraków w ramach programu „Kraków wspiera sąsiadów”.\n"
    assert _items(text) == [("Miasto Kraków", "Kraków wspiera sąsiadów")]
    assert _items("Projekt finansuje Komisja Europejska.\n") == [("Komisja Europejska", None)]
