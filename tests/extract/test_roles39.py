"""Round 39 (roles): readers commenting under a social-media post are no project people; a
spokesperson on a contact line is whom the press writes to (a contact), one quoted in prose is not
a project person; a couple's name in the plural or a patron's name heading a place is no person."""

import pytest

from ngo_atlas.extract.commentthread import thread_start
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _people(text: str) -> dict:
    ex = extract_document(Document("t.txt", "t.txt", text))
    return {p.name: p.role for pr in ex.projects for p in pr.people if p.name}


_POST = ("Stowarzyszenie Otwarty Dom Kalisz\n3 dni · 🌐\n\n"
         "Ruszył nasz projekt „Sąsiedzka Kuchnia” dla rodzin z Ukrainy i Polski! Warsztaty kulinarne "
         "prowadzi psycholożka Marta Wilczek, a koordynatorką projektu jest Oksana Melnyk. Projekt "
         "finansuje Fundacja PZU.\n\n👍❤️ 96 · 14 komentarzy · 7 udostępnień\n\n")


@pytest.mark.parametrize("bar,reply", [
    ("Lubię to! · Komentarz · Udostępnij", "Lubię to! · Odpowiedz · 2 d"),
    ("Like · Comment · Repost · Send", "Like · Reply · 5d"),
    ("Подобається · Коментувати · Поділитися", "Подобається · Відповісти · 3 дн."),
])
def test_a_reader_commenting_under_the_post_is_no_project_person(bar, reply):
    text = (_POST + bar + "\n\nNajtrafniejsze ▾\n\nJolanta Brzezińska\nSuper, zapiszę się z mamą!\n"
            + reply + "\n\nTomasz Wrona\nGratulacje dla całej ekipy!\n" + reply + "\n")
    got = _people(text)
    assert "Jolanta Brzezińska" not in got and "Tomasz Wrona" not in got
    assert got.get("Oksana Melnyk") == "coordinator" and got.get("Marta Wilczek") == "expert"


def test_a_commenter_the_post_itself_names_stays():
    text = (_POST + "Lubię to! · Komentarz · Udostępnij\n\nOksana Melnyk\nDziękuję wszystkim! Do zobaczenia!\n"
            "Lubię to! · Odpowiedz · 1 d\n")
    assert _people(text).get("Oksana Melnyk") == "coordinator"


def test_no_thread_without_a_bar_or_a_reply():
    # a page that only mentions comments ("Komentarze (3)") has no thread below a post
    text = "Projekt realizuje Fundacja Most.\nKomentarze (3)\nKoordynatorka projektu: Anna Lis\n"
    assert thread_start(text) is None


@pytest.mark.parametrize("line,name", [
    ("Rzeczniczka prasowa: Yana Bondar, media@rownoscteraz.pl", "Yana Bondar"),
    ("Michał Trzaska, rzecznik prasowy Fundacji Dobry Start", "Michał Trzaska"),
    ("Kontakt dla mediów: Tomasz Mierzwa, rzecznik prasowy, media@wolnosc.org.pl, tel. 600 123 987",
     "Tomasz Mierzwa"),
])
def test_a_spokesperson_on_a_contact_line_is_the_contact(line, name):
    text = ("Projekt „Równi w pracy” realizuje Fundacja Równość Teraz z Poznania w latach 2024–2025. "
            "Koordynatorką projektu jest Anna Kowal.\n\n" + line + "\n")
    assert _people(text).get(name) == "contact"


def test_a_spokesperson_quoted_in_prose_is_no_project_person():
    text = ("Projekt „Równi w pracy” realizuje Fundacja Równość Teraz z Poznania w latach 2024–2025. "
            "Koordynatorką projektu jest Anna Kowal. Jak poinformował rzecznik prasowy wojewody Marek "
            "Zając, urząd nie planuje zmian w obsłudze cudzoziemców.\n")
    assert "Marek Zając" not in _people(text)


@pytest.mark.parametrize("sentence,name", [
    ("Projekt sfinansowano ze środków Fundacji im. Hanny i Jerzego Wolskich.", "Jerzy Wolskich"),
    ("Проект поддерживает Фонд Ирены и Ежи Ковальских.", "Ежи Ковальских"),
    ("Meeting point: Adam Mickiewicz Monument, Main Market Square.", "Adam Mickiewicz"),
    ("Workshops take place in the Zbigniew Herbert Provincial Public Library.", "Zbigniew Herbert"),
])
def test_a_name_inside_a_body_or_place_name_is_no_person(sentence, name):
    text = ("Projekt „Nowi sąsiedzi” realizuje Stowarzyszenie Most w Gorzowie. Koordynatorką projektu "
            "jest Anna Kowal. " + sentence + "\n")
    got = _people(text)
    assert name not in got and got.get("Anna Kowal") == "coordinator"


@pytest.mark.parametrize("sentence,name", [
    ("W punkcie dyżuruje mediatorka kulturowa Halyna Petrenko.", "Halyna Petrenko"),
    ("Mediator międzykulturowy: Ahmad Rezai", "Ahmad Rezai"),
    ("Mediatorami w projekcie byli: Olena Bondar i Iryna Koval.", "Iryna Koval"),
])
def test_a_cultural_mediator_is_a_part_in_the_project_not_an_expert(sentence, name):
    text = ("Projekt „Szkoła dla wszystkich” realizuje Fundacja Most w Poznaniu. Koordynatorką projektu "
            "jest Anna Kowal.\n" + sentence + "\n")
    assert _people(text).get(name) == "other"


def test_a_mediator_leading_a_training_in_a_list_stays_an_expert():
    text = ("Projekt „Szkoła dla wszystkich” realizuje Fundacja Most w Poznaniu. Koordynatorką projektu "
            "jest Anna Kowal. Szkolenia prowadzą dr Ewa Nowicka (Uniwersytet Adama Mickiewicza) i "
            "Oleh Marchenko, mediator międzykulturowy.\n")
    got = _people(text)
    assert got.get("Ewa Nowicka") == "expert" and got.get("Oleh Marchenko") == "expert"


def test_a_person_written_in_prose_below_the_bar_is_no_commenter():
    # a page of several posts: the next post's people stand in sentences, not opening a comment's line
    text = (_POST + "Lubię to! · Komentarz · Udostępnij\n\nTomasz Wrona\nGratulacje!\nLubię to! · Odpowiedz · 2 d\n\n"
            "Stowarzyszenie Otwarty Dom Kalisz\n5 dni · 🌐\nW sobotę warsztaty plastyczne poprowadzi "
            "trenerka Beata Sowa z Fundacji Kolory.\n")
    got = _people(text)
    assert "Tomasz Wrona" not in got and got.get("Beata Sowa") == "expert"


def test_a_russian_surname_in_ikh_alone_is_a_person():
    text = ("Проект «Новые соседи» реализует Фонд «Мост» в Гданьске. Координатор проекта — Анна Ковальская. "
            "Консультации для семей проводит психолог Ольга Белоусских.\n")
    assert _people(text).get("Ольга Белоусских") == "expert"
