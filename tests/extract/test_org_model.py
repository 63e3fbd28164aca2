"""The learnt organisation-role model: features, deterministic training, the packaged weights."""

from ngo_atlas.extract import org_model
from ngo_atlas.extract.mentioned import mentioned_orgs
from ngo_atlas.extract.org_model_train import ROOT, SETS, SHARED_EVAL, train
from ngo_atlas.extract.organisations import clean_org


def _cands(text, lang="pl"):
    return [(clean_org(text[a:b], lang)[0], org_model.features(text, ss, se, a, b, head, lang))
            for a, b, ss, se, head in org_model.candidates(text, org_model.sentences(text, 0, len(text)))]


def test_features_read_context_words_not_the_name():
    [(name, feats)] = _cands("Szkolenia prowadzimy we współpracy z Fundacją Jasny Cel.")
    assert name == "Fundacja Jasny Cel"
    assert "head=fundacja" in feats and "p1=z" in feats and "pw=współ" in feats
    assert not any("jasny" in f for f in feats)  # capitalised words of the name are not features


def test_training_is_deterministic_and_learns_the_cue():
    texts = {"partner": ["Działamy we współpracy z Fundacją Alfa.", "Zajęcia prowadzimy we współpracy z Fundacją Beta."],
             "funder": ["Projekt otrzymał dofinansowanie od Fundacji Gamma.", "Kursy otrzymały dofinansowanie od Fundacji Delta."],
             "none": ["Raport opublikowała Fundacja Epsilon w ubiegłym roku.", "Raport opublikowała Fundacja Zeta dawno temu."]}
    data = [(f, role) for role, ts in texts.items() for t in ts for _n, f in _cands(t)]
    m1, m2 = train(data), train(data)
    assert m1 == m2
    [(_n, f)] = _cands("Spotkania organizujemy we współpracy z Fundacją Omega.")
    p = org_model.predict(f, m1)
    assert max(p, key=p.get) == "partner"
    [(_n, f)] = _cands("Warsztaty otrzymały dofinansowanie od Fundacji Omega.")
    p = org_model.predict(f, m1)
    assert max(p, key=p.get) == "funder"


def test_packaged_model_is_learnt_from_the_repository_sets_only():
    """Round 8 trains on every gold set in the repository; the blind sets that judge a round
    are written outside it and must never teach the model."""
    m = org_model._packaged()
    assert m is not None and m["roles"][0] == "none" and 0.5 <= m["threshold"] < 1
    assert m["trained_on"] == sorted(SETS)
    assert all(p == SHARED_EVAL / "dev" or p.parent == ROOT / "eval" for p in SETS.values())


def test_packaged_model_on_unseen_wording():
    [(_n, f)] = _cands("Stowarzyszenie Jasny Cel realizuje projekt od 2021 roku.")
    assert max(org_model.predict(f).items(), key=lambda kv: kv[1])[0] == "lead"
    assert org_model.role_of(f) == ("lead", org_model.predict(f)["lead"])
    # a body quoted in an article: no role clears the threshold, nothing is added
    [(_n, f)] = _cands("W artykule cytujemy raport, który opublikowała Fundacja Jasny Cel w ubiegłym roku.")
    assert org_model.role_of(f) is None


def test_model_adds_a_body_only_when_enabled():
    text = "Lekcje w szkołach regionu odwiedza Stowarzyszenie Jasny Cel."
    try:
        org_model.set_model({"roles": list(org_model.ROLES), "bias": [0, 0, 3, 0, 0, 0],
                             "weights": {}, "threshold": 0.5})
        added = [o for o in mentioned_orgs(text, 0, len(text), "pl", []) if o.span.rule == "org_model"]
        org_model.set_model(None, disabled=True)
        none = [o for o in mentioned_orgs(text, 0, len(text), "pl", []) if o.span.rule == "org_model"]
    finally:
        org_model.set_model(None)
    assert [(o.name, o.role) for o in added] == [("Stowarzyszenie Jasny Cel", "partner")]
    assert none == []
