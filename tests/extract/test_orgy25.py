"""ORG-Y (round 25): a name does not run past "i"/"та" into the next item of a list."""
from ngo_atlas.extract.names import capitalised_run, case_turn
from ngo_atlas.extract.organisations import list_after


def _run(t):
    a, b = capitalised_run(t, 0, len(t))
    return t[a:b]


def _items(t, cue):
    p = t.index(cue) + len(cue)
    return [t[a:b].strip(" .") for a, b in list_after(t, p, len(t))]


def test_case_turns_back_to_the_head_polish():
    assert _run("Urzędem Miasta Katowice i Wojewódzkim Parkiem Kultury") == "Urzędem Miasta Katowice"
    assert case_turn("Urzędem Miasta Katowice".split(), "Wojewódzkim")


def test_matter_joined_by_i_stays_whole_polish():
    assert _run("Ministerstwem Rodziny i Polityki Społecznej w sprawie") == "Ministerstwem Rodziny i Polityki Społecznej"
    assert _run("Fundacją Kultury i Sztuki Wschodu oraz") == "Fundacją Kultury i Sztuki Wschodu"
    # a nominative head (a label's list) tells nothing: left as it was
    assert not case_turn("Ministerstwo Rodziny".split(), "Polityki")


def test_numeral_after_ta_is_a_count_ukrainian():
    t = "у партнерстві з Бюро освіти міста Варшави та двадцятьма варшавськими початковими школами."
    assert _items(t, "у партнерстві з ")[0] == "Бюро освіти міста Варшави"  # the count is no part of it


def test_cyrillic_second_body_still_read_russian():
    t = "в партнёрстве с Фондом «Открытый диалог» и Ассоциацией «Новый дом»."
    assert len(_items(t, "в партнёрстве с ")) == 2


def test_numeral_after_oraz_in_a_label_list_polish():
    from ngo_atlas.extract.names import split_items
    from ngo_atlas.extract.organisations import org_starts
    t = "Uniwersytet Łódzki, Malmö universitet oraz cztery organizacje pozarządowe"
    items = [t[a:b].strip() for a, b in split_items(t, 0, len(t), conj_ok=org_starts)]
    assert "Malmö universitet" in items
    t = "Fundacja Ocalenie oraz szkoły z Lublina"  # no numeral: left as it was
    assert [t[a:b].strip() for a, b in split_items(t, 0, len(t), conj_ok=org_starts)] == [t]
