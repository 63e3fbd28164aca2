"""Organisations, round 23 (ORG-O): a list introduced by a clause whose predicate is a partner
or member noun with a copula or a verb of becoming in any tense ("Członkami Sieci zostały:",
"Partnerami projektu były:", "Партнерами проєкту є:", "Партнёрами проекта являются:", "The
network's members were:"), or by a network's verb of gathering ("The consortium brought
together:", "The partnership includes:", "Koalicję tworzyły:", "konsorcjum w składzie: X, Y"),
gives every item its role; the people of a body's own team are no list of bodies."""

from ngo_atlas.extract.listpredicate import list_cues
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.ingest.text import normalize_text
from ngo_atlas.model import Document


def _orgs(text: str) -> set[tuple[str, str]]:
    ex = extract_document(Document("x", "x.txt", normalize_text(text)))
    return {(o.name, o.role) for p in ex.projects for o in p.organizations}


PL_HEAD = ("Projekt „Miasto bez granic” realizuje od 1 marca 2024 r. do 28 lutego 2025 r. Fundacja Jasna "
           "Przystań. Projekt finansuje Fundacja Wschodni Wiatr.\n\n")


def test_member_noun_with_verb_of_becoming_takes_the_bulleted_list():
    got = _orgs(PL_HEAD + "Członkami Sieci zostały:\n• Miasto Leszno\n• Gmina Miasta Kalisza\n"
                          "• Miasto Stołeczne Warszawa\n")
    assert {("Miasto Leszno", "member"), ("Gmina Miasta Kalisza", "member"),
            ("Miasto Stołeczne Warszawa", "member")} <= got


def test_partner_noun_in_the_past_tense_takes_the_numbered_list():
    got = _orgs(PL_HEAD + "Partnerami projektu były:\n1. Stowarzyszenie Cichy Port,\n"
                          "2. Uniwersytet Opolski.\n")
    assert {("Stowarzyszenie Cichy Port", "partner"), ("Uniwersytet Opolski", "partner")} <= got


def test_ukrainian_and_russian_copulas():
    uk = ("Проєкт «Місто для всіх» триває з 1 березня 2024 року до 28 лютого 2025 року. Лідером проєкту є "
          "Фундація «Тиха гавань». Проєкт фінансується Європейським Союзом.\n\nПартнерами проєкту є:\n"
          "– Опольський університет,\n– Асоціація «Широка дорога».\n")
    assert {("Опольський університет", "partner"), ("Асоціація Широка дорога", "partner")} <= _orgs(uk)
    ru = ("Проект «Город для всех» длится с 1 марта 2024 года по 28 февраля 2025 года. Проект финансируется "
          "Европейским Союзом.\n\nПартнёрами проекта являются:\n– Опольский университет,\n"
          "– Ассоциация «Широкая дорога».\n")
    assert {("Опольский университет", "partner"), ("Ассоциация Широкая дорога", "partner")} <= _orgs(ru)


def test_network_gathering_verb_past_and_english():
    en = ("The project \"Open Town\" runs from 1 March 2024 to 28 February 2025 and is led by the Quiet "
          "Harbour Foundation. It is funded by the European Union.\n\nThe consortium brought together:\n"
          "• Quiet Harbour Foundation (Poland) – coordinator\n• Primary School No. 3 in Opole (Poland)\n"
          "• University of Linz (Austria)\n")
    got = _orgs(en)
    assert {("Primary School No. 3 in Opole", "member"), ("University of Linz", "member"),
            ("Quiet Harbour Foundation", "lead")} <= got
    got = _orgs(PL_HEAD + "Projekt prowadzi konsorcjum w składzie: Stowarzyszenie Cichy Port, "
                          "Fundacja Szeroka Droga oraz Uniwersytet Opolski.\n")
    assert {("Stowarzyszenie Cichy Port", "member"), ("Uniwersytet Opolski", "member")} <= got


def test_no_cue_for_a_team_or_a_list_in_the_clause_line():
    assert not list_cues("Członkami zespołu projektu są:\n• Jan Nowak\n", 0, 40)
    assert not list_cues("Members of the board were:\n- Anna Lis\n", 0, 40)
    # a partner clause's list in its own line is the prose cues' (PARTNER_AFTER) to read
    assert not list_cues("Partnerami są: Fundacja X i Stowarzyszenie Y.", 0, 45)
    assert [r for _, r, _ in list_cues("Partnerami projektu były:\nFundacja X", 0, 40)] == ["partner"]
