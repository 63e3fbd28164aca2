"""Round 23, funding (FUND-O): the Ukrainian and Russian plural and impersonal passives of
paying take their payer in the instrumental like the singular ("Зустрічі фінансуються X-ою
радою", "Встречи финансируются X-ой думой", "Проєкт профінансовано X"), and Ukrainian
"коштом X" (at X's expense) after a paying verb names the payer (texts in our own wording,
not the sets')."""

import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _funders(text: str) -> set:
    ex = extract_document(Document("f.txt", "f.txt", text))
    return {f.funder for p in ex.projects for f in p.funding if f.funder}


_HEAD_UK = "Клуб для матерів у Кельцях\n\nПроєкт «Теплий дім» веде Асоціація Добрий Сусід у Кельцях. "
_HEAD_RU = "Клуб для матерей в Твери\n\nПроект «Тёплый дом» ведёт Ассоциация Добрый Сосед в Твери. "


@pytest.mark.parametrize("text, payer", [
    # plural passive, an adjective-led body in the instrumental
    (_HEAD_UK + "Заняття фінансуються Кельцькою міською радою, сума гранту 35 000 злотих.",
     "Кельцька міська рада"),
    (_HEAD_RU + "Занятия финансируются Тверской городской думой, сумма гранта 35 000 рублей.",
     "Тверская городская дума"),
    (_HEAD_RU + "Курсы финансировались Министерством культуры в размере 35 000 рублей.",
     "Министерство культуры"),
    # impersonal passive in -но
    (_HEAD_UK + "Проєкт профінансовано Міністерством культури, сума гранту 35 000 гривень.",
     "Міністерство культури"),
    # "коштом X" after the verb, singular or past
    (_HEAD_UK + "Проєкт фінансується коштом Кельцької міської ради, сума гранту 35 000 злотих.",
     "Кельцька міська рада"),
    (_HEAD_UK + "Проєкт фінансувався коштом Міністерства культури, сума гранту 35 000 гривень.",
     "Міністерство культури"),
])
def test_passive_payer(text, payer):
    assert payer in _funders(text)


def test_plural_passive_with_preposition_names_no_body():
    # "фінансуються з Фонду": the source after a preposition is read by the other branch, and a
    # lower-case word right after the plural verb is no payer
    text = _HEAD_UK + "Заняття фінансуються відповідно до правил, сума гранту 35 000 злотих."
    assert not any(f.startswith(("відповідно", "Відповідно")) for f in _funders(text))


@pytest.mark.parametrize("cue", ["коштом", "за рахунок"])
def test_donors_after_conjunction_are_their_own_payer(cue):
    # "коштом Фонду X та приватних донорів": the fund ends before "та"; the donors pay too
    text = _HEAD_UK + f"Проєкт фінансується {cue} Фонду Світла та приватних жертводавців.\n"
    funders = _funders(text)
    assert "Фонд Світла" in funders
    assert not any("жертводав" in f and "Фонд" in f for f in funders)


_HEAD_EN = ("Sewing Club in Gdynia\n\nThe project \"Needle and Thread\" is run by the Harbour Association in "
            "Gdynia. It is funded by the Blue Coast Trust with a grant of PLN 30,000. ")


@pytest.mark.parametrize("tail, payer", [
    ("A further EUR 4,500 came from the Amber Family Foundation.", "Amber Family Foundation"),
    ("Extra help for the hotline – USD 1,200 – comes from the Embassy of Canada in Warsaw.",
     "Embassy of Canada in Warsaw"),
])
def test_sum_came_from_payer(tail, payer):
    assert payer in _funders(_HEAD_EN + tail)


def test_came_from_without_sum_names_no_payer():
    text = _HEAD_EN + "Most of the women came from Kharkiv and Odesa."
    assert _funders(text) == {"Blue Coast Trust"}


def test_sentence_ends_before_a_pictograph():
    # "… zł! ❤️ Do tego X dołożyła …": the exclamation and its pictograph end the sentence
    from ngo_atlas.extract.text import sentences

    t = "Zebrałyśmy 9 100 zł! 🎉 Do tego Fundacja Jasny Dom dołożyła 3 000 zł. Dziękujemy!❤️ Ala."
    got = [t[a:b] for a, b in sentences(t)]
    assert got[1].startswith("Do tego Fundacja Jasny Dom") and got[2] == "Dziękujemy!"


def test_giver_after_pictograph_sentence():
    text = ("Projekt „Wspólny Garnek”\n\nStowarzyszenie Dobry Sąsiad realizuje projekt „Wspólny Garnek” "
            "w Toruniu. Zbiórka dała 9 100 zł! 🎉 Do tego Fundacja Jasny Dom dołożyła "
            "3 000 zł na garnki, a firmy z okolicy przekazały jedzenie.")
    assert "Fundacja Jasny Dom" in _funders(text)
