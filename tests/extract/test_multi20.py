"""Round 20 (MULTI): pages that hold several projects read as one record per project."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.title import status_badge
from ngo_atlas.model import Document


def _titles(text, name="t.txt"):
    return [p.title for p in extract_document(Document("x", name, text)).projects]


def test_report_subsections_numbered_within_a_chapter():
    text = ("ROCZNE PODSUMOWANIE DZIAŁAŃ 2024\nStowarzyszenie Nowy Horyzont\n\n"
            "2. Projekty prowadzone w 2024 roku\n\n"
            "W 2024 roku Stowarzyszenie prowadziło dwa projekty dla cudzoziemców.\n\n"
            "2.1. Klub Pracy dla Migrantek – doradztwo zawodowe w Kielcach\ni Starachowicach\n\n"
            "Projekt trwał od 1 lutego do 30 listopada 2024 r. i był finansowany przez Gminę "
            "Kielce (52 000 zł). Doradczynie przyjęły 140 kobiet.\n\n"
            "2.2. Projekt „Mosty Języka”\n\n"
            "Od marca 2024 r. prowadziliśmy kursy języka polskiego, które sfinansowała Fundacja "
            "Dobrego Startu.\n\n"
            "2.3. Działalność poza projektami\n\n"
            "Dyżury wolontariuszy w 2024 r. finansowane były z darowizn.\n\n"
            "3. Finanse\n\nPrzychody ogółem: 120 000 zł.\n")
    assert _titles(text) == ["Klub Pracy dla Migrantek – doradztwo zawodowe w Kielcach i Starachowicach",
                             "Mosty Języka"]


def test_english_report_sections_over_label_lines():
    text = ("ACTIVITY REPORT 2023\n\n1. OUR PROJECTS\n\n"
            "1.1 Bridges to Work\nPeriod: March 2023 – February 2024\nFunder: City of Gdynia\n"
            "Job coaching for 80 refugee women.\n\n"
            "1.2 Reading Circle\nPeriod: 2023\nFunder: private donors\n"
            "Weekly reading meetings for children.\n\n2. Finances\n\nTotal income: PLN 400,000.\n")
    assert _titles(text) == ["Bridges to Work", "Reading Circle"]


def test_one_projects_numbered_parts_stay_one_record():
    text = ("Projekt „Razem w Szkole”\n\n1.1 Cele projektu\n\nProjekt realizowany od 2023 r. wspiera "
            "uczniów z Ukrainy.\n\n1.2 Działania w szkołach\n\nW 2023 r. odbyło się 40 zajęć.\n")
    assert len(_titles(text)) == 1


def test_status_badge_is_no_heading():
    for t in ("AKTUALNY", "Zakończony", "W TRAKCIE", "Completed", "In progress", "ЗАВЕРШЕНО", "Поточний"):
        assert status_badge(t), t
    for t in ("Aktualności z regionu", "Current Affairs Club for Migrants", "Sąsiedzi z daleka"):
        assert not status_badge(t), t


def test_cards_with_picture_note_and_badge_over_the_name():
    text = ("Fundacja Pod Jednym Dachem\n\nNASZE PROJEKTY\n\n"
            "Od lat prowadzimy projekty dla cudzoziemców w Opolu.\n\n"
            "Pokaż: Wszystkie | W trakcie | Zakończone\n\n"
            "[foto: zajęcia w świetlicy]\nW TRAKCIE\nŚwietlica Dwóch Języków\n"
            "01.03.2024 – 28.02.2025\nZajęcia dla dzieci z rodzin migranckich. Projekt finansuje "
            "Miasto Opole.\nZobacz więcej\n\n"
            "[foto: porada prawna]\nZAKOŃCZONY\nPrawo bez Barier\nstyczeń – grudzień 2023\n"
            "Bezpłatne porady prawne finansowane przez Fundację Wspólnej Drogi.\nZobacz więcej\n")
    assert _titles(text) == ["Świetlica Dwóch Języków", "Prawo bez Barier"]


def test_block_bullets_and_an_unknown_label_among_labels():
    text = ("Sieć Pomocy Migrantom\n\nProjekty w 2025 roku\n\n"
            "➤ Razem na Pomorzu\nRealizator: Fundacja Morska\nOrganizacje współpracujące: Stowarzyszenie A, "
            "Fundacja B\nTermin: 1.02.2025–31.12.2025\nFinansowanie: Gmina Słupsk – 40 000 zł\n"
            "Spotkania sieci i szkolenia.\n\n"
            "➤ Telefon Zaufania po Ukraińsku\nRealizator: Stowarzyszenie C\nTermin: marzec – grudzień 2025\n"
            "Finansowanie: UNHCR\nLinia wsparcia psychologicznego.\n")
    assert _titles(text) == ["Razem na Pomorzu", "Telefon Zaufania po Ukraińsku"]


def test_headline_counting_projects_names_none():
    text = ("Centrum Wsparcia Migrantów\n\nAktualności\n\n"
            "Trzy nowe projekty dla Lubelszczyzny!\nLublin, 3 marca 2025\n\n"
            "Z radością informujemy, że nasze wnioski otrzymały dofinansowanie.\n\n"
            "1) „Lubelski Punkt Porad”\nProjekt potrwa od 1 kwietnia 2025 r. do 31 marca 2026 r. "
            "Dotacja: 200 000 zł.\n\n"
            "2) „Mama w Lublinie”\nProjekt potrwa od 1 maja 2025 r. do 30 kwietnia 2026 r. "
            "Dotacja: 90 000 zł.\n")
    assert _titles(text) == ["Lubelski Punkt Porad", "Mama w Lublinie"]


def test_flattened_table_rows_run_on_under_the_header():
    text = ("Urząd Marszałkowski\n\nWyniki otwartego konkursu ofert\n\n"
            "Zarząd Województwa przyznał dotacje następującym organizacjom:\n\n"
            "Lp.\nNazwa oferenta\nTytuł zadania\nTermin realizacji\nUwagi\nKwota dotacji (zł)\n"
            "1\nFundacja Otwarty Dom\nPolski dla dorosłych\n01.04.2025–30.11.2025\nkontynuacja\n45 000,00\n"
            "2\nStowarzyszenie Dobry Sąsiad\nŚwietlica międzykulturowa\n01.05.2025–31.12.2025\nnowe zadanie\n38 500,00\n"
            "3\nCaritas Diecezji\nPunkt porad dla migrantów\n01.04.2025–31.12.2025\nkontynuacja\n60 000,00\n\n"
            "Gratulujemy!\n")
    assert _titles(text) == ["Polski dla dorosłych", "Świetlica międzykulturowa", "Punkt porad dla migrantów"]


def test_numbers_out_of_step_are_no_table():
    from ngo_atlas.extract.tables import table_rows

    text = ("Lp.\nNazwa oferenta\nTytuł zadania\nTermin realizacji\n"
            "1\nFundacja A\nZadanie A\n2025\n"
            "3\nFundacja B\nZadanie B\n2025\n")
    assert table_rows(text) == []


def test_news_section_is_no_badge():
    assert not status_badge("Aktualności") and not status_badge("AKTUALNOŚCI")


def test_a_cards_badge_gives_its_status():
    text = ("Фонд «Відкриті двері»\n\nНаші проєкти\n\n"
            "[фото: заняття]\nТРИВАЄ\nМова без бар'єрів\nвересень 2023 – червень 2025\n"
            "Курси польської мови для дорослих у Вроцлаві. Проєкт фінансує місто Вроцлав.\nДетальніше\n\n"
            "[фото: консультація]\nЗАВЕРШЕНО\nЮрист для біженця\nсічень – грудень 2022\n"
            "Безкоштовні юридичні консультації у Вроцлаві за підтримки УВКБ ООН.\nДетальніше\n")
    ps = extract_document(Document("x", "t.txt", text)).projects
    assert [(p.title, p.status) for p in ps] == [("Мова без бар'єрів", "ongoing"), ("Юрист для біженця", "completed")]


def test_a_cards_period_over_its_name_is_the_cards():
    text = ("Harbour Association\n\nCOMPLETED PROJECTS\n\nSince 2005 we have run projects for migrants in Gdynia.\n\n"
            "2021–2022\nWelcome Desk Gdynia\nAn information point for newcomers. Funding: City of Gdynia.\n\n"
            "2019–2020\nParents at School\nMeetings with interpreters for parents. Funding: UNICEF.\n")
    ps = extract_document(Document("x", "t.txt", text)).projects
    assert [(p.title, p.start, p.end) for p in ps] == [("Welcome Desk Gdynia", "2021", "2022"),
                                                      ("Parents at School", "2019", "2020")]
