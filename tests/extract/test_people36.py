"""Round 36 (people): a man's name the page writes in the genitive or accusative is put back
in the nominative where the words around it say the case; a woman's nominative in -a stays."""

from ngo_atlas.extract.labels import find_labels
from ngo_atlas.extract.mengenitive import mens_genitive_names
from ngo_atlas.extract.people import find_people
from ngo_atlas.model import PersonRef


def _names(text, lang="pl"):
    return {p.name for p in find_people(text, 0, len(text), find_labels(text), lang)}


def _fixed(text, name, lang="pl"):
    people = [PersonRef(name, "other")]
    mens_genitive_names(text, people, lang)
    return people[0].name


def test_coordinated_with_a_genitive_name():
    text = ("Program pikniku: 15:00 rozmowa o sąsiedztwie z udziałem dr Joanny Lipskiej "
            "(Uniwersytet Gdański) i Tarika Mansoura (Stowarzyszenie Dom Arabski).\n")
    assert "Tarik Mansour" in _names(text)
    assert _fixed(text, "Tarika Mansoura") == "Tarik Mansour"


def test_after_a_mans_noun_in_the_genitive():
    text = "Chór wystąpi pod kierunkiem dyrygenta Oresta Hnatiuka, a akompaniuje mu pianistka.\n"
    assert _fixed(text, "Oresta Hnatiuka") == "Orest Hnatiuk"


def test_a_governing_preposition_and_a_soft_first_name():
    text = "Warsztaty przygotowano dla Kazimierza Rudy i przez Alesia Lewona, wolontariusza.\n"
    assert _fixed(text, "Alesia Lewona") == "Aleś Lewon"


def test_a_mans_apposition_after_the_name():
    text = "Nagłośnienie to zasługa Kamila Sobczaka, naszego akustyka.\n"
    assert _fixed(text, "Kamila Sobczaka") == "Kamil Sobczak"


def test_a_womans_nominative_stays():
    text = ("Zajęcia prowadzi Oksana Wrona, nasza trenerka. Koordynatorka projektu Amina Kamara "
            "odpowiada na pytania. W debacie wystąpią Monika Kaczmarek i Nadia Sowa.\n")
    for name in ("Oksana Wrona", "Amina Kamara", "Nadia Sowa"):
        assert _fixed(text, name) == name
    assert {"Oksana Wrona", "Amina Kamara"} <= _names(text)


def test_a_womans_surname_and_other_languages_stay():
    text = "Spotkanie z udziałem Swietłana Orłowa (Dom Kultury).\n"
    assert _fixed(text, "Swietłana Orłowa") == "Swietłana Orłowa"
    text = "Meeting with Tarika Mansoura of the Arab House.\n"
    assert _fixed(text, "Tarika Mansoura", lang="en") == "Tarika Mansoura"
