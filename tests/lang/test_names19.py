"""Round 19: a foreign first name that Morfeusz reads as an inflected Polish one stays as
written when nothing in the name agrees with that reading (names made up for the test)."""

import pytest

from ngo_atlas.lang import polish


@pytest.mark.parametrize("written, want", [
    # the only reading is a vocative: no one named in running text is addressed
    ("Nino Tsitsishvili", "Nino Tsitsishvili"),
    # a man's genitive first name beside a surname Morfeusz knows a man's only in the
    # nominative (the genitive would be "Lesia Hnatiuka"), or a woman's in any case
    ("Lesia Hnatiuk", "Lesia Hnatiuk"),
    ("Mariana Sołtys", "Mariana Sołtys"),
    # inflected Polish names still come back to the nominative
    ("Marianowi Sołtysowi", "Marian Sołtys"),
    ("Witolda Klausa", "Witold Klaus"),
    ("Annie Nowak", "Anna Nowak"),
    ("Marynie Kuzmenko", "Maryna Kuzmenko"),
    ("Halinie Darowskiej", "Halina Darowska"),
])
def test_first_name_agrees_with_the_surname(written, want):
    assert polish.person_nominative(written) == want
