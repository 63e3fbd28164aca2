"""RECORDS (round 34): a grant-giver's results page that numbers its grants ("1. „X” –
Stowarzyszenie Y", "2. …") under the site's masthead, a headline and an intro has one record
per numbered grant: the masthead ("Miejskie Centrum Organizacji Pozarządowych"), the headline
("Wyniki konkursu … – lista dofinansowanych inicjatyw") and a programme quoted in them are no
grant of their own, and the intro's payer reaches every grant. A programme paragraph with its
whole budget stays a record (umbrella). The selection panel ("Komisja grantowa w składzie:
…", "the grant committee of X") names no payer. Texts in our own wording, not the sets'."""
from ngo_atlas.extract.funder_mentions import prose_funders
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _projects(text: str):
    return extract_document(Document("x.txt", "x.txt", text)).projects


_ITEMS = ("1. „Ogródek sąsiedzki”\n"
          "Wnioskodawca: Stowarzyszenie Przyjaciół Osiedla Zielone\n"
          "Kwota dotacji: 8 000 zł\n"
          "Wspólne sadzenie warzyw i ziół z rodzinami z Ukrainy na podwórku przy ul. Polnej.\n\n"
          "2. „Wieczory z kuchnią świata”\n"
          "Wnioskodawca: Fundacja Stół Różnorodności\n"
          "Kwota dotacji: 9 500 zł\n"
          "Pięć spotkań kulinarnych w świetlicy osiedlowej, mieszkańcy gotują potrawy swoich krajów.\n\n"
          "3. „Piłka dla wszystkich”\n"
          "Wnioskodawca: Uczniowski Klub Sportowy Orlik\n"
          "Kwota dotacji: 7 200 zł\n"
          "Cotygodniowe treningi piłkarskie dla dzieci polskich i cudzoziemskich.\n")

_RESULTS = ("Miejskie Centrum Organizacji Pozarządowych\n"
            "Aktualności › Granty\n\n"
            "WYNIKI KONKURSU „SĄSIEDZI RAZEM 2025” – LISTA DOFINANSOWANYCH INICJATYW\n\n"
            "Opublikowano 12.05.2025\n\n"
            "Komisja grantowa w składzie: Anna Przykładowa (Miejskie Centrum Organizacji "
            "Pozarządowych) i Jan Testowy (Urząd Miasta Sieradza) oceniła 19 wniosków. Pieniądze "
            "pochodzą z budżetu Gminy Miasta Sieradza. Wybrane inicjatywy otrzymały dofinansowanie:\n\n"
            + _ITEMS)


def test_masthead_and_headline_over_numbered_grants_are_no_records():
    titles = [p.title for p in _projects(_RESULTS)]
    assert titles == ["Ogródek sąsiedzki", "Wieczory z kuchnią świata", "Piłka dla wszystkich"]


def test_intro_payer_reaches_every_numbered_grant():
    for p in _projects(_RESULTS):
        assert "Gmina Miasta Sieradza" in [f.funder for f in p.funding]


def test_grant_committee_members_are_no_payers():
    for p in _projects(_RESULTS):
        funders = [f.funder for f in p.funding]
        assert "Urząd Miasta Sieradza" not in funders
        assert "Miejskie Centrum Organizacji Pozarządowych" not in funders


def test_programme_paragraph_with_whole_budget_stays_a_record():
    text = ("Fundacja Przykładowa\nStart | O nas | Program | Kontakt\n\n"
            "Znamy wyniki programu „Sąsiedzi Razem” 2025\n\n"
            "Fundacja Przykładowa realizuje w 2025 roku program „Sąsiedzi Razem – mikrogranty dla "
            "gmin powiatu sieradzkiego”, finansowany przez Fundację Wspólnego Dobra. Łączny budżet "
            "programu wynosi 90 000 zł.\n\n"
            "Do dofinansowania wybrano następujące inicjatywy:\n\n" + _ITEMS)
    titles = [p.title for p in _projects(text)]
    assert titles[1:] == ["Ogródek sąsiedzki", "Wieczory z kuchnią świata", "Piłka dla wszystkich"]
    assert titles[0].startswith("Sąsiedzi Razem")


def test_unnumbered_lead_project_over_its_own_bullets_is_kept():
    # a project's page whose activities are numbered keeps its one record
    text = ("Stowarzyszenie Przykładowe – Sieradz\n\n"
            "Projekt „Dom dla Sąsiada” realizujemy od marca do grudnia 2025 r. dzięki dotacji "
            "Gminy Sieradz. W ramach projektu prowadzimy:\n\n"
            "1. Kurs języka polskiego\nZajęcia dwa razy w tygodniu w świetlicy.\n\n"
            "2. Dyżury prawne\nPorady w każdy czwartek.\n")
    titles = [p.title for p in _projects(text)]
    assert titles == ["Dom dla Sąsiada"]


def _prose_funders(text: str) -> list[str]:
    return [f.funder for f in prose_funders(text, 0, len(text), "pl", [])]


def test_panel_adjective_is_no_money_cue():
    assert _prose_funders("Komisja grantowa Fundacji Rozwoju Regionu rozpatrzyła 27 wniosków.") == []
    text = "The grant committee of the Open Doors Foundation reviewed 40 applications."
    assert [f.funder for f in prose_funders(text, 0, len(text), "en", [])] == []


def test_money_word_after_the_panel_still_names_the_payer():
    text = "Komisja grantowa przyznała dotacje ze środków Fundacji Wspólnego Dobra."
    assert "Fundacja Wspólnego Dobra" in _prose_funders(text)


def test_page_project_over_a_numbered_list_of_its_other_projects_is_kept():
    # the text above the list speaks of one project: the page's own, a record of its own,
    # and its payer stays its own
    text = ("Fundacja Przykładowa – Sieradz\nStart | O nas | Projekty | Kontakt\n\n"
            "Dom dla Sąsiada – wsparcie rodzin z Ukrainy\n\n"
            "Projekt „Dom dla Sąsiada – wsparcie rodzin z Ukrainy” realizujemy od 1 marca do 31 "
            "grudnia 2025 r. Projekt jest finansowany przez Gminę Sieradz kwotą 40 000 zł.\n\n"
            "Nasze pozostałe projekty:\n\n"
            "1. „Szkoła Sobotnia”\nOkres realizacji: 2023–2024\nZajęcia dla dzieci w soboty.\n\n"
            "2. „Klub Mam”\nOkres realizacji: 2022–2023\nSpotkania matek z dziećmi.\n\n"
            "3. „Porady prawne”\nOkres realizacji: 2021\nDyżury prawników.\n")
    projects = _projects(text)
    assert projects[0].title == "Dom dla Sąsiada – wsparcie rodzin z Ukrainy"
    assert [p.title for p in projects[1:]] == ["Szkoła Sobotnia", "Klub Mam", "Porady prawne"]
    assert not any(f.funder for p in projects[1:] for f in p.funding)
