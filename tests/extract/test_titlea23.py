"""Round 23 (TITLE-A): a heading "Name – clause" whose part after the dash is led by a finite
verb (the writer addressing the reader: "budujemy", "zapraszamy", "запрошуємо", "we …")
comments on the name before the dash; the record's title is that name. A dash before a noun
phrase (a subtitle) stays, and so does a labelled or quoted name."""

from ngo_atlas.extract.headline import comment_cut
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _titles(text: str) -> list[str]:
    return [p.title for p in extract_document(Document("t", "t.txt", text)).projects]


def test_finite_verb_after_dash_cuts_the_comment():
    assert comment_cut("Kujawska Przystań – otwieramy drugi punkt porad") == "Kujawska Przystań"
    assert comment_cut("Sąsiedzka Kuchnia – zapisz się na warsztaty!") == "Sąsiedzka Kuchnia"
    assert comment_cut("Мовний клуб Поруч — запрошуємо дорослих") == "Мовний клуб Поруч"
    assert comment_cut("Клуб Соседи — приглашаем семьи") == "Клуб Соседи"
    assert comment_cut("Green Corner Network – we are looking for volunteers") == "Green Corner Network"


def test_subtitle_or_ambiguous_word_after_dash_stays():
    for t in ("Most Sąsiedzki – wsparcie rodzin cudzoziemskich",
              "Mamy w Opolu – mamy swoje miejsce",  # "mamy" is a noun too
              "Opole – ruszyła rekrutacja",  # a one-word name before the dash
              "Дружні сусіди — підтримка родин з України",
              "Open Kitchen – Community Meals for Newcomers"):
        assert comment_cut(t) == t


def test_heading_title_loses_its_comment_but_a_labelled_name_keeps_it():
    page = ("Kujawska Przystań – otwieramy drugi punkt porad\n\n"
            "Od marca 2025 r. Fundacja Brzeg prowadzi w Inowrocławiu punkt porad dla cudzoziemców. "
            "Projekt finansuje Gmina Inowrocław.\n")
    assert _titles(page) == ["Kujawska Przystań"]
    labelled = ("Nazwa projektu: Razem w Pile – działamy wspólnie!\n"
                "Okres realizacji: 2024–2025\n\n"
                "Stowarzyszenie Most prowadzi spotkania sąsiedzkie dla rodzin z Ukrainy.\n")
    assert _titles(labelled) == ["Razem w Pile – działamy wspólnie!"]
