"""Organisation types from names and context."""

from __future__ import annotations

import pytest

from ngo_atlas.resolve.types import ORG_TYPES, infer_org_type


@pytest.mark.parametrize("names, expected", [
    (["Helsińska Fundacja Praw Człowieka"], "ngo"),
    (["Stowarzyszenie Interwencji Prawnej", "SIP"], "ngo"),
    (["Związek Ukraińców w Polsce"], "migrant_led"),
    (["Urząd do Spraw Cudzoziemców"], "public"),
    (["Urząd Miasta Lublin"], "public"),
    (["Lubelski Urząd Wojewódzki w Lublinie"], "public"),
    (["Ministerstwo Spraw Wewnętrznych i Administracji"], "public"),
    (["IOM", "Międzynarodowa Organizacja do Spraw Migracji"], "international"),
    (["UNHCR"], "international"),
    (["Uniwersytet Warszawski"], "research"),
    (["Ośrodek Badań nad Migracjami"], "research"),
    (["Caritas Polska"], "religious"),
    (["Caritas Archidiecezji Lubelskiej"], "religious"),
    (["Grupa Granica"], "network"),
    (["Koalicja na rzecz Równych Szans"], "network"),
    (["Fundacja Instytut na rzecz Państwa Prawa"], "ngo"),
    (["Migrant Consulting sp. z o.o."], "business"),
    (["Хельсинкский фонд по правам человека"], "ngo"),
])
def test_type_from_names(names: list[str], expected: str) -> None:
    assert infer_org_type(names) == expected


def test_context_reveals_a_migrant_led_organisation() -> None:
    assert infer_org_type(["Fundacja Nasz Wybór"]) == "ngo"
    ctx = "Fundacja została założona przez migrantów z Ukrainy w 2009 roku."
    assert infer_org_type(["Fundacja Nasz Wybór"], ctx) == "migrant_led"


def test_context_does_not_turn_an_ngo_public() -> None:
    ctx = "Projekt realizowany we współpracy z Urzędem Wojewódzkim."
    assert infer_org_type(["Fundacja Ocalenie"], ctx) == "ngo"


def test_no_cue_gives_none_and_types_are_known() -> None:
    assert infer_org_type(["Homo Faber"]) is None
    assert infer_org_type([]) is None
    assert set(ORG_TYPES) == {"ngo", "migrant_led", "public", "international", "research",
                              "religious", "network", "business"}
