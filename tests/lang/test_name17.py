"""Round 17 (issue 3): the written form of names - what Polish and Slavic morphology may
change in a name, and what it must leave as written."""

import pytest

from ngo_atlas.lang import polish


# a name written in another language keeps its words: Morfeusz would read "and" as a
# genitive of Anda, "Fund" as one of funda, "for" as a noun
@pytest.mark.parametrize("name", [
    "Solidarity and Care Network",
    "Women and Children Centre",
    "Fund for Migrant Families",
    "Centro di Ascolto della Caritas",
    "Verein der Freunde",
])
def test_polish_nominative_leaves_a_foreign_name_as_written(name: str) -> None:
    assert polish.nominative(name) == name


# a Polish name with its own lower-case words ("im.", "na rzecz", "bez", "dla") still
# takes the nominative
@pytest.mark.parametrize("phrase, nominative", [
    ("Szkoły Podstawowej nr 4 im. Marii Konopnickiej", "Szkoła Podstawowa nr 4 im. Marii Konopnickiej"),
    ("Fundacji na rzecz Dzieci Wędrowców", "Fundacja na rzecz Dzieci Wędrowców"),
    ("Stowarzyszenia Sąsiedzi bez Barier", "Stowarzyszenie Sąsiedzi bez Barier"),
    ("Fundacji Dom dla Mam", "Fundacja Dom dla Mam"),
])
def test_polish_nominative_still_restores_polish_names(phrase: str, nominative: str) -> None:
    assert polish.nominative(phrase) == nominative

