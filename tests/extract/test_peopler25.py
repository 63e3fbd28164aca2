"""PEOPLER (round 25): a page's publishing record names no project person; nor do a body's
words read as a name, nor a three-word name's two-word cut beside it."""
from ngo_atlas.extract.people import _cut_names, body_words, find_people
from ngo_atlas.extract.pubrecord import in_publishing_record
from ngo_atlas.model import PersonRef


def _rec(text: str, name: str) -> bool:
    a = text.index(name)
    return in_publishing_record(text, a, a + len(name))


def _names(text: str, lang: str = "pl") -> set[str]:
    return {p.name for p in find_people(text, 0, len(text), [], lang) if p.name}


# the publishing record's fields
def test_bip_record_field_after_another():
    t = "Metryczka: Wytworzył: Wydział Spraw Społecznych | Wprowadziła: Irena Bąk | Data: 05.09.2024 10:12\n"
    assert _rec(t, "Irena Bąk")


def test_entering_person_field():
    assert _rec("Metryczka\nData wytworzenia: 15.02.2024\nOsoba wprowadzająca: Olga Wrona\n", "Olga Wrona")


def test_first_publication_with_date_and_time():
    assert _rec("Pierwsza publikacja: 15.01.2024 10:30 Marta Sowa (Biuro Komunikacji)\n", "Marta Sowa")


def test_posted_by_and_photo_credits():
    assert _rec("Posted by Helen Clark on 3 May 2024\n", "Helen Clark")
    assert _rec("Spotkanie w świetlicy, fot. Marek Dziuba\n", "Marek Dziuba")
    assert _rec("Фото: Олена Коваль\n", "Олена Коваль")
    assert _rec("Опубліковано 12.03.2024 | Додала: Ірина Бойко\n", "Ірина Бойко")


def test_post_byline_beside_its_date():
    assert _rec("Dodano: 04.09.2023, godz. 12:10\nAutorka: Weronika Sad\nKategoria: Projekty\n", "Weronika Sad")
    assert _rec("2023-11-08, autorka: Dorota Gil\n", "Dorota Gil")
    assert _rec("Автор: Дмитро Левченко | 7 березня 2025\n", "Дмитро Левченко")


def test_report_authors_and_quotes_stay():
    # a report's plural authors over its publication date, a quote's verb, "Autorka raportu"
    assert not _rec("Autorzy: Karolina Grot, Dawid Szymański\nData publikacji: 3 września 2024\n", "Karolina Grot")
    assert not _rec("– To ważne – dodała Anna Lis, koordynatorka.\n", "Anna Lis")
    assert not _rec("Autorka raportu: Ewa Kaczmarczyk\n", "Ewa Kaczmarczyk")
    assert not _rec("Autorka: Ewa Kaczmarczyk\nISBN 978-83-7689-451-2\n", "Ewa Kaczmarczyk")


def test_record_name_dropped_but_coordinator_kept():
    t = ("Projekt „Razem” realizuje Fundacja Most. Koordynatorką projektu jest Anna Lis.\n"
         "Metryczka: Wytworzył: Wydział X | Wprowadził: Tomasz Kamiński | Data: 05.09.2024 10:12\n")
    names = _names(t)
    assert "Tomasz Kamiński" not in names and "Anna Lis" in names


# a body's words read as a name
def test_body_words():
    for n in ("Universiteit Utrecht", "Polish Academy", "Velux Foundations", "Innovation Norway",
              "Legal Intervention"):
        assert body_words(n), n
    for n in ("Anna Kowalska", "Helen Clark", "Carlos Mendoza Rivera", "Олена Фонд", "Clement Smith"):
        assert not body_words(n), n


def test_cut_three_word_name():
    ps = [PersonRef("Maria Fernanda", "other", None, None, None),
          PersonRef("Maria Fernanda Gómez", "expert", None, None, None),
          PersonRef("Anna Lis", "expert", None, None, None)]
    assert [p.name for p in _cut_names(ps)] == ["Maria Fernanda Gómez", "Anna Lis"]
