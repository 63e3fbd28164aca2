"""ORG-R (round 23): the body a report's header or a grant form's name field names leads."""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.reportowner import report_owner
from ngo_atlas.ingest.text import normalize_text
from ngo_atlas.model import Document


def _leads(text: str) -> set[str]:
    ex = extract_document(Document("x", "x.txt", normalize_text(text)))
    return {o.name for p in ex.projects for o in p.organizations if o.role == "lead"}


def test_report_header_genitive_on_next_line():
    t = ("SPRAWOZDANIE MERYTORYCZNE\nz działalności Fundacji Dobrych Sąsiadów „Przystanek”\n"
         "za rok 2024\n\nW 2024 r. Fundacja realizowała projekt „Wspólny stół – kuchnia "
         "sąsiedzka dla cudzoziemców” finansowany przez Gminę Miasto Rzeszów.\n")
    assert report_owner(t, "pl")[1][0] == "Fundacja Dobrych Sąsiadów Przystanek"


def test_report_header_capitals_and_same_line():
    t = "SPRAWOZDANIE MERYTORYCZNE Z DZIAŁALNOŚCI\nSTOWARZYSZENIA POMOCY SĄSIEDZKIEJ ZA ROK 2021\n"
    assert report_owner(t, "pl")[1][0] == "Stowarzyszenie Pomocy Sąsiedzkiej"
    t = "Sprawozdanie roczne Związku Stowarzyszeń Wspólny Dom za 2019 rok\n\nTekst.\n"
    assert report_owner(t, "pl")[1][0].startswith("Związek Stowarzyszeń Wspólny Dom")


def test_report_header_other_languages_and_name_first():
    assert report_owner("Annual report of the Riverside Aid Foundation for 2021\n", "en")[1][0] == \
        "Riverside Aid Foundation"
    assert report_owner("ACTIVITY REPORT 2020          12\nHarbour Migrant Association (HMA)\n",
                        "en")[1][0] == "Harbour Migrant Association"
    assert report_owner("Звіт про діяльність Благодійного фонду «Промінь» за 2022 рік\n", "uk")[1][0] == \
        "Благодійний фонд Промінь"
    assert report_owner("Stowarzyszenie Brama – Raport roczny 2022    str. 3\n", "pl")[1][0] == \
        "Stowarzyszenie Brama"


def test_project_report_and_bare_report_name_no_body():
    assert report_owner("SPRAWOZDANIE Z REALIZACJI PROJEKTU\n„Razem w Lublinie”\n", "pl") is None
    assert report_owner("Sprawozdanie merytoryczne za rok 2020\n\nFundacja X działa.\n", "pl") is None
    assert report_owner("Nasze projekty\n\nRaport roczny Fundacji Y za 2020 (PDF)\n", "pl") is None


def test_form_field_contractor_name_is_lead():
    t = ("SPRAWOZDANIE Z WYKONANIA ZADANIA PUBLICZNEGO\n\n"
         "1. Tytuł zadania publicznego: „Sąsiedzka szkoła języka polskiego dla cudzoziemców”\n"
         "2. Nazwa Zleceniobiorcy(-ców): Fundacja Otwarte Okno, ul. Polna 3, 35-001 Rzeszów\n"
         "3. Data zawarcia umowy: 02.03.2022 r.\n\n"
         "Zadanie polegało na prowadzeniu kursów języka polskiego dla 60 cudzoziemców "
         "w Rzeszowie. Partnerem był Rzeszowski Dom Kultury.\n")
    assert _leads(t) == {"Fundacja Otwarte Okno"}


def test_report_header_gives_the_lead_of_listed_projects():
    t = ("SPRAWOZDANIE MERYTORYCZNE\nz działalności Stowarzyszenia Wspólna Przystań\nza rok 2023\n\n"
         "3. Realizowane projekty\n\n3.1. „Sąsiedzkie lekcje języka polskiego”\n"
         "Okres: 1 marca – 30 listopada 2023 r.\nŹródło finansowania: Gmina Miasto Płock, kwota 40 000 zł.\n"
         "Projekt polegał na prowadzeniu kursów języka polskiego dla cudzoziemców w Płocku.\n")
    assert _leads(t) == {"Stowarzyszenie Wspólna Przystań"}
