"""Labelled fields: colon labels, labels alone on a line, bullet lists under a label."""

from ngo_atlas.extract.labels import find_labels


def _kv(text):
    return [(h.key, h.value) for h in find_labels(text)]


def test_colon_labels_in_polish():
    text = ("grantodawca: Fundacja Batorego, program Wschód-Wschód\n"
            "termin realizacji: czerwiec 2012 – luty 2013\n")
    assert _kv(text) == [("funder", "Fundacja Batorego, program Wschód-Wschód"),
                         ("period", "czerwiec 2012 – luty 2013")]


def test_label_alone_takes_the_bullet_list_below():
    text = "\xa0partnerzy:\n\n  • Stowarzyszenie Nomada\n  • Helsińska Fundacja Praw Człowieka\n\nopis"
    (key, value), = _kv(text)
    assert key == "partner"
    assert "Stowarzyszenie Nomada" in value and "Helsińska Fundacja Praw Człowieka" in value


def test_label_on_its_own_line_in_ukrainian():
    text = "Керівник Проекту\n\nWojewoda Lubuski\n\nПартнер Проекту\n\nAkademia im. Jakuba z Paradyża\n"
    assert _kv(text) == [("lead", "Wojewoda Lubuski"), ("partner", "Akademia im. Jakuba z Paradyża")]


def test_english_labels_and_a_label_inside_a_sentence():
    assert ("period", "01.03.2020 – 31.12.2022") in _kv("Project timeframe: 01.03.2020 – 31.12.2022")
    text = "koordynowany z biura fundacji. Termin realizacji: grudzień 2021 - wrzesień 2023 roku."
    assert ("period", "grudzień 2021 - wrzesień 2023 roku") in _kv(text)


def test_a_word_in_prose_is_not_a_label():
    text = ("Organizatorem projektu jest Fundacja Kultury Chrześcijańskiej Znak a partnerami "
            "Stowarzyszenie Vox Humana i Fundacja Polskie Forum Migracyjne.")
    assert _kv(text) == []
