"""Round 22, dates (DATES-J): items of a list or rows of a table take the period the text above
them says they run in, when that sentence names them in the plural with a verb or noun of
running and holds both ends ("Zadania będą realizowane od … do …", "Termin realizacji projektów:
…", "Realizacja grantów rozpocznie się … i zakończy …", "The projects run from … to …"). A lone
start ("Od 2010 roku realizujemy projekty") or the posting's date gives the items nothing.
Texts in our own wording."""

from ngo_atlas.extract.dates import items_run_period
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _dates(text: str) -> list[tuple]:
    ex = extract_document(Document("f.txt", "f.txt", text))
    return [(p.start, p.end) for p in ex.projects]


_TABLE = ("Wyniki naboru na zadania z zakresu wsparcia cudzoziemców\n\n"
          "Opublikowano: 03.02.2025\n\n"
          "Burmistrz Miasta Kalisza informuje o wynikach otwartego konkursu ofert. {intro}\n\n"
          "Lp. | Oferent | Nazwa zadania | Kwota dotacji (zł)\n"
          "1 | Stowarzyszenie Zielony Most | Kawiarenka językowa dla dorosłych cudzoziemców | 50 000,00\n"
          "2 | Fundacja Nowy Dom | Poradnik prawny dla rodzin z Ukrainy | 40 000,00\n")


def test_rows_take_the_period_their_tasks_run_in():
    rows = _dates(_TABLE.format(intro="Zadania będą realizowane w terminie od 1 marca do 30 listopada 2025 r."))
    assert rows == [("2025-03-01", "2025-11-30")] * 2


def test_a_labelled_period_of_the_projects():
    rows = _dates(_TABLE.format(intro="Termin realizacji projektów: od 15 lutego 2025 r. do 15 grudnia 2025 r."))
    assert rows == [("2025-02-15", "2025-12-15")] * 2


def test_a_start_and_a_coordinated_end():
    rows = _dates(_TABLE.format(intro="Realizacja grantów rozpocznie się 1 kwietnia 2025 r. "
                                      "i zakończy 31 stycznia 2026 r."))
    assert rows == [("2025-04-01", "2026-01-31")] * 2


def test_a_lone_start_of_the_body_is_no_period_of_the_items():
    t = "O nas\nOd 2010 roku realizujemy projekty dla migrantów.\n"
    assert items_run_period(t, 0, len(t)) is None


def test_a_period_not_said_of_the_items_gives_nothing():
    rows = _dates(_TABLE.format(intro="Nabór ofert trwał od 2 do 20 stycznia 2025 r."))
    assert rows == [(None, None)] * 2


def test_english_and_cyrillic_sentences():
    t = "Intro.\nThe selected projects run from 1 May 2025 to 31 October 2025.\n"
    s, e = items_run_period(t, 0, len(t))
    assert (s.iso(), e.iso()) == ("2025-05-01", "2025-10-31")
    t = "Відібрані проєкти реалізуються з 1 травня 2025 р. до 31 жовтня 2025 р.\n"
    s, e = items_run_period(t, 0, len(t))
    assert (s.iso(), e.iso()) == ("2025-05-01", "2025-10-31")
