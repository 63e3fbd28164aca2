"""Organisations, round 23 (ORG-P): a verb of working with someone takes every conjunct of its
object in every person and tense, the Polish past plural with its "ł" turned "l"
("współpracowaliśmy z X, Y i Z", "współpracowali m.in. z: X, Y"), the English present ("We
cooperate with the X ... and with the Y"); a verb of joining the page's own body takes its
subjects after it ("dołączyli do nas X oraz Y", "к нам присоединились X и Y")."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.ingest.text import normalize_text
from ngo_atlas.model import Document


def _orgs(text: str) -> set[tuple[str, str]]:
    ex = extract_document(Document("x", "x.txt", normalize_text(text)))
    return {(o.name, o.role) for p in ex.projects for o in p.organizations}


PL_HEAD = ("Projekt „Dobry Początek” realizowała Fundacja Cichy Brzeg od marca do grudnia 2023 roku. "
           "Projekt sfinansowano ze środków Fundacji Wiatr od Morza (80 000 zł).\n\n")


def test_polish_past_plural_takes_every_conjunct():
    got = _orgs(PL_HEAD + "Ściśle współpracowaliśmy z Urzędem Wojewódzkim w Lublinie, Polskim Czerwonym "
                          "Krzyżem i Caritas Diecezji Zamojskiej.\n")
    assert {("Urząd Wojewódzki w Lublinie", "partner"), ("Polski Czerwony Krzyż", "partner"),
            ("Caritas Diecezji Zamojskiej", "partner")} <= got


def test_polish_past_plural_of_a_group_with_particle_and_colon():
    got = _orgs(PL_HEAD + "Wolontariusze współpracowali m.in. z: Muzeum Lubelskim, Uniwersytetem Opolskim.\n")
    assert {("Muzeum Lubelskie", "partner"), ("Uniwersytet Opolski", "partner")} <= got


def test_english_present_and_with_the():
    got = _orgs("The project \"Safe Start\" was run by the Harbour Foundation from March to December 2023 "
                "in Gdańsk. It was funded by the Open Society Foundations (EUR 20,000).\n\nWe cooperate with "
                "the Pomeranian Voivodeship Office, which handles residence permits, and with the Polish "
                "Red Cross.\n")
    assert {("Pomeranian Voivodeship Office", "partner"), ("Polish Red Cross", "partner")} <= got


def test_joining_us_takes_the_subjects_after_the_verb():
    got = _orgs(PL_HEAD + "W tym roku po raz pierwszy dołączyli do nas Stowarzyszenie Wspólny Dom oraz "
                          "Koło Gospodyń Wiejskich w Zagórzu.\n")
    assert {("Stowarzyszenie Wspólny Dom", "partner"), ("Koło Gospodyń Wiejskich w Zagórzu", "partner")} <= got


def test_joining_a_network_is_no_partner():
    got = _orgs(PL_HEAD + "Fundacja Cichy Brzeg dołączyła do Pomorskiej Sieci Pomocy Cudzoziemcom.\n")
    assert not {o for o in got if o[1] == "partner"}


def test_russian_and_ukrainian_joining_and_working_with():
    ru = ("Проект «Город для всех» длится с 1 марта 2024 года по 28 февраля 2025 года. Проект реализует "
          "Фонд «Тихая гавань». Проект финансируется Европейским Союзом.\n\nВ этом году к нам присоединились "
          "Опольский университет и Ассоциация «Широкая дорога».\n")
    assert {("Опольский университет", "partner"), ("Ассоциация Широкая дорога", "partner")} <= _orgs(ru)
    uk = ("Проєкт «Місто для всіх» триває з 1 березня 2024 року до 28 лютого 2025 року. Проєкт реалізує "
          "Фундація «Тиха гавань». Проєкт фінансується Європейським Союзом.\n\nУ цьому році до нас "
          "приєдналися Опольський університет та Асоціація «Широка дорога».\n")
    assert {("Опольський університет", "partner"), ("Асоціація Широка дорога", "partner")} <= _orgs(uk)


def test_cooperation_as_a_field_label_in_a_line_or_after_a_sentence():
    got = _orgs(PL_HEAD + "Warsztaty dla 40 osób. Współpraca: Szkoła Podstawowa nr 2 w Zagórzu.\n")
    assert ("Szkoła Podstawowa nr 2 w Zagórzu", "partner") in got
    got = _orgs(PL_HEAD + "Współpraca: Politechnika Opolska (udostępnienie sal)\n")
    assert ("Politechnika Opolska", "partner") in got


def test_and_with_the_after_a_bracket():
    got = _orgs("The project \"Safe Start\" was run by the Harbour Foundation from March to December 2023 "
                "in Gdańsk. It was funded by the Open Society Foundations (EUR 20,000).\n\nThe project was "
                "carried out in partnership with the Law Clinic of the University of Gdańsk (students "
                "reviewed the files) and with the Danish Refugee Council from Copenhagen.\n")
    assert {("Law Clinic of the University of Gdańsk", "partner"), ("Danish Refugee Council", "partner")} <= got


def test_lower_case_administrative_seat_ends_a_name_and_the_list_goes_on():
    got = _orgs(PL_HEAD + "Projekt prowadzimy w partnerstwie z Radą Powiatową Związku Rzemiosła w powiecie "
                          "opolskim oraz Politechniką Opolską.\n")
    assert {("Rada Powiatowa Związku Rzemiosła w powiecie opolskim", "partner"),
            ("Politechnika Opolska", "partner")} <= got
