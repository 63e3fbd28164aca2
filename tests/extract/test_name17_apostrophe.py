"""Round 17 (issue 3): an apostrophe inside a word is no quote mark; cleaning a name keeps it."""

import pytest

from ngo_atlas.extract.names import strip_quotes
from ngo_atlas.extract.organisations import clean_org


@pytest.mark.parametrize("raw, clean", [
    ("Фонд «Мар’яна»", "Фонд Мар’яна"),
    ("„Dom ‘Pod Lipą’”", "Dom Pod Lipą"),
    ("‘Bridges’ Network", "Bridges Network"),
    ("the Ombudsman’s Office", "the Ombudsman’s Office"),
])
def test_strip_quotes_keeps_apostrophes(raw: str, clean: str) -> None:
    assert strip_quotes(raw) == clean


def test_ukrainian_name_keeps_its_apostrophe_in_the_nominative() -> None:
    assert clean_org("Товариством пам’яті Кобзаря", "uk")[0] == "Товариство пам’яті Кобзаря"
