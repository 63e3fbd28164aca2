"""Round 40 (funder): a town's body paying, written with a lower-case common noun.

1. the body as the subject of a giving verb with a sum ("а місто Одеса додає 200 тис. гривень",
   "міська рада Києва виділила 50 000 гривень", "miasto Opole dołożyło 5 000 zł");
2. the body after the verb's object ("Фінансує проєкт місто X"), in the plain past tense
   ("Проєкт фінансувало Місто X"), or as the second payer of a list ("Фондом X и городом Y").
Negatives: no sum, rooms instead of money, a town in another case, the noun inside a body's name.
"""

from ngo_atlas.extract.funding import _local_government_payer
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.townsubject import town_subject_payers
from ngo_atlas.model import Document


def _subject(text: str) -> list[str]:
    out: list = []
    town_subject_payers(out, text, 0, len(text))
    return [f.funder for f in out]


def _local(text: str, lang: str = "uk") -> list[str]:
    out: list = []
    _local_government_payer(out, text, 0, len(text), lang)
    return [f.funder for f in out]


def test_town_as_subject_of_a_giving_verb_with_a_sum():
    assert _subject("Уроки оплачує фундація, а місто Одеса додає 200 тис. гривень на оренду.") == ["місто Одеса"]
    assert _subject("Крім того, міська рада Полтави виділила 50 000 гривень на транспорт.") == ["міська рада Полтави"]
    assert _subject("Na materiały miasto Opole dołożyło 5 000 zł ze swojego budżetu.") == ["miasto Opole"]
    assert _subject("The city of Toruń added PLN 12,000 for the hall rent.") == ["city of Toruń"]


def test_town_subject_negatives():
    assert _subject("Miasto Opole przekazało 4 sale lekcyjne na zajęcia.") == []  # rooms, no money
    assert _subject("місто Одеса додає нові маршрути для 5 автобусів.") == []
    assert _subject("Zajęcia odbywają się w mieście Opole, które przekazało 5 000 zł.") == []
    assert _subject("Stowarzyszenie Miasto Otwarte przekazało 2 000 zł na paczki.") == []
    assert _subject("Fundacja „Miasto Dzieci” przekazała 3 000 zł na wyjazd.") == []


def test_town_after_the_object_and_in_the_past_tense():
    assert _local("Фінансує проєкт місто Полтава, а також Фонд Добра.") == ["місто Полтава"]
    assert _local("Проєкт фінансувало Місто Полтава у сумі 40 000 гривень.") == ["Місто Полтава"]


def test_town_as_second_payer_of_a_list():
    assert _local("Проект финансируется Фондом Свободы и городом Вроцлав.", "ru") == ["город Вроцлав"]
    assert _local("Projekt sfinansowała Fundacja Wolna Droga oraz miasto Tarnów.", "pl") == ["miasto Tarnów"]
    # (a later item of the list in another case is no agent of the verb)
    assert _local("Projekt finansuje Fundacja Wolna Droga dla mieszkańców Krakowa i gminy Wieliczka.", "pl") == []
    assert _local("Projekt finansuje Fundacja Wolna Droga, a odbywa się w Krakowie i mieście Tarnów.", "pl") == []


def test_whole_page_reads_the_second_payer():
    text = ("Курси української мови для дітей\n\nФундація «Рідне Слово» проводить курси мови для дітей "
            "у Полтаві з вересня 2024 року до червня 2025 року. Навчання фінансує Фонд Добра "
            "(120 000 гривень), а місто Полтава додає 30 000 гривень на оренду класів.\n")
    ex = extract_document(Document("t.txt", "t.txt", text))
    payers = [f.funder for p in ex.projects for f in p.funding]
    assert "місто Полтава" in payers


def _payers(text: str) -> list[str]:
    ex = extract_document(Document("t.txt", "t.txt", text))
    return [f.funder for p in ex.projects for f in p.funding]


def test_lead_own_share_is_no_payer():
    text = ("Centrum Wsparcia Cudzoziemców w Pile\n\nGmina Piła realizuje projekt „Centrum Wsparcia "
            "Cudzoziemców w Pile” współfinansowany ze środków Europejskiego Funduszu Społecznego Plus.\n\n"
            "Okres realizacji: 01.03.2024 – 31.12.2026\n"
            "Dofinansowanie z Europejskiego Funduszu Społecznego Plus: 1 200 000,00 zł\n"
            "Wkład własny Gminy Piła: 150 000,00 zł\n")
    assert "Gmina Piła" not in _payers(text)


def test_own_share_of_a_body_that_does_not_lead_still_pays():
    text = ("Klub Sąsiedzki dla Cudzoziemców\n\nLider projektu: Stowarzyszenie Dobry Sąsiad\n"
            "Projekt realizowany od 1 marca 2024 do 30 listopada 2024 roku, dofinansowany przez "
            "Fundację Wspólna Droga.\nWkład własny zapewniła Gmina Sejny.\n")
    assert "Gmina Sejny" in _payers(text)
