"""Organisations, round 20 (ORGPL3): a clause that ends on the noun of partnership or on the
participle of taking part, then a colon and a bulleted column of bodies ("Zadanie realizujemy w
partnerstwie:", "W działania zaangażowane będą także:"); a column item's dash and a lower-case
gloss after it say what the body does, not its name."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.ingest.text import normalize_text
from ngo_atlas.model import Document

_HEAD = "Projekt „Sąsiedzi bez granic”\n\nProjekt „Sąsiedzi bez granic” prowadzi Fundacja Dobry Start. "


def _orgs(text: str) -> list[tuple[str, str]]:
    ex = extract_document(Document("x", "x.txt", normalize_text(text)))
    return [(o.name, o.role) for p in ex.projects for o in p.organizations]


def test_partnership_noun_with_no_preposition_before_a_column():
    orgs = _orgs(_HEAD + "Zadanie realizujemy w partnerstwie:\n"
                         "• Gmina Kłodawa,\n• Stowarzyszenie Młodzi Razem,\n• Ośrodek Kultury w Kłodawie.\n\n"
                         "Zajęcia odbywają się co tydzień.")
    for name in ("Gmina Kłodawa", "Stowarzyszenie Młodzi Razem", "Ośrodek Kultury w Kłodawie"):
        assert (name, "partner") in orgs


def test_participle_of_taking_part_before_a_column():
    orgs = _orgs(_HEAD + "W działania zaangażowane będą także:\n"
                         "– Miejska Biblioteka Publiczna w Wieliczce,\n– Powiatowy Urząd Pracy w Wieliczce\n\n"
                         "Zapraszamy do udziału.")
    assert ("Miejska Biblioteka Publiczna w Wieliczce", "partner") in orgs
    assert ("Powiatowy Urząd Pracy w Wieliczce", "partner") in orgs


def test_a_lower_case_gloss_after_a_dash_is_no_part_of_the_name():
    orgs = _orgs(_HEAD + "Projekt prowadzimy w partnerstwie z:\n"
                         "• Politechnika Opolska (Katedra Socjologii) – badania i ewaluacja,\n"
                         "• Fundacja Nowy Dom – warsztaty dla rodziców.\n\nDziękujemy.")
    assert ("Politechnika Opolska", "partner") in orgs
    assert ("Fundacja Nowy Dom", "partner") in orgs
    assert not any("badania" in n or "warsztaty" in n for n, _ in orgs)


def test_a_capital_after_the_dash_or_an_item_inside_a_prose_line_is_not_cut():
    from ngo_atlas.extract.organisations import _gloss_cut

    t = "• Województwo Lubuskie – Regionalny Ośrodek Polityki Społecznej,\n"
    assert _gloss_cut(t, 2, t.index(",")) == (2, t.index(","))
    t = "Dziękujemy: Ani Nowak i Oli Kos – bez Was nic by nie wyszło!"
    assert _gloss_cut(t, t.index("Oli"), len(t)) == (t.index("Oli"), len(t))
    t = "• Stowarzyszenie Most (SM), Gdynia – szkolenia dla kadry\n"
    assert _gloss_cut(t, t.index("Gdynia"), len(t) - 1) == (t.index("Gdynia"), t.index(" –"))


def test_a_list_under_its_introduction_ends_at_the_cards_next_field():
    orgs = _orgs(_HEAD + "\n\nCzłonkowie zaangażowani: Fundacja Lepszy Świat, Stowarzyszenie Nowa Droga, "
                         "Dom Kultury Zgoda\nOkres: 1.03.2024–28.02.2025\nDofinansowanie: Fundacja Wolna Ziemia\n\n"
                         "Zapraszamy.")
    names = [n for n, _ in orgs]
    assert "Dom Kultury Zgoda" in names
    assert not any("Okres" in n or "Dofinansowanie" in n for n in names)
