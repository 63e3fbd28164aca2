"""FUNDP (round 30): a second payer joined after the first payer's share. Between the first payer
and its sum may stand a gloss in brackets or the programme it gave in, the sum may stand
between dashes or after "with a grant of", and the second payer may repeat the support noun
("oraz wsparciu Y", "та підтримці Y") instead of a preposition."""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _funders(text: str) -> set:
    return {f.funder for p in extract_document(Document("x.txt", "x.txt", text)).projects
            for f in p.funding}


def test_pl_support_noun_repeated_after_the_first_sum():
    text = ("Projekt „Wspólny stół”\n\n"
            "Projekt prowadzimy dzięki dofinansowaniu Fundacji Zielony Most w wysokości 40 000 zł "
            "oraz wsparciu Gminy Miasta Kalisza. Zajęcia odbywają się w świetlicy przy ul. Polnej.\n")
    assert {"Fundacja Zielony Most", "Gmina Miasta Kalisza"} <= _funders(text)


def test_pl_gloss_and_dashed_sum_before_the_second_payer():
    text = ("Projekt „Język na start”\n\n"
            "Kursy prowadzimy dzięki wsparciu Duńskiej Rady Uchodźczej (Danish Refugee Council, DRC) "
            "– grant w wysokości EUR 52,000 – oraz Fundacji Rodziny Kowalczyków (kwota 15 000 zł). "
            "Partnerem jest szkoła podstawowa nr 3.\n")
    assert "Fundacja Rodziny Kowalczyków" in _funders(text)


def test_ru_programme_aside_before_the_first_sum():
    text = ("Проект «Соседи»\n\n"
            "Проект финансируется Гминой Познань в рамках программы «Познань – открытый город» "
            "(сумма дотации – 70 000 злотых) и Посольством Норвегии в Польше (9 000 евро). "
            "Занятия проходят по субботам.\n")
    assert "Посольство Норвегии в Польше" in _funders(text)


def test_uk_support_noun_repeated():
    text = ("Проєкт «Разом»\n\n"
            "Проєкт реалізується завдяки підтримці Фундації Добрий Світ (40 000 злотих) "
            "та підтримці Гміни Люблін. Заняття відбуваються щосуботи.\n")
    assert "Гміна Люблін" in _funders(text)


def test_en_with_a_grant_of_then_and_by():
    text = ("Project \"Open Doors\"\n\n"
            "The project was funded by the Baltic Bridges Trust with a grant of EUR 30,000 and by the "
            "Regional Office of the Pomorskie Voivodeship with PLN 18,000 for the summer camps.\n")
    assert {"Baltic Bridges Trust", "Regional Office of the Pomorskie Voivodeship"} <= _funders(text)


# --- negatives ------------------------------------------------------------------------------------

def test_pl_content_support_after_the_sum_is_no_payer():
    text = ("Projekt „Wspólny stół”\n\n"
            "Projekt prowadzimy dzięki dofinansowaniu Fundacji Zielony Most w wysokości 40 000 zł "
            "oraz wsparciu merytorycznemu Stowarzyszenia Sąsiedzi. Zajęcia odbywają się w świetlicy.\n")
    funders = _funders(text)
    assert "Fundacja Zielony Most" in funders
    assert not any("Sąsiedzi" in (f or "") for f in funders)


def test_en_clause_after_the_sum_is_no_payer():
    text = ("Project \"Open Doors\"\n\n"
            "The project was funded by the Baltic Bridges Trust with a grant of EUR 30,000 and from "
            "the first week the Gdynia Town Library lent us its reading room.\n")
    assert _funders(text) == {"Baltic Bridges Trust"}


# --- "Fundusze Europejskie dla X" named as a payer is a programme ---------------------------------

def _funding(text: str) -> list[tuple]:
    return [(f.funder, f.programme) for p in extract_document(Document("x.txt", "x.txt", text)).projects
            for f in p.funding]


def test_pl_regional_programme_in_a_source_label_goes_to_the_fund_beside_it():
    text = ("Projekt „Praca na start”\n\n"
            "Projekt realizuje Stowarzyszenie Nowy Dom w Opolu od 1 marca 2024 r. do 28 lutego 2026 r.\n"
            "Źródło: Fundusze Europejskie dla Opolskiego 2021-2027, Europejski Fundusz Społeczny Plus\n"
            "Wartość dofinansowania: 480 000,00 zł\n")
    funding = _funding(text)
    assert ("Europejski Fundusz Społeczny Plus", "Fundusze Europejskie dla Opolskiego 2021-2027") in funding
    assert not any(f == "Fundusze Europejskie dla Opolskiego 2021-2027" for f, _ in funding)


def test_pl_union_fund_named_alone_stays_the_payer():
    text = ("Projekt „Praca na start”\n\n"
            "Projekt realizuje Stowarzyszenie Nowy Dom w Opolu od 1 marca 2024 r. do 28 lutego 2026 r.\n"
            "Źródło finansowania: Europejski Fundusz Społeczny Plus\n")
    assert ("Europejski Fundusz Społeczny Plus", None) in _funding(text)
