"""Round 42: a name wrapped over a line in hard-wrapped text is read whole: a quoted programme's
name (funding), a person's name whose first name is from the East (Latin or Cyrillic letters)."""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.wrapnames import join_broken_names
from ngo_atlas.extract.wrapquotes import join_wrapped_quotes
from ngo_atlas.model import Document


def _j(text: str) -> str:
    return join_wrapped_quotes(text, 0, len(text))


def test_quoted_programme_wrapped_over_a_line_is_joined():
    t = "Zajęcia sfinansowała Fundacja Orlen w ramach programu „Moje miejsce\nna Ziemi” (kwota 12 000 zł)."
    assert _j(t) == t.replace("\n", " ")
    assert len(_j(t)) == len(t)


def test_guillemets_and_english_quotes_too():
    assert _j("z konkursu «Nowi\nSąsiedzi» w 2023 r.") == "z konkursu «Nowi Sąsiedzi» w 2023 r."
    assert _j("under the “Safe\nHaven” programme") == "under the “Safe Haven” programme"


def test_two_quotes_on_two_lines_are_not_paired():
    t = "Projekty „Dom\n„Sąsiedzi” i inne."
    assert _j(t) == t


def test_hyphenated_word_and_sentence_end_and_blank_line_are_left():
    for t in ("tytuł „Otwarte Drzwi w Kiel-\ncach” x", "cytat „Koniec.\nNowy” x", "„Ala ma\n\nkota” x",
              "słowo „mała\nlitera” x"):
        assert _j(t) == t


def test_long_run_is_no_quoted_name():
    t = "„" + "Słowo " * 20 + "\nreszta”"
    assert _j(t) == t


def _programmes(text: str) -> set:
    ex = extract_document(Document("t.txt", "t.txt", text))
    return {f.programme for p in ex.projects for f in p.funding}


def test_programme_read_whole_across_the_wrap():
    text = ("Projekt „Lekcje bez granic” dla dzieci z Ukrainy w Szczecinie\n\n"
            "Stowarzyszenie Wspólna Szkoła prowadziło w roku szkolnym 2023/2024 zajęcia wyrównawcze dla\n"
            "uczniów z doświadczeniem migracji. Przedsięwzięcie sfinansowano ze środków Fundacji PZU\n"
            "w ramach programu „Razem dla\n"
            "szkoły” – kwota dotacji wyniosła 45 000 zł, a zajęcia objęły 60 uczniów w czterech szkołach.\n")
    assert "Razem dla szkoły" in _programmes(text)


# a person's first name from the East at a line's end, the surname opening the next line
def test_latin_spelt_eastern_first_name_joined_with_the_surname():
    t = "Punkt informacyjny działał do końca roku. Koordynatorką punktu była Oksana\nHrytsenko (tel. 501 222 333)."
    assert join_broken_names(t, 0, len(t)) == t.replace("\n", " ")


def test_cyrillic_first_name_joined_with_the_surname():
    t = "Запис на консультації: info@przystan.org або тел. 512 000 111 (Ірина\nБондаренко, координаторка)."
    assert join_broken_names(t, 0, len(t)) == t.replace("\n", " ")


def test_first_name_before_a_label_or_common_word_is_not_joined():
    for t in ("Zapisy przyjmuje Oksana\nKontakt: 22 111 22 33", "Телефон: Тамара\nКоординатор проекту",
              "Партнер: Київ\nЛьвів та інші міста", "Lublin Iryna\nMelnyk"):
        assert join_broken_names(t, 0, len(t)) == t
