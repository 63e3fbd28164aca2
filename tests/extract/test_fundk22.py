"""Round 22, funding (FUND-K): money received "w ramach Funduszy EOG" / "under the EEA Grants"
on a page that says elsewhere which named programme those funds pay for ("Program X, finansowany
z Funduszy EOG"): the channel is a funder by SCHEMA.md, the programme is X. A page that names no
such programme keeps its earlier reading. Texts in our own wording."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _programmes(text: str):
    ex = extract_document(Document("f.txt", "f.txt", text))
    assert len(ex.projects) == 1
    return [(f.funder, f.programme) for f in ex.projects[0].funding]


def test_channel_phrase_takes_the_programme_the_page_says_it_pays_for():
    got = _programmes(
        "Ogród dla sąsiadów\n\n"
        "Stowarzyszenie Zielona Brama realizuje projekt dla mieszkańców osiedla.\n"
        "Źródło finansowania: Program Dobre Sąsiedztwo – Fundusz Lokalny, finansowany z Funduszy EOG\n"
        "Kwota: 120 000 zł\n\n"
        "Projekt korzysta z dofinansowania otrzymanego od Islandii, Liechtensteinu i Norwegii "
        "w ramach Funduszy EOG.\n")
    assert got, got
    progs = {p for _, p in got}
    assert len(progs) == 1 and "Dobre Sąsiedztwo – Fundusz Lokalny" in progs.pop(), got


def test_without_a_named_programme_the_channel_reading_stays():
    got = _programmes(
        "Ogród dla sąsiadów\n\n"
        "Stowarzyszenie Zielona Brama realizuje projekt dla mieszkańców osiedla. "
        "Projekt korzysta z dofinansowania o wartości 50 000 zł od Islandii, Liechtensteinu "
        "i Norwegii w ramach Funduszy EOG.\n")
    assert got and all(p is None or "Fundusz Lokalny" not in p for _, p in got), got


def _label_funding(text: str):
    ex = extract_document(Document("f.txt", "f.txt", text))
    assert len(ex.projects) == 1
    return [(f.funder, f.programme, f.amount, f.currency) for f in ex.projects[0].funding]


def test_a_sum_with_a_thousands_comma_in_a_funding_field_is_no_call_edition():
    got = _label_funding(
        "Night school for newcomers\n\n"
        "The project \"Night school for newcomers\" is run by the Green Gate Association from "
        "March 2023 to June 2024. It offers language courses and legal advice to migrants "
        "and refugees in Gdynia.\n"
        "Funding: Harbour Trust, EUR 34,250\n")
    assert all(p is None for _, p, _, _ in got), got
    got = _label_funding(
        "Night school for newcomers\n\n"
        "The project \"Night school for newcomers\" is run by the Green Gate Association from "
        "March 2023 to June 2024. It offers language courses and legal advice to migrants "
        "and refugees in Gdynia.\n"
        "Funding: Harbour Trust, Open Doors Programme, CHF 1,4 million\n")
    assert all(p is None or "CHF" not in p for _, p, _, _ in got), got


def test_a_call_edition_after_the_payer_is_still_read():
    got = _label_funding(
        "Night school for newcomers\n\n"
        "The project \"Night school for newcomers\" is run by the Green Gate Association from "
        "March 2023 to June 2024. It offers language courses and legal advice to migrants "
        "and refugees in Gdynia.\n"
        "Funding: National Science Centre, SONATA 19\n")
    assert any(p == "SONATA 19" for _, p, _, _ in got), got
