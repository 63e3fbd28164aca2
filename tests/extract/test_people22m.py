"""PEOPLE-M (round 22): keyed lists of persons on English pages, whose keys are written in Title
Case ("Outreach Officer:"), and items that carry a degree before the name ("Mentor – dr X")."""
from ngo_atlas.extract.people import _list_key, find_people


def _roles(text: str, lang: str) -> dict[str, str]:
    return {p.name: p.role for p in find_people(text, 0, len(text), [], lang)}


def test_title_case_english_key_reads_its_last_word():
    t = "Our staff\nCommunity Outreach Officer: Halyna Boiko\n"
    assert _list_key(t, 10, t.index(":"), "en") == "Officer"
    assert "Halyna Boiko" in _roles(t, "en")


def test_title_case_key_with_a_dash():
    t = "Who we are\nSenior Case Worker – Oleh Marchuk\n\nGet in touch with us."
    assert "Oleh Marchuk" in _roles(t, "en")


def test_title_case_key_that_names_no_person_gives_none():
    # "Grant Operator" heads a body's name in the list, no person's
    t = "Funding\nGrant Operator: Lublin Civic Fund\n"
    assert "Lublin Civic Fund" not in _roles(t, "en")
    t = "Details\nTarget Group: Young Adults\n"
    assert not _roles(t, "en")


def test_degree_before_the_item_name_keeps_the_item():
    t = "Team:\nTrainer – dr Sofiia Tkachuk (Lviv Polytechnic)\nVolunteer – Ihor Sayenko\n"
    roles = _roles(t, "en")
    assert roles.get("Sofiia Tkachuk") == "expert"  # the degree gives her expertise
    assert "Ihor Sayenko" in roles


def test_degree_before_a_polish_item_name():
    t = "Kadra kursu\nLektorka – mgr Iryna Sawczuk, Tetiana Melnyk\n"
    roles = _roles(t, "pl")
    assert "Iryna Sawczuk" in roles and "Tetiana Melnyk" in roles



def test_title_with_a_small_word_is_no_key():
    # a programme's or a service's title before a dash: "Newcomers" heads no job
    t = "Services\nGdańsk for Newcomers – Welcome Point\n"
    assert _list_key(t, 9, t.index(" –"), "en") == ""
