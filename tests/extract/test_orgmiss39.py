"""Round 39 (orgmiss): a media outlet named after the lower-case word for its kind ("portal X",
"the newspaper X", "the news portal x.pl") or by its web address ("OKO.press", "Trójmiasto.pl") is
kept from the lists the cue readers open, without its kind word; an outlet named outside such a
list, a link and an e-mail address stay out (mediaoutlet)."""

import pytest

from ngo_atlas.extract import mediaoutlet
from ngo_atlas.extract.organisations import clean_org, listed_no_body
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _orgs(text: str) -> dict[str, str]:
    ex = extract_document(Document("t.txt", "t.txt", text))
    return {o.name: o.role for p in ex.projects for o in p.organizations}


_INTRO = ("Festiwal „Sąsiedzi bez granic” 2024\n\nStowarzyszenie Dom Sąsiedzki realizuje projekt „Sąsiedzi bez "
          "granic” w Lublinie od maja do września 2024 r. Projekt jest finansowany ze środków Gminy Lublin.\n\n")


@pytest.mark.parametrize("line,outlet", [
    ("Patronat medialny objęły Radio Lublin i portal Wschód24.\n", "Wschód24"),
    ("Patronat medialny objęły Radio Lublin i portal OKO.press.\n", "OKO.press"),
    ("Partnerem medialnym jest portal Lubelskie Info.\n", "Lubelskie Info"),
    ("Patroni medialni: Radio Lublin, Trójmiasto.pl, Kurier Lubelski\n", "Trójmiasto.pl"),
    ("Patronat medialny: Radio Lublin, portal Lublin112.pl, Kurier Lubelski\n", "Lublin112.pl"),
])
def test_an_outlet_in_a_media_list_is_kept_without_its_kind_word(line, outlet):
    got = _orgs(_INTRO + line)
    assert outlet in got
    assert "Radio Lublin" in got or "Lubelskie Info" == outlet  # the list's other items stay
    assert not any(n.lower().startswith("portal") for n in got)


def test_an_english_outlet_after_its_kind_word_and_a_lower_case_address():
    text = ("Voices of Newcomers\n\nThe Open Doors Foundation runs the project \"Voices of Newcomers\" in Gdańsk "
            "from March 2024 to February 2025. Our media partners are Radio Gdańsk and the news portal "
            "trojmiasto.info.pl. We work in partnership with the newspaper \"Dziennik Bałtycki\" and the "
            "Ukrainian-language portal Nasze Slowo.\n\nThe project is funded by the City of Gdańsk.\n")
    got = _orgs(text)
    assert {"trojmiasto.info.pl", "Dziennik Bałtycki", "Nasze Slowo"} <= set(got)
    assert "Ukrainian-language" not in got


@pytest.mark.parametrize("tail", [
    # an outlet that reported on the project, a link to read more, the site's own address: no list opened them
    "Więcej o projekcie przeczytasz na portalu OKO.press oraz na stronie www.domsasiedzki.pl.\n",
    "O festiwalu pisał portal Lublin112.pl, a relację nadało Radio Lublin.\n",
    "Read more on the portal Gdansk.pl; our reports were quoted by the daily Gazeta Wyborcza.\n",
    "Kontakt: biuro@domsasiedzki.pl, tel. 81 555 12 34\n",
])
def test_an_outlet_or_an_address_named_outside_a_cue_list_stays_out(tail):
    got = _orgs(_INTRO + tail)
    assert not set(got) & {"OKO.press", "Lublin112.pl", "Gdansk.pl", "Gazeta Wyborcza", "domsasiedzki.pl",
                           "www.domsasiedzki.pl", "biuro@domsasiedzki.pl"}


def test_the_kind_word_and_the_address_shape():
    assert mediaoutlet.without_kind("portalem Gazeta.pl") == "Gazeta.pl"
    assert mediaoutlet.without_kind("tygodnikiem „Nowiny”") == "„Nowiny”"
    assert mediaoutlet.without_kind("dziennikarz Radia Lublin") == "dziennikarz Radia Lublin"  # a person's job
    assert mediaoutlet.is_address("OKO.press") and mediaoutlet.is_address("trojmiasto.info.pl")
    assert not mediaoutlet.is_address("www.oko.press") and not mediaoutlet.is_address("biuro@oko.press")
    assert clean_org("portal trojmiasto.info.pl", "pl") == ("trojmiasto.info.pl", None)
    assert clean_org("trojmiasto.info.pl", "pl") is None  # a bare lower-case address says no outlet
    assert not listed_no_body("Trójmiasto.pl", "pl") and listed_no_body("Trójmiasto", "pl")
