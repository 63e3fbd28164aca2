"""The learnt place model: its features on short texts, deterministic training, its decision."""

from ngo_atlas.extract import place_model, places
from ngo_atlas.extract.labels import find_labels
from ngo_atlas.extract.place_model_train import SETS, train


def _cands(text, lang="pl", title_span=None):
    labels = find_labels(text)
    raw = places._raw_places(text, 0, len(text), labels, lang)
    out = places.find_places(text, 0, len(text), labels, lang, title_span)
    return {v: (set(f), kept) for v, f, kept, _t in
            place_model.candidates(text, 0, len(text), raw, out, lang, title_span)}


def test_a_seat_and_an_activity_place_read_apart():
    c = _cands("Fundacja Most z siedzibą w Toruniu prowadzi zajęcia dla dzieci w Bydgoszczy.")
    seat, _k = c["Toruń"]
    venue, kept = c["Bydgoszcz"]
    assert "seat" in seat and "seat" not in venue
    assert "prep=w" in venue and kept
    assert not any("bydgo" in f.lower() for f in venue)  # the name itself is never a feature


def test_a_label_and_a_footer_address():
    c = _cands("Kursy językowe dla dorosłych\n\nMiejsce realizacji: Olsztyn\n\nZapisy trwają.")
    assert "rule=label:place" in c["Olsztyn"][0] and c["Olsztyn"][1]
    c = _cands("Kursy prowadzimy w Olsztynie.\n\nBiuro fundacji mieści się w Elblągu, ul. Długa 5, 10-001 Elbląg.")
    assert "address" in c["Elbląg"][0]  # the address line is named
    assert "address" not in c["Olsztyn"][0]


def test_rules_decision_and_list_are_features():
    c = _cands("Warsztaty odbędą się w Lublinie, Chełmie i Zamościu.")
    assert set(c) >= {"Lublin", "Chełm", "Zamość"}
    assert all("listed" in f and "kept" in f and "k&prep=w" in f for v, (f, _k) in c.items() if v == "Lublin")


def test_training_is_deterministic_and_learns_the_cue():
    seat = ["Stowarzyszenie Alfa z siedzibą w Kielcach uczy dzieci w Radomiu.",
            "Fundacja Beta z siedzibą w Opolu prowadzi kursy w Nysie."]
    data = []
    for t in seat:
        for v, (f, k) in _cands(t).items():
            data.append((sorted(f), k, v in ("Radom", "Nysa")))
    m1, m2 = train(data * 3), train(data * 3)
    assert m1 == m2
    c = _cands("Fundacja Gamma z siedzibą w Gnieźnie organizuje spotkania w Koninie.")
    assert place_model.probability(sorted(c["Gniezno"][0]), m1) < place_model.probability(sorted(c["Konin"][0]), m1)


def test_decide_drops_and_adds_only_when_sure():
    text = "Fundacja Most z siedzibą w Toruniu prowadzi zajęcia dla dzieci w Bydgoszczy."
    labels = find_labels(text)
    raw = places._raw_places(text, 0, len(text), labels, "pl")
    out = [t for t in raw if t.value == "Bydgoszcz"]
    try:
        place_model.set_model({"bias": 0.0, "weights": {"seat": 10.0, "prep=w": -5.0},
                               "drop_below": 0.2, "add_above": 0.8})
        got = place_model.decide(text, 0, len(text), raw, out, "pl")
        assert [t.value for t in got] == ["Toruń"]  # the venue dropped, the seat added: the toy model's view
        assert got[0].span.rule.endswith("+model") and text[got[0].span.start:got[0].span.end] == "Toruniu"
        place_model.set_model(None, disabled=True)
        assert place_model.decide(text, 0, len(text), raw, out, "pl") == out
    finally:
        place_model.set_model(None)


def test_model_trains_on_repository_sets_only():
    m = place_model._packaged()
    if m is not None:
        assert m["trained_on"] == sorted(SETS) and 0 <= m["drop_below"] < 0.5 < m["add_above"] <= 1


def _places_of(text: str) -> list[tuple[str, str]]:
    from ngo_atlas.extract.pipeline import extract_document
    from ngo_atlas.model import Document

    ex = extract_document(Document("mine.txt", "mine.txt", text))
    return [(t.value, t.span.rule) for p in ex.projects for t in p.places]


def test_find_places_asks_the_packaged_model():
    """A town named only in the name of the body that runs the work is the one place the text
    gives: the rules leave it out (a place inside a name), the learnt decision takes it."""
    text = ("Projekt „Wspólny stół”\n\nPunkt porad prowadzony przez Centrum Wsparcia Migrantów w "
            "Koninie pomaga w sprawach pobytowych. Projekt realizujemy od 2024 roku.")
    try:
        place_model.set_model(None, disabled=True)
        assert _places_of(text) == []
        place_model.set_model(None)
        assert _places_of(text) == [("Konin", "place_phrase+model")]
    finally:
        place_model.set_model(None)
