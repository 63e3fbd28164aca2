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


# ORG-LW: the bare "with" after the lead's own role names its partners (members where the list
# ends "as members"); a name that modifies a noun after it, a place, or a person is no partner.
def test_bare_with_after_the_leads_role_names_partners():
    t = ("The scheme was carried out from 2021 to 2023 by the Municipality of Brzeg as the project promoter, "
         "with the Brzeg Senior Centre, the Tromsø Municipality from Norway and the Northern Youth Association "
         "(NYA) as partners.")
    assert {("Brzeg Senior Centre", "partner"), ("Tromsø Municipality", "partner"),
            ("Northern Youth Association", "partner")} <= _roles(t)
    t = ("The clinic is run by the Harbour Legal Aid Society as the leader of a consortium with the Open Door "
         "Association from Opole and the Centre for Civic Dialogue (Centrum Dialogu) from Toruń.")
    assert {("Open Door Association", "partner"), ("Centre for Civic Dialogue", "partner")} <= _roles(t)


def test_consortium_led_by_a_body_with_members():
    t = ("MIGRALAB runs from 2024 to 2027 by a consortium led by the University of Opole, with Comenius "
         "University (Bratislava), the University of Graz (Graz) and the City of Opole as members.")
    assert {("Comenius University", "member"), ("University of Graz", "member"),
            ("City of Opole", "member")} <= _roles(t)


def test_with_after_the_lead_that_names_no_partner():
    for tail in ("with EU funds of EUR 40,000.", "with Norway Grants funding.", "with UNHCR support.",
                 "with Warsaw and Gdańsk as the main sites.", "with support from the City of Gdynia.",
                 "with Anna Nowak as the contact person."):
        t = "The project is run by the Riverside Foundation as the project promoter, " + tail
        assert {r for r in _roles(t) if r[1] in ("partner", "member")} == set(), tail
    t = "The project is run by a consortium led by the Riverside Foundation, with Poland, Norway and Iceland as members."
    assert {r for r in _roles(t) if r[1] in ("partner", "member")} == set()
    # a Polish page's "with" is read by its own cues, not this one
    t = "Projekt prowadzi Fundacja Brzeg jako lider, with Stowarzyszenie Most."
    assert ("Stowarzyszenie Most", "partner") not in _roles(t, "pl")


def test_polish_operator_sentence_keeps_its_readings():
    # the lead cue inside an operator frame is skipped on English pages only: a Polish sentence
    # keeps what it read before (its later steps weigh the lead it names)
    t = ("Dofinansowano ze środków Ministra Kultury pochodzących z Funduszu Sztuki w ramach programu "
         "„Teatr – Lato 2024”, realizowanego przez Narodowy Instytut Teatru.")
    assert ("Narodowy Instytut Teatru", "other") in _roles(t, "pl")
    assert ("Narodowy Instytut Teatru", "lead") in _roles(t, "pl")
