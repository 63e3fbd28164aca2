"""The organisation tagger: gold names aligned to inflected text, its features, a real CRF trained and run."""

from __future__ import annotations

import pytest

from ngo_atlas.extract import org_tagger
from ngo_atlas.extract.org_tagger_train import align, same_word, set_sequences, train
from ngo_atlas.model import OrgRef, Span


def _labels(text: str, names: dict[str, str]) -> list[tuple[str, str]]:
    toks = org_tagger.tokens(text, 0, len(text))
    labels, _found = align(text, toks, names)
    return [(text[a:b], lab) for (a, b), lab in zip(toks, labels)]


def test_same_word_matches_inflected_forms_not_other_words():
    assert same_word("fundacja", "fundacją")
    assert same_word("urząd", "urzędu")
    assert same_word("фонд", "фондом")
    assert same_word("stowarzyszenie", "stowarzyszeniem")
    assert not same_word("fundacja", "fundusz")
    assert not same_word("dom", "domu")  # too short to read a stem from
    assert not same_word("miasto", "misja")


def test_align_tags_the_inflected_occurrences_with_their_roles():
    text = "Zadanie prowadzi Fundacją Zielony Most razem ze Stowarzyszeniem Sąsiedzi Bez Granic."
    got = _labels(text, {"Fundacja Zielony Most": "lead", "Stowarzyszenie Sąsiedzi Bez Granic": "partner"})
    tagged = [(w, lab) for w, lab in got if lab != "O"]
    assert tagged == [("Fundacją", "B-lead"), ("Zielony", "I-lead"), ("Most", "I-lead"),
                      ("Stowarzyszeniem", "B-partner"), ("Sąsiedzi", "I-partner"), ("Bez", "I-partner"),
                      ("Granic", "I-partner")]


def test_align_skips_quotes_inside_a_name_and_never_overlaps():
    text = "Partnerem jest Stowarzyszenie „Wspólna Droga” oraz Droga."
    got = dict(_labels(text, {"Stowarzyszenie Wspólna Droga": "partner", "Droga": "member"}))
    assert got["Stowarzyszenie"] == "B-partner" and got["„"] == "I-partner" and got["Wspólna"] == "I-partner"
    # the second "Droga" alone is tagged as the shorter name; the first stays in the longer one
    labels = _labels(text, {"Stowarzyszenie Wspólna Droga": "partner", "Droga": "member"})
    assert [lab for w, lab in labels if w == "Droga"] == ["I-partner", "B-member"]


def test_features_read_the_governing_word_quotes_and_line_label():
    text = "Partnerzy: Fundacja „Nowa Ziemia” i Instytut Wschodni"
    toks = org_tagger.tokens(text, 0, len(text))
    feats = org_tagger.features(text, toks)
    words = [text[a:b] for a, b in toks]
    f_nowa = feats[words.index("Nowa")]
    assert "inq" in f_nowa and "lab=partn" in f_nowa and "gov=START" in f_nowa
    f_inst = feats[words.index("Instytut")]
    assert "gov=i" in f_inst and "inq" not in f_inst and "head" in f_inst


_TRAIN = [
    ("Projekt realizuje Fundacja Jasny Dom w partnerstwie z Stowarzyszeniem Dobry Sąsiad.",
     {"Fundacja Jasny Dom": "lead", "Stowarzyszenie Dobry Sąsiad": "partner"}),
    ("Liderem jest Fundacja Nowe Miejsce, a partnerem Stowarzyszenie Wolna Przestrzeń.",
     {"Fundacja Nowe Miejsce": "lead", "Stowarzyszenie Wolna Przestrzeń": "partner"}),
    ("Działania prowadzi Fundacja Otwarte Okno w partnerstwie z Stowarzyszeniem Stara Kuźnia.",
     {"Fundacja Otwarte Okno": "lead", "Stowarzyszenie Stara Kuźnia": "partner"}),
    ("Zadanie realizuje Fundacja Zielona Łąka w partnerstwie z Stowarzyszeniem Jasne Pole.",
     {"Fundacja Zielona Łąka": "lead", "Stowarzyszenie Jasne Pole": "partner"}),
    ("W Lublinie odbyło się spotkanie mieszkańców, było ciepło i słonecznie.", {}),
] * 3


@pytest.fixture
def tiny_model(tmp_path):
    """A real CRF trained on a few sentences of one pattern (not the packaged model)."""
    seqs = []
    for text, names in _TRAIN:
        toks = org_tagger.tokens(text, 0, len(text))
        seqs.append((org_tagger.features(text, toks), align(text, toks, names)[0]))
    path = tmp_path / "tiny.crfsuite"
    train(seqs, str(path))
    org_tagger.set_model_path(str(path))
    yield path
    org_tagger.set_model_path(None)


def test_tagger_finds_unseen_names_by_their_context(tiny_model):
    text = "Projekt realizuje Fundacja Srebrny Potok w partnerstwie z Stowarzyszeniem Ciche Wzgórze."
    got = [(text[a:b], role) for a, b, role, conf in org_tagger.tag(text, 0, len(text))]
    assert ("Fundacja Srebrny Potok", "lead") in got
    assert ("Stowarzyszeniem Ciche Wzgórze", "partner") in got
    assert all(0.0 < conf <= 1.0 for *_x, conf in org_tagger.tag(text, 0, len(text)))


def test_tagged_orgs_are_nominative_with_evidence_and_skip_known_bodies(tiny_model):
    text = "Projekt realizuje Fundacja Srebrny Potok w partnerstwie z Stowarzyszeniem Ciche Wzgórze."
    known = [OrgRef("Fundacja Srebrny Potok", "lead")]
    got = org_tagger.tagged_orgs(text, 0, len(text), "pl", known, threshold=0.5)
    assert [(o.name, o.role) for o in got] == [("Stowarzyszenie Ciche Wzgórze", "partner")]
    span = got[0].span
    assert span.rule == "org_tagger" and text[span.start:span.end] == "Stowarzyszeniem Ciche Wzgórze"
    assert 0.5 <= span.confidence <= 1.0


def test_without_a_model_the_tagger_adds_nothing(tmp_path):
    org_tagger.set_model_path(str(tmp_path / "missing.crfsuite"))
    try:
        assert not org_tagger.available()
        assert org_tagger.tagged_orgs("Partnerem jest Fundacja Jasny Dom.", 0, 34, "pl", []) == []
    finally:
        org_tagger.set_model_path(None)


def test_gold_names_of_a_real_set_align_to_their_text(dev_dir):
    """Nearly every gold organisation of the dev set is found in its (inflected) text."""
    _seqs, found, total = set_sequences(dev_dir)
    assert total > 40 and found >= 0.95 * total


def test_features_read_the_word_after_a_name_and_a_list_heading():
    text = "Członkowie sieci:\n• Fundacja Dobry Start\n• Instytut Nowych Mediów jest obserwatorem"
    toks = org_tagger.tokens(text, 18, len(text))
    words = [text[a:b] for a, b in toks]
    feats = org_tagger.features(text, toks)
    f = feats[words.index("Instytut")]
    assert "hdr=człon" in f and "nxt=jest" in f and "w=CAP" not in f  # a head word is read as itself
    assert "w=CAP" in feats[words.index("Dobry")]  # other capitalised words are not learnt


def test_only_sentences_with_a_body_the_rules_did_not_claim_are_tagged(tiny_model):
    text = ("Projekt realizuje Fundacja Srebrny Potok. "
            "W partnerstwie z Stowarzyszeniem Ciche Wzgórze prowadzimy kursy.")
    claimed = OrgRef("Fundacja Srebrny Potok", "lead", Span(18, 40, "lead_verb"))
    hits = org_tagger._unclaimed(text, 0, len(text), [claimed])
    assert [text[h:h + 6] for h in hits] == ["Stowar"]
    a = text.index("Stowarzyszeniem")
    both = [claimed, OrgRef("Stowarzyszenie Ciche Wzgórze", "partner", Span(a, a + 29, "partner_cue"))]
    assert org_tagger._unclaimed(text, 0, len(text), both) == []
    assert org_tagger.tagged_orgs(text, 0, len(text), "pl", both, threshold=0.0) == []
