"""Round 18, funding: the payer as the subject of a verb of paying or supporting, read by the
verb's lemma in each language, and the nominal "the money comes from X" forms (texts in our
own wording, not the sets')."""

import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _funding(text: str) -> list:
    ex = extract_document(Document("f.txt", "f.txt", text))
    return [(f.funder, f.amount, f.currency) for p in ex.projects for f in p.funding]


def _funders(text: str) -> list:
    return [f for f, _a, _c in _funding(text)]


_PL = ('Projekt „Ciepły Kąt” wspiera rodziny migrantów w Toruniu. {} '
       'Projekt trwa od kwietnia 2024 do maja 2025 r.\n')
_EN = ('Project "Warm Corner" helps migrant families in Toruń. {} '
       'The project runs from April 2024 to May 2025.\n')
_RU = ('Проект «Тёплый угол» помогает семьям мигрантов в Казани. {} '
       'Проект длится с апреля 2024 по май 2025 года.\n')
_UK = ('Проєкт «Теплий куток» допомагає родинам мігрантів у Полтаві. {} '
       'Проєкт триває з квітня 2024 по травень 2025 року.\n')


@pytest.mark.parametrize("frame, sentence, payer, amount", [
    # a verb of support with the sum in the instrumental or after "with a grant of"
    (_PL, "Fundacja Jaskółka wsparła projekt kwotą 35 000 zł.", "Fundacja Jaskółka", 35000),
    (_EN, "The Swallow Foundation supported the project with a grant of USD 12,500.", "Swallow Foundation", 12500),
    (_RU, "Фонд Ласточка поддержал проект суммой 90 000 рублей.", "Фонд Ласточка", 90000),
    (_UK, "Фонд Ластівка підтримав проєкт грантом у розмірі 70 000 гривень.", "Фонд Ластівка", 70000),
    # a verb of paying with the project as its object, no sum
    (_PL, "Fundacja Jaskółka dofinansowała nasz projekt.", "Fundacja Jaskółka", None),
    (_EN, "The Swallow Foundation funded the project.", "Swallow Foundation", None),
    (_EN, "The Swallow Foundation has generously sponsored us.", "Swallow Foundation", None),
    (_RU, "Фонд Ласточка профинансировал проект.", "Фонд Ласточка", None),
    (_UK, "Фонд Ластівка профінансував проєкт.", "Фонд Ластівка", None),
])
def test_the_subject_of_a_paying_verb_pays(frame, sentence, payer, amount):
    got = _funding(frame.format(sentence))
    assert [f for f, _a, _c in got] == [payer]
    assert got[0][1] == amount


@pytest.mark.parametrize("frame, sentence, payer, receiver", [
    (_PL, "Fundacja Jaskółka wsparła Stowarzyszenie Przystań kwotą 35 000 zł.",
     "Fundacja Jaskółka", "Stowarzyszenie Przystań"),
    (_EN, "The Swallow Foundation supported the Harbour Association with a grant of USD 12,500.",
     "Swallow Foundation", "Harbour Association"),
])
def test_the_verb_s_object_receives_and_does_not_pay(frame, sentence, payer, receiver):
    got = _funders(frame.format(sentence))
    assert payer in got and receiver not in got


@pytest.mark.parametrize("frame, sentence", [
    # support with no money: help, an idea, know-how
    (_PL, "Fundacja Jaskółka wsparła uchodźców z Ukrainy."),
    (_PL, "Fundacja Jaskółka wsparła projekt merytorycznie."),
    (_EN, "The mayor supported the idea."),
    (_EN, "The Swallow Foundation supported the project with training for volunteers."),
    (_RU, "Фонд Ласточка поддержал проект советами."),
    (_UK, "Фонд Ластівка підтримав проєкт порадами."),
    # a paying verb whose object is neither the project, nor us, nor money
    (_EN, "The Swallow Foundation funded a new playground in the park."),
])
def test_support_without_money_names_no_payer(frame, sentence):
    assert _funders(frame.format(sentence)) == []


def test_an_english_participle_with_its_agent_is_no_subject():
    # "X financed by Y": the name before the participle is what is paid for, Y pays
    text = _EN.format("The Harbour Fund financed by the Swallow Foundation gave the project USD 5,000.")
    assert "Harbour Fund" not in _funders(text)


def test_a_name_after_a_preposition_is_no_subject():
    text = _PL.format("Razem z Fundacją Jaskółka wsparliśmy projekt kwotą 35 000 zł.")
    assert "Fundacja Jaskółka" not in _funders(text)


@pytest.mark.parametrize("frame, sentence, payer", [
    (_EN, "The project is supported financially by the Swallow Foundation.", "Swallow Foundation"),
    (_PL, "Środki na realizację projektu pochodzą z Fundacji Jaskółka.", "Fundacja Jaskółka"),
    (_EN, "Funds for the project came from the Swallow Foundation.", "Swallow Foundation"),
    (_RU, "Средства на проект поступили от Фонда Ласточка.", "Фонд Ласточка"),
    (_UK, "Кошти на проєкт надійшли від Фонду Ластівка.", "Фонд Ластівка"),
])
def test_the_money_comes_from_a_payer(frame, sentence, payer):
    assert _funders(frame.format(sentence)) == [payer]


@pytest.mark.parametrize("frame, sentence, payer", [
    # the manner before the verb names the money ("finansowo", "фінансово")
    (_PL, "Fundacja Jaskółka finansowo wsparła projekt.", "Fundacja Jaskółka"),
    (_UK, "Фонд Ластівка фінансово підтримав проєкт.", "Фонд Ластівка"),
    # the English progressive
    (_EN, "The Swallow Foundation is funding the project.", "Swallow Foundation"),
    # a sum set aside for the project
    (_PL, "Fundacja Jaskółka przeznaczyła na projekt 35 000 zł.", "Fundacja Jaskółka"),
])
def test_the_manner_or_the_tense_around_the_paying_verb(frame, sentence, payer):
    assert _funders(frame.format(sentence)) == [payer]


def test_an_english_passive_subject_receives():
    text = _EN.format("The Harbour Association is supported with a grant of USD 12,500.")
    assert "Harbour Association" not in _funders(text)
