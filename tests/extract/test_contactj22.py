"""Round 22, contacts: the organisation's standing calls (texts in our own wording).

A call for volunteers ("Szukamy wolontariuszy", "We are looking for volunteers", "Шукаємо
волонтерів") or an invitation to bring a project of one's own ("Masz pomysł na wspólny
projekt?") takes offers for the body: its mailbox is no contact of the project. Joining the
project itself, seeking partners for it and a page calling the project "nowy" stay contacts."""

from ngo_atlas.extract.people import _site_function
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document

_PL = ("Projekt „Zielony Most” realizuje Stowarzyszenie Sąsiedzi z Kalisza od marca 2024 do "
       "lutego 2025 r. W ramach projektu prowadzimy kursy języka polskiego dla cudzoziemców.\n\n{}\n")


def _people(text: str) -> list:
    ex = extract_document(Document("c.txt", "c.txt", text))
    return [(q.name, q.email) for p in ex.projects for q in p.people]


def _call(t: str, mail: str) -> bool:
    return _site_function(t, t.index(mail), mail)


def test_call_for_volunteers_is_the_bodys():
    t = "Szukamy wolontariuszy!\nPotrzebujemy ludzi na dwie godziny w tygodniu. Zgłoszenia: pomoc@sasiedzi.org.pl"
    assert _call(t, "pomoc@sasiedzi.org.pl")
    t = "Dyżury: szukamy osób chętnych do pomocy w punkcie. Zgłoszenia: dyzury@sasiedzi.org.pl"
    assert _call(t, "dyzury@sasiedzi.org.pl")
    t = "Zostańcie wolontariuszami – napiszcie: ludzie@sasiedzi.org.pl"
    assert _call(t, "ludzie@sasiedzi.org.pl")
    t = "We are looking for volunteers for the summer fair. Write to help@neighbours.org"
    assert _call(t, "help@neighbours.org")
    t = "Шукаємо волонтерів для осінніх занять. Пишіть: help@susidy.org.ua"
    assert _call(t, "help@susidy.org.ua")


def test_invitation_to_a_project_of_ones_own_is_the_bodys():
    t = "Macie pomysł na wspólny projekt? Odezwijcie się: razem@sasiedzi.org.pl"
    assert _call(t, "razem@sasiedzi.org.pl")
    t = "Szukamy szkół i gmin do nowych projektów. Kontakt: razem@sasiedzi.org.pl"
    assert _call(t, "razem@sasiedzi.org.pl")
    t = "Got an idea for a joint project? Drop us a line: ideas@neighbours.org"
    assert _call(t, "ideas@neighbours.org")
    text = _PL.format("Masz pomysł na wspólny projekt? Napisz: razem@sasiedzi.org.pl")
    assert (None, "razem@sasiedzi.org.pl") not in _people(text)


def test_joining_the_project_stays_a_contact():
    t = "Chcesz dołączyć do kursu albo zostać wolontariuszem? Napisz: kurs@sasiedzi.org.pl"
    assert not _call(t, "kurs@sasiedzi.org.pl")
    t = "Szukamy partnerów, którzy pomogą utrzymać kursy. Kontakt: kurs@sasiedzi.org.pl"
    assert not _call(t, "kurs@sasiedzi.org.pl")
    t = "Nowy projekt dla rodzin z dziećmi rusza w maju. Pytania: Ewa Lis, e.lis@sasiedzi.org.pl"
    assert not _call(t, "e.lis@sasiedzi.org.pl")
    text = _PL.format("Zapisy na kurs: kurs@sasiedzi.org.pl")
    assert (None, "kurs@sasiedzi.org.pl") in _people(text)
