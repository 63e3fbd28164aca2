"""Round 5 (unseen-q's error classes, in general forms): oblique names, towns read as people."""

import pytest

from ngo_atlas.extract.people import find_people


def _people(text: str, lang: str = "pl"):
    return [(p.name, p.role) for p in find_people(text, 0, len(text), [], lang)]


@pytest.mark.parametrize("text,name", [
    ("Podziękowania składamy koordynatorce projektu, Oksanie Petrenko.", "Oksana Petrenko"),
    ("Spotkanie z koordynatorką projektu Ołeną Szewczenko odbędzie się w piątek.", "Ołena Szewczenko"),
    ("Projekt koordynuje Tetiana Bondarenko.", "Tetiana Bondarenko"),
])
def test_a_foreign_womans_name_in_an_oblique_case_is_put_in_the_nominative(text, name):
    assert (name, "coordinator") in _people(text)


@pytest.mark.parametrize("raw,nom", [
    ("Irynę Kowalską", "Iryna Kowalska"),  # accusative, adjectival surname declines
    ("Halyny Łysenko", "Halyna Łysenko"),  # genitive, foreign surname stays
    ("Dmitry Ivanov", "Dmitry Ivanov"),    # a man's name in -y after r is left alone
    ("Jenny Brown", "Jenny Brown"),
])
def test_foreign_nominative_forms(raw, nom):
    from ngo_atlas.extract.bodynames import foreign_nominative

    assert foreign_nominative(raw, "pl") == nom


def test_foreign_nominative_leaves_english_text_alone():
    from ngo_atlas.extract.bodynames import foreign_nominative

    assert foreign_nominative("Rosie Dunne", "en") == "Rosie Dunne"


@pytest.mark.parametrize("text", [
    "Z pomocy skorzystały rodziny mieszkające w Zamościu i w Tomaszowie Lubelskim.",
    "Nowe punkty działają we Władysławowie Morskim oraz w Kazimierzu Dolnym.",
])
def test_a_town_after_w_is_no_person(text):
    assert _people(text) == []


def _projects(text: str):
    from ngo_atlas.extract.pipeline import extract_document
    from ngo_atlas.model import Document

    return extract_document(Document("t.txt", "t.txt", text)).projects


def test_a_tables_opening_paragraph_dates_every_row():
    text = ("Wyniki konkursu grantowego 2026\n\n"
            "Komisja wybrała najlepsze wnioski. Wybrane zadania będą realizowane od 1 kwietnia "
            "do 30 listopada 2026 r.\n\n"
            "Dofinansowane wnioski:\n\n"
            "Nr | Wnioskodawca | Nazwa zadania | Kwota\n"
            "1 | Fundacja Sąsiedzi | „Kawiarenka językowa” | 20 000 zł\n"
            "2 | Stowarzyszenie Most | „Mama w nowym mieście” | 35 000 zł\n")
    ps = _projects(text)
    assert [p.title for p in ps] == ["Kawiarenka językowa", "Mama w nowym mieście"]
    assert {(p.start, p.end) for p in ps} == {("2026-04-01", "2026-11-30")}


def test_a_paragraph_above_a_list_about_one_other_thing_reaches_no_row():
    text = ("Wyniki konkursu grantowego\n\n"
            "Nasze biuro było nieczynne od 1 do 5 stycznia 2026 r.\n\n"
            "Nr | Wnioskodawca | Nazwa zadania | Kwota\n"
            "1 | Fundacja Sąsiedzi | „Kawiarenka językowa” | 20 000 zł\n"
            "2 | Stowarzyszenie Most | „Mama w nowym mieście” | 35 000 zł\n")
    assert all(p.start is None for p in _projects(text))


def test_the_intro_walk_stops_at_a_paragraph_about_something_else():
    from ngo_atlas.extract.segment import _blocks, _intro_blocks

    text = ("O nas: działamy od 2010 roku.\n\nBiuro jest nieczynne w piątki.\n\n"
            "The projects selected this year run from 1 May to 31 October 2025.\n\n"
            "The following received grants:\n\n• “Open Kitchen”\n")
    first = text.index("•")
    got = [text[s:e] for s, e in _intro_blocks(text, _blocks(text), first)]
    assert got == ["The projects selected this year run from 1 May to 31 October 2025.",
                   "The following received grants:"]


@pytest.mark.parametrize("text,name", [
    ("Zajęciami kieruje dyrektorka szkoły Maria Lis.", "Maria Lis"),
    ("– Otworzyliśmy się na nowych sąsiadów – mówi koordynujący projekt zastępca burmistrza "
     "gminy Michał Wrona.", "Michał Wrona"),
    ("Projekt koordynuje prezes stowarzyszenia Tomasz Bąk.", "Tomasz Bąk"),
])
def test_a_coordinating_verb_then_the_persons_office_then_the_name(text, name):
    assert (name, "coordinator") in _people(text)


def test_a_patron_in_the_genitive_is_still_no_person():
    assert _people("Projekt koordynuje biuro fundacji Stefana Batorego w Warszawie.") == []


def test_a_polish_town_in_an_oblique_case_inside_english_text_is_put_in_the_nominative():
    from ngo_atlas.extract.places import find_places

    # (the bracket says the work happens there: a body's seat alone in a bracket is no venue,
    # see test_placer31)
    text = ("The project was run with the Bar Association (workshops at the Okręgowa Rada Adwokacka w Krakowie) "
            "and the Legal Clinic of the University in Rzeszowie.")
    got = {p.value for p in find_places(text, 0, len(text), [], "en")}
    assert "Kraków" in got and not any(v.endswith(("owie", "ie")) for v in got)


@pytest.mark.parametrize("text,towns", [
    ("Workshops were held in Konin, Kalisz and Leszno.", {"Konin", "Kalisz", "Leszno"}),
    ("Fieldwork in Piła and Gniezno began in May.", {"Piła", "Gniezno"}),
])
def test_an_english_list_opened_by_a_town_that_is_also_a_word(text, towns):
    from ngo_atlas.extract.places import find_places

    assert towns <= {p.value for p in find_places(text, 0, len(text), [], "en")}


def test_a_lone_town_that_is_also_a_word_stays_out_in_english():
    from ngo_atlas.extract.places import find_places

    text = "We met in Konin to plan the next steps."
    assert find_places(text, 0, len(text), [], "en") == []
