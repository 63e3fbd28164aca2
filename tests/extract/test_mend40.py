"""Review of rounds 39-40: grantrows reads a numbered list as grants only where the words of
awarding stand over it, and never a contest's prizes; a scheme's operator is no item's lead; a
label's two outlets are no one name."""

from ngo_atlas.extract.grantrows import granted_rows


def test_contest_prizes_are_no_grants():
    # "Jury przyznało nagrody": a drawing contest's winners and their prizes, no projects
    text = ("Wyniki konkursu plastycznego „Moja wieś”\n\nJury przyznało następujące nagrody:\n\n"
            "1. Szkoła Podstawowa nr 3 w Tarnowie – „Jesień na wsi” – 500 zł\n"
            "2. Klub Młodego Plastyka – „Las” – 200 zł\n\nGratulujemy laureatom!\n")
    assert granted_rows(text) == []


def test_recommending_a_report_is_no_award():
    # "rekomendował przyjęcie sprawozdania" recommends a report, not grants: a grantee's
    # own list of its funders follows
    text = ("Stowarzyszenie Nasza Gmina\n\nZarząd rekomendował przyjęcie sprawozdania.\n\n"
            "Projekty i ich finansowanie:\n\n1. Fundacja PZU – „Bezpieczna droga” – 20 000 zł\n"
            "2. Fundacja Orlen – „Moje miejsce na Ziemi” – 15 000 zł\n")
    assert granted_rows(text) == []


def test_award_words_far_above_the_list_do_not_count():
    # "w wyniku" / a result told pages above: the list under another heading is no award
    text = ("Wyniki konkursu ogłosimy w maju.\n\n" + "Nasza fundacja działa od lat w regionie. " * 20
            + "\n\nNasze projekty:\n\n1. Fundacja PZU – „Bezpieczna droga” – 20 000 zł\n"
            "2. Fundacja Orlen – „Moje miejsce” – 15 000 zł\n")
    assert granted_rows(text) == []


def test_recommended_for_funding_still_reads():
    text = ("Komisja grantowa rekomendowała do dofinansowania 2 projekty:\n\n"
            "1. Fundacja Krok – „Polski na start” – 20 000 zł\n"
            "2. Klub Sportowy Orzeł – „Biegamy razem” – 15 000 zł\n")
    assert len(granted_rows(text)) == 2


def test_the_last_item_s_own_runner_is_no_operator_of_the_scheme():
    # the words read for a closing operator start at the last item: its title's "prowadzony
    # przez Stowarzyszenie Złota Jesień" names that item's lead, no operator of every grant
    from ngo_atlas.extract.pipeline import extract_document
    from ngo_atlas.model import Document

    text = ("Wyniki konkursu grantowego 2024\n\nKomisja przyznała dotacje następującym organizacjom:\n\n"
            "1. Fundacja Krok – „Polski na start” – 20 000 zł\n"
            "2. Klub Sportowy Orzeł – „Biegamy razem” – 15 000 zł\n"
            "3. Stowarzyszenie Złota Jesień – „Program aktywności seniorów prowadzony przez "
            "Stowarzyszenie Złota Jesień” – 10 000 zł\n\nGratulujemy!\n")
    ex = extract_document(Document("t.txt", "t.txt", text))
    assert len(ex.projects) == 3
    for p in ex.projects:
        assert ("Stowarzyszenie Złota Jesień", "other") not in [(o.name, o.role) for o in p.organizations]


def test_a_label_s_list_of_outlets_is_no_one_name():
    # mediaoutlet: the kind word stripped from "portal Facebook i serwis internetowy Onet" left
    # one capitalised name of two outlets, read as one body
    from ngo_atlas.extract.organisations import clean_org

    assert clean_org("portal Facebook i serwis internetowy Onet", "pl") is None
    assert clean_org("portal Migrant Info oraz tygodnik Polityka", "pl") is None
    assert clean_org("portal Migrant Info", "pl")[0] == "Migrant Info"
    assert clean_org("the newspaper „Gazeta Wyborcza”", "en")[0] == "Gazeta Wyborcza"


def test_a_polish_page_without_diacritics_gives_names_no_tail():
    # foreigntail: "zapewniajac sprzet" is Polish typed without ogonki, unknown to Morfeusz
    from ngo_atlas.extract.foreigntail import with_foreign_tails
    from ngo_atlas.model import OrgRef, Span

    text = "Sprzet na warsztaty dal Bosch zapewniajac sprzet dla dzieci."
    a = text.index("Bosch")
    o = OrgRef("Bosch", "partner", Span(a, a + 5, "x", 0.5))
    assert with_foreign_tails(text, [o], "pl")[0].name == "Bosch"
    text = "Partnerem jest Drammen kommune, która pomaga migrantom."
    a = text.index("Drammen")
    o = OrgRef("Drammen", "partner", Span(a, a + 7, "x", 0.5))
    assert with_foreign_tails(text, [o], "pl")[0].name == "Drammen kommune"
