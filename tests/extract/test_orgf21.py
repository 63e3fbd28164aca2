"""Organisations, round 21 (ORG-F): a column of cards under a list's introduction or label,
each card a body's name alone on its line (a bullet before it, its seat in brackets after it)
with a line saying what it does under it and a blank line before the next card. Every card's
name is read with the list's role, and the verb of its own description line ("Prowadzi …",
"Organizuje …") does not make it the project's lead."""

from ngo_atlas.extract.organisations import card_names
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.ingest.text import normalize_text
from ngo_atlas.model import Document


def _orgs(text: str) -> list[tuple[str, str]]:
    ex = extract_document(Document("x", "x.txt", normalize_text(text)))
    return [(o.name, o.role) for p in ex.projects for o in p.organizations]


PAGE = ("Projekt „Wspólne miasto”\n\n"
        "Projekt „Wspólne miasto” realizuje Fundacja Nowy Dom w latach 2024–2025.\n\n"
        "Organizacje członkowskie:\n\n"
        "▪ Stowarzyszenie Dobry Sąsiad (Opole)\n"
        "Prowadzi kluby sąsiedzkie dla rodzin z Ukrainy.\n\n"
        "▪ Fundacja Wolna Droga\n"
        "Organizuje kursy języka polskiego dla dorosłych.\n\n"
        "▪ Centrum Kultury w Nysie\n"
        "Udostępnia sale i prowadzi warsztaty dla dzieci.\n\n"
        "Działania projektu:\n– spotkania sieci,\n– szkolenia.\n")


def test_cards_under_a_member_label_are_members():
    orgs = _orgs(PAGE)
    assert ("Fundacja Nowy Dom", "lead") in orgs
    for name in ("Stowarzyszenie Dobry Sąsiad", "Fundacja Wolna Droga", "Centrum Kultury w Nysie"):
        assert (name, "member") in orgs


def test_cards_after_an_english_partner_introduction():
    text = ("The project involves these partner organisations:\n\n"
            "Open Doors Foundation (Warsaw)\nRuns the legal helpline and trains volunteers.\n\n"
            "Association for Legal Intervention\nProvides court representation for families.\n\n"
            "Activities:\n")
    names = [text[a:b] for a, b in card_names(text, text.find(":") + 1, len(text))]
    assert names == ["Open Doors Foundation", "Association for Legal Intervention"]


def test_a_numbered_column_is_no_card():
    text = ("Członkowie Sieci:\n1. Fundacja Alfa (Gdańsk)\n2. Stowarzyszenie Beta\n\n"
            "Komitet Sterujący Sieci\nPrzewodnicząca: Anna Nowak\n")
    assert card_names(text, text.find(":") + 1, len(text)) == []


def test_one_card_is_no_column():
    text = "Partnerzy:\n\nFundacja Alfa\nProwadzi punkt porad.\n\nKontakt: biuro@alfa.pl\n"
    assert card_names(text, text.find(":") + 1, len(text)) == []


def test_lead_named_with_a_second_predicate_noun():
    text = ("Projekt „Razem w regionie”\n\nSieć prowadzi projekt od 2024 roku. Liderem projektu i "
            "koordynatorem sieci jest Fundacja Otwarte Ręce z Opola.\n\n"
            "Członkowie sieci:\n• Fundacja Otwarte Ręce (Opole)\n• Stowarzyszenie Most\n")
    assert ("Fundacja Otwarte Ręce", "lead") in _orgs(text)
