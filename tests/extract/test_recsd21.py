"""Round 21 (RECS-D): a news report whose only payer is one bodies *can* draw on makes no paid
undertaking."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _titles(text: str) -> list[str]:
    return [p.title for p in extract_document(Document("t", "t.txt", text)).projects]


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
