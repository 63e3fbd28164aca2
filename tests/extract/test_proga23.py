"""Round 23, programme (PROG-A): an English payer that gives "through its / the <Name> Fund" or
"through its <Name> (ACR) programme" names the fund or programme the grant comes from
(SCHEMA.md: the funder's programme, call or fund). The payer stays the funder; the named fund
is its programme. Texts in our own wording."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _funding(text: str):
    ex = extract_document(Document("f.txt", "f.txt", text))
    assert len(ex.projects) == 1
    return [(f.funder, f.programme, f.amount) for f in ex.projects[0].funding]


def test_through_its_named_fund_is_the_programme():
    got = _funding(
        "River Towns Welcome\n\n"
        "The Harbour Association runs language cafés for newcomers in Gdynia from 2023 to 2024. "
        "The project is funded by the Northern Development Bank through its Newcomer Inclusion Fund "
        "(EUR 64,000).\n")
    assert ("Northern Development Bank", "Newcomer Inclusion Fund", 64000.0) in got, got


def test_owner_possessive_before_the_fund_is_left_out():
    got = _funding(
        "Open Doors Legal Desk\n\n"
        "Since May 2024 our foundation gives legal advice to refugees in Rzeszów. The project is "
        "financed by the Baltic Grants through the Danish Relief Council's Emergency Shelter Fund "
        "with EUR 90,000.\n")
    progs = [p for _, p, _ in got if p]
    assert progs == ["Emergency Shelter Fund"], got


def test_through_its_programme_with_acronym_drops_the_acronym_and_head_word():
    got = _funding(
        "Training for Court Interpreters\n\n"
        "Funded by the Council of Europe through its Fair Hearing for Migrants (FHM) programme, "
        "the course ran in Lublin in 2022.\n")
    assert any(f == "Council of Europe" and p == "Fair Hearing for Migrants" for f, p, _ in got), got


def test_through_a_lower_case_channel_gives_no_programme():
    got = _funding(
        "Neighbours Together\n\n"
        "The project is funded by the City of Opole through a small grants scheme (PLN 20,000).\n")
    assert all(p is None for _, p, _ in got), got
