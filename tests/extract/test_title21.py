"""Round 21 (title): a quoted name after the Polish locative "projekcie" (the stem's t turns to
c there, so "projekt\\w*" missed it) names the project; a breadcrumb's separator ends the words
that may stand between "projekty" and a quote (the crumb after "Projekty ›" is a page, not a
name in apposition to the project word)."""

from ngo_atlas.extract import title
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _titles(text: str) -> list[str]:
    return [p.title for p in extract_document(Document("t", "t.txt", text)).projects]


def _quoted(text: str) -> list[str]:
    return [t for _a, _b, t in title.quoted_titles(text, 0, len(text))]


def test_locative_projekcie_before_quote():
    assert _quoted("Gmina bierze udział w projekcie „Sąsiedzka Szkoła Języka” od marca.") == [
        "Sąsiedzka Szkoła Języka"]
    assert _quoted("W PROJEKCIE pt. „Nowy Start na Śląsku” wzięło udział 40 osób.") == [
        "Nowy Start na Śląsku"]
    assert _quoted("Rozmawialiśmy o projekcie partnerskim „Wspólne Podwórko”.") == ["Wspólne Podwórko"]


def test_locative_news_page_gives_the_quoted_name_not_the_headline():
    text = ("Starosta podpisał porozumienie z partnerami\n12.03.2025\n\n"
            "W czwartek w starostwie podpisano umowę w projekcie „Razem na Pomorzu – doradztwo dla "
            "cudzoziemców”. Projekt potrwa do końca 2026 r.\n")
    assert _titles(text) == ["Razem na Pomorzu – doradztwo dla cudzoziemców"]


def test_breadcrumb_separator_ends_the_gap_after_the_project_word():
    crumbs = ("Start › Nasze projekty › Punkt „Dobry Przystanek” w Opolu\n\n"
              "Podsumowanie\n\nZakończyliśmy projekt „Przystanek – mieszkania dla rodzin z Ukrainy”.\n")
    assert _quoted(crumbs)[0] == "Przystanek – mieszkania dla rodzin z Ukrainy"
    slash = "Home | Projects > Centre “Safe Harbour” in Gdańsk\n"
    assert _quoted(slash) == []
    # the ordinary gap of a few words still reads ("projekt dla dzieci pt. „X”")
    assert _quoted("Prowadzimy projekt dla dzieci pt. „Mali Odkrywcy”.") == ["Mali Odkrywcy"]


def test_conjunction_in_the_gap_gives_the_quote_to_the_other_conjunct():
    assert _quoted("Więcej o projekcie i broszurę informacyjną „Mapa Pomocy” znajdziesz tutaj.") == []
    assert _quoted("Read about the project and the toolkit “Open Classroom” online.") == []
    # a naming word after the conjunct still names the project
    assert _quoted("Ruszył projekt dla dzieci i młodzieży pt. „Wspólna Ławka”.") == ["Wspólna Ławka"]
