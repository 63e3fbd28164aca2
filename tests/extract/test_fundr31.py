"""FUNDR (round 31): funders and their sums on fact cards and in sentences with several payers.

sumpayers: the second payer after the first payer's bracketed sum, when a kind of money
stands after the repeated preposition ("oraz z grantu Fundacji Y (N)"), and when the first
payer's programme is named "в межах програми «…»" or wraps at a report's line width."""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _funding(text: str) -> list[tuple]:
    projects = extract_document(Document("x.txt", "x.txt", text)).projects
    return [(f.funder, f.amount, f.currency) for p in projects for f in p.funding]


# the second payer after the first payer's bracketed sum

def test_pl_second_payer_after_a_kind_of_money():
    text = ("Projekt „Wspólne podwórko” realizuje Stowarzyszenie Sąsiedzi w Kłodawie. Całość kosztuje "
            "600 tys. zł i jest finansowana z budżetu Gminy Kłodawa (420 tys. zł) oraz z grantu "
            "Fundacji Dobrego Sąsiedztwa (180 tys. zł).\n")
    got = _funding(text)
    assert ("Fundacja Dobrego Sąsiedztwa", 180000.0, "PLN") in got


def test_uk_second_payer_after_a_wrapped_programme():
    text = ("Проєкт «Суботня школа» реалізує Фундація «Джерело» у Любліні. Проєкт фінансувався "
            "Міністерством освіти Республіки Польща в межах програми «Wsparcie dla\n"
            "uczniów z zagranicy» (38 000 злотих) та коштами міста Люблін (12 000 злотих).\n")
    got = _funding(text)
    assert ("місто Люблін", 12000.0, "PLN") in got


def test_en_second_payer_still_read():
    text = ("Project: Neighbours Next Door – integration of migrant families in Gdańsk\n"
            "Duration: 1 March 2024 – 28 February 2025\n"
            "The project is run by the Harbour Association in Gdańsk. It is funded by the "
            "Baltic Foundation (EUR 40,000) and by the City of Gdańsk (EUR 10,000).\n")
    got = _funding(text)
    assert ("City of Gdańsk", 10000.0, "EUR") in got


def test_pl_bare_conjunction_with_no_sum_adds_no_payer():
    # (read at the rule itself: the funder phrase's own coordination reads such a page's
    # second name before this rule does, so a record cannot show the rule's guard)
    from ngo_atlas.extract.sumpayers import payer_after_sum
    from ngo_atlas.model import Funding, Span

    def after(tail: str) -> list:
        text = "Projekt finansuje Gmina Kłodawa (42 000 zł)" + tail
        a = text.index("Gmina")
        out = [Funding("Gmina Kłodawa", None, 42000.0, "PLN", Span(a, a + 13, "funder_phrase", 0.8))]
        payer_after_sum(out, text, 0, len(text), "pl")
        return [(f.funder, f.amount) for f in out[1:]]

    assert after(" oraz Stowarzyszenie Lokatorów prowadzi świetlicę.\n") == []
    assert after(" oraz Stowarzyszenie Lokatorów (8 000 zł).\n") == [("Stowarzyszenie Lokatorów", 8000.0)]
