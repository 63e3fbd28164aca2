"""Organisations, round 22 (ORG-L): a body that lends the project its rooms or hosts it is an
organisation with role "other": the subject of a verb of lending premises ("Salę udostępnił X",
"Y użyczyła nam lokalu", "Z безкоштовно надало приміщення", "W бесплатно предоставило
помещение"), the agent of "hosted by", and a place of the activities whose relative clause lends
its rooms ("w Centrum X, które udostępnia nam salę"). A lending verb with no premises noun
("udostępnił dane") names no lender; a body brought in as a partner stays a partner."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.venues import premises_lenders, relative_role
from ngo_atlas.ingest.text import normalize_text
from ngo_atlas.model import Document, OrgRef


def _orgs(text: str) -> dict[str, str]:
    ex = extract_document(Document("x", "x.txt", normalize_text(text)))
    return {o.name: o.role for p in ex.projects for o in p.organizations}


PL = ("Projekt „Wspólny stół”\n\n"
      "Projekt realizuje Fundacja Cicha Zatoka od marca do grudnia 2024 roku. "
      "Partnerem projektu jest Stowarzyszenie Dobry Sąsiad, które udostępnia nam świetlicę. "
      "Pomieszczenia na warsztaty nieodpłatnie udostępniło Centrum Kultury Zielony Dworzec "
      "oraz Miejski Dom Sąsiedzki Parkowa. Stowarzyszenie Ogród Miejski użyczyło nam sali gimnastycznej. "
      "Spotkania odbywały się też w Bibliotece Publicznej Pod Lipami, która udostępniała nam salkę. "
      "Gminny Ośrodek Pomocy Społecznej udostępnił dane o liczbie rodzin.\n")


def test_polish_lenders_are_other():
    o = _orgs(PL)
    assert o.get("Fundacja Cicha Zatoka") == "lead"
    assert o.get("Stowarzyszenie Dobry Sąsiad") == "partner"  # a partner that also lends stays one
    assert o.get("Centrum Kultury Zielony Dworzec") == "other"  # subject after the verb
    assert o.get("Miejski Dom Sąsiedzki Parkowa") == "other"  # joined to it
    assert o.get("Stowarzyszenie Ogród Miejski") == "other"  # subject before the verb
    assert o.get("Biblioteka Publiczna Pod Lipami") == "other"  # the place, in a relative clause
    assert "Gminny Ośrodek Pomocy Społecznej" not in o  # data, not premises: no lender


def _lent(text: str, ms: list[tuple[int, int]]) -> list[str]:
    return [o.name for o in premises_lenders(text, 0, len(text), ms, lambda a, b: OrgRef(text[a:b], "other"))]


def test_cyrillic_subject_lends():
    t = "Крім того, Управління освіти міста Рівне (Urząd X) безкоштовно надало приміщення для занять."
    a = t.index("Управління")
    assert _lent(t, [(a, t.index(" (Urząd"))]) == ["Управління освіти міста Рівне"]
    r = "Дополнительно Областное управление культуры бесплатно предоставило залы для встреч."
    a = r.index("Областное")
    assert _lent(r, [(a, r.index(" бесплатно"))]) == ["Областное управление культуры"]
    # help, not premises: no lender
    h = "Управління освіти міста Рівне надало допомогу родинам."
    assert _lent(h, [(0, h.index(" надало"))]) == []


def test_hosted_by():
    t = "The closing seminar was hosted by the Northern Arts University in Tromsø on 5 May."
    a = t.index("Northern")
    assert _lent(t, [(a, t.index(" in Tromsø"))]) == ["Northern Arts University"]


def test_relative_role_needs_place_and_premises():
    t = "Zajęcia odbywają się w Domu Kultury Świt, który udostępnia nam salę."
    a = t.index("Domu")
    assert relative_role(t, 0, a, "udostępnia nam salę") == "other"
    u = "Współpracujemy z Domem Kultury Świt, który udostępnia nam salę."
    assert relative_role(u, 0, u.index("Domem"), "udostępnia nam salę") == "partner"
    assert relative_role(t, 0, a, "prowadzi zajęcia dla dzieci") == "partner"
