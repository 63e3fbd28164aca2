"""Round 41 (struct): page structures read wrongly as a whole — one project read as two
records, an event named for its own project, a report's contents read as its sections."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.samename import one_project_twice, within
from ngo_atlas.model import Document, OrgRef, Project


def _projects(text: str, name: str = "t.txt"):
    return extract_document(Document(name, name, text)).projects


# --- one project under a short name and its full name --------------------------------------

def test_a_short_name_over_the_full_one_folds_into_one_record():
    a = Project(title="MOSTY NAD ODRĄ", start="2024-03", organizations=[OrgRef("Fundacja Brzeg", "lead")])
    b = Project(title="Mosty nad Odrą. Lubuska sieć wsparcia dla cudzoziemców",
                organizations=[OrgRef("Gmina Słubice", "partner")])
    ps = [a, b]
    one_project_twice(ps)
    assert len(ps) == 1
    assert ps[0].title == "Mosty nad Odrą. Lubuska sieć wsparcia dla cudzoziemców"
    assert ps[0].start == "2024-03"
    assert {o.name for o in ps[0].organizations} == {"Fundacja Brzeg", "Gmina Słubice"}


def test_the_same_title_twice_folds():
    ps = [Project(title="Punkty Porad dla Cudzoziemców na Opolszczyźnie"),
          Project(title="Punkty Porad dla Cudzoziemców na Opolszczyźnie", end="2025-12")]
    one_project_twice(ps)
    assert len(ps) == 1 and ps[0].end == "2025-12"


def test_two_editions_of_one_scheme_stay_two():
    for second in ("Akademia Mediatorów Kulturowych – edycja 2", "Akademia Mediatorów Kulturowych II",
                   "Akademia Mediatorów Kulturowych – etap drugi", "Akademia Mediatorów Kulturowych 2025"):
        ps = [Project(title="Akademia Mediatorów Kulturowych"), Project(title=second)]
        one_project_twice(ps)
        assert len(ps) == 2, second


def test_different_projects_and_lists_stay_apart():
    ps = [Project(title="Klub Mam"), Project(title="Szkoła dla wszystkich – asystenci w Łodzi")]
    one_project_twice(ps)
    assert len(ps) == 2
    three = [Project(title="Mosty"), Project(title="Mosty nad Odrą"), Project(title="Klub Mam")]
    one_project_twice(three)  # a list of three: the splitter's reading stands
    assert len(three) == 3


def test_within_needs_two_words_and_reads_stems():
    assert within("Wrocław – wspólne miasto", "Wspólne miasto – integracja sąsiedzka we Wrocławiu")
    assert not within("Mozaika", "Punkt Mozaika we Wrocławiu")
    assert not within("Opole Wielu Kultur", "Opolskie Forum Integracji")


# --- an event whose quoted name is its project's own ----------------------------------------

_EVENT = ("Dom Kultury Północ – wydarzenia\n\n"
          "FESTIWAL „{name}” 2024\n"
          "sobota, 8 czerwca 2024, Park Miejski\n\n"
          "Zapraszamy na festiwal sąsiadów z wielu krajów. Festiwal jest częścią projektu "
          "„{project}”, który od marca 2024 do lutego 2025 realizuje Fundacja Nowy Sąsiad.\n\n"
          "Projekt finansuje Gmina Miasta Torunia.\n")


def test_an_event_named_for_its_project_is_one_record():
    ps = _projects(_EVENT.format(name="Toruń – wspólne miasto",
                                 project="Wspólne miasto – integracja sąsiedzka w Toruniu"))
    assert [p.title for p in ps] == ["Wspólne miasto – integracja sąsiedzka w Toruniu"]


def test_an_event_with_a_name_of_its_own_stays_a_second_record():
    ps = _projects(_EVENT.format(name="Smaki Świata",
                                 project="Wspólne miasto – integracja sąsiedzka w Toruniu"))
    assert len(ps) == 2


# --- a report's table of contents is no run of sections -------------------------------------

_REPORT = """SPRAWOZDANIE MERYTORYCZNE
Stowarzyszenie Dobry Sąsiad za rok 2024

Spis treści
1. O Stowarzyszeniu .............................................. 2
2. Projekty realizowane w 2024 roku ................................ 3
   2.1. Punkt Porad w Olsztynie .................................... 3
   2.2. Polski przy herbacie ....................................... 4
3. Finanse ........................................................ 5

1. O Stowarzyszeniu
Stowarzyszenie działa w Olsztynie od 2016 roku.

2. Projekty realizowane w 2024 roku

2.1. Punkt Porad w Olsztynie
Okres realizacji: 01.01.2024–31.12.2024
Źródło finansowania: Fundusz Azylu, Migracji i Integracji
Porady prawne i zawodowe dla cudzoziemców.

2.2. Polski przy herbacie
Okres realizacji: 01.03.2024–30.11.2024
Źródło finansowania: Gmina Olsztyn, kwota dotacji 42 000 zł
Kursy języka polskiego dla dorosłych.

3. Finanse
Przychody ogółem: 512 000 zł.
"""


def test_contents_entries_are_not_the_sections():
    ps = _projects(_REPORT)
    assert [p.title for p in ps] == ["Punkt Porad w Olsztynie", "Polski przy herbacie"]
    assert [p.start for p in ps] == ["2024-01-01", "2024-03-01"]


def test_a_single_project_page_with_activity_headings_stays_one():
    ps = _projects("Projekt „Razem w Elblągu”\n\nProjekt realizujemy od 1 lutego 2024 r. do 31 "
                   "stycznia 2025 r. dzięki dotacji Gminy Miasta Elbląg.\n\nWarsztaty językowe\n"
                   "Zajęcia dwa razy w tygodniu.\n\nPiknik sąsiedzki\nW czerwcu zapraszamy "
                   "wszystkich mieszkańców.\n")
    assert len(ps) == 1


def test_a_page_with_no_project_stays_empty():
    assert _projects("Koalicja Otwarty Region\n\nO KOALICJI\n\nJesteśmy nieformalną siecią "
                     "organizacji. Nie jesteśmy projektem i nie mamy stałego finansowania.\n") == []


# --- a team's cards between dividers are people, not projects -------------------------------

_CARDS = """Stowarzyszenie Most
Projekty » Razem w Gnieźnie » Zespół

Zespół projektu
Projekt „Razem w Gnieźnie” realizujemy z partnerami od 2024 roku.

-----------------------------
Koordynatorka projektu
mgr Anna Lis
e-mail: a.lis@most.org.pl
Odpowiada za działania projektowe.
-----------------------------
Doradca zawodowy
Piotr Kmiecik
Dyżury w poniedziałki.
-----------------------------
Psycholożka
Olena Bondar
Konsultacje po ukraińsku.
-----------------------------
"""


def test_team_cards_between_dividers_are_one_project():
    ps = _projects(_CARDS)
    assert [p.title for p in ps] == ["Razem w Gnieźnie"]
    assert {x.name for x in ps[0].people} >= {"Anna Lis", "Piotr Kmiecik"}


def test_project_cards_between_dividers_stay_a_list():
    ps = _projects("Nasze projekty\n\n-----\nKlub Mam z Ukrainy\nSpotkania dla matek, projekt "
                   "finansuje Gmina Gniezno.\n-----\nPolski na start\nKursy języka, projekt "
                   "finansuje Fundacja Batorego.\n-----\nPrawnik na dyżurze\nPorady prawne, projekt "
                   "finansuje Województwo Wielkopolskie.\n-----\n")
    assert len(ps) == 3
