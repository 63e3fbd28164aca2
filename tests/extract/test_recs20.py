"""Round 20b (RECS-LIST): pages holding several projects, set off by dividers or bullets."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _titles(text, name="t.txt"):
    return [p.title for p in extract_document(Document("x", name, text)).projects]


_FOOT = ("\nNapisz do nas: biuro@przyklad.org.pl\n"
         "Stowarzyszenie Przykładowe, ul. Długa 5, 00-001 Warszawa\n© 2024 Wszelkie prawa zastrzeżone\n")


def test_items_between_dividers_of_a_repeated_sign():
    # the dividers repeat three times or more: the blanking of repeated lines must not hide them
    for sign in ("━" * 24, "-" * 40, "✿✿✿", "* * *"):
        text = ("Stowarzyszenie Przykładowe\nStart | O nas | Projekty | Kontakt\n\nProjekty\n\n"
                "Prowadzimy teraz dwa działania dla cudzoziemców mieszkających w naszym mieście.\n\n"
                f"{sign}\n\n"
                "☀ Ogród Sąsiedzki\nWspólne prace w ogrodzie dla rodzin z Ukrainy i Białorusi, spotkania co "
                "tydzień w Parku Miejskim.\nOkres realizacji: marzec – październik 2024\n"
                "Finansowanie: Gmina Miasto Kalisz – 30 000 zł\n\n"
                f"{sign}\n\n"
                "KLUB RODZICA\nSpotkania dla rodziców dzieci cudzoziemskich o szkole i przedszkolu.\n"
                "Termin: od września 2024\nWsparcie: Fundacja Dobrych Sąsiadów\n\n"
                f"{sign}\n" + _FOOT)
        assert [t.casefold() for t in _titles(text)] == ["ogród sąsiedzki", "klub rodzica"], sign


def test_dividers_around_a_single_section_split_nothing():
    text = ("Fundacja Przykładowa\n\n________\n\nProjekt „Dobry Start” prowadzimy od 2023 roku. "
            "Finansuje go Miasto Opole.\n\nKontakt: Anna Nowak\n\n________\n" + _FOOT)
    assert _titles(text) == ["Dobry Start"]


def test_dividers_around_dated_news_items_are_no_project_list():
    # a part that opens with a sentence or a label line is no project's heading
    text = ("Aktualności\n\n=====\n\nW sobotę odbył się piknik rodzinny w parku.\nByło nas ponad stu.\n\n"
            "=====\n\nTermin: 12 maja 2024\nZapraszamy na kolejne spotkanie.\n\n=====\n" + _FOOT)
    assert len(_titles(text)) <= 1


def test_member_line_over_a_quoted_name_heads_the_paragraph_below():
    # a network's page: each member's line, then its project's quoted name, then the text
    text = ("Sieć Dobrych Praktyk\n\nProjekty organizacji członkowskich\n\n"
            "Każda organizacja sieci prowadzi własne działania. Oto niektóre z nich.\n\n"
            "Aktualizacja: 05.05.2024\n\n"
            "▪ Stowarzyszenie Jasny Dom (Lublin)\n„Bezpieczny Kąt”\n\n"
            "Mieszkania interwencyjne dla rodzin uchodźczych. Projekt finansuje Gmina Lublin.\n\n"
            "▪ Fundacja Słoneczna (Kielce)\n„Lekcje po sąsiedzku”\n\n"
            "Korepetycje dla dzieci cudzoziemskich. Dofinansowanie: 40 000 zł z programu Równe Szanse.\n"
            + _FOOT)
    assert _titles(text) == ["Bezpieczny Kąt", "Lekcje po sąsiedzku"]


def test_role_line_under_a_bulleted_name_is_no_cards_name():
    # "Kierowniczka: dr X" right under the card's name is a field the label list lacks;
    # "Lata:" gives the card's period as "Okres:" does, so the third card is read too
    text = ("Instytut Przykładowy\n\nProjekty badawcze\n\n"
            "► Migracje w małych miastach\nKierowniczka: dr Ewa Zielińska\n"
            "Finansowanie: Narodowe Centrum Nauki; 300 000 PLN\nOkres: 2022–2024\n"
            "Badanie w pięciu powiatach.\n\n"
            "► Nowi sąsiedzi na wsi\nOpiekun naukowy: prof. Jan Wrona\n"
            "Finansowanie: Województwo Lubelskie\nLata: 2021–2023\n"
            "Wywiady z sołtysami i rodzinami.\n\n"
            "► Szkoła wielu języków\nKierownik: dr Adam Lis\n"
            "Finansowanie: Fundacja Nauki Otwartej\nLata: 2019–2020\n"
            "Ankieta w szkołach.\n" + _FOOT)
    assert _titles(text) == ["Migracje w małych miastach", "Nowi sąsiedzi na wsi", "Szkoła wielu języków"]


def test_a_follow_up_project_named_after_its_noun_is_a_second_record():
    # "a follow-up project, "Y"": the word of continuing modifies the noun, the quote names
    # the new project; "kontynuacja projektu „X”" names the earlier one (tested in older rounds)
    text = ("Open Doors Association\n\nFROM ONE PROJECT TO THE NEXT\n\n"
            "Bridge Desk (2019–2021)\nFrom 2019 to 2021 we ran the project \"Bridge Desk: Advice for "
            "Newcomers in Opole\". It was funded by the City of Opole.\n\n"
            "Open Doors Plus (2022–2024)\nSince January 2022 we have been running a follow-up project, "
            "\"Open Doors Plus: Housing Advice for Refugees\", supported by the Example Trust.\n")
    assert _titles(text) == ["Bridge Desk: Advice for Newcomers in Opole",
                             "Open Doors Plus: Housing Advice for Refugees"]


def test_follow_up_words_before_the_noun_only():
    from ngo_atlas.extract.title import names_other

    for before, other in (("realizujemy projekt kontynuacyjny ", False),
                          ("a follow-up project called ", False),
                          ("jest kontynuacją projektu ", True),
                          ("as a follow-up to the project ", True)):
        text = before + "„Nowy Dom” w Opolu."
        assert names_other(text, len(before) + 1) is other, before


def test_dividers_between_one_articles_sections_split_nothing():
    # a news post about one project, its sections set off by "* * *" and each opening with a
    # sub-heading: no page that speaks of projects in the plural, so no list of projects
    text = ("Fundacja Przykładowa\nStart | O nas | Aktualności | Kontakt\n\n"
            "Projekt „Wspólny Stół” – podsumowanie pierwszego półrocza\n\n"
            "Od stycznia 2024 prowadzimy projekt „Wspólny Stół”, finansowany przez Miasto Gniezno.\n\n"
            "* * *\n\nWarsztaty kulinarne\nCo tydzień gotowaliśmy z rodzinami z Ukrainy i Gruzji.\n"
            "Przyszło ponad czterdzieści osób.\n\n"
            "* * *\n\nLekcje języka polskiego\nZajęcia prowadziła lektorka z naszej fundacji.\n"
            "Uczestnicy zdali egzamin końcowy.\n\n"
            "* * *\n\nCo dalej\nW drugim półroczu planujemy wycieczki i wspólne święta.\n\n"
            "* * *\n" + _FOOT)
    assert _titles(text) == ["Wspólny Stół"]
