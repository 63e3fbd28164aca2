"""Round 23, names (NAMES-A): a name written in another language than the Polish sentence
around it keeps its written form (modifiers the dictionary does not know before the head are
another language's word order); a Polish head noun before a foreign name still takes the
nominative; a name read inside a bracket ends at the bracket that closes it. Own wording."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.lang.polish import nominative
from ngo_atlas.model import Document


def _funding(text: str):
    ex = extract_document(Document("f.txt", "f.txt", text))
    assert len(ex.projects) == 1
    return [(f.funder, f.programme, f.amount) for f in ex.projects[0].funding]


def test_english_name_keeps_its_written_form():
    assert nominative("Rural Youth Fund") == "Rural Youth Fund"
    assert nominative("Green Citizens Fund") == "Green Citizens Fund"


def test_polish_head_before_foreign_name_still_inflects():
    assert nominative("Fundacji Civic Europe for Tomorrow") == "Fundacja Civic Europe for Tomorrow"
    assert nominative("Stowarzyszeniu Nomada") == "Stowarzyszenie Nomada"
    assert nominative("Fundacji Ocalenie") == "Fundacja Ocalenie"
    assert nominative("Helsińskiej Fundacji Praw Człowieka") == "Helsińska Fundacja Praw Człowieka"


def test_function_word_name_without_polish_head_stays():
    assert nominative("Fund for Refugee Women") == "Fund for Refugee Women"


def test_payer_inside_bracket_ends_at_its_closing_bracket():
    got = _funding(
        "Sobotnia szkoła języka\n\n"
        "Prowadzimy lekcje polskiego dla dzieci z Ukrainy w Gdańsku.\n"
        "Finansowanie: Gdański Fundusz Sąsiedzki 2025 (zadanie publiczne sfinansowane ze środków "
        "Gminy Miasta Gdańska), 40 000 zł\n")
    assert not any(f and f.endswith(")") for f, _p, _a in got), got
    assert any(f == "Gmina Miasta Gdańska" for f, _p, _a in got), got
