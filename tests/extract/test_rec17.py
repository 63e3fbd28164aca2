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


# the plural noun heading a section ("Projects carried out by X", "Grant projects") names no
# project, even over a name that ends like a body's ("… Welcome Centre")
_BY_HEADING = ("Menu\n\n"
               "Projects carried out by Stowarzyszenie Horyzont\n\n"
               "Toruń Welcome Centre\n\n"
               "Funding: City of Toruń\n"
               "Period: 01.03.2024 – 31.12.2024\n\n"
               "Weekly conversations in Polish for foreigners at the district library.\n\n"
               "Family Assistant for Migrants\n\n"
               "Funding: Good Initiatives Foundation\n"
               "Period: 01.09.2023 – 30.06.2024\n\n"
               "Support for families with children in school and official matters.\n")

_SECTION_OVER_TITLE = ("Grant projects\n\n"
                       "15 Jan 2023 - 14 Jan 2026\n\n"
                       "Language Brokers: children interpreting for migrant parents\n\n"
                       "The project studies how children of migrants interpret for their parents "
                       "at schools and clinics in Wrocław.\n\n"
                       "Funding: National Science Centre, SONATA 18 competition\n")

# a category bar naming the programme ("Interreg | Współpraca …") over the project's name
_CATEGORY_BAR = ("Interreg | Współpraca transgraniczna\n\n"
                 "Sąsiedzi bez Barier – wspólne centrum porad dla cudzoziemców\n\n"
                 "Program: Interreg Polska – Słowacja 2021–2027\n"
                 "Okres realizacji: 1.02.2024 – 31.01.2026\n"
                 "Beneficjent wiodący: Stowarzyszenie Karpackie Forum, Krosno\n\n"
                 "Projekt tworzy punkt porad prawnych dla cudzoziemców w Krośnie i w Svidníku.\n")


def test_projects_by_heading_is_no_title() -> None:
    assert _titles(_BY_HEADING) == ["Toruń Welcome Centre", "Family Assistant for Migrants"]


def test_plural_section_heading_over_the_name_is_no_title() -> None:
    assert _titles(_SECTION_OVER_TITLE) == ["Language Brokers: children interpreting for migrant parents"]


def test_one_word_programme_in_a_category_bar_is_no_title() -> None:
    assert _titles(_CATEGORY_BAR) == ["Sąsiedzi bez Barier – wspólne centrum porad dla cudzoziemców"]


# year headings over an archive's items: each name over its particulars is a project, and
# the year above it dates it
_YEARS = ("Fundacja Brama – nasza praca\n\n"
          "2022\n\n"
          "Dom Otwarty\n"
          "Noclegi i pomoc doraźna dla rodzin z Ukrainy, sfinansowane przez Polską Akcję Humanitarną.\n\n"
          "2021\n\n"
          "Szkoła Sobotnia\n"
          "Zajęcia wyrównawcze dla dzieci cudzoziemców, wspierane przez Fundację Santander.\n\n"
          "Rowerem po Mieście\n"
          "Kurs jazdy na rowerze dla cudzoziemek, finansowany przez Gminę Olsztyn.\n")


def test_year_headings_split_an_archive_and_date_its_items() -> None:
    ps = extract_document(Document("t", "t.txt", _YEARS)).projects
    assert [p.title for p in ps] == ["Dom Otwarty", "Szkoła Sobotnia", "Rowerem po Mieście"]
    assert [p.start for p in ps] == ["2022", "2021", "2021"]


# a bullet before a card's name, over its labels, is no part of the name
_BULLETED_CARDS = ("Projekty Stowarzyszenia Wspólna Ulica\n\n"
                   "▪ Sąsiedzka Świetlica\n"
                   "Termin: 2023–2024\n"
                   "Finansowanie: Gmina Miasta Elbląg\n"
                   "Zajęcia popołudniowe dla dzieci z rodzin migranckich.\n\n"
                   "▪ Porady na Kółkach\n"
                   "Termin: 2024\n"
                   "Finansowanie: Fundacja Orlen\n"
                   "Mobilny punkt porad dla cudzoziemców w powiecie elbląskim.\n")


def test_bullet_is_stripped_from_a_label_block_title() -> None:
    assert _titles(_BULLETED_CARDS) == ["Sąsiedzka Świetlica", "Porady na Kółkach"]


# one particular per card, the same key repeated under each name: one record per card
_KEYED = ("Harbour Aid Network\n\n"
          "Ongoing work\n\n"
          "Night Shelter Desk\n"
          "Funder: Gdańsk Community Foundation\n"
          "An evening information desk at the railway station for newly arrived families.\n\n"
          "Tenants' Rights Clinic\n"
          "Funder: Pomeranian Voivodeship\n"
          "Advice on rental contracts for migrant workers in Gdynia.\n")

# a list of people with the same key under each name is no list of projects
_PEOPLE = ("Projekt „Razem w Płocku” realizuje Fundacja Wisła od 2024 roku, dzięki dotacji Gminy Płock.\n\n"
           "Nasz zespół\n\n"
           "Joanna Maj\n"
           "Rola: koordynatorka\n\n"
           "Piotr Zieliński\n"
           "Rola: doradca zawodowy\n")


def test_repeated_key_under_each_name_makes_cards() -> None:
    assert _titles(_KEYED) == ["Night Shelter Desk", "Tenants' Rights Clinic"]


def test_repeated_key_of_people_makes_no_cards() -> None:
    assert _titles(_PEOPLE) == ["Razem w Płocku"]


# a headline that opens with the quoted name and comments on it after a dash: the name
_QUOTE_HEADLINE = ("„Szkoła Otwartych Drzwi” – ruszyły zapisy na drugą edycję\n\n"
                   "Fundacja Horyzonty zaprasza rodziców dzieci z doświadczeniem migracji na bezpłatne "
                   "warsztaty w Bydgoszczy. Projekt jest finansowany przez Gminę Bydgoszcz i potrwa "
                   "do grudnia 2025 roku.\n")


def test_quoted_name_opening_a_headline_is_the_title() -> None:
    assert _titles(_QUOTE_HEADLINE) == ["Szkoła Otwartych Drzwi"]


# "Projekt i wykonanie: X" in a site's header is a design credit, not the project's name
_CREDIT = ("PORTAL INICJATYW LOKALNYCH\n"
           "Start | Baza | Kontakt\n\n"
           "Projekt i wykonanie: Studio Kolorowo\n\n"
           "Sąsiedzkie Lekcje Polskiego\n\n"
           "Opis: Stowarzyszenie Wspólny Dom prowadziło w latach 2019–2020 kurs języka polskiego dla "
           "cudzoziemców w Opolu, finansowany przez Gminę Opole.\n")


def test_design_credit_is_no_title() -> None:
    assert _titles(_CREDIT) == ["Sąsiedzkie Lekcje Polskiego"]


# a heading with its translation under it, and the name quoted again in the description:
# one project, not one per form of its name
_BILINGUAL = ("Projekty zakończone\n\n"
              "KLUB MAM Z UKRAINY\n\n"
              "UKRAINIAN MOTHERS' CLUB\n\n"
              "okres realizacji: 1 marca 2022 r. – 28 lutego 2023 r.\n"
              "źródło finansowania: Fundacja Orange\n\n"
              "O projekcie\n\n"
              "Projekt pn. „Klub Mam z Ukrainy” prowadzony przez Fundację Mamy w Rybniku dawał matkom "
              "z Ukrainy miejsce spotkań i wsparcia psychologicznego.\n")


def test_restated_heading_name_makes_no_second_record() -> None:
    assert len(_titles(_BILINGUAL)) == 1


# a grant list's one-line entries without bullets, the period and payer in a closing paragraph
_ENTRIES = ("Rozstrzygnięcie konkursu „Razem w Gminie 2025”\n\n"
            "Dotacje otrzymały:\n"
            "Stowarzyszenie Dobry Sąsiad – „Wieczory planszówek” – 6 000 zł\n"
            "Fundacja Kroki – „Polski w kuchni” – 14 200 zł\n\n"
            "Zadania będą realizowane od 1 marca do 31 października 2025 r. ze środków budżetu "
            "Gminy Wieliczka.\n")


def test_unbulleted_grant_entries_are_one_record_each_and_share_the_closing_note() -> None:
    ps = extract_document(Document("t", "t.txt", _ENTRIES)).projects
    assert [p.title for p in ps] == ["Wieczory planszówek", "Polski w kuchni"]
    assert [p.start for p in ps] == ["2025-03-01", "2025-03-01"]


# the page says how many projects it speaks of; each paragraph names one by a quoted name
_COUNTED_UK = ("Фундація «Добрі сусіди» цього року розпочала два нові проєкти у Любліні.\n\n"
               "Перший, «Мовний міст», пропонує безкоштовні курси польської мови для дорослих і "
               "фінансується Міською радою Любліна до грудня 2025 року.\n\n"
               "Другий, «Робота поруч», допоможе 80 жінкам знайти роботу; його підтримує "
               "Фундація PZU.\n")

_COUNTED_PL = ("Stowarzyszenie Wspólnota Bałtycka prowadzi w tym roku trzy projekty.\n\n"
               "Najstarszy z nich, „Sobotnia szkoła”, działa od 2019 roku dzięki dotacji Miasta Gdyni.\n\n"
               "Na jego zajęciach powstał też poradnik „Pierwsze kroki w Gdyni”, wydany w czterech "
               "językach.\n\n"
               "Kolejny, „Rodzinne popołudnia”, finansuje Fundacja Orlen.\n")


def test_counted_projects_each_paragraph_names_one() -> None:
    assert _titles(_COUNTED_UK) == ["Мовний міст", "Робота поруч"]


def test_counted_projects_skip_a_quoted_output() -> None:
    assert _titles(_COUNTED_PL) == ["Sobotnia szkoła", "Rodzinne popołudnia"]


# sections each a name over a paragraph that dates the work and says who paid: one record each
_SECTIONS = ("Fundacja Przyjazny Brzeg\n\n"
             "Z czego jesteśmy dumni\n\n"
             "Latarnia Porad\n\n"
             "Od 2020 do 2022 roku nasi doradcy pomagali cudzoziemcom w Kołobrzegu w sprawach pobytu "
             "i pracy. Działania sfinansowała Fundacja Santander.\n\n"
             "Letnia Szkoła Polskiego\n\n"
             "W lipcu 2023 roku 30 nastolatków z Ukrainy uczyło się polskiego nad morzem dzięki "
             "dotacji Powiatu Kołobrzeskiego.\n")

# one project's sections: only one of them dates and pays, so they stay one record
_ONE_PROJECT = ("Most do Pracy\n\n"
                "Projekt realizujemy od marca 2024 roku, finansuje go Powiatowy Urząd Pracy w Słupsku.\n\n"
                "Dla kogo\n\n"
                "Dla cudzoziemców mieszkających w powiecie słupskim, którzy szukają pracy.\n\n"
                "Jak się zapisać\n\n"
                "Wystarczy zadzwonić do naszego biura w dni robocze.\n")


def test_dated_and_paid_sections_are_one_record_each() -> None:
    assert _titles(_SECTIONS) == ["Latarnia Porad", "Letnia Szkoła Polskiego"]


def test_sections_of_one_project_stay_one_record() -> None:
    assert _titles(_ONE_PROJECT) == ["Most do Pracy"]


# one project's numbered tasks or keyed activities, under a line that speaks of "the project"
_TASKS = ("Projekt „Sąsiedzi z Pragi”\n\n"
          "Stowarzyszenie Praga Razem prowadzi projekt od lutego 2024 roku dzięki dotacji Miasta "
          "Stołecznego Warszawy.\n\n"
          "Harmonogram projektu\n\n"
          "1. Spotkania w kawiarni\n"
          "Od lutego 2024 w każdy czwartek.\n\n"
          "2. Lekcje gotowania\n"
          "Wiosną 2024 roku, sfinansowane z dotacji.\n")

_ACTIVITIES = ("Welcome Point Opole\n\n"
               "The project runs from 2024 to 2025 and is funded by the Opole Voivodeship.\n\n"
               "The project's activities:\n\n"
               "Language Corner\n"
               "Period: March–June 2024\n\n"
               "Job Coaching\n"
               "Period: September–December 2024\n")


def test_numbered_tasks_of_one_project_stay_one_record() -> None:
    assert len(_titles(_TASKS)) == 1


def test_keyed_activities_of_one_project_stay_one_record() -> None:
    assert len(_titles(_ACTIVITIES)) == 1


# one project's timeline under year headings, and its strands each dated and paid for: the
# page spoke of that one project above them, so they are its parts
_TIMELINE = ("Projekt „Mosty nad Odrą”\n\n"
             "Stowarzyszenie Odra prowadzi projekt od 2021 roku dzięki Funduszowi Azylu, Migracji i "
             "Integracji.\n\n"
             "2021\n\n"
             "Otwarcie punktu porad\n"
             "Pierwsi klienci przyszli w październiku.\n\n"
             "2022\n\n"
             "Szkolenia dla urzędników\n"
             "Przeszkoliliśmy 50 osób.\n")

_STRANDS = ("Caritas Diecezji Zielonogórskiej prowadzi projekt „Dobry Start” od marca 2023 roku.\n\n"
            "Opieka nad dziećmi\n\n"
            "W 2023 roku świetlica przyjęła 40 dzieci, finansowana z dotacji Wojewody Lubuskiego.\n\n"
            "Porady prawne\n\n"
            "W 2024 roku prawnicy udzielili 200 porad dzięki dotacji Wojewody Lubuskiego.\n")


def test_year_timeline_of_one_project_stays_one_record() -> None:
    assert len(_titles(_TIMELINE)) == 1


def test_dated_and_paid_strands_of_one_project_stay_one_record() -> None:
    assert len(_titles(_STRANDS)) == 1
