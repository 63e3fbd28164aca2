"""Round 42 (mend): over-broad rules of round 41 and an older lexicon cue, each with the text it
fired on wrongly and the text it must still read."""

from ngo_atlas.extract.status import find_status


# --- status: a scheme's passive of running is no project's status --------------------------

def test_a_schemes_boilerplate_gives_no_status():
    # the Active Citizens boilerplate on every grantee's page says the scheme runs
    for t in ("Program Aktywni Obywatele – Fundusz Krajowy jest realizowany przez Fundację im. Stefana Batorego.",
              "Програма «Активні громадяни» реалізується Фондом Баторія."):
        assert find_status(t, 0, len(t), []) is None, t


def test_the_projects_passive_of_running_stays_ongoing():
    for t in ("Projekt jest realizowany w ramach programu Aktywni Obywatele.",
              "W ramach programu Aktywni Obywatele realizowany jest projekt „Zielone podwórko”.",
              "Program Działaj Lokalnie jest realizowany przez PAFW. Projekt jest realizowany do grudnia."):
        found = find_status(t, 0, len(t), [])
        assert found is not None and found[0] == "ongoing", t
