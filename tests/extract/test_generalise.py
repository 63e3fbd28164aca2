"""Rules added for pages the extractor was never tuned on: one real-looking sentence each."""

from ngo_atlas.extract.boilerplate import mask
from ngo_atlas.extract.funding import find_funding
from ngo_atlas.extract.labels import find_labels
from ngo_atlas.extract.links import find_emails


def _funders(text, lang="pl"):
    return [f.funder for f in find_funding(text, 0, len(text), find_labels(text), lang)]



def test_fund_name_with_its_own_comma_stays_whole_next_to_state_budget():
    text = "Projekt współfinansowany ze środków Funduszu Azylu, Migracji i Integracji oraz budżetu państwa."
    assert _funders(text) == ["Fundusz Azylu, Migracji i Integracji", "budżet państwa"]


def test_acronym_of_a_funder_is_the_same_funder():
    text = ("Źródło finansowania: Fundusz Azylu, Migracji i Integracji; budżet państwa\n"
            "Kwota dofinansowania z FAMI: 309 660,38 zł\n")
    assert _funders(text) == ["Fundusz Azylu, Migracji i Integracji", "budżet państwa"]


def test_polish_spelled_out_at_and_dot():
    assert [e for _a, _b, e in find_emails("Kontakt: Marek Janik, marek.janik (małpa) pomocprawna.org")] \
        == ["marek.janik@pomocprawna.org"]
    assert [e for _a, _b, e in find_emails("pisz: ola.nowicka(at)nomada(kropka)info(kropka)pl, tel.")] \
        == ["ola.nowicka@nomada.info.pl"]


def test_logo_captions_are_not_statements():
    text = "Tekst.\n[logo: Dofinansowane przez Unię Europejską] [logo: Rzeczpospolita Polska]\nKoniec."
    masked = mask(text)
    assert "Unię" not in masked and "Tekst." in masked and "Koniec." in masked
    assert len(masked) == len(text)
