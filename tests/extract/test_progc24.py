"""Round 24, programme (PROG-C): "z programu krajowego Funduszu X", a programme word, its kind
(krajowy, regionalny, operacyjny, wieloletni, rządowy) and a capitalised owner in the genitive
name the programme together ("program krajowy Funduszu X"); a nominative after the kind is the
name itself in apposition and the programme words go. Texts in our own wording."""

from ngo_atlas.extract.funding import _programme_name
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _funding(text: str):
    ex = extract_document(Document("f.txt", "f.txt", text))
    assert len(ex.projects) == 1
    return [(f.funder, f.programme, f.amount) for f in ex.projects[0].funding]


def test_national_programme_of_a_fund_keeps_kind_and_owner():
    got = _funding(
        "Projekt „Wspólny stół”\n\n"
        "Fundacja Przystań prowadzi w Rzeszowie projekt „Wspólny stół” dla rodzin cudzoziemców. "
        "Projekt współfinansowany z programu krajowego Funduszu Azylu, Migracji i Integracji. "
        "Wartość dofinansowania: 320 000,00 zł.\n")
    assert ("Fundusz Azylu, Migracji i Integracji", "program krajowy Funduszu Azylu, Migracji i Integracji",
            320000.0) in got, got


def test_payer_named_before_keeps_the_owners_programme():
    got = _funding(
        "Projekt „Dom na Bałutach”\n\n"
        "Stowarzyszenie Sąsiedzi prowadzi projekt „Dom na Bałutach”. Projekt jest współfinansowany ze "
        "środków Unii Europejskiej w ramach programu krajowego Funduszu Azylu, Migracji i Integracji.\n")
    assert got and got[0][:2] == ("Unia Europejska", "program krajowy Funduszu Azylu, Migracji i Integracji"), got


def test_regional_programme_of_an_office():
    assert _programme_name("programu regionalnego Urzędu Marszałkowskiego w Opolu", "pl") == \
        "program regionalny Urzędu Marszałkowskiego w Opolu"


def test_nominative_after_the_kind_is_the_name_itself():
    assert _programme_name("programu regionalnego Fundusze Europejskie dla Opolskiego 2021-2027", "pl") == \
        "Fundusze Europejskie dla Opolskiego 2021-2027"
    assert _programme_name("programu operacyjnego Wiedza Edukacja Rozwój", "pl") == "Wiedza Edukacja Rozwój"
    # an acronym after the kind is no genitive Morfeusz can read: the old reading stays
    assert _programme_name("programu krajowego FAMI", "pl") == "FAMI"
