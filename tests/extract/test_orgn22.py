"""Organisations, round 22 (ORG-N): a partner's name after a lower-case phrase saying what kind of
body it is, in the comitative's instrumental ("wspólnie z duńskim związkiem zawodowym X", "w
partnerstwie z Urzędem Y i firmą doradczą Z Sp. z o.o."): the phrase is skipped, the name is read,
and a second body after "i"/"oraz" that opens with such a phrase starts a new item. A genitive after
the phrase ("z całym zespołem Fundacji X") or a person ("z wolontariuszem Janem Nowakiem") is not
a partner named this way."""

from ngo_atlas.extract.organisations import list_after
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.ingest.text import normalize_text
from ngo_atlas.model import Document


def _orgs(text: str) -> list[tuple[str, str]]:
    ex = extract_document(Document("x", "x.txt", normalize_text(text)))
    return [(o.name, o.role) for p in ex.projects for o in p.organizations]


def _items(text: str) -> list[str]:
    p = text.index(" z ") + 3
    return [text[a:b] for a, b in list_after(text, p, len(text))]


def test_descriptor_before_a_foreign_name():
    orgs = _orgs("Bezpieczna praca\n\n"
                 "Stowarzyszenie Pomocna Dłoń prowadzi projekt „Bezpieczna praca” od lutego 2024 r. "
                 "wspólnie z duńskim związkiem zawodowym Arbejderforbund. Zajęcia są bezpłatne.\n")
    assert ("Arbejderforbund", "partner") in orgs


def test_descriptor_opens_the_second_body_of_a_list():
    assert _items("Zadanie prowadzone jest w partnerstwie z Urzędem Pracy w Kielcach i firmą doradczą "
                  "Konsult-Pro Sp. z o.o. Uczestnicy") == ["Urzędem Pracy w Kielcach", "Konsult-Pro Sp. z o.o."]
    assert _items("Projekt realizujemy wspólnie z Ośrodkiem Pomocy Społecznej oraz spółdzielnią socjalną "
                  "Zielony Ogród, a także z innymi.") == ["Ośrodkiem Pomocy Społecznej", "Zielony Ogród"]


def test_genitive_or_person_after_the_phrase_is_no_partner():
    assert _items("Działamy razem z całym zespołem Fundacji Alfa.") == []
    assert _items("Warsztaty przygotowaliśmy wspólnie z wolontariuszem Janem Nowakiem.") == []
    assert _items("Spotkania odbywają się razem z mieszkańcami Osiedla Słonecznego.") == []


def test_english_partner_in_apposition_after_our_partner():
    orgs = _orgs("Open Hands Foundation\nProjects\n\nSafe Start – language and legal support for refugee families\n\n"
                 "The project \"Safe Start\" is carried out by the Open Hands Foundation from 1 May 2024 to 30 April "
                 "2025 together with our Danish partner, the Danish Council for Newcomers (DCN), and the Academy of "
                 "Music. With our partner, the Roma Women Collective, we also hold weekly classes for mothers and "
                 "children.\n\nThe project is funded by the City of Gdańsk.\n")
    for name in ("Danish Council for Newcomers", "Academy of Music", "Roma Women Collective"):
        assert (name, "partner") in orgs
