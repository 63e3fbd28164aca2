"""FUNDR (round 31): funders and their sums on fact cards and in sentences with several payers.

(1) ownbracket: an own-contribution line of a project's card that names its payer in brackets,
beside the label or after the sum, gives that payer its share; a bracket that says what the
contribution is (volunteer work, a partner's kind) names no payer.
(2) sumpayers: the second payer after the first payer's bracketed sum, when a kind of money
stands after the repeated preposition ("oraz z grantu Fundacji Y (N)"), and when the first
payer's programme is named "в межах програми «…»" or wraps at a report's line width."""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _funding(text: str) -> list[tuple]:
    projects = extract_document(Document("x.txt", "x.txt", text)).projects
    return [(f.funder, f.amount, f.currency) for p in projects for f in p.funding]


def _card(lines: str) -> str:
    return ("Projekt „Wspólne podwórko – integracja sąsiedzka cudzoziemców”\n"
            "Okres realizacji: 01.03.2024 – 28.02.2025\n" + lines +
            "Cel projektu: spotkania sąsiedzkie i kursy języka polskiego dla 40 rodzin.\n")


# (1) the own contribution's payer in brackets

def test_pl_payer_bracketed_after_the_label():
    got = _funding(_card("Dofinansowanie z Europejskiego Funduszu Społecznego Plus: 310 200,00 zł\n"
                         "Wkład własny (Fundusz Solidarnościowy): 54 700,00 zł\n"))
    assert ("Fundusz Solidarnościowy", 54700.0, "PLN") in got


def test_pl_payer_bracketed_after_the_sum():
    got = _funding(_card("Dofinansowanie z Europejskiego Funduszu Społecznego Plus: 310 200,00 zł\n"
                         "Wkład własny: 54 700,00 zł (Gmina Kłodawa)\n"))
    assert ("Gmina Kłodawa", 54700.0, "PLN") in got


def test_pl_money_kind_before_the_payer_and_the_owner_left_out():
    got = _funding(_card("Dotacja Ministra Kultury: 48 000 zł\n"
                         "Wkład własny Ośrodka (środki Gminy Kłodawa): 12 000 zł\n"))
    assert ("Gmina Kłodawa", 12000.0, "PLN") in got
    assert not any(f and f.startswith("Ośrod") for f, _, _ in got)


def test_ru_payer_bracketed():
    text = ("Проект «Соседи рядом» для семей мигрантов в Гданьске\n"
            "Срок реализации: 01.03.2024 – 28.02.2025\n"
            "Финансирование: Фонд «Развитие» – 80 000 злотых\n"
            "Собственный вклад (Гмина Гданьск): 15 000 злотых\n")
    got = _funding(text)
    assert any(f and "Гданьск" in f and a == 15000.0 for f, a, _ in got)


def test_uk_payer_bracketed():
    text = ("Проєкт «Сусіди поруч» для родин мігрантів у Гданську\n"
            "Термін реалізації: 01.03.2024 – 28.02.2025\n"
            "Фінансування: Фундація «Розвиток» – 80 000 злотих\n"
            "Власний внесок (Гміна Гданськ): 15 000 злотих\n")
    got = _funding(text)
    assert any(f and "Гданськ" in f and a == 15000.0 for f, a, _ in got)


def test_en_payer_bracketed():
    text = ("Project: Neighbours Next Door – integration of migrant families in Gdańsk\n"
            "Duration: 1 March 2024 – 28 February 2025\n"
            "Grant from the Harbour Foundation: EUR 40,000\n"
            "Own contribution (Municipality of Gdańsk): EUR 6,500\n")
    got = _funding(text)
    assert ("Municipality of Gdańsk", 6500.0, "EUR") in got


def test_pl_kind_of_contribution_in_brackets_names_no_payer():
    for line in ("Wkład własny: 9 400,00 zł (praca wolontariuszy)\n",
                 "Wkład własny (wolontariat): 9 400,00 zł\n",
                 "Wkład własny (partner – ośrodek pomocy): 9 400,00 zł\n"):
        got = _funding(_card("Dotacja Miasta Kłodawa: 48 000 zł\n" + line))
        assert not any(a == 9400.0 and f for f, a, _ in got), line


def test_pl_bracket_in_a_sentence_is_left_to_the_rest():
    # (the label opens no card line here: a sentence's own contribution is read as before)
    got = _funding(_card("Dotacja Miasta Kłodawa: 48 000 zł. Nasz wkład własny (Gmina Kłodawa) "
                         "jest niewielki.\n"))
    assert not any(f == "Gmina Kłodawa" for f, _, _ in got)


# (2) the second payer after the first payer's bracketed sum

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
    text = ("Projekt „Wspólne podwórko” realizuje Stowarzyszenie Sąsiedzi. Projekt sfinansowała "
            "Gmina Kłodawa (42 000 zł) oraz grantu nie otrzymało Stowarzyszenie Lokatorów.\n")
    got = _funding(text)
    assert not any(f and "Lokatorów" in f for f, _, _ in got)
