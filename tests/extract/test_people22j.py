"""PEOPLE-J (round 22): who put a page up, on its dated metadata line, is no person in the project."""
from ngo_atlas.extract.pagemeta import on_page_meta


def _at(text: str, name: str) -> bool:
    a = text.index(name)
    return on_page_meta(text, a, a + len(name))


def test_date_then_writer():
    assert _at("Nowy rok w szkołach\n3 października 2024, Ewa Kowal\n\nUczniowie wracają.", "Ewa Kowal")


def test_byline_with_reading_time():
    assert _at("Tytuł wpisu\n5 marca 2024 · Jan Nowicki · 6 min czytania\n", "Jan Nowicki")


def test_editor_field_after_modified_date():
    assert _at("Data modyfikacji: 02.11.2022, Redaktorka: Olga Wiśniewska\n", "Olga Wiśniewska")


def test_bulletin_record_with_fields():
    t = "Metryka: sporządził: Wydział Spraw Społecznych | zatwierdziła: Irena Bąk | data: 14.05.2023\n"
    assert _at(t, "Irena Bąk")


def test_name_alone_over_dated_line():
    assert _at("Kursy dla dorosłych\n\nPiotr Zając\n7 maja 2022, 09:10 | aktualizacja: 7 maja 2022, 12:00\n",
               "Piotr Zając")


def test_keyed_name_under_publication_date():
    assert _at("Data publikacji: 2022-04-03, godz. 08:15\nOsoba publikująca: Marek Lis\n", "Marek Lis")


def test_prose_with_a_date_is_no_metadata():
    assert not _at("Warsztaty 12 marca 2024 poprowadzi Anna Nowak z Fundacji.\n", "Anna Nowak")
    assert not _at("Spotkanie odbyło się 4 lipca 2023, a gościem była Maria Sowa.\n", "Maria Sowa")


def test_labelled_person_beside_a_period_is_no_metadata():
    assert not _at("Okres realizacji: marzec 2023 – luty 2024\nTrenerka: Zofia Mazur, psycholożka\n",
                   "Zofia Mazur")
