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


# (foreigntail) a foreign name whose head noun is written in lower case is read whole on a
# Polish, Russian or Ukrainian page; an English page and a Polish word after the name end it

from ngo_atlas.extract.foreigntail import with_foreign_tails  # noqa: E402
from ngo_atlas.model import OrgRef, Span  # noqa: E402


@pytest.mark.parametrize("text,whole", [
    ("Wymiana „Mosty nad Niemnem”\n\nStowarzyszenie Młodzi Razem z Suwałk realizuje projekt „Mosty nad Niemnem” "
     "od maja do września 2024 r. w partnerstwie ze Stowarzyszeniem Europa oraz Alytaus jaunimo centras "
     "(Olita, Litwa).\n", "Alytaus jaunimo centras"),
    ("Wspólna szkoła\n\nProjekt „Wspólna szkoła” realizuje Fundacja Pogranicze z Sejn od stycznia 2024 r. "
     "Partnerem norweskim jest Tromsø kommune, która podzieli się doświadczeniem integracji.\n", "Tromsø kommune"),
])
def test_a_foreign_name_with_a_lower_case_head_is_read_whole(text, whole):
    got = _orgs(text)
    assert whole in got
    assert whole.split()[0] not in got  # not the first word alone


def test_the_tail_stops_at_a_known_word_and_english_pages_keep_the_name():
    text = "we współpracy z Tromsø kommune oraz z Fundacją Most. Tromsø supports the project."
    a = text.index("Tromsø")
    orgs = [OrgRef("Tromsø", "partner", Span(a, a + len("Tromsø"), "t"))]
    assert [o.name for o in with_foreign_tails(text, orgs, "pl")] == ["Tromsø kommune"]  # "oraz" ends it
    b = text.rindex("Tromsø")
    orgs = [OrgRef("Tromsø", "partner", Span(b, b + len("Tromsø"), "t"))]
    assert [o.name for o in with_foreign_tails(text, orgs, "en")] == ["Tromsø"]  # English page: left alone
    # a Polish name is never extended, whatever follows it
    c = text.index("Fundacją")
    orgs = [OrgRef("Fundacja Most", "partner", Span(c, c + len("Fundacją Most"), "t"))]
    assert [o.name for o in with_foreign_tails(text, orgs, "pl")] == ["Fundacja Most"]
