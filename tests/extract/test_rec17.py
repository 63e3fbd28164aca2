"""Round 17 (records): the shapes that mark where one project's block ends and the next
begins on a page that lists several, and the lines that head a list but name no project."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _titles(text: str) -> list[str]:
    return [p.title for p in extract_document(Document("t", "t.txt", text)).projects]


# a numbered list of names, each over its own lines, under a heading that never says "projects"
_NUMBERED = ("Towarzystwo Przyjaciół Sąsiadów, Rzeszów\n\n"
             "Czym się zajmujemy\n\n"
             "1. Klub Matek z Ukrainy\n"
             "Spotkania wsparcia prowadzone od lutego 2023 do stycznia 2024, sfinansowane przez "
             "Fundację Orange.\n\n"
             "2. Biuro Porad dla Pracowników\n"
             "Dyżury doradców zawodowych w ramach dotacji Gminy Miasto Rzeszów.\n\n"
             "3. Tydzień Kuchni Świata\n"
             "Festyn w parku miejskim w czerwcu 2024 roku.\n")

# "Project 1:", "Project 2:": the label numbers each item and calls it a project
_PROJECT_N = ("Baltic Newcomers Association\n\n"
              "What we have done\n\n"
              "Project 1: Harbour Welcome Desk\n"
              "An advice point for seafarers' families in Gdynia, funded by the City of Gdynia in 2022.\n\n"
              "Project 2: Reading Circles\n"
              "Bilingual reading clubs for children at the municipal library in Sopot, a project "
              "we ran with volunteers.\n")

# a report's numbered chapters are parts of one project, not projects
_CHAPTERS = ("SPRAWOZDANIE Z PROJEKTU „MOSTY W GMINIE”\n"
             "Realizator: Fundacja Przystań, Kalisz\n\n"
             "1. Dane ogólne\n"
             "Okres realizacji: 1.03.2023–29.02.2024, dofinansowanie z budżetu Województwa.\n\n"
             "2. Rezultaty\n"
             "W 2023 r. z porad skorzystało 140 osób.\n\n"
             "3. Zespół\n"
             "Koordynator: Adam Wilk.\n")


def test_numbered_names_over_their_particulars_are_projects() -> None:
    assert _titles(_NUMBERED) == ["Klub Matek z Ukrainy", "Biuro Porad dla Pracowników",
                                  "Tydzień Kuchni Świata"]


def test_project_n_label_starts_each_record() -> None:
    assert _titles(_PROJECT_N) == ["Harbour Welcome Desk", "Reading Circles"]


def test_numbered_chapters_of_a_report_stay_one_record() -> None:
    assert len(_titles(_CHAPTERS)) == 1
