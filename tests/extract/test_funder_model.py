"""The funder model's candidates, its decision, and the trainer's labels (round 18; no weights
are shipped, so extraction is the rules' own)."""

from ngo_atlas.extract import funder_model
from ngo_atlas.extract.funder_model_train import same_body, train
from ngo_atlas.model import Funding, Span


def _funding(text: str, *pairs):
    out = []
    for funder, programme, amount in pairs:
        a = text.index(funder) if funder and funder in text else 0
        out.append(Funding(funder, programme, amount, "PLN" if amount else None,
                           Span(a, a + len(funder or ""), "funder_phrase", 0.7)))
    return out


def test_a_body_kind_comes_from_general_head_words():
    assert funder_model.head_class("Fundusz Pomocy Sąsiedzkiej") == "fund"
    assert funder_model.head_class("Fundacja Zielony Most") == "foundation"
    assert funder_model.head_class("Ministerstwo Rodziny") == "ministry"
    assert funder_model.head_class("Gmina Nowe Pole") == "local"
    assert funder_model.head_class("the European Union") == "union"
    assert funder_model.head_class("ABCD") == "acronym"
    assert funder_model.head_class("Zielony Most") == "other"


def test_features_name_the_cue_and_the_payers_beside_it_but_never_the_name():
    text = "Zadanie współfinansowane ze środków Fundacji Zielony Most oraz z budżetu państwa."
    fs = _funding(text, ("Fundacja Zielony Most", None, None), ("budżet państwa", None, None))
    # (the span is where the rules read the name; the inflected form stands in the text)
    fs[0].span = Span(text.index("Fundacji"), text.index(" oraz"), "funder_phrase", 0.7)
    c = dict(funder_model.candidates(text, 0, len(text), fs, "pl"))
    feats = set(c["Fundacja Zielony Most"])
    assert {"head=foundation", "other=budget", "w1=środk", "w2=ze", "rule=funder_phrase"} <= feats
    assert not any("ziel" in f.lower() for f in feats)


def test_without_a_model_the_rules_funding_stands():
    funder_model.set_model(None, disabled=True)
    try:
        text = "Projekt sfinansowała Fundacja Zielony Most."
        fs = _funding(text, ("Fundacja Zielony Most", None, 500.0))
        assert funder_model.decide(text, 0, len(text), fs, "pl") is fs
    finally:
        funder_model.set_model(None)


def test_a_dropped_payer_keeps_its_sum_and_a_programme_guess_moves_over():
    text = "Dotacja: Fundusz Pomocy Sąsiedzkiej, 800 zł. Wsparcie: Fundacja Zielony Most."
    # a hand-made model: a fund head is the programme, a foundation pays
    m = {"labels": ["funder", "programme", "none"], "bias": [0.0, 0.0, 0.0], "drop_below": 0.4,
         "weights": {"head=fund": [-2.0, 2.0, 0.0], "head=foundation": [3.0, 0.0, 0.0]}}
    funder_model.set_model(m)
    try:
        fs = _funding(text, ("Fundusz Pomocy Sąsiedzkiej", None, 800.0), ("Fundacja Zielony Most", None, None))
        out = funder_model.decide(text, 0, len(text), fs, "pl")
    finally:
        funder_model.set_model(None)
    assert [(f.funder, f.programme, f.amount) for f in out] == [
        (None, "Fundusz Pomocy Sąsiedzkiej", 800.0), ("Fundacja Zielony Most", None, None)]


def test_a_payer_with_nothing_left_is_removed():
    text = "Wsparcie: Kraina Dobra."
    m = {"labels": ["funder", "programme", "none"], "bias": [-3.0, 0.0, 3.0], "drop_below": 0.3,
         "weights": {}}
    funder_model.set_model(m)
    try:
        out = funder_model.decide(text, 0, len(text), _funding(text, ("Kraina Dobra", None, None)), "pl")
    finally:
        funder_model.set_model(None)
    assert out == []


def test_a_budget_written_out_names_the_same_payer_as_its_body():
    assert same_body("budżet Miasta Nowe Pole", "Miasto Nowe Pole")
    assert same_body("budżet Gminy Miasto Nowe Pole", "Gmina Miasto Nowe Pole")
    assert not same_body("budżet państwa", "Miasto Nowe Pole")
    assert not same_body("Fundacja Nowe Pole", "Miasto Nowe Pole")


def test_training_is_deterministic_and_learns_a_cue():
    data = [(["w1=przez", "head=foundation"], "funder")] * 6 + [(["w1=dla", "head=foundation"], "none")] * 6
    a, b = train(data), train(data)
    assert a == b
    pay = funder_model.probabilities(["w1=przez", "head=foundation"], a)
    paid = funder_model.probabilities(["w1=dla", "head=foundation"], a)
    assert pay["funder"] > 0.5 > paid["funder"]
