"""PLACE-Q (round 32, the part kept at the gate): a name after "szczególnie/especially" with no
preposition of its own, in a sentence of thanks, is one of the thanked (a dative), not a town
singled out within an area. Texts in our own wording."""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _places(text: str) -> set[str]:
    doc = extract_document(Document("x.txt", "x.txt", text))
    assert len(doc.projects) == 1
    return {t.value for t in doc.projects[0].places}


# (3) "Dziękujemy zespołowi, a szczególnie Katarzynie X": a name after "szczególnie" with no
# preposition of its own, in a sentence of thanks, is the thanked (a dative), no town singled
# out within an area; "szczególnie w Oleśnicy" and a list without thanks stay places


def test_polish_thanked_after_especially_is_no_place():
    text = ("Kuchnia bez granic\n\n"
            "Od 1 marca 2024 r. Fundacja Przykładowa prowadzi warsztaty kulinarne dla migrantek "
            "w Kaliszu. Projekt finansuje Fundacja Otwartych Drzwi.\n\n"
            "Dziękujemy wszystkim wolontariuszkom, a szczególnie Radzie Seniorów przy "
            "Prezydencie Miasta Kalisza.\n")
    got = _places(text)
    assert "Kalisz" in got and not any(v.startswith("Rad") for v in got)


def test_english_thanked_after_especially_is_no_place():
    text = ("Kitchen Without Borders\n\n"
            "Since 1 March 2024 the Example Foundation has run cooking workshops for migrant "
            "women in Białystok. The project is funded by the Open Doors Foundation.\n\n"
            "We thank all the volunteers, especially Katarzyna Sokół.\n")
    got = _places(text)
    assert "Białystok" in got and not any("Sokół" in v for v in got)


def test_polish_especially_with_preposition_still_a_place():
    # (negative) the towns' own preposition after the cue: a place, thanks or not
    text = ("Kuchnia bez granic\n\n"
            "Od 1 marca 2024 r. Fundacja Przykładowa prowadzi warsztaty kulinarne dla migrantek "
            "w powiecie oleśnickim, szczególnie w Oleśnicy. Projekt finansuje Fundacja Otwartych "
            "Drzwi.\n")
    assert "Oleśnica" in _places(text)
