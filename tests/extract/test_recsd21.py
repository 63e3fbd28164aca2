"""Round 21 (RECS-D): an event page that names the project it is part of gives the project's
period and status to the project alone (the event keeps its own date, the payers are shared);
a news report whose only payer is one bodies *can* draw on makes no paid undertaking."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _titles(text: str) -> list[str]:
    return [p.title for p in extract_document(Document("t", "t.txt", text)).projects]


def _records(text: str):
    return extract_document(Document("t", "t.txt", text)).projects


def test_project_period_in_the_part_of_sentence_is_the_projects_alone():
    page = ("Wydarzenia · Toruń\n\nFestyn Sąsiedzki „Kolory Podwórka”\n\n"
            "W sobotę na podwórku przy ul. Długiej spotkają się sąsiedzi z pięciu krajów.\n\n"
            "Festyn jest częścią projektu „Toruń blisko siebie”, który Stowarzyszenie Most realizuje "
            "od lutego 2025 r. do listopada 2026 r. dzięki dotacji Gminy Miasto Toruń.\n")
    event, project = _records(page)
    assert project.title == "Toruń blisko siebie"
    assert (project.start, project.end) == ("2025-02", "2026-11")
    assert (event.start, event.end, event.status) == (None, None, None)
    assert [f.funder for f in event.funding] == [f.funder for f in project.funding]


def test_event_keeps_its_own_date_beside_the_projects_period():
    page = ("Events\n\nNeighbours' Fair “Colours of the Yard”\n\nSaturday, 14 June 2025, Main Square\n\n"
            "The fair is part of the project “Closer Together”, which the Bridge Association has run "
            "since February 2025 with a grant from the City of Torun.\n")
    event, project = _records(page)
    assert project.start == "2025-02"
    assert event.start != "2025-02"


# A news report that never speaks of a project, whose only payer is one bodies *can* draw on
# ("gminy mogą korzystać ze środków X"): no paid undertaking, no record (gold `[]` by SCHEMA).
_NEWS = ("Portal Gminny · Społeczeństwo\n\nCoraz więcej uczniów z zagranicy w małych szkołach\n"
         "Autor: Jan Nowak | 4.03.2025\n\n"
         "W roku szkolnym 2024/2025 do szkół w powiatach trafiło o 40 proc. więcej dzieci cudzoziemców. "
         "Dyrektorzy mówią o braku asystentów.\n\n"
         "Kuratorium przypomina, że gminy {verb} Fundacji Rozwoju Edukacji, ale wnioski są trudne.\n\n"
         "Tagi: szkoła, migracje\n")


def test_payer_only_on_offer_makes_no_paid_undertaking():
    from ngo_atlas.extract.pipeline import _ON_OFFER

    assert _titles(_NEWS.format(verb="mogą korzystać ze środków")) == []
    for clause in ("schools can use funds from the ", "NGOs may apply for grants from the ",
                   "громади можуть скористатися коштами ", "организации могут получить средства из "):
        assert _ON_OFFER.search(clause, 0, len(clause)), clause


def test_payer_that_paid_still_makes_a_paid_undertaking():
    from ngo_atlas.extract.pipeline import _ON_OFFER

    assert len(_titles(_NEWS.format(verb="otrzymały w 2025 r. dotację ze środków"))) == 1
    for clause in ("Kurs mógł się odbyć dzięki wsparciu ", "We could run the course thanks to a grant from the ",
                   "Курс можна було провести завдяки підтримці "):
        assert not _ON_OFFER.search(clause, 0, len(clause)), clause
