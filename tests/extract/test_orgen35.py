"""Round 35, organisations branch (orgen). Texts in our own wording, not the sets'.

ORG-OP: an English operator frame with the country it operates in ("The Fund Operator in Poland
is the X", "under the Erasmus+ programme, managed in Poland by the X", "within the Y
programme, run by the X"): X hands the programme's money on, role `other`, and runs no project."""
from ngo_atlas.extract.labels import find_labels
from ngo_atlas.extract.organisations import find_organisations


def _roles(text, lang="en"):
    return {(o.name, o.role) for o in find_organisations(text, 0, len(text), find_labels(text), lang)}


def test_operator_named_with_its_country():
    t = ("Our shelter received EUR 80,000 under the Active Citizens Fund – Regional programme. "
         "The Fund Operator in Poland is the Northern Civic Trust.")
    assert ("Northern Civic Trust", "other") in _roles(t)
    t = ("The grant came from the Lakeland Mechanism. The programme operator in Lithuania was "
         "the Ministry of Social Security and Labour.")
    assert ("Ministry of Social Security and Labour", "other") in _roles(t)


def test_programme_managed_in_a_country_after_its_comma():
    t = ("The school received EUR 60,000 from the European Union under the Erasmus+ programme, "
         "managed in Poland by the National Education Exchange Agency, the programme's national agency.")
    assert _roles(t) >= {("National Education Exchange Agency", "other")}
    assert ("National Education Exchange Agency", "lead") not in _roles(t)


def test_programme_run_by_an_operator_is_no_lead():
    t = ("The clinic is financed by the Harbour Freedom Foundation within the Open Towns programme, "
         "run by the Civic Learning Foundation.")
    roles = _roles(t)
    assert ("Civic Learning Foundation", "other") in roles
    assert ("Civic Learning Foundation", "lead") not in roles


def test_the_project_run_by_a_body_stays_its_lead():
    # no funding preposition before the programme: the programme may be the project itself
    t = "We launched a new mentoring programme, run by the Riverside Foundation together with the City of Gdynia."
    assert ("Riverside Foundation", "lead") in _roles(t)
    t = "The project is managed in Kraków by the Riverside Foundation."
    assert ("Riverside Foundation", "other") not in _roles(t)
    # an operator sentence beside the project's own runner leaves the runner its lead
    t = "The programme is operated by the Stefan Civic Trust. The project is run by the Riverside Foundation."
    assert {("Stefan Civic Trust", "other"), ("Riverside Foundation", "lead")} <= _roles(t)
