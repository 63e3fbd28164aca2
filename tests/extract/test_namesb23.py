"""Round 23, names (NAMES-B): a name ending in a legal form written with inner stops ("sp. z o.o.",
"S.A.", "sp.k.", "s.c.", "e.V.") keeps its final stop, which belongs to the abbreviation and not to
the sentence, on every path that reads names (labels, partner phrases, payers). Own wording."""

from ngo_atlas.extract.names import form_stop_end, rstrip_name, strip_quotes
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _records(text: str):
    ex = extract_document(Document("f.txt", "f.txt", text))
    assert len(ex.projects) == 1
    p = ex.projects[0]
    return {(o.name, o.role) for o in p.organizations}, {f.funder for f in p.funding}


def test_legal_form_keeps_its_stop():
    assert strip_quotes("Agencja Rozwoju Lokalnego S.A.") == "Agencja Rozwoju Lokalnego S.A."
    assert strip_quotes("„Nowa Przystań sp. z o.o.”,") == "Nowa Przystań sp. z o.o."
    assert strip_quotes("Biuro Tłumaczeń Lingua s.c.") == "Biuro Tłumaczeń Lingua s.c."
    assert strip_quotes("Kulturhaus Nord e.V.") == "Kulturhaus Nord e.V."
    assert rstrip_name("Druk Serwis sp.k. ") == "Druk Serwis sp.k."
    assert rstrip_name("Stavby Morava s.r.o.;") == "Stavby Morava s.r.o."


def test_sentence_stop_still_goes():
    assert strip_quotes("Fundacja Dobry Sąsiad.") == "Fundacja Dobry Sąsiad"
    assert strip_quotes("Stowarzyszenie Pomocy UE.") == "Stowarzyszenie Pomocy UE"
    assert strip_quotes("portal www.pomoc.pl.") == "portal www.pomoc.pl"
    assert strip_quotes("Agencja Rozwoju S.A") == "Agencja Rozwoju S.A"  # no stop written, none added


def test_span_end_moves_past_the_form_stop():
    text = "Partnerem jest Zakład Usług Wodnych S.A. Projekt trwa rok."
    b = text.index(". Projekt")
    assert form_stop_end(text, b) == b + 1
    text = "Partnerem jest Fundacja Dom. Projekt trwa rok."
    b = text.index(". Projekt")
    assert form_stop_end(text, b) == b


def test_legal_form_in_label_and_payer():
    orgs, funders = _records(
        "Kuchnia bez granic\n\nProjekt prowadzi Stowarzyszenie Wspólny Stół z Lublina.\n"
        "Partner: Lubelskie Centrum Usług Społecznych sp. z o.o.\n"
        "Darowiznę w wysokości 20 000 zł przekazała firma Mleczarnia Podlasie S.A., a 5 000 zł "
        "Piekarnia Kłos s.c.\n")
    assert ("Lubelskie Centrum Usług Społecznych sp. z o.o.", "partner") in orgs


def test_legal_form_ends_a_name_in_running_text():
    for form in ("s.c.", "S.A.", "sp. z o.o.", "Sp. z o.o.", "sp.k.", "e.V."):
        orgs, _ = _records("Ogród sąsiedzki\n\nProjekt prowadzi Stowarzyszenie Zielony Kąt. Partnerem "
                           f"projektu jest Pracownia Ceramiki Glina {form} Projekt trwa do końca roku.\n")
        assert (f"Pracownia Ceramiki Glina {form}", "partner") in orgs
