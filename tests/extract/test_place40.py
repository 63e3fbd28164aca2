"""Round 40 (place): two classes of place errors seen across several writers' pages.

1. a body's or a unit's head word, capitalised because it stands for a name said before ("w
   Sieci", "w Oddziale", "w Dzielnicy"), read as a hamlet of the same form;
2. "w Podgórzu", "w Zatorzu": a form of a quarter in "-rze"/"-le" read as its masculine twin
   ("Podgórz") where GeoNames knows neither.
"""

from ngo_atlas.extract import places
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.unitword import unit_word
from ngo_atlas.model import Document


def _places(text: str) -> list[str]:
    ex = extract_document(Document("t.txt", "t.txt", text))
    assert ex.projects
    return [getattr(t, "value", t) for t in ex.projects[0].places]


# 1. a unit's head word -----------------------------------------------------------------------------

def test_network_and_branch_after_w_are_no_places():
    got = _places("Projekt „Sąsiedzi bez granic”\n\nStowarzyszenie Dobry Start realizuje projekt „Sąsiedzi bez "
                  "granic” w Gorzowie Wielkopolskim. Podkarpacka Sieć Pomocy Migrantom zrzesza dziś 14 "
                  "organizacji. Nasza koordynatorka będzie reprezentować Stowarzyszenie w Sieci. "
                  "Dyżury prowadzi nasz Oddział w Zielonej Górze; w Oddziale można też oddać dary.\n")
    assert "Gorzów Wielkopolski" in got and "Zielona Góra" in got
    assert not {"Siecia", "Sieć", "Oddział"} & set(got)


def test_unit_word_keeps_towns_whose_form_is_also_a_word():
    assert unit_word("Sieci") and unit_word("Oddziale") and unit_word("Dzielnicy") and unit_word("Urzędzie")
    # a town GeoNames knows stays one, though "rada" heads bodies; common words that are
    # towns or quarters are no unit's heads
    assert not unit_word("Radomiu")
    assert not unit_word("Woli") and not unit_word("Policach") and not unit_word("Górze")
    assert not unit_word("Krakowie") and not unit_word("sieci")


def test_village_listed_with_towns_stays_though_its_name_heads_bodies():
    got = _places("Projekt „Prawo dla cudzoziemców”\n\nFundacja Otwarta Brama realizuje projekt „Prawo dla "
                  "cudzoziemców”. Pomoc prawną świadczymy w strzeżonych ośrodkach w Przemyślu, Lesznowoli i "
                  "Grupie.\n")
    assert "Przemyśl" in got and "Grupa" in got


# 2. a quarter in "-rze" ----------------------------------------------------------------------------

def test_quarter_in_rze_reads_neuter():
    assert places._quarter_reading("Podgórzu") == "Podgórze"
    got = _places("Projekt „Kawiarenka językowa”\n\nFundacja Most realizuje projekt „Kawiarenka językowa” w "
                  "Krakowie. Spotkania odbywają się co tydzień w Podgórzu, w klubie przy ul. Rynek Podgórski.\n")
    assert "Podgórze" in got and "Podgórz" not in got


def test_quarter_reading_leaves_towns_gazetteer_knows():
    # Zagórz is a town (GeoNames): the gazetteer settles it, not the quarter's ending
    assert places._quarter_reading("Zagórzu") is None
    assert places._geo("Zagórzu", "pl") == "Zagórz"
    # one reading only, or no "-e" twin: nothing to settle
    assert places._quarter_reading("Krakowie") is None
    assert places._quarter_reading("Michałowie") is None


def test_village_named_as_a_bodys_seat_stays_though_its_name_heads_bodies():
    got = _places("Projekt „Szkoła bez murów”\n\nFundacja Otwarta Brama realizuje projekt „Szkoła bez murów”. "
                  "Zajęcia prowadzimy dla dzieci mieszkających w Ośrodku dla Cudzoziemców w Grupie.\n")
    assert "Grupa" in got


# 3. a town's first word where the page names it in full -------------------------------------------

def test_town_read_by_first_word_takes_the_full_name_the_page_writes():
    from ngo_atlas.extract.fulltown import full_name

    assert full_name("Gorzów", "spotkania w Gorzowie. Partner: Szkoła w Gorzowie Wielkopolskim.") == \
        "Gorzów Wielkopolski"
    assert full_name("Piotrków", "„Piotrków razem”. Działamy w Piotrkowie Trybunalskim.") == "Piotrków Trybunalski"
    # the page never writes the full name: nothing to settle; a first word that is a town
    # itself (Czarna) stays, a village of its own
    assert full_name("Gorzów", "spotkania w Gorzowie.") is None
    assert full_name("Czarna", "sołectwa Czarna Górna i Lutowiska; spotkanie w Czarnej.") is None
