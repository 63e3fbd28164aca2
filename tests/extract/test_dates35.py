"""Round 35 (dates/status): a verb after a quoted name set off by commas is still said of
the project, straight quotes included."""

import pytest

from ngo_atlas.extract.status import find_status


def _status(text: str):
    found = find_status(text, 0, len(text), [])
    return found[0] if found else None


@pytest.mark.parametrize("text,status", [
    ('The first stage of the project, "Open Doors for Newcomers in Lower Silesia", ran from '
     'May 2022 to April 2023 in three towns.', "completed"),
    ('Our pilot project, "Neighbours Without Borders", began in October with twelve families.',
     "ongoing"),
    ("Projekt „Sąsiedzi bez granic – wsparcie rodzin z Ukrainy”, trwał od marca do grudnia 2023 r.",
     "completed"),
])
def test_a_verb_after_a_quoted_name_in_commas_is_said_of_the_project(text, status):
    assert _status(text) == status


@pytest.mark.parametrize("text", [
    # the quoted words are someone's speech, and the verb's subject is no project
    'Maria Kowalska said "we need more volunteers", and the bus ran late again that evening.',
    # the quoted title is a film's, with no project noun near it
    'The documentary "Long Road Home", screened in the library, ended with a discussion.',
])
def test_a_quoted_phrase_without_the_projects_noun_gives_no_status(text):
    assert _status(text) is None
