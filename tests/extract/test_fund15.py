"""Round 15 funding mechanisms: names that run past a dash, programme heads that govern."""

from ngo_atlas.extract.funding import find_funding
from ngo_atlas.extract.labels import find_labels


def _funding(text, lang="pl"):
    return [(f.funder, f.programme) for f in find_funding(text, 0, len(text), find_labels(text), lang)]


def test_label_funder_whose_official_name_goes_on_after_a_dash():
    text = ("Donator: Polska Agencja Rozwoju – Instytut Badań Społecznych Lokalnych, Program Małe Granty 2024\n"
            "Kwota: 8 000 zł\n")
    assert _funding(text) == [("Polska Agencja Rozwoju – Instytut Badań Społecznych Lokalnych", "Małe Granty 2024")]


def test_label_funder_followed_by_its_unit_after_a_dash_keeps_the_body():
    text = "Grantodawca: Urząd Marszałkowski Województwa Lubuskiego – Departament Polityki Społecznej\n"
    assert _funding(text) == [("Urząd Marszałkowski Województwa Lubuskiego", None)]


def test_programme_word_governing_a_genitive_stays_the_names_head():
    text = "Grantodawca: Fundacja Dobrej Woli\nProgram: Program Integracji Społecznej Cudzoziemców 2023–2026\n"
    assert _funding(text) == [("Fundacja Dobrej Woli", "Program Integracji Społecznej Cudzoziemców 2023–2026")]

