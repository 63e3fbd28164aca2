"""PEOPLE-K (round 22): a person named beside a Polish job title that names its domain ("ds. X",
"do spraw X"), a job in the plural or the instrumental before the names, and a copula between them."""
from ngo_atlas.extract.people import _job_noun_before, _list_key, find_people


def _roles(text: str, lang: str = "pl") -> dict[str, str]:
    return {p.name: p.role for p in find_people(text, 0, len(text), [], lang)}


def test_key_with_domain_after_ds():
    t = "Zespół punktu.\nSpecjalistka ds. integracji zawodowej: Darya Hmelnik\n\nZapisy trwają."
    assert _roles(t).get("Darya Hmelnik") == "expert"


def test_key_with_domain_after_do_spraw_and_dash():
    t = "Kadra świetlicy\nOpiekunka do spraw rodzin z dziećmi – Nadija Sorokina\n\nZapraszamy."
    assert "Nadija Sorokina" in _roles(t)


def test_domain_words_are_not_the_job():
    # the key's job is the noun before "ds."; "uczestników" after it names no one's job
    t = "Informacje.\nDział ds. uczestników: Halina Wrona\n"
    assert _list_key(t, 12, t.index(":"), "pl") == ""
    t = "Informacje.\nKoordynator ds. wolontariuszy: Halina Wrona\n"
    assert _list_key(t, 12, t.index(":"), "pl") == "Koordynator"


def test_plural_job_before_two_names():
    t = "Opiekę nad grupą sprawowały wolontariuszki Swietłana Maruk i Oksana Dudnyk, a obiad przygotowano."
    roles = _roles(t)
    assert "Swietłana Maruk" in roles and "Oksana Dudnyk" in roles


def test_instrumental_job_and_copula():
    t = "Dyżury pełnią w środy, a mediatorkami rodzinnymi są Zarina Tokhtieva i Olha Lysenko."
    roles = _roles(t)
    # (a mediator is other: round 39, the golds 14 to 2)
    assert roles.get("Zarina Tokhtieva") == "other" and roles.get("Olha Lysenko") == "other"


def test_profession_with_no_masculine_before_name():
    t = "Na spotkaniu dyżur pełniła pielęgniarka Tetiana Orlyk z przychodni."
    assert _roles(t).get("Tetiana Orlyk") == "expert"


def test_job_title_domain_before_name_in_prose():
    t = "Porad udzielała doradczyni ds. zatrudnienia Mariia Hnatiuk, a koordynowała je fundacja."
    assert _roles(t).get("Mariia Hnatiuk") == "expert"


def test_adjective_of_a_profession_is_no_job():
    # "psychologicznego" is an adjective: the name after it gets no job from it
    assert not _job_noun_before("psychologicznego") and not _job_noun_before("terapeutycznych")
    assert _job_noun_before("terapeutkami") and _job_noun_before("położna")
    assert not _job_noun_before("uczestniczkami")  # who takes part is no staff
