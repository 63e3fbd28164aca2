"""Rules added for pages the extractor was never tuned on: one real-looking sentence each."""

from ngo_atlas.extract.boilerplate import mask
from ngo_atlas.extract.funding import find_funding
from ngo_atlas.extract.labels import find_labels
from ngo_atlas.extract.links import find_emails


def _funders(text, lang="pl"):
    return [f.funder for f in find_funding(text, 0, len(text), find_labels(text), lang)]


def test_fund_name_with_its_own_comma_stays_whole_next_to_state_budget():
    text = "Projekt współfinansowany ze środków Funduszu Azylu, Migracji i Integracji oraz budżetu państwa."
    assert _funders(text) == ["Fundusz Azylu, Migracji i Integracji", "budżet państwa"]


def test_acronym_of_a_funder_is_the_same_funder():
    text = (
        "Źródło finansowania: Fundusz Azylu, Migracji i Integracji; budżet państwa\n"
        "Kwota dofinansowania z FAMI: 309 660,38 zł\n"
    )
    assert _funders(text) == ["Fundusz Azylu, Migracji i Integracji", "budżet państwa"]


def test_polish_spelled_out_at_and_dot():
    assert [
        e for _a, _b, e in find_emails("Kontakt: Marek Janik, marek.janik (małpa) pomocprawna.org")
    ] == ["marek.janik@pomocprawna.org"]
    assert [
        e for _a, _b, e in find_emails("pisz: ola.nowicka(at)nomada(kropka)info(kropka)pl, tel.")
    ] == ["ola.nowicka@nomada.info.pl"]


def test_logo_captions_are_not_statements():
    text = (
        "Tekst.\n[logo: Dofinansowane przez Unię Europejską] [logo: Rzeczpospolita Polska]\nKoniec."
    )
    masked = mask(text)
    assert "Unię" not in masked and "Tekst." in masked and "Koniec." in masked
    assert len(masked) == len(text)


def _title(text):
    from ngo_atlas.extract.title import choose_title

    masked = mask(text)
    t = choose_title(masked, 0, len(masked), find_labels(masked))
    return t[0] if t else None


def test_site_name_menu_and_breadcrumbs_are_not_the_title():
    text = (
        "Stowarzyszenie Interwencji Prawnej\n"
        "Strona główna > Co robimy > Projekty > Projekty zakończone\n\n"
        "Wolni od detencji. Monitoring i pomoc prawna dla cudzoziemców\n\n"
        "Okres realizacji: 01.09.2019 – 31.08.2021\n"
    )
    assert _title(text) == "Wolni od detencji. Monitoring i pomoc prawna dla cudzoziemców"
    text = (
        "Menu\nStrona główna  Wspieramy  Projekty  Dołącz do nas  Aktualności\n\n"
        "Szkoła Liderek Migranckich\nFundacja Kalejdoskop Kultur\n"
    )
    assert _title(text) == "Szkoła Liderek Migranckich"


def test_menu_line_blanked_for_its_appeal_still_ends_the_header():
    text = (
        "Caritas Diecezji Kieleckiej\nStart | O Caritas | Migranci | Kontakt | Przekaż 1,5%\n\n"
        "Kielce dla cudzoziemców – punkt informacyjno-doradczy\n\n"
        "W latach 2019–2020 Caritas Diecezji Kieleckiej prowadziła punkt dla cudzoziemców.\n"
    )
    assert _title(text) == "Kielce dla cudzoziemców – punkt informacyjno-doradczy"


def test_quoted_name_after_an_organisation_head_is_the_body_not_the_project():
    text = (
        "Фонд «Украина» реализует проект «Интеграционный клуб для мигрантов во Вроцлаве». "
        "Проект реализуется с 1 февраля 2024 г."
    )
    assert _title(text) == "Интеграционный клуб для мигрантов во Вроцлаве"


def test_project_database_section_heading_is_generic():
    text = (
        "Baza projektów\n\nRazem na Podlasiu – sieć wsparcia dla cudzoziemców\n\n"
        "Grantobiorca: Fundacja Wspólne Podlasie\n"
    )
    assert _title(text) == "Razem na Podlasiu – sieć wsparcia dla cudzoziemców"


def test_partner_names_joined_by_na_rzecz_stay_whole():
    from ngo_atlas.extract.organisations import find_organisations, merge_orgs

    text = (
        "Liderem projektu jest Lubelski Urząd Wojewódzki w Lublinie, który będzie go realizował "
        "wspólnie z Fundacją Instytut na rzecz Państwa Prawa, Stowarzyszeniem Homo Faber oraz "
        "Caritas Archidiecezji Lubelskiej."
    )
    orgs = [(o.name, o.role) for o in merge_orgs(find_organisations(text, 0, len(text), [], "pl"))]
    assert ("Fundacja Instytut na rzecz Państwa Prawa", "partner") in orgs
    assert ("Stowarzyszenie Homo Faber", "partner") in orgs


def test_acronym_then_dash_then_full_name_keeps_the_full_name():
    text = "Źródło finansowania: UNHCR – Wysoki Komisarz Narodów Zjednoczonych ds. Uchodźców\n"
    assert _funders(text) == ["Wysoki Komisarz Narodów Zjednoczonych ds. Uchodźców"]


def test_two_label_blocks_under_quoted_headings_are_two_projects():
    from ngo_atlas.extract import segment

    text = (
        "„Lubelska Sieć Pomocy Prawnej dla Cudzoziemców”\n"
        "Czas realizacji: 1 kwietnia 2022 r. – 31 marca 2024 r.\n"
        "Źródło finansowania: UNHCR\n\nOpis pierwszego projektu trwał dwa lata.\n\n"
        "„Pomoc prawna w kryzysie humanitarnym na granicy”\n"
        "Okres realizacji: od lipca 2024 r. – projekt trwa\n"
        "Finansowanie: Fundusz Obywatelski im. Henryka Wujca – 80 000 zł\n"
    )
    segs = segment.split(text, find_labels(text))
    assert [s.title for s in segs] == [
        "„Lubelska Sieć Pomocy Prawnej dla Cudzoziemców”",
        "„Pomoc prawna w kryzysie humanitarnym na granicy”",
    ]


_TABLE_PAGE = (
    "Centrum Obsługi Projektów Europejskich Ministerstwa Spraw Wewnętrznych i Administracji, "
    "pełniące funkcję Instytucji Pośredniczącej dla Funduszu Azylu, Migracji i Integracji, informuje, "
    "że zakończyła się ocena wniosków. Do dofinansowania ze środków Funduszu Azylu, Migracji i "
    "Integracji wybrano następujące projekty:\n\n"
    "Lp. | Beneficjent | Tytuł projektu | Okres realizacji | Kwota dofinansowania (PLN)\n"
    "1 | Stowarzyszenie Homo Faber | Lublin – miasto wielu kultur | 01.01.2024–31.12.2026 | 2 845 120,00\n"
    "2 | Fundacja Emic | Toruń otwarty na migrantów | 01.02.2024–31.01.2027 | 1 998 431,50\n"
)


def test_table_rows_take_the_currency_of_their_column_and_the_funder_above_the_table():
    from ngo_atlas.extract.pipeline import extract_document
    from ngo_atlas.model import Document

    ext = extract_document(Document("t", "lista.txt", _TABLE_PAGE))
    assert [p.title for p in ext.projects] == [
        "Lublin – miasto wielu kultur",
        "Toruń otwarty na migrantów",
    ]
    first = ext.projects[0]
    assert [(f.funder, f.amount, f.currency) for f in first.funding] == [
        ("Fundusz Azylu, Migracji i Integracji", 2845120.0, "PLN")
    ]
    roles = {(o.name, o.role) for o in first.organizations}
    assert ("Stowarzyszenie Homo Faber", "lead") in roles
    assert (
        "Centrum Obsługi Projektów Europejskich Ministerstwa Spraw Wewnętrznych i Administracji",
        "other",
    ) in roles


def test_polish_head_in_ascii_does_not_take_the_sentence_subject():
    from ngo_atlas.extract.organisations import mentions

    text = "Prawniczki Fundacji wspólnie z prawnikami Stowarzyszenia Interwencji Prawnej udzielają porad."
    assert next(text[a:b] for a, b in mentions(text, 0, len(text))) == "Fundacji"


_EVENT = (
    "Miasto dla wszystkich. Konferencja o integracji migrantów\n\n"
    "Organizatorzy\n- Fundacja Inna Przestrzeń\n- Instytut Spraw Publicznych\n"
    "- Ośrodek Badań nad Migracjami Uniwersytetu Warszawskiego\n"
    "Program\n10:00–10:15 | Otwarcie – Agnieszka Sęk, prezeska Fundacji Inna Przestrzeń\n\n"
    "Zadanie publiczne „Miasto dla wszystkich. Konferencja o integracji migrantów” jest "
    "realizowane przez Fundację Inna Przestrzeń i dofinansowane ze środków m.st. Warszawy.\n"
)


def test_public_task_is_a_project_with_one_lead_its_funder_and_status():
    from ngo_atlas.extract.pipeline import extract_document
    from ngo_atlas.model import Document

    ext = extract_document(Document("e", "konferencja.txt", _EVENT))
    assert len(ext.projects) == 1
    p = ext.projects[0]
    assert p.status == "ongoing"
    assert [(f.funder, f.programme) for f in p.funding] == [("m.st. Warszawa", None)]
    roles = {o.name: o.role for o in p.organizations}
    assert roles["Fundacja Inna Przestrzeń"] == "lead"
    assert roles["Instytut Spraw Publicznych"] == "partner"
    assert roles["Ośrodek Badań nad Migracjami Uniwersytetu Warszawskiego"] == "partner"


def test_capitalised_name_head_reads_as_singular_genitive():
    from ngo_atlas.lang.polish import nominative

    assert nominative("Gminy Wrocław") == "Gmina Wrocław"
    assert (
        nominative("Ambasady Królestwa Niderlandów w Warszawie")
        == "Ambasada Królestwa Niderlandów w Warszawie"
    )
    assert nominative("Uchodźcy.Info") == "Uchodźcy.Info"


def test_no_sentence_break_after_name_abbreviations():
    from ngo_atlas.extract.text import sentences

    text = "Projekt dofinansowano ze środków m.st. Warszawy. Biuro mieści się przy ul. Nowej 5."
    assert len(sentences(text)) == 2


def _org_roles(text, lang):
    from ngo_atlas.extract.organisations import find_organisations, merge_orgs

    return {(o.name, o.role) for o in merge_orgs(find_organisations(text, 0, len(text), [], lang))}


def test_cyrillic_lead_in_past_and_partners_after_a_dash():
    ru = "Лидером проекта было Опольское воеводское управление, а Каритас участвовала в нём."
    assert ("Опольское воеводское управление", "lead") in _org_roles(ru, "ru")
    uk = (
        "Лідером проєкту є Малопольське воєводське управління в Кракові, партнерами — Центр правової "
        "допомоги імені Галини Нєць та Карітас Краківської архідієцезії."
    )
    roles = _org_roles(uk, "uk")
    assert ("Карітас Краківської архідієцезії", "partner") in roles


def test_cyrillic_funder_in_the_instrumental_without_preposition_keeps_the_full_name():
    text = (
        "Проект рассчитан на период с III квартала 2023 года по II квартал 2025 года и финансируется "
        "УВКБ ООН (Управлением Верховного комиссара ООН по делам беженцев)."
    )
    assert _funders(text, "ru") == ["Управление Верховного комиссара ООН по делам беженцев"]
    from ngo_atlas.extract.dates import find_periods

    per = find_periods(text)
    assert [(p.start.iso(), p.end.iso()) for p in per] == [("2023", "2025")]


def test_ukrainian_programme_after_u_mezhakh():
    text = "Проєкт фінансується Європейським Союзом у межах програми CERV."
    from ngo_atlas.extract.funding import find_funding

    f = find_funding(text, 0, len(text), [], "uk")
    assert [(x.funder, x.programme) for x in f] == [("Європейський Союз", "CERV")]


def test_quarter_start_and_whole_year():
    from ngo_atlas.extract.dates import open_dates

    text = "Realizacja projektu rozpocznie się w III kwartale 2024 r. i potrwa do końca 2027 r."
    first, last = open_dates(text, 0, len(text))
    assert (first.iso(), last.iso()) == ("2024", "2027")
    text = "Przez cały 2023 rok Fundacja Dobra Fabryka zapewniała schronienie kobietom."
    first, last = open_dates(text, 0, len(text))
    assert (first.iso(), last.iso()) == ("2023", "2023")


def _people(text, lang="pl"):
    from ngo_atlas.extract.people import find_people

    return [(p.name, p.role) for p in find_people(text, 0, len(text), find_labels(text), lang)]


def test_coordinator_in_the_genitive_after_a_comma():
    text = (
        "Śledź nasz profil albo napisz do koordynatorki projektu, Oli Nowickiej: "
        "ola.nowicka (at) nomada (kropka) info (kropka) pl"
    )
    assert _people(text) == [("Ola Nowicka", "coordinator")]


def test_contact_phrase_with_pani_and_english_project_coordinator():
    assert _people("Informacji o projekcie udziela pani Halina Kot, tel. 12 421 00 00.") == [
        ("Halina Kot", "contact")
    ]
    text = (
        '"The project showed that a city can respond quickly," said Anna Nowak, the project '
        "coordinator from the Social Development Department."
    )
    assert _people(text, "en") == [("Anna Nowak", "coordinator")]


def test_contact_label_yields_to_the_stated_coordinator_role():
    text = "Контакт: Наталія Коваль, координаторка проєкту, natalia.koval [at] naszwybor [dot] org [dot] pl\n"
    assert [x for x in _people(text, "uk") if x[0]] == [("Наталія Коваль", "coordinator")]


def test_event_programme_speakers_are_experts():
    text = (
        "11:45–13:00 | Panel II: Głos społeczności migranckich. Udział: Olena Hrytsenko "
        "(Fundacja Nasz Wybór), Ahmed Saleh (Stowarzyszenie Syryjczyków w Polsce)\n"
    )
    assert _people(text) == [("Olena Hrytsenko", "expert"), ("Ahmed Saleh", "expert")]


def test_thanks_to_a_donation_names_the_funder():
    text = "Projekt był możliwy dzięki darowiźnie Fundacji PZU w wysokości PLN 350 000."
    assert _funders(text) == ["Fundacja PZU"]


def test_funder_label_keeps_a_name_joined_by_i():
    text = "Źródło finansowania: Europejski Program na rzecz Integracji i Migracji (EPIM)\n"
    assert _funders(text) == ["Europejski Program na rzecz Integracji i Migracji"]


def test_english_eea_labels_give_lead_and_partner():
    from ngo_atlas.extract.organisations import find_organisations

    text = (
        "Project promoter: Helsinki Foundation for Human Rights\n"
        "Donor project partner: Norwegian Organisation for Asylum Seekers (NOAS)\n"
    )
    orgs = [
        (o.name, o.role) for o in find_organisations(text, 0, len(text), find_labels(text), "en")
    ]
    assert orgs == [
        ("Helsinki Foundation for Human Rights", "lead"),
        ("Norwegian Organisation for Asylum Seekers", "partner"),
    ]


def _doc(text):
    from ngo_atlas.extract.pipeline import extract_document
    from ngo_atlas.model import Document

    return extract_document(Document("d", "page.txt", text))


def test_site_owner_named_again_in_the_body_runs_the_project_and_the_title_is_no_body():
    text = (
        "Fundacja Dobra Fabryka\nAKTUALNOŚCI\n\nDom na Czas Wojny – podsumowanie roku\n\n"
        "Projekt „Dom na Czas Wojny – wsparcie mieszkaniowe dla uchodźczyń z Ukrainy” zakończył się "
        "31 grudnia. Przez cały 2023 rok Fundacja Dobra Fabryka zapewniała schronienie kobietom.\n\n"
        "Projekt był możliwy dzięki darowiźnie Fundacji PZU w wysokości PLN 350 000.\n"
    )
    p = _doc(text).projects[0]
    assert {(o.name, o.role) for o in p.organizations} == {
        ("Fundacja Dobra Fabryka", "lead"),
        ("Fundacja PZU", "funder"),
    }
    assert (p.start, p.end) == ("2023", "2023")


def test_bare_head_word_is_the_same_body_as_the_full_name():
    from ngo_atlas.extract.organisations import merge_orgs
    from ngo_atlas.model import OrgRef

    merged = merge_orgs([OrgRef("Caritas Diecezji Kieleckiej", "lead"), OrgRef("Caritas", "lead")])
    assert [o.name for o in merged] == ["Caritas Diecezji Kieleckiej"]


def test_one_voivodeship_word_with_several_regions():
    from ngo_atlas.extract.places import find_places

    text = (
        "Wywiady przeprowadzono na terenie województwa podkarpackiego, lubelskiego i mazowieckiego."
    )
    got = [t.value for t in find_places(text, 0, len(text), [], "pl")]
    assert got == ["województwo podkarpackie", "województwo lubelskie", "województwo mazowieckie"]
    label = "Zasięg: województwo lubelskie i podlaskie\n"
    got = [t.value for t in find_places(label, 0, len(label), find_labels(label), "pl")]
    assert got == ["województwo podlaskie", "województwo lubelskie"] or got == [
        "województwo lubelskie",
        "województwo podlaskie",
    ]


def test_a_common_noun_after_na_is_no_town():
    from ngo_atlas.extract.places import find_places

    text = "Dom na Czas Wojny – podsumowanie roku w Nowym Sączu."
    assert [t.value for t in find_places(text, 0, len(text), [], "pl")] == ["Nowy Sącz"]


def _funding_of(text):
    p = _doc(text).projects[0]
    return sorted((f.funder, f.amount, f.currency) for f in p.funding)


def test_amount_per_funder_from_a_sentence():
    text = (
        "Nowy projekt dla cudzoziemców\n\nProjekt „Lubelskie Centrum Integracji” rozpocznie się w 2024 r. "
        "Wartość projektu to blisko 9,6 mln zł, z czego 7,2 mln zł pochodzi z Funduszu Azylu, Migracji "
        "i Integracji, a 2,4 mln zł z budżetu państwa.\n"
    )
    assert _funding_of(text) == [
        ("Fundusz Azylu, Migracji i Integracji", 7200000.0, "PLN"),
        ("budżet państwa", 2400000.0, "PLN"),
    ]


def test_amount_per_funder_from_labels():
    text = (
        "Tytuł projektu: „Prawo bez granic”\nCzas trwania projektu: styczeń 2016 – grudzień 2017\n"
        "Źródło finansowania: Fundusz Azylu, Migracji i Integracji; budżet państwa\n"
        "Kwota dofinansowania z FAMI: 309 660,38 zł\nWkład budżetu państwa: 103 220,12 zł\n"
    )
    assert _funding_of(text) == [
        ("Fundusz Azylu, Migracji i Integracji", 309660.38, "PLN"),
        ("budżet państwa", 103220.12, "PLN"),
    ]


def test_two_bodies_joined_by_and_when_the_second_head_is_its_second_word():
    text = (
        'IOM in Poland is implementing the project "Migrant Information Centres" in partnership '
        "with Fundacja Ocalenie and Polskie Forum Migracyjne."
    )
    roles = _org_roles(text, "en")
    assert ("Fundacja Ocalenie", "partner") in roles and (
        "Polskie Forum Migracyjne",
        "partner",
    ) in roles
    text = "Projekt realizowany jest we współpracy z Ministerstwem Rodziny i Polityki Społecznej."
    assert ("Ministerstwo Rodziny i Polityki Społecznej", "partner") in _org_roles(text, "pl")


def test_acronym_spelling_the_words_before_it_keeps_their_commas():
    text = "Donor: Bureau of Population, Refugees, and Migration (PRM)\n"
    assert _funders(text, "en") == ["Bureau of Population, Refugees, and Migration"]


def test_partner_named_with_as_a_partner_and_gloss_after_acronym():
    text = (
        "From September 2022 to August 2023 the City of Gdańsk, together with UNHCR, the UN Refugee "
        "Agency, implemented the project. The project was financed by UNHCR and carried out with the "
        "Gdańsk Immigrant Support Centre as a partner."
    )
    p = _doc("Gdańsk Welcomes\n\n" + text + "\n").projects[0]
    roles = {(o.name, o.role) for o in p.organizations}
    assert ("Gdańsk Immigrant Support Centre", "partner") in roles
    assert ("UNHCR", "funder") in roles
    assert not any(name == "UN Refugee Agency" for name, _r in roles)


def test_label_lists_of_a_research_project():
    text = (
        "- Jednostka realizująca:\n- Ośrodek Badań nad Migracjami Uniwersytetu Warszawskiego\n"
        "- Partner zagraniczny:\n- Universität Osnabrück (Niemcy)\n"
        "- Wykonawcy:\n- dr Michał Bieniek, mgr Oksana Petrenko\n"
    )
    labels = find_labels(text)
    from ngo_atlas.extract.organisations import find_organisations

    orgs = [(o.name, o.role) for o in find_organisations(text, 0, len(text), labels, "pl")]
    assert orgs == [
        ("Ośrodek Badań nad Migracjami Uniwersytetu Warszawskiego", "lead"),
        ("Universität Osnabrück", "partner"),
    ]
    assert _people(text) == [("Michał Bieniek", "other"), ("Oksana Petrenko", "other")]


def test_operator_apposition_and_partner_by_participation():
    text = (
        "Projekt jest finansowany z Funduszy EOG. Dotację przyznała Fundacja Edukacja dla Demokracji, "
        "operator Programu."
    )
    assert ("Fundacja Edukacja dla Demokracji", "other") in _org_roles(text, "pl")
    ru = (
        "Лидером проекта было Опольское воеводское управление, а Каритас Опольской епархии "
        "участвовала в нём как партнёр."
    )
    assert ("Каритас Опольской епархии", "partner") in _org_roles(ru, "ru")


def test_cyrillic_lead_name_ends_at_its_verb_and_city_funds_in_lower_case():
    uk = "Гміна Місто Краків реалізує проєкт «Міжкультурні асистенти у школах Кракова»."
    assert ("Гміна Місто Краків", "lead") in _org_roles(uk, "uk")
    ru = "Проект реализуется с 1 февраля 2024 г. и софинансируется из средств города Вроцлава."
    assert _funders(ru, "ru") == ["город Вроцлав"]


def test_a_bare_common_head_word_is_no_organisation():
    text = (
        "Szkoła Liderek Migranckich\n\nSzkoła Liderek Migranckich to roczny program rozwojowy. "
        "Program zakończył się konferencją „Głos migrantek”.\n"
    )
    p = _doc(text).projects
    assert all(o.name != "Program" for x in p for o in x.organizations)


def test_an_impossible_day_keeps_month_precision():
    from ngo_atlas.extract.dates import find_dates

    assert [d.iso() for d in find_dates("od 31 lutego 2020 do 30.02.2021")] == [
        "2020-02",
        "2021-02",
    ]


def test_label_list_splits_before_an_adjective_opening_the_next_body():
    from ngo_atlas.extract.organisations import find_organisations

    text = "Partnerzy: Fundacja Rozwoju Regionu Rzeszów oraz Powiatowy Urząd Pracy w Rzeszowie\n"
    orgs = [o.name for o in find_organisations(text, 0, len(text), find_labels(text), "pl")]
    assert orgs == ["Fundacja Rozwoju Regionu Rzeszów", "Powiatowy Urząd Pracy w Rzeszowie"]
    text = "Partner projektu: Wydział Prawa i Administracji Uniwersytetu Jagiellońskiego\n"
    orgs = [o.name for o in find_organisations(text, 0, len(text), find_labels(text), "pl")]
    assert orgs == ["Wydział Prawa i Administracji Uniwersytetu Jagiellońskiego"]
    uk = "Партнери проєкту: Гданський центр підтримки іммігрантів та Поморський університет.\n"
    orgs = [o.name for o in find_organisations(uk, 0, len(uk), find_labels(uk), "uk")]
    assert orgs == ["Гданський центр підтримки іммігрантів", "Поморський університет"]


def test_email_after_a_name_and_phone_belongs_to_that_person():
    text = "Kierowniczka projektu: Marta Zielińska, tel. 17 000 00 00, m.zielinska@wspolnotakultur.pl\n"
    from ngo_atlas.extract.people import find_people

    people = find_people(text, 0, len(text), find_labels(text), "pl")
    assert [(p.name, p.role, p.email) for p in people] == [
        ("Marta Zielińska", "coordinator", "m.zielinska@wspolnotakultur.pl")
    ]


def test_and_the_starts_a_new_english_body():
    text = "The project is carried out in partnership with the City of Łódź and the University of Łódź."
    roles = _org_roles(text, "en")
    assert ("City of Łódź", "partner") in roles and ("University of Łódź", "partner") in roles


def test_ukrainian_town_after_u_and_capitalised_voivodeship_inside_a_programme_name():
    from ngo_atlas.extract.places import find_places

    uk = "Заняття проходять у Гданську та Гдині."
    assert [t.value for t in find_places(uk, 0, len(uk), [], "uk")] == ["Гданськ", "Гдиня"]
    pl = (
        "Projekt dofinansowany w ramach Regionalnego Programu Operacyjnego Województwa Podkarpackiego. "
        "Zajęcia odbywały się w Rzeszowie."
    )
    assert [t.value for t in find_places(pl, 0, len(pl), [], "pl")] == ["Rzeszów"]


def test_digest_items_opening_with_a_quoted_name_are_separate_projects():
    text = (
        "Fundacja Dla Wszystkich\nAktualności\n\nW 2023 roku realizowaliśmy dwa projekty:\n\n"
        "„Mama w Polsce” – wsparcie dla matek z Ukrainy w Lublinie. Projekt finansowany przez "
        "Fundację PZU, kwota dotacji 45 000 zł. Czas realizacji: styczeń–grudzień 2023.\n\n"
        "„Praca bez barier” – doradztwo zawodowe dla cudzoziemców. Projekt współfinansowany ze "
        "środków Urzędu Miasta Lublin, 30 000 zł. Realizowany od 1 kwietnia do 30 listopada 2023 r.\n"
    )
    ps = _doc(text).projects
    assert [p.title for p in ps] == ["Mama w Polsce", "Praca bez barier"]
    assert [[f.funder for f in p.funding] for p in ps] == [
        ["Fundacja PZU"],
        ["Urząd Miasta Lublin"],
    ]


def test_a_quoted_speech_is_no_digest_item():
    from ngo_atlas.extract.segment import _item_title

    text = "„Dzieci często zostają same z barierą językową” – mówi Joanna Wróbel, koordynatorka projektu."
    assert _item_title(text, 0, len(text)) is None


def test_english_title_label_and_email_after_name_and_role():
    from ngo_atlas.extract.title import choose_title

    text = "Title: Safe Haven – shelter and legal aid for refugees in Kraków\nDonor: Open Society Foundations\n"
    assert (
        choose_title(text, 0, len(text), find_labels(text))[0]
        == "Safe Haven – shelter and legal aid for refugees in Kraków"
    )
    text = "Więcej informacji: Katarzyna Wiśniewska, koordynatorka projektu, k.wisniewska@caritas.gda.pl\n"
    from ngo_atlas.extract.people import find_people

    people = find_people(text, 0, len(text), find_labels(text), "pl")
    assert [(p.name, p.role, p.email) for p in people] == [
        ("Katarzyna Wiśniewska", "coordinator", "k.wisniewska@caritas.gda.pl")
    ]


def test_city_budget_keeps_the_city_name():
    text = (
        "Dotacje przyznano ze środków budżetu Miasta Gdańska. Projekt z budżetu miasta oraz gminy."
    )
    # the city pays: the funder is the city body, in the nominative (SCHEMA: city budgets)
    assert _funders(text)[0] == "Miasto Gdańsk"


def test_city_budget_names_the_whole_body_and_a_voivodeship_budget_stays_a_budget():
    assert _funders("Zadanie współfinansowane ze środków budżetu Gminy Miasto Szczecin.") == [
        "Gmina Miasto Szczecin"]
    assert _funders("Zadanie zostało sfinansowane z budżetu Miasta Łodzi w ramach konkursu.") == [
        "Miasto Łódź"]
    assert _funders("Projekt finansowany ze środków budżetu Województwa Śląskiego.") == [
        "budżet Województwa Śląskiego"]


def test_footer_with_a_long_address_line_is_furniture():
    text = (
        "Projekt koordynowała Ewa Marczak.\nKontakt: detencja [at] interwencjaprawna [dot] pl\n\n"
        "Stowarzyszenie Interwencji Prawnej, ul. Siedmiogrodzka 5/51, 01-204 Warszawa\n"
        "tel. 22 621 51 65 | sekretariat@interwencjaprawna.pl\nFacebook | YouTube | Newsletter\n"
    )
    masked = mask(text)
    assert "sekretariat" not in masked and "detencja [at]" in masked


def test_one_day_event_presented_as_a_project():
    text = (
        "Miasto dla wszystkich. Konferencja o integracji migrantów\n"
        "24 października 2025 r., godz. 10:00–16:30, Centrum Wielokulturowe, Warszawa\n\n"
        "Zadanie publiczne „Miasto dla wszystkich” jest realizowane przez Fundację Inna Przestrzeń.\n"
    )
    p = _doc(text).projects[0]
    assert (p.start, p.end) == ("2025-10-24", "2025-10-24")


def test_english_words_before_a_shared_head_join_the_name():
    text = (
        "Between January 2021 and December 2022 the Polish Migration Forum Foundation ran the project "
        '"Hello Poland" in Warsaw.'
    )
    assert ("Polish Migration Forum Foundation", "lead") in _org_roles(text, "en")


def test_job_offer_naming_a_project_is_no_project_and_an_end_before_start_is_dropped():
    text = (
        "Fundacja Przystań\nPraca\n\nSzukamy osoby na stanowisko koordynatora projektu „Razem w szkole”, "
        "finansowanego ze środków UNICEF. Oferujemy umowę o pracę od 1 lutego 2025 r., wynagrodzenie "
        "7 000–8 500 zł brutto. CV prosimy przesyłać do 15 stycznia 2025 r.\n"
    )
    assert _doc(text).projects == []
    text = (
        "Projekt „Razem w szkole” finansowany ze środków UNICEF trwa od 1 lutego 2025 r. "
        "Zgłoszenia przyjmujemy do 15 stycznia 2025 r.\n"
    )
    p = _doc(text).projects[0]
    assert (p.start, p.end) == ("2025-02-01", None)


def test_past_duration_and_past_implementation_mean_completed():
    from ngo_atlas.extract.status import find_status

    for text in (
        "Проєкт «Українська бібліотека в Любліні» тривав до 28 лютого 2021 року.",
        "Фонд «Открытый диалог» реализовал проект «Школа» в 2019 году.",
        "Projekt trwał do końca 2020 roku.",
    ):
        assert find_status(text, 0, len(text), [])[0] == "completed", text


def test_numbered_institutions_and_embassies_keep_number_and_seat():
    from ngo_atlas.extract.names import capitalised_run

    t = "Poradnia Psychologiczno-Pedagogiczna nr 3 w Poznaniu oraz szkoły"
    a, b = capitalised_run(t, 0, len(t))
    assert t[a:b] == "Poradnia Psychologiczno-Pedagogiczna nr 3 w Poznaniu"
    assert _funders(
        "Projekt realizowany dzięki wsparciu Ambasady Stanów Zjednoczonych w Polsce."
    ) == ["Ambasada Stanów Zjednoczonych w Polsce"]


def test_amounts_in_brackets_after_each_funder():
    text = (
        "Warszawski Dom Sąsiedzki\n\nProjekt „Warszawski Dom Sąsiedzki” realizowaliśmy od lutego 2018 roku. "
        "Przedsięwzięcie finansowane było ze środków Miasta Stołecznego Warszawy (85 tys. zł) oraz "
        "Fundacji im. Stefana Batorego (40 tys. zł). Projekt zakończył się w listopadzie 2019 roku.\n"
    )
    assert _funding_of(text) == [
        ("Fundacja im. Stefana Batorego", 40000.0, "PLN"),
        ("Miasto Stołeczne Warszawa", 85000.0, "PLN"),
    ]


def test_coordinator_described_after_the_name():
    text = (
        '"Many of the people we meet have been pushed back," says Maria Lis, the lawyer who '
        "coordinates the project."
    )
    assert _people(text, "en") == [("Maria Lis", "coordinator")]
    text = "Contact: Anna Kowal, Project Manager, a.kowal [at] iom [dot] int\n"
    assert [x for x in _people(text, "en") if x[0]] == [("Anna Kowal", "coordinator")]


def test_project_verb_subject_order_and_institution_heads():
    text = (
        "Projekt realizuje Miejska Biblioteka Publiczna w Tarnowie we współpracy z Fundacją "
        "Ukraińska Szkoła."
    )
    roles = _org_roles(text, "pl")
    assert ("Miejska Biblioteka Publiczna w Tarnowie", "lead") in roles
    assert ("Fundacja Ukraińska Szkoła", "partner") in roles


def test_english_text_keeps_polish_town_names_including_two_word_and_listed_ones():
    from ngo_atlas.extract.places import find_places

    text = (
        "Psychologists provided support in the reception centres in Dębak and Linin and in the "
        "guarded centre for foreigners in Biała Podlaska."
    )
    assert [t.value for t in find_places(text, 0, len(text), [], "en")] == [
        "Dębak",
        "Linin",
        "Biała Podlaska",
    ]


def test_start_date_before_r_dot_and_substantive_partner():
    from ngo_atlas.extract.dates import open_dates

    text = (
        "1 września 2024 r. Fundacja Instytut Równowagi Społecznej rozpoczęła drugą edycję projektu. "
        "Partnerem merytorycznym jest Uniwersytet w Białymstoku."
    )
    assert open_dates(text, 0, len(text))[0].iso() == "2024-09-01"
    assert ("Uniwersytet w Białymstoku", "partner") in _org_roles(text, "pl")


def test_cyrillic_body_that_completed_the_project_led_it():
    text = (
        "Ассоциация «Мост» завершила проект «Русскоязычная горячая линия для мигрантов», который "
        "длился с сентября 2022 года по август 2023 года."
    )
    assert ("Ассоциация Мост", "lead") in _org_roles(text, "ru")


def test_bulleted_list_of_quoted_projects_with_years_and_funders():
    text = (
        "Stowarzyszenie Amici\nNasze projekty\n\nZrealizowane projekty:\n"
        "• „Polski na start” (2019–2020) – kursy języka polskiego dla dorosłych, finansowane przez "
        "Urząd Miasta Torunia.\n"
        "• „Rodzina w nowym mieście” (2021) – wsparcie psychologiczne dla rodzin, finansowane przez "
        "Fundację Orlen.\n"
    )
    ps = _doc(text).projects
    assert [(p.title, p.start, p.end) for p in ps] == [
        ("Polski na start", "2019", "2020"),
        ("Rodzina w nowym mieście", "2021", "2021"),
    ]
    assert [[f.funder for f in p.funding] for p in ps] == [
        ["Urząd Miasta Torunia"],
        ["Fundacja Orlen"],
    ]


def test_registration_link_of_an_event_is_its_url():
    text = (
        "Konferencja „Miasto dla wszystkich”\n\nZadanie publiczne „Miasto dla wszystkich” jest realizowane "
        "przez Fundację Inna Przestrzeń.\nUdział jest bezpłatny, obowiązuje rejestracja: "
        "https://innaprzestrzen.pl/miasto-dla-wszystkich.\n"
    )
    p = _doc(text).projects[0]
    assert [u.value for u in p.urls] == ["https://innaprzestrzen.pl/miasto-dla-wszystkich"]


def test_place_phrase_reads_its_head_as_a_place():
    from ngo_atlas.lang.polish import nominative

    assert nominative("Krośnie Odrzańskim", geo=True) == "Krosno Odrzańskie"
    assert nominative("Białej Podlaskiej", geo=True) == "Biała Podlaska"
    assert nominative("Fundacji Ocalenie") == "Fundacja Ocalenie"


def test_ministry_name_with_commas_stays_whole():
    text = "Zadanie publiczne dofinansowane ze środków Ministerstwa Rodziny, Pracy i Polityki Społecznej."
    assert _funders(text) == ["Ministerstwo Rodziny, Pracy i Polityki Społecznej"]


def test_a_body_and_its_unit_after_a_dash_are_one_name():
    from ngo_atlas.extract.names import capitalised_run

    for name in ("Narodowy Instytut Wolności – Centrum Rozwoju Społeczeństwa Obywatelskiego",
                 "Uniwersytet Jagielloński – Klinika Prawa Migracyjnego"):
        text = f"Partner: {name} ze środków programu."
        a, b = capitalised_run(text, 9, len(text))
        assert text[a:b] == name
    text = "Partner: Fundacja Ocalenie – partner projektu."
    a, b = capitalised_run(text, 9, len(text))
    assert text[a:b] == "Fundacja Ocalenie"
    assert _funders("Konferencja dofinansowana przez Narodowy Instytut Wolności – Centrum Rozwoju "
                    "Społeczeństwa Obywatelskiego.") == [
        "Narodowy Instytut Wolności – Centrum Rozwoju Społeczeństwa Obywatelskiego"]


def test_a_host_with_a_path_is_an_address_without_a_scheme():
    from ngo_atlas.extract.links import find_urls

    text = "Raport można pobrać bezpłatnie ze strony isp.org.pl/mieszkac-w-polsce."
    assert [u for _a, _b, u in find_urls(text)] == ["isp.org.pl/mieszkac-w-polsce"]
    text = "Итоговый отчёт доступен на сайте forummigracyjne.org/zdrowie."
    assert [u for _a, _b, u in find_urls(text)] == ["forummigracyjne.org/zdrowie"]
    # an e-mail's host and a bare host with no path are no addresses on their own
    assert find_urls("Pisz: biuro@isp.org.pl lub odwiedź isp.org.pl dziś.") == []


def _places(text):
    from ngo_atlas.extract.places import find_places

    return [p.value for p in find_places(text, 0, len(text), find_labels(text), "pl", None, [])]


def test_districts_in_lower_case_are_places_and_a_colon_list_of_cities_gives_each():
    assert _places("Lokalizacja: Opole, powiat opolski\n") == ["Opole", "powiat opolski"]
    assert _places("Badania prowadzono w Ełku oraz w gminach wiejskich powiatu olsztyńskiego i "
                   "ostródzkiego.") == ["Ełk", "powiat olsztyński", "powiat ostródzki"]
    assert _places("Badanie objęło cztery miasta: Warszawę, Kraków, Wrocław i Poznań.") == [
        "Warszawa", "Kraków", "Wrocław", "Poznań"]
    assert _places("Dyżury w powiecie ziemskim i w Starostwie Powiatowym.") == []


def test_a_programme_name_ends_before_a_verb():
    text = ("Projekt jest możliwy dzięki wsparciu Ambasady Kanady w Polsce, która w ramach "
            "Kanadyjskiego Funduszu Inicjatyw Lokalnych przekazała na ten cel CAD 48 000.")
    programmes = [f.programme for f in find_funding(text, 0, len(text), find_labels(text), "pl")]
    assert "Kanadyjski Fundusz Inicjatyw Lokalnych" in programmes
    assert not any("przekazała" in (p or "") for p in programmes)


def test_ukrainian_na_koryst_stays_inside_a_name_like_na_rzecz():
    from ngo_atlas.extract.organisations import cyrillic_mentions

    t = "Фонд Інститут на користь правової держави з березня 2023 р. реалізує проєкт."
    assert [t[a:b] for a, b in cyrillic_mentions(t, 0, len(t))] == [
        "Фонд Інститут на користь правової держави"]


def test_entries_under_a_menu_line_are_site_furniture():
    text = ("Opolskie Centrum Wielokulturowe\nMenu\nAktualności\nDla cudzoziemców / Для іноземців\n"
            "Kontakt\n\nLekcje o sąsiadach\nProjekt trwa. Kontakt z nami jest prosty.\n")
    masked = mask(text)
    assert "Dla cudzoziemców" not in masked and "Aktualności" not in masked
    assert "Lekcje o sąsiadach" in masked and "Kontakt z nami" in masked


def test_a_header_block_opened_by_an_accessibility_link_is_furniture():
    text = ("Ułatwienia dostępu\nAktywni Obywatele – Fundusz Regionalny\nBaza projektów\n\n"
            "Olsztyn otwarty: rzecznictwo na rzecz cudzoziemców w urzędach\n")
    masked = mask(text)
    assert "Baza projektów" not in masked and "Fundusz Regionalny" not in masked
    assert "Olsztyn otwarty" in masked


def test_an_edition_of_a_call_is_no_programme():
    text = "Grantobiorca: Stowarzyszenie X\nNabór: Nabór 2022 – ścieżka wsparcia podstawowa\n"
    assert [f.programme for f in find_funding(text, 0, len(text), find_labels(text), "pl")] == []
