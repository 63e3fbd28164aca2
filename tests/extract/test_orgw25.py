"""Organisations, round 25 (ORG-W): a prose sentence that names a CLASS of bodies before a colon
("w trzech szkołach: Szkole Podstawowej nr 7, …", "z organizacji migranckich: Fundacji X oraz
Stowarzyszenia Y", "в трьох школах-партнерах: Початковій школі № 49 …", "partner organisations:
A, B and C") lists bodies in the case the frame governs: each is read in the nominative, with the
role the frame gives (a member noun `member`, an observer noun `other`, an organiser noun `lead`,
any other class `partner`); people, places, labels and paying or thanking frames stay out."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.ingest.text import normalize_text
from ngo_atlas.model import Document


def _orgs(text: str) -> set[tuple[str, str]]:
    ex = extract_document(Document("x", "x.txt", normalize_text(text)))
    return {(o.name, o.role) for p in ex.projects for o in p.organizations}


PL_HEAD = ("Projekt „Sąsiedzi bez granic” realizuje od 1 kwietnia 2024 r. do 31 marca 2025 r. "
           "Stowarzyszenie Zielony Most. Projekt finansuje Fundacja Północny Brzeg.\n\n")


def test_locative_schools_after_a_counted_class_noun():
    got = _orgs(PL_HEAD + "Zajęcia odbywają się w dwóch kaliskich szkołach: Szkole Podstawowej nr 12 "
                          "i XIV Liceum Ogólnokształcącym.\n")
    assert {("Szkoła Podstawowa nr 12", "partner"), ("XIV Liceum Ogólnokształcące", "partner")} <= got


def test_genitive_items_after_a_class_noun_with_an_adjective():
    got = _orgs(PL_HEAD + "Warsztaty prowadzą trenerzy z organizacji migranckich: Fundacji Dalekie Pola "
                          "oraz Stowarzyszenia Nowa Przystań.\n")
    assert {("Fundacja Dalekie Pola", "partner"), ("Stowarzyszenie Nowa Przystań", "partner")} <= got


def test_observers_have_role_other():
    got = _orgs(PL_HEAD + "W pracach sieci uczestniczą jako obserwatorzy: Urząd Miasta Sieradza oraz "
                          "Fundacja Szeroki Horyzont.\n")
    assert {("Urząd Miasta Sieradza", "other"), ("Fundacja Szeroki Horyzont", "other")} <= got


def test_ukrainian_partner_schools_in_the_locative():
    uk = ("Проєкт «Разом у школі» реалізує Фундація «Тихий берег» з 1 вересня 2024 року. Заняття "
          "відбуватимуться в двох школах-партнерах: Початковій школі № 17 у Сопоті та Початковій школі "
          "№ 5 у Гдині, а також онлайн.\n")
    got = _orgs(uk)
    assert ("Початкова школа № 17 у Сопоті", "partner") in got
    assert ("Початкова школа № 5 у Гдині", "partner") in got


def test_ukrainian_partner_adjective_then_lower_case_school_heads():
    uk = ("Проєкт «Разом у школі» реалізує Фундація «Тихий берег» з 1 вересня 2024 року. Партнерські "
          "школи, у яких працювали асистенти, зокрема: Початкова школа № 40, Ліцей № 9 у Сопоті.\n")
    got = _orgs(uk)
    assert ("Початкова школа № 40", "partner") in got


def test_english_partner_organisations():
    en = ("The project \"Open Doors\" is run by the Bright Harbour Foundation from March 2024 to "
          "February 2025. It is carried out together with three partner organisations: Hill Street "
          "Association, Northern Lights Foundation and Green Valley Institute.\n")
    got = _orgs(en)
    assert {("Hill Street Association", "partner"), ("Northern Lights Foundation", "partner"),
            ("Green Valley Institute", "partner")} <= got


def test_people_after_a_class_noun_stay_out():
    got = _orgs(PL_HEAD + "Zajęcia prowadzą lektorki z naszych szkół: Ewa Marciniak i Halina Dudek.\n")
    assert not any("Marciniak" in n or "Dudek" in n for n, _ in got)


def test_towns_listed_as_members_stay_out():
    got = _orgs(PL_HEAD + "Obok Sieradza w sieci członków znalazły się miasta: Lipsk, Bergamo i Tampere.\n")
    assert not any(n in ("Lipsk", "Bergamo", "Tampere") for n, _ in got)


def test_a_short_label_is_not_a_prose_frame():
    got = _orgs(PL_HEAD + "Patroni medialni: Radio Sieradz, Gazeta Kaliska.\n")
    assert ("Radio Sieradz", "partner") not in got


def test_a_paying_frame_gives_no_partners():
    got = _orgs(PL_HEAD + "Projekt wspierają finansowo także fundacje: Fundacja Dobry Kamień i "
                          "Fundacja Złoty Kłos.\n")
    assert ("Fundacja Dobry Kamień", "partner") not in got


def test_thanked_partners_in_the_dative():
    got = _orgs(PL_HEAD + "Dziękujemy naszym partnerom: Spółdzielni Mieszkaniowej „Zacisze”, Zakładowi "
                          "Gospodarowania Nieruchomościami w Dzielnicy Wola oraz Ośrodkowi Pomocy Społecznej.\n")
    assert ("Zakład Gospodarowania Nieruchomościami w Dzielnicy Wola", "partner") in got


def test_a_word_of_inclusion_in_place_of_the_colon():
    got = _orgs(PL_HEAD + "Do współpracy zaproszono też kaliskie organizacje pozarządowe, w tym Fundację "
                          "Jasna Droga i Stowarzyszenie Pod Lipami.\n")
    assert {("Fundacja Jasna Droga", "partner"), ("Stowarzyszenie Pod Lipami", "partner")} <= got


def test_russian_member_organisations():
    ru = ("Проект «Город для всех» длится с 1 марта 2024 года до 28 февраля 2025 года. Проект реализует "
          "Фонд «Тихая гавань». В коалицию вошли организации-члены: Ассоциация «Широкая дорога» и "
          "Фонд «Светлый берег».\n")
    got = _orgs(ru)
    assert any(r == "member" and "Широкая дорога" in n for n, r in got)
    assert any(r == "member" and "Светлый берег" in n for n, r in got)


def test_a_capitalised_body_before_the_colon_is_no_class():
    got = _orgs(PL_HEAD + "Koordynatorka projektu ze strony Urzędu: Małgorzata Szewczyk, Referat ds. "
                          "Cudzoziemców, Wydział Spraw Społecznych.\n")
    assert not any(n.startswith("Wydział Spraw") for n, _ in got)


def test_a_networks_bodies_are_its_members():
    got = _orgs(PL_HEAD + "W sieci wsparcia działają trzy lokalne organizacje: Fundacja Cichy Port i "
                          "Stowarzyszenie Lipowy Dwór.\n")
    assert {("Fundacja Cichy Port", "member"), ("Stowarzyszenie Lipowy Dwór", "member")} <= got


def test_a_labels_colon_is_left_to_the_label_reader():
    from ngo_atlas.extract.labels import find_labels
    from ngo_atlas.extract.organisations import find_organisations

    text = "Donor project partner: Northern Lights Foundation\n"
    got = [(o.name, o.role) for o in find_organisations(text, 0, len(text), find_labels(text), "en")]
    assert got == [("Northern Lights Foundation", "partner")]
