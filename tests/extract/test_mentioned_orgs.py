"""The head-word organisation fallback: bodies in sentences about the project, role from a near cue."""

from ngo_atlas.extract.mentioned import mentioned_orgs
from ngo_atlas.model import OrgRef


def _orgs(text, known=(), lang="pl"):
    return [(o.name, o.role) for o in mentioned_orgs(text, 0, len(text), lang, list(known))]


def test_passive_agent_and_funding_verb_give_roles():
    text = ("Program jest realizowany przez Akademię Rozwoju Filantropii w Polsce. "
            "Środki na realizację projektu przekazała Caritas Niemcy.")
    assert _orgs(text) == [("Akademia Rozwoju Filantropii w Polsce", "lead"), ("Caritas Niemcy", "funder")]


def test_partner_cue_and_a_lead_already_known():
    text = "Partnerem w szkoleniach projektu była Fundacja Ocalenie."
    lead = OrgRef("Stowarzyszenie Dom Otwarty", "lead", None)
    assert _orgs(text, [lead]) == [("Fundacja Ocalenie", "partner")]


def test_no_role_cue_no_body():
    assert _orgs("W projekcie wzięło udział 40 osób, także z Fundacji Ocalenie.") == []


def test_object_of_an_active_verb_is_no_lead():
    text = "Koordynatorka projektu przez osiem lat prowadziła w Caritas Świetlicę Środowiskową."
    assert _orgs(text) == []


def test_head_inside_a_longer_name_and_known_bodies_are_skipped():
    text = "Partner projektu: Wydział Prawa i Administracji Uniwersytetu Jagiellońskiego."
    assert _orgs(text) == []
    known = [OrgRef("Fundacja Ocalenie", "partner", None)]
    assert _orgs("Partnerem projektu jest Fundacja Ocalenie.", known) == []


def test_venues_and_programmes_are_left_to_the_cue_rules():
    text = "Projekt dofinansowano ze środków Programu Aktywni Obywatele w Ośrodku dla Cudzoziemców."
    assert _orgs(text) == []


def test_subject_before_a_verb_of_running_leads_and_razom_iz_names_a_partner():
    text = ("У 2022–2023 роках Фонд Добра Фабрика разом із Фондом «Ательє Свобода» провів у "
            "Варшаві швейну майстерню для жінок.")
    assert _orgs(text, lang="uk") == [("Фонд Добра Фабрика", "lead"), ("Фонд Ательє Свобода", "partner")]


def test_a_body_after_another_name_is_no_subject():
    text = "Anna Nowak z Fundacji Ocalenie prowadzi zajęcia."
    assert _orgs(text) == []


def test_whoever_covers_costs_is_a_funder():
    text = "Środki na realizację przekazała Caritas Niemcy, a część kosztów transportu pokryła Caritas Polska."
    assert _orgs(text) == [("Caritas Niemcy", "funder"), ("Caritas Polska", "funder")]


def test_the_agent_of_a_named_programme_operates_it():
    text = ("Grupa dostała 4 000 zł w ramach programu „Razem Lokalnie” Fundacji Orlen "
            "realizowanego przez Fundację Rozwoju Wsi.")
    assert ("Fundacja Rozwoju Wsi", "other") in _orgs(text)


def test_the_agent_of_the_project_after_a_named_programme_still_runs_it():
    text = ("W ramach programu „Razem Lokalnie” powstał projekt realizowany przez "
            "Fundację Rozwoju Wsi.")
    assert ("Fundacja Rozwoju Wsi", "lead") in _orgs(text)
