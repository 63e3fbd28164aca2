"""Rules added for layouts and phrasings first met on unseen pages (issue 3)."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _extract(text, name="t.txt"):
    return extract_document(Document("x", name, text))


def test_table_flattened_to_one_cell_per_line_gives_one_project_per_row():
    text = ("Wyniki konkursu\n\n"
            "Projekty dofinansowane ze środków Gminy Lublin.\n\n"
            "Nr\nWnioskodawca\nNazwa projektu\nMiejsce realizacji\nOkres realizacji\n"
            "Kwota dotacji (PLN)\n\n"
            "1\nFundacja Dom Pokoju\nKlub Sąsiedzki na Czechowie\nLublin\n"
            "01.02.2023 – 30.11.2023\n48 500,00\n\n"
            "2\nStowarzyszenie Homo Faber\nLubelska Szkoła Praw Migranta\nLublin\n"
            "01.03.2023 – 31.12.2023\n62 000,00\n\n"
            "3\nFundacja Kresy\n")
    ps = _extract(text).projects
    assert [p.title for p in ps] == ["Klub Sąsiedzki na Czechowie", "Lubelska Szkoła Praw Migranta"]
    assert (ps[1].start, ps[1].end) == ("2023-03-01", "2023-12-31")
    assert (ps[0].funding[0].amount, ps[0].funding[0].currency) == (48500, "PLN")
    assert [o.name for o in ps[1].organizations if o.role == "lead"] == ["Stowarzyszenie Homo Faber"]


def test_email_ends_at_the_sentence_full_stop():
    from ngo_atlas.extract.links import find_emails

    text = "Rejestracja do 18 maja: zapisy[at]dom-kultur.org.pl. Zapewniamy tłumaczenie."
    assert [e for _a, _b, e in find_emails(text)] == ["zapisy@dom-kultur.org.pl"]


def test_russian_spelled_at_sign():
    from ngo_atlas.extract.links import find_emails

    text = "Вопросы можно присылать по адресу i.petrova (собака) fundacja.org.pl."
    assert [e for _a, _b, e in find_emails(text)] == ["i.petrova@fundacja.org.pl"]


def test_menu_flattened_to_one_entry_per_line_is_not_the_title():
    text = ("Fundacja Dom Pokoju\nO nas\nAktualności\nNasze Projekty\nKontakt\nWesprzyj nas\n\n"
            "Sąsiedzka Szkoła Języka Polskiego\n\n"
            "Fundacja Dom Pokoju realizuje projekt od marca 2023 r. do lutego 2024 r. "
            "Zajęcia odbywają się w Lublinie.\n")
    assert _extract(text).projects[0].title == "Sąsiedzka Szkoła Języka Polskiego"


def test_english_menu_with_language_switch_is_skipped():
    text = ("IOM Poland\nAbout IOM\nWhat we do\nProjects\nNews\nCareers\nContact\nPL | EN | UA\n\n"
            "Safe Start in Lower Silesia\n\n"
            "IOM Poland is implementing the project, which runs from March 2023 to June 2024 "
            "in Wrocław.\n")
    assert _extract(text).projects[0].title == "Safe Start in Lower Silesia"


def _programmes(text, lang="pl"):
    from ngo_atlas.extract.funding import find_funding

    return [f.programme for f in find_funding(text, 0, len(text), [], lang)]


def test_capitalised_programme_word_before_adjective_stays_in_the_name():
    text = ("Projekt jest współfinansowany w ramach Programu Operacyjnego Wiedza Edukacja Rozwój. "
            "Zajęcia trwają do czerwca.")
    assert _programmes(text) == ["Program Operacyjny Wiedza Edukacja Rozwój"]


def test_english_programme_name_ends_at_its_head_word():
    text = ("Funded by the EEA Grants under the Local Development programme, it received "
            "EUR 80,000.")
    assert "Local Development" in _programmes(text, "en")


def test_generic_call_is_no_named_programme():
    from ngo_atlas.extract.funding import _programme_name

    assert _programme_name("otwartego konkursu ofert", "pl") is None
    assert _programme_name("10:00 Otwarcie konferencji – Anna Nowak", "pl") is None


def test_first_person_plural_past_means_completed():
    from ngo_atlas.extract.status import find_status

    text = "Z końcem marca zakończyłyśmy projekt „Mamy w Gdyni”. Dziękujemy uczestniczkom!"
    assert find_status(text, 0, len(text), [])[0] == "completed"
    text = "Projekt się zakończył, ale spotkania klubu trwają nadal."
    assert find_status(text, 0, len(text), [])[0] == "completed"


def test_list_page_heading_gives_its_items_status():
    text = ("Fundacja Dom Pokoju\nO nas\nProjekty aktualne\nProjekty zakończone\n\n"
            "Projekty zakończone\n\n"
            "Sąsiedzi z Czechowa\nŹródło finansowania: Gmina Lublin\n"
            "Okres realizacji: 2019–2020\nKwota dotacji: 40 000 zł\n\n"
            "Krótki opis: Prowadziliśmy spotkania sąsiedzkie dla rodzin z Ukrainy.\n\n"
            "Prawnik na Dyżurze\nŹródło finansowania: Fundacja Batorego\n"
            "Okres realizacji: 2017–2018\nKwota dotacji: 55 000 zł\n\n"
            "Krótki opis: Szkoliliśmy liderów społeczności migranckich.\n")
    ps = _extract(text).projects
    assert [p.title for p in ps] == ["Sąsiedzi z Czechowa", "Prawnik na Dyżurze"]
    assert [p.status for p in ps] == ["completed", "completed"]


def test_organisation_after_verb_in_relative_clause_leads():
    text = ("Punkt działa w ramach projektu „Sąsiedzka Pomoc”, który prowadzi Fundacja Dom "
            "Pokoju. Projekt trwa do grudnia 2024 r.")
    leads = [o.name for o in _extract(text).projects[0].organizations if o.role == "lead"]
    assert leads == ["Fundacja Dom Pokoju"]


def test_site_owner_speaking_in_first_person_past_leads_and_razem_z_partners():
    text = ("Fundacja Dom Pokoju\nAktualności\nProjekty\n\n"
            "Sąsiedzi z Czechowa – podsumowanie\n\n"
            "Z końcem czerwca zakończyliśmy projekt „Sąsiedzi z Czechowa”. Projekt trwał od "
            "lipca 2022 do czerwca 2023 r. Razem z Lubelskim Centrum Wolontariatu "
            "organizowaliśmy spotkania sąsiedzkie.\n")
    orgs = {(o.name, o.role) for o in _extract(text).projects[0].organizations}
    assert ("Fundacja Dom Pokoju", "lead") in orgs
    assert ("Lubelskie Centrum Wolontariatu", "partner") in orgs


def test_russian_name_with_im_abbreviation_runs_the_project():
    text = ("С мая 2021 года по апрель 2022 года Центр помощи мигрантам им. Ежи Гедройца "
            "реализовал проект «Открытый Люблин».")
    orgs = {(o.name, o.role) for o in _extract(text).projects[0].organizations}
    assert ("Центр помощи мигрантам им. Ежи Гедройца", "lead") in orgs


def test_lower_case_head_before_a_quoted_name_is_an_organisation():
    from ngo_atlas.extract.organisations import clean_org

    assert clean_org("фондом «Открытая Республика»", "ru")[0] == "Фонд Открытая Республика"
    assert clean_org("fundacją „Ocalenie”", "pl")[0] == "Fundacja Ocalenie"
    assert clean_org("fundacją dobroczynną", "pl") is None


def test_ukrainian_un_agency_in_the_affairs_of_refugees_is_the_funder():
    from ngo_atlas.extract.funding import find_funding

    text = ("Проєкт здійснюється за підтримки Агентства ООН у справах біженців (UNHCR) "
            "і триватиме до 30 червня 2025 року.")
    assert [f.funder for f in find_funding(text, 0, len(text), [], "uk")] == [
        "Агентство ООН у справах біженців"]


def test_cyrillic_agency_and_embassy_are_organisation_heads():
    from ngo_atlas.extract.organisations import cyrillic_mentions

    text = "Проект поддержало Посольство Канады в Польше, а Агентство развития помогло."
    found = [text[a:b] for a, b in cyrillic_mentions(text, 0, len(text))]
    assert found[0].startswith("Посольство Канады") and found[1].startswith("Агентство развития")


def test_ukrainian_beneficiary_and_co_financing_labels():
    text = ("Подільська школа інтеграції\n"
            "Бенефіціар: Подільський воєвода\n"
            "Період реалізації: 01.01.2023 – 31.12.2024\n"
            "Вартість проєкту: 2 000 000,00 зл\n"
            "Співфінансування ЄС: 1 500 000,00 зл\n"
            "Проєкт «Подільська школа інтеграції» спрямований на іноземців у Любліні.\n")
    p = _extract(text).projects[0]
    assert [o.name for o in p.organizations if o.role == "lead"] == ["Подільський воєвода"]
    assert [(f.amount, f.currency) for f in p.funding] == [(1500000, "PLN")]


def test_voivodeships_listed_after_a_colon_in_adjective_form():
    from ngo_atlas.extract.places import find_places

    text = ("Badanie przeprowadzono w 2022 r. w trzech województwach: podlaskim, lubelskim "
            "i świętokrzyskim.")
    names = [t.value for t in find_places(text, 0, len(text), [], "pl")]
    assert {"województwo podlaskie", "województwo lubelskie", "województwo świętokrzyskie"} <= set(names)


def test_first_name_the_polish_dictionary_does_not_know_after_a_role_cue():
    from ngo_atlas.extract.people import find_people

    text = "Koordynatorką projektu jest Tetiana Kowalczuk – zapisy przyjmuje do piątku."
    assert [p.name for p in find_people(text, 0, len(text), [], "pl")] == ["Tetiana Kowalczuk"]
    text = "Zajęcia prowadzą wolontariusze. Wsparcie Miejskie zaprasza wszystkich."
    assert find_people(text, 0, len(text), [], "pl") == []


def test_principal_investigator_label_with_academic_titles():
    text = ("Everyday Care: Migrant Nurses in Polish Hospitals\n\n"
            "Principal investigator: dr hab. Marta Nowicka, prof. UW\n"
            "Duration: October 2023 – September 2026\n\n"
            "The project examines how migrant nurses adapt to Polish hospitals.\n")
    people = [(p.name, p.role) for p in _extract(text).projects[0].people]
    assert ("Marta Nowicka", "coordinator") in people


def test_institution_after_w_is_no_town():
    from ngo_atlas.extract.places import find_places

    text = "W poniedziałek w Lubelskim Urzędzie Wojewódzkim w Lublinie podpisano umowę."
    assert [t.value for t in find_places(text, 0, len(text), [], "pl")] == ["Lublin"]


def test_university_and_caritas_are_two_partners():
    text = ("Projekt „Lubelskie Centrum Integracji” jest realizowany przez Wojewodę Lubelskiego "
            "wspólnie z Uniwersytetem Lubelskim i Caritas Archidiecezji Lubelskiej. Projekt "
            "trwa od lipca 2023 r.")
    partners = {o.name for o in _extract(text).projects[0].organizations if o.role == "partner"}
    assert partners == {"Uniwersytet Lubelski", "Caritas Archidiecezji Lubelskiej"}


def test_english_programme_operator_is_other_and_acronym_subject_leads():
    text = ("UNHCR Poland is implementing the project \"Safe Arrival\" from March 2023 to "
            "June 2024 with funding from the EEA Grants. The Programme Operator is the "
            "Ministry of Family and Social Policy.")
    orgs = {(o.name, o.role) for o in _extract(text, "t_en.txt").projects[0].organizations}
    assert ("UNHCR Poland", "lead") in orgs
    assert ("Ministry of Family and Social Policy", "other") in orgs


def test_event_organiser_and_dash_introduced_partners():
    text = ("Projekt „Sąsiedzi z Lublina” to festiwal, który odbędzie się 9–10 września 2023 r. "
            "Organizatorem festiwalu jest Fundacja Dom Pokoju, partnerami – Centrum Kultury "
            "w Lublinie i Uniwersytet Marii Curie-Skłodowskiej.")
    orgs = {(o.name, o.role) for o in _extract(text).projects[0].organizations}
    assert ("Fundacja Dom Pokoju", "lead") in orgs
    assert ("Centrum Kultury w Lublinie", "partner") in orgs


def test_bare_head_word_is_no_funder():
    from ngo_atlas.extract.funding import clean_funder

    assert clean_funder("Fundusz", "pl") is None
    assert clean_funder("Fundusz Obywatelski", "pl") == "Fundusz Obywatelski"


def test_project_that_got_going_in_a_month_starts_then():
    text = ("Projekt „Punkty Sąsiedzkie” ruszył w marcu 2024 r. i potrwa do lutego 2026 r. "
            "Prowadzi go Fundacja Dom Pokoju w Lublinie.")
    p = _extract(text).projects[0]
    assert (p.start, p.end) == ("2024-03", "2026-02")


def test_speakers_on_an_event_agenda_are_experts():
    from ngo_atlas.extract.people import find_people

    text = ("Program:\n"
            "10:00 Otwarcie – Anna Nowak, koordynatorka projektu\n"
            "10:30 Wykład: Rynek pracy – prof. Jan Kowalski, Uniwersytet Łódzki\n"
            "11:15 Wyniki badań – dr Oksana Melnyk, ewaluatorka projektu\n"
            "12:00 Przerwa kawowa\n")
    people = {(p.name, p.role) for p in find_people(text, 0, len(text), [], "pl")}
    assert {("Jan Kowalski", "expert"), ("Oksana Melnyk", "expert")} <= people


def test_whoever_covers_the_costs_pays():
    from ngo_atlas.extract.funding import find_funding

    text = ("Dotacja Gminy Lublin wynosi 80 000 zł, a pozostałą część kosztów pokrywa "
            "budżet państwa.")
    assert "budżet państwa" in [f.funder for f in find_funding(text, 0, len(text), [], "pl")]


def test_english_voivodeships_named_by_their_polish_adjective():
    from ngo_atlas.extract.places import find_places

    text = "The project supports municipalities in the Łódzkie, Opolskie and Warmińsko-Mazurskie voivodeships."
    names = {t.value for t in find_places(text, 0, len(text), [], "en")}
    assert {"Łódzkie Voivodeship", "Opolskie Voivodeship", "Warmińsko-Mazurskie Voivodeship"} <= names


def test_hyphenated_cyrillic_town_and_unknown_inflection_beside_its_label():
    from ngo_atlas.extract.labels import find_labels
    from ngo_atlas.extract.places import find_places

    text = ("Место реализации: Люблин, Бяла-Подляска, Лукув\n"
            "Юристы выезжают в центры для иностранцев в Бяла-Подляске и Лукуве.\n")
    names = [t.value for t in find_places(text, 0, len(text), find_labels(text), "ru")]
    assert "Бяла-Подляска" in names and "Лукув" in names
    assert "Лукуве" not in names and not any(n.endswith("-") for n in names)


def test_passive_runner_after_a_dated_span_with_r_abbreviations():
    text = ("Konferencja podsumowuje projekt „Dialog w Lublinie”, realizowany od marca 2021 r. "
            "do lutego 2023 r. przez Fundację Dom Pokoju w partnerstwie z Gminą Lublin.")
    orgs = {(o.name, o.role) for o in _extract(text).projects[0].organizations}
    assert ("Fundacja Dom Pokoju", "lead") in orgs and ("Gmina Lublin", "partner") in orgs


def test_programme_as_the_subject_of_a_funding_sentence():
    from ngo_atlas.extract.funding import find_funding

    text = "Program Lokalne Inicjatywy Obywatelskie jest finansowany z Funduszy Norweskich."
    found = [(f.funder, f.programme) for f in find_funding(text, 0, len(text), [], "pl")]
    assert found == [("Fundusze Norweskie", "Lokalne Inicjatywy Obywatelskie")]


def test_acronym_of_a_body_named_with_its_seat_is_the_same_body():
    from ngo_atlas.extract.organisations import same_org

    assert same_org("MOPR", "Miejski Ośrodek Pomocy Rodzinie w Poznaniu")
    assert not same_org("MOPR", "Miejski Ośrodek Kultury w Poznaniu")


def test_partner_list_with_a_repeated_preposition():
    text = ("Projekt „Lublin Otwarty” Gmina Lublin realizuje od marca 2024 r. wspólnie z "
            "Fundacją Dom Pokoju oraz ze Stowarzyszeniem Homo Faber.")
    partners = {o.name for o in _extract(text).projects[0].organizations if o.role == "partner"}
    assert partners == {"Fundacja Dom Pokoju", "Stowarzyszenie Homo Faber"}


def test_coordinator_named_with_an_affiliation_before_the_role():
    from ngo_atlas.extract.people import find_people

    text = ("– Punkty są blisko ludzi – podkreśla Oksana Melnyk z Fundacji Dom Pokoju, "
            "koordynatorka projektu.")
    people = {(p.name, p.role) for p in find_people(text, 0, len(text), [], "pl")}
    assert ("Oksana Melnyk", "coordinator") in people


def test_quoted_officer_of_a_body_is_a_person_with_role_other():
    from ngo_atlas.extract.people import find_people

    text = ("– Coraz więcej osób przyjeżdża do pracy – mówi Joanna Wrona, prezeska Fundacji "
            "Dom Pokoju.")
    assert [(p.name, p.role) for p in find_people(text, 0, len(text), [], "pl")] == [
        ("Joanna Wrona", "other")]


def test_name_dash_role_under_a_contact_heading_is_the_coordinator():
    text = ("Projekt „Dom Sąsiadów” realizuje Fundacja Dom Pokoju od marca 2023 r.\n\n"
            "Kontakt:\nEwa Lis – koordynatorka projektu\ne.lis [at] dompokoju.pl\n")
    people = {(p.name, p.role) for p in _extract(text).projects[0].people}
    assert ("Ewa Lis", "coordinator") in people


def test_call_with_an_edition_number_in_a_funder_label_is_the_programme():
    text = ("Refugee Teachers in Polish Schools\n\n"
            "Funding: National Science Centre (NCN), SONATA 18\n"
            "Duration: October 2023 – September 2026\n\n"
            "The project examines refugee teachers in Polish schools.\n")
    f = _extract(text, "t_en.txt").projects[0].funding
    assert [(x.funder, x.programme) for x in f] == [("National Science Centre", "SONATA 18")]


def test_a_room_named_under_a_place_label_is_no_place():
    from ngo_atlas.extract.labels import find_labels
    from ngo_atlas.extract.places import find_places

    text = "Miejsce: Centrum Kultury, Sala Kominkowa, ul. Peowiaków 12, Lublin\n"
    names = [t.value for t in find_places(text, 0, len(text), find_labels(text), "pl")]
    assert "Lublin" in names and "Sala Kominkowa" not in names


def test_related_links_after_the_article_are_furniture():
    text = ("Safe Start in Lower Silesia\n\n"
            "IOM Poland is implementing the project \"Safe Start in Lower Silesia\" in Wrocław "
            "from March 2023 to June 2024. It supports refugee families with housing advice "
            "and language courses, and it trains municipal staff.\n\n"
            "Related\nIOM Poland: Annual Report 2023\nMigrant Information Point in Gdańsk\n")
    places = _extract(text, "t_en.txt").projects[0].places
    assert [p.value for p in places] == ["Wrocław"]


def test_stated_end_month_refines_a_year_range():
    text = ("W latach 2021–2022 Fundacja Dom Pokoju realizowała projekt „Prawo dla Sąsiadów”. "
            "Udzieliliśmy 300 porad.\n\nProjekt zakończył się w listopadzie 2022 r.\n")
    p = _extract(text).projects[0]
    assert (p.start, p.end) == ("2021", "2022-11")


def test_unknown_cyrillic_town_in_sk_drops_its_locative_ending():
    from ngo_atlas.extract.places import find_places

    text = "Консультації відбуваються у Гданську та Плоньську."
    names = [t.value for t in find_places(text, 0, len(text), [], "uk")]
    assert names == ["Гданськ", "Плоньськ"]
