"""STATUS-J (round 22): a list intro that says the listed projects run now without a
relative clause: a plural noun with a present participle and "now", or a present verb of
running that counts the projects."""

import pytest

from ngo_atlas.extract.status import intro_clause_status


@pytest.mark.parametrize("text", [
    "Na tej stronie opisujemy projekty prowadzone obecnie przez nasze Stowarzyszenie.",
    "Obecnie realizowane projekty Fundacji znajdziesz poniżej.",
    "W tym roku realizujemy trzy projekty dla cudzoziemek w Opolu.",
    "Тепер ми реалізуємо чотири проєкти для переселенців.",
    "Сейчас мы реализуем два проекта в Гданьске.",
    "Here are the projects currently being run by our volunteers.",
    "At the moment we are running three projects with local schools.",
])
def test_intro_says_items_run_now(text):
    got = intro_clause_status(text, 0, len(text))
    assert got is not None and got[0] == "ongoing", text


@pytest.mark.parametrize("text", [
    # what the body does in general, no count of the listed items
    "Od 2009 roku realizujemy projekty dla migrantów w Opolu.",
    # several kinds in one sentence: no one status
    "Prezentujemy projekty realizowane obecnie i wybrane projekty zakończone.",
    "Now we run two projects; in earlier years we finished many more.",
    "Projekty realizowane w latach 2015–2019 opisujemy w archiwum.",
])
def test_no_status_from_intro(text):
    got = intro_clause_status(text, 0, len(text))
    assert got is None or got[0] != "ongoing", text
