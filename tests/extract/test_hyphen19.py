"""Round 19: a word a hard-wrapped page (a PDF's or a report's text) breaks at the line's end
with a hyphen is joined at its first line, so a name is not cut ("Stowarzyszenie Przy")."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.ingest.text import normalize_text
from ngo_atlas.model import Document


def test_hyphen_broken_word_joined_at_its_line():
    assert normalize_text("prowadzi Stowarzyszenie Przy-\njaciół Sanoka w ra-\nmach programu.") == \
        "prowadzi Stowarzyszenie Przyjaciół\nSanoka w ramach\nprogramu."


def test_hyphen_of_a_compound_adjective_kept():
    # Polish typography repeats a compound's hyphen at the next line's start
    assert normalize_text("wymiana polsko-\n-litewska dla młodzieży") == "wymiana polsko-litewska\ndla młodzieży"


def test_a_hyphen_not_repeated_is_the_line_breaks():
    # a first part in -o before an adjective is a syllable break too: "cudzo-ziemskich" would
    # keep no title or name whole
    assert normalize_text("integracji dzieci cudzo-\nziemskich i ich rodzin") == \
        "integracji dzieci cudzoziemskich\ni ich rodzin"
    assert normalize_text("sieć ogólno-\npolska") == "sieć ogólnopolska"


def test_rest_alone_on_its_line_and_real_dashes_untouched():
    assert normalize_text("Stowarzyszenie Przy-\njaciół\nSanoka") == "Stowarzyszenie Przyjaciół\nSanoka"
    text = "Lista:\n- pierwszy punkt\n-\nCOVID-\n19 i e-mail"
    assert normalize_text(text) == text


def test_broken_name_in_a_wrapped_report_is_whole():
    text = ("RAPORT KOŃCOWY\n\nProjekt „Sąsiedzi z daleka” realizowało Stowarzyszenie Przy-\n"
            "jaciół Sanoka w okresie od 1 marca 2022 r. do 31 grudnia 2022 r.\n")
    ex = extract_document(Document("x", "x.txt", normalize_text(text)))
    names = [o.name for p in ex.projects for o in p.organizations]
    assert not any(n.endswith("Przy") for n in names)
