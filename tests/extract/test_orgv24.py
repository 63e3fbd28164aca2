"""ORG-V (round 24): a body named by its short form takes the full name the page spells."""
from ngo_atlas.extract.fullnames import expand
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.ingest.text import normalize_text
from ngo_atlas.model import Document, OrgRef


def _orgs(t):
    ex = extract_document(Document("x", "x.txt", normalize_text(t)))
    return {o.name: o.role for p in ex.projects for o in p.organizations}


def _expanded(text, name, lang="pl"):
    o = OrgRef(name, "lead", None)
    expand(text, [o], lang)
    return o.name


def test_full_name_in_a_footer_polish():
    t = ("Projekt „Wspólny stół”\n\nStowarzyszenie Kotwica realizuje projekt „Wspólny stół” od marca "
         "2024 r. Zajęcia dla dzieci z Ukrainy prowadzą wolontariusze.\n\n"
         "Stowarzyszenie na rzecz Integracji Cudzoziemców Kotwica\nul. Długa 5, Olsztyn\n")
    assert _orgs(t).get("Stowarzyszenie na rzecz Integracji Cudzoziemców Kotwica") == "lead"


def test_full_name_inflected_and_quoted():
    t = "Sprawozdanie z działalności Fundacji Pomocy Rodzinom Migrantów „Przystań” za 2023 rok."
    assert _expanded(t, "Fundacja Przystań") == "Fundacja Pomocy Rodzinom Migrantów Przystań"


def test_cyrillic_full_names():
    uk = "Фонд підтримки громадських ініціатив «Світанок» працює з 2015 року."
    assert _expanded(uk, "Фонд Світанок", "uk") == "Фонд підтримки громадських ініціатив Світанок"
    ru = "Фонд против торговли людьми «Ласточка» — наш партнёр."
    assert _expanded(ru, "Фонд Ласточка", "ru") == "Фонд против торговли людьми Ласточка"


def test_no_full_name_or_two_bodies_stay():
    # no fuller form on the page
    assert _expanded("Fundacja Przystań prowadzi kursy.", "Fundacja Przystań") == "Fundacja Przystań"
    # a second body of the same kind between head and name: a list, not one name
    t = "Współpracują Fundacja Ocalenie i Fundacja Przystań."
    assert _expanded(t, "Fundacja Przystań") == "Fundacja Przystań"
    # a conjunction before another head word: two bodies of one town
    t = "Projekt wspierają Urząd Miasta Opola i Fundacja Opole."
    assert _expanded(t, "Miasto Opole") == "Miasto Opole"
    # a verb between the head and the name: no name's matter
    t = "Fundacja wspiera Przystań od lat."
    assert _expanded(t, "Fundacja Przystań") == "Fundacja Przystań"
    # two different full forms: which one is meant is unknown
    t = "Fundacja Rozwoju Przystań i Fundacja Pomocy Przystań to dwa ciała."
    assert _expanded(t, "Fundacja Przystań") == "Fundacja Przystań"
