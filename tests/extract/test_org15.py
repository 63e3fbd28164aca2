"""Organisations of the fifteenth round: what the EU's disclaimer names, who runs a project
whose coordinator is introduced with a body, and how a list after a predicate reaches its items."""

import pytest

from ngo_atlas.extract.labels import find_labels
from ngo_atlas.extract.organisations import find_organisations, merge_orgs


def _orgs(text: str, lang: str = "pl") -> list[tuple[str, str]]:
    return [(o.name, o.role) for o in merge_orgs(find_organisations(text, 0, len(text), find_labels(text), lang))]


@pytest.mark.parametrize("text, lang, agency", [
    ("Projekt „Most” prowadzi Stowarzyszenie Nowa Fala z Ełku. Sfinansowane przez Unię Europejską. Treści "
     "wyrażają wyłącznie zdanie autorów i nie muszą odzwierciedlać poglądy i opinie Unii Europejskiej lub "
     "Agencji Wykonawczej ds. Badań Naukowych.", "pl", "Agencja Wykonawcza"),
    ('The project "Bridge" is run by the New Wave Association. Funded by the European Union. The views '
     "here do not necessarily reflect those of the European Union or the Norwegian Agency for Learning.",
     "en", "Agency for Learning"),
    ("Проект «Мост» реализует Фонд «Новая волна». Мнения авторов не обязательно отражают позицию "
     "Европейского союза или Агентства по обучению.", "ru", "Агентств"),
])
def test_an_agency_named_only_in_the_eus_disclaimer_takes_no_part(text, lang, agency):
    assert not any(agency in n for n, _r in _orgs(text, lang))


def test_the_agency_the_text_names_as_operator_is_still_other():
    text = ("Projekt „Most” prowadzi Stowarzyszenie Nowa Fala z Ełku. Programem w Polsce zarządza "
            "Fundacja Wiedzy i Nauki. Wyrażone opinie nie odzwierciedlają poglądów Unii Europejskiej lub "
            "Fundacji Wiedzy i Nauki.")
    assert ("Fundacja Wiedzy i Nauki", "other") in _orgs(text)
