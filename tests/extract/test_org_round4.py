"""Funders and programmes of the fourth round: general forms of who pays and in which programme."""

import pytest

from ngo_atlas.extract.funding import find_funding, glossed_name
from ngo_atlas.extract.labels import find_labels


def _funding(text, lang="pl"):
    return [(f.funder, f.programme) for f in find_funding(text, 0, len(text), find_labels(text), lang)]


@pytest.mark.parametrize("text, lang, expected", [
    # the locative "in the programme / in the call" names the programme, as "w ramach" does
    ("Zajęcia sfinansowała Fundacja Orle Gniazdo w programie „Sąsiedzkie Lato” (8 000 zł).\n", "pl",
     ("Fundacja Orle Gniazdo", "Sąsiedzkie Lato")),
    ("Projekt dofinansowany przez Fundację Orle Gniazdo w konkursie „Małe Ojczyzny” kwotą 9 000 zł.\n", "pl",
     ("Fundacja Orle Gniazdo", "Małe Ojczyzny")),
    ("Projekt sfinansowany przez Fundację Orle Gniazdo w programie Dobry Start. Kwota: 5 000 zł.\n", "pl",
     ("Fundacja Orle Gniazdo", "Dobry Start")),
    ("Проект финансируется Фондом Орлиное Гнездо в программе «Добрый старт».\n", "ru",
     ("Фонд Орлиное Гнездо", "Добрый старт")),
    ("Проєкт фінансує Фонд Орлине Гніздо у програмі «Добрий старт».\n", "uk",
     ("Фонд Орлине Гніздо", "Добрий старт")),
])
def test_locative_programme_phrase(text, lang, expected):
    assert expected in _funding(text, lang)


@pytest.mark.parametrize("text, lang, funder", [
    # the receiver's side of a grant: the giver after "z"/"od"/"from", with the amount between
    ("Na ten cel szkoła otrzymała 45 tys. złotych z Narodowego Instytutu Kultury.\n", "pl",
     "Narodowy Instytut Kultury"),
    ("Stowarzyszenie Nowa Droga otrzymało od Fundacji Orle Gniazdo grant w wysokości 12 tys. zł.\n", "pl",
     "Fundacja Orle Gniazdo"),
    ("Gmina uzyskała dotację z Ministerstwa Kultury na kursy językowe.\n", "pl", "Ministerstwo Kultury"),
    ("The school received a grant from the Northern Light Foundation for the language club.\n", "en",
     "Northern Light Foundation"),
    ("The club runs on a USD 8,000 grant from the Northern Light Foundation.\n", "en",
     "Northern Light Foundation"),
    ("Организация получила грант от Фонда Северный Свет на курсы языка.\n", "ru", "Фонд Северный Свет"),
])
def test_receiver_sentence_names_the_giver(text, lang, funder):
    assert funder in [f for f, _p in _funding(text, lang)]


def test_receiving_goods_from_a_body_is_no_funding():
    # no money word in the clause: a gift of goods, not a grant
    text = "Uczniowie otrzymali od Fundacji Orle Gniazdo książki i przybory szkolne.\n"
    assert _funding(text) == []


def test_russian_short_passive_takes_its_agent_in_the_instrumental():
    text = "Проект был софинансирован Городом Белосток в рамках Программы интеграции.\n"
    assert ("Город Белосток", "Программа интеграции") in _funding(text, "ru")


@pytest.mark.parametrize("text, programme", [
    ("Na realizację projektu gmina pozyskała 2,1 mln zł z Funduszy Europejskich dla Pomorza 2021-2027.\n",
     "Fundusze Europejskie dla Pomorza 2021-2027"),
    ("Projekt jest współfinansowany ze środków Funduszy Europejskich dla Warmii i Mazur 2021-2027.\n",
     "Fundusze Europejskie dla Warmii i Mazur 2021-2027"),
])
def test_european_funds_for_a_region_are_a_programme_not_a_funder(text, programme):
    assert (None, programme) in _funding(text)


def test_acronym_funder_takes_the_name_the_text_spells_out():
    text = ("Projekt jest współfinansowany z Programu Krajowego Funduszu Ochrony Granic i Wiz (FOGW). "
            "Z kwoty 500 000 zł dofinansowanie z FOGW wynosi 375 000 zł.\n")
    got = _funding(text)
    assert ("Fundusz Ochrony Granic i Wiz", "Program Krajowy Funduszu Ochrony Granic i Wiz") in got
    assert not any(f == "FOGW" for f, _p in got)


def test_glossed_name_needs_every_initial():
    text = "Fundusz Ochrony Granic (FOGW) działa od lat."
    assert glossed_name(text, "FOGW") is None
    a, b = glossed_name("z Funduszu Ochrony Granic i Wiz (FOGW)", "FOGW")
    assert "z Funduszu Ochrony Granic i Wiz (FOGW)"[a:b] == "Funduszu Ochrony Granic i Wiz"


def test_state_budget_named_in_english_keeps_its_adjective():
    text = ("The project is co-financed by the Border Fund under the National Programme 2021–2027 "
            "and by the Polish state budget.\n")
    got = _funding(text, "en")
    assert "Polish state budget" in [f for f, _p in got]
    assert ("Border Fund", "National Programme 2021–2027") in got


@pytest.mark.parametrize("text, amount, currency", [
    ("Сумма гранта – 48 тысяч злотых.", 48000.0, "PLN"),
    ("Бюджет: 250 000 швейцарских франков", 250000.0, "CHF"),
    ("Projekt otrzymał 1,5 miliona złotych.", 1500000.0, "PLN"),
    ("Dotacja wyniosła 12 tysięcy złotych.", 12000.0, "PLN"),
    ("Кошторис – 2,4 мільйона гривень.", 2400000.0, "UAH"),
    ("Грант – 30 тисяч злотих.", 30000.0, "PLN"),
])
def test_amounts_in_words_of_scale_and_currency(text, amount, currency):
    from ngo_atlas.extract.money import find_money

    assert [(h.amount, h.currency) for h in find_money(text)] == [(amount, currency)]


def _project_funding(text):
    from ngo_atlas.extract.pipeline import extract_document
    from ngo_atlas.model import Document

    p, = extract_document(Document("t.txt", "t.txt", text)).projects
    return [(f.funder, f.amount) for f in p.funding]


def test_each_share_goes_to_its_source_after_a_verb_or_noun():
    text = ("Projekt „Sąsiedzi z Wisły” realizuje Fundacja Nowy Dom.\n"
            "Projekt jest współfinansowany z Funduszu Ochrony Granic i Wiz (FOGW). Wartość projektu "
            "wynosi 600 000,00 zł, z czego 450 000,00 zł stanowi dofinansowanie z FOGW, "
            "a 150 000,00 zł wkład z budżetu państwa.\n")
    got = _project_funding(text)
    assert ("Fundusz Ochrony Granic i Wiz", 450000.0) in got
    assert ("budżet państwa", 150000.0) in got


def test_a_total_on_its_own_line_is_not_the_share_of_the_next_line():
    from ngo_atlas.extract.shares import _source_after

    text = "Wartość projektu: 500 000,00 zł\nDofinansowanie z UE: 400 000,00 zł\n"
    assert _source_after(text, text.index(" zł") + 3, len(text)) is None


@pytest.mark.parametrize("text, lang, second", [
    ("Pieniądze pochodzą od Fundacji Orle Gniazdo w ramach programu „Dobry Start” oraz z Urzędu "
     "Wysokiego Komisarza Narodów Zjednoczonych do spraw Uchodźców.\n", "pl",
     "Urząd Wysokiego Komisarza Narodów Zjednoczonych do spraw Uchodźców"),
    ("The project is funded by the Northern Light Foundation under the Good Start programme and from "
     "the Embassy of Canada.\n", "en", "Embassy of Canada"),
    ("Проект финансируется Фондом Северный Свет в рамках программы «Добрый старт», а также из "
     "Посольства Канады.\n", "ru", "Посольство Канады"),
])
def test_a_second_payer_after_the_first_payers_programme(text, lang, second):
    got = _funding(text, lang)
    assert (second, None) in got  # it pays outside the first payer's programme
    assert len([f for f, p in got if p]) == 1


@pytest.mark.parametrize("inflected, nominative", [
    # an adjective before a masculine-personal noun is that person's title, not the head's
    ("Urzędu Wysokiego Komisarza Narodów Zjednoczonych", "Urząd Wysokiego Komisarza Narodów Zjednoczonych"),
    ("Biura Głównego Inspektora Pracy", "Biuro Głównego Inspektora Pracy"),
    # before a thing it stays the head's
    ("Programu Krajowego Funduszu Azylu", "Program Krajowy Funduszu Azylu"),
    ("Urzędu Marszałkowskiego Województwa Opolskiego", "Urząd Marszałkowski Województwa Opolskiego"),
])
def test_nominative_changes_only_the_head_and_its_own_adjectives(inflected, nominative):
    from ngo_atlas.extract.names import nominative as to_nominative

    assert to_nominative(inflected, "pl") == nominative


def _orgs(text):
    from ngo_atlas.extract.pipeline import extract_document
    from ngo_atlas.model import Document

    p, = extract_document(Document("t.txt", "t.txt", text)).projects
    return [(o.name, o.role) for o in p.organizations]


def test_both_operators_of_a_programme_after_its_genitive_participle():
    text = ("Projekt „Sąsiedzi” realizuje Fundacja Nowy Dom. Otrzymał 5 000 zł w ramach programu „Dobry "
            "Start” Fundacji Orle Gniazdo realizowanego przez Akademię Małych Grantów oraz Fundację Biały Most.\n")
    got = _orgs(text)
    assert ("Akademia Małych Grantów", "other") in got and ("Fundacja Biały Most", "other") in got
    assert ("Fundacja Orle Gniazdo", "funder") in got


def test_a_project_participle_after_a_programme_still_names_the_lead():
    # "realizowany" agrees with the project, not with "programu": its agent runs the project
    text = "Projekt „Sąsiedzi” w ramach programu „Dobry Start” realizowany jest przez Fundację Nowy Dom.\n"
    assert ("Fundacja Nowy Dom", "lead") in _orgs(text)


def test_the_operators_partner_operates_with_it():
    text = ("Projekt „Sąsiedzi” realizuje Fundacja Nowy Dom. Projekt otrzymał 90 000 € z Funduszy EOG w "
            "ramach programu Aktywni Obywatele – Fundusz Krajowy, którego operatorem jest Fundacja Biały "
            "Most w partnerstwie z Fundacją Orle Gniazdo.\n")
    got = _orgs(text)
    assert ("Fundacja Biały Most", "other") in got and ("Fundacja Orle Gniazdo", "other") in got
    assert ("Fundusze EOG", "funder") in got


@pytest.mark.parametrize("text, lang, programme", [
    ("Projekt jest dofinansowany w ramach programu Aktywni Obywatele – Fundusz Regionalny finansowanego "
     "z Funduszy EOG.\n", "pl", "Aktywni Obywatele – Fundusz Regionalny"),
    ("Projekt sfinansowała Unia Europejska w ramach programu Erasmus+, akcja 1 – mobilność kadry.\n", "pl",
     "Erasmus+"),
    ("The project is funded by the European Union under Erasmus+ Key Action 2.\n", "en", "Erasmus+"),
])
def test_a_programme_name_ends_before_its_action_or_its_own_funding(text, lang, programme):
    assert programme in [p for _f, p in _funding(text, lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Projekt realizowany jest w ramach programu Erasmus+. Projekt sfinansowała Unia Europejska.\n", "pl",
     [("Unia Europejska", "Erasmus+")]),
    ("The club is run under the Good Start programme.\n", "en", [(None, "Good Start")]),
    ("Проект реализуется в рамках программы «Добрый старт».\n", "ru", [(None, "Добрый старт")]),
])
def test_a_programme_named_in_a_sentence_with_no_money_word(text, lang, expected):
    assert _funding(text, lang) == expected


def test_english_partners_include_a_list_with_seats_and_countries():
    text = ('The project "Open Doors" is run by the Nowy Dom Foundation. Partners include the Gdańsk Chamber '
            "of Commerce, Stowarzyszenie Most in Nowy Sącz, Hochschule Bremen (Germany) and the Polytechnic "
            "Institute of Braga (Portugal).\n")
    got = _orgs(text)
    for name in ("Gdańsk Chamber of Commerce", "Stowarzyszenie Most", "Hochschule Bremen",
                 "Polytechnic Institute of Braga"):
        assert (name, "partner") in got


def test_launched_on_a_date_by_names_the_lead_and_a_seat_stays_with_its_body():
    text = ('A new project "Open Doors" was launched on 1 March 2025 by the Roma Culture Foundation "Amaro" '
            "in partnership with the Regional Museum in Nowy Targ and Caritas of the Diocese of Kielce.\n")
    got = _orgs(text)
    assert ("Roma Culture Foundation Amaro", "lead") in got
    assert ("Regional Museum in Nowy Targ", "partner") in got
    assert ("Caritas of the Diocese of Kielce", "partner") in got


def test_a_straight_quoted_word_closes_the_quote():
    from ngo_atlas.extract.names import capitalised_run

    text = 'the Roma Culture Foundation "Amaro" in partnership with X'
    a, b = capitalised_run(text, 4, len(text))
    assert text[a:b] == 'Roma Culture Foundation "Amaro"'


@pytest.mark.parametrize("text, lead", [
    # a house (дом/дім) is a body, with its seat as Polish "Dom X w Y" keeps it
    ("С 1 марта 2025 года Украинский Дом в Ополе реализует проект «Первые шаги».\n", "Украинский Дом в Ополе"),
    ("З 1 березня 2025 року Білоруський Дім у Любліні реалізує проєкт «Перші кроки».\n",
     "Білоруський Дім у Любліні"),
    # a relative clause with eight words of adverbials, and a lower-case adjective before the name
    ("Проект «Свой бизнес», который с января по октябрь 2024 года реализовала торуньская Фундация "
     "«Северный Мост», подвёл итоги.\n", "Фундация Северный Мост"),
    # the organiser phrase in Ukrainian and Russian, as "Organizatorem … jest" in Polish
    ("Проєкт «Разом» тривав у липні. Організатором проєкту був Карітас Дієцезії Опольської.\n",
     "Карітас Дієцезії Опольської"),
    ("Проект «Вместе» длился месяц. Организатором проекта является Фонд Северный Мост.\n",
     "Фонд Северный Мост"),
])
def test_cyrillic_leads_in_prose(text, lead):
    assert (lead, "lead") in _orgs(text)


def test_a_page_that_says_what_it_is_speaks_as_that_body():
    from ngo_atlas.extract.organisations import own_organisation

    text = "Украинский дом – организация, созданная украинцами в Ополе. Мы реализуем проекты.\n"
    assert own_organisation(text, "ru")[0] == "Украинский дом"


def test_shares_of_a_fund_named_through_its_programme_and_of_the_state_budget():
    text = ("Projekt „Sąsiedzi” realizuje Fundacja Nowy Dom. Całkowita wartość projektu wynosi 2 mln zł. "
            "Projekt jest współfinansowany z Programu Krajowego Funduszu Ochrony Granic i Wiz – 1 500 000 zł "
            "(75%) oraz z budżetu państwa – 500 000 zł (25%).\n")
    got = _project_funding(text)
    assert ("Fundusz Ochrony Granic i Wiz", 1500000.0) in got
    assert ("budżet państwa", 500000.0) in got


def test_a_bilateral_programme_is_named_in_lower_case():
    text = "Projekt współfinansowany przez Szwajcarię w ramach szwajcarsko-polskiego programu współpracy.\n"
    assert ("Szwajcaria", "szwajcarsko-polski program współpracy") in _funding(text)
    # a lower-case kind of programme with no bilateral name stays unnamed
    assert _funding("Projekt współfinansowany przez Szwajcarię w ramach programu współpracy.\n") == [
        ("Szwajcaria", None)]


def test_english_grant_of_an_amount_from_and_a_second_share_from():
    text = ('The project received a grant of PLN 90,000 from the Lublin Region under the "Lublin for all" '
            "call, and co-funding of EUR 8,000 from the Embassy of Canada in Warsaw.\n")
    got = _funding(text, "en")
    assert ("Lublin Region", "Lublin for all") in got
    assert ("Embassy of Canada in Warsaw", None) in got


def test_a_descriptor_before_a_partner_name_is_not_the_name():
    text = ("Projekt „Sąsiedzi” realizuje Gmina Nysa. Partnerem projektu był czeski samorząd Město Jeseník "
            "oraz Związek Gmin Śląska Opolskiego.\n")
    got = _orgs(text)
    assert ("Město Jeseník", "partner") in got and ("Związek Gmin Śląska Opolskiego", "partner") in got


def test_two_modifiers_of_one_plural_fund_head_are_one_funder():
    assert _funding("Projekt finansowany z Funduszy Norweskich i EOG.\n") == [("Fundusze Norweskie i EOG", None)]
    # a body with its own head after "i" is a second funder
    assert _funding("Projekt finansowany z Funduszy EOG i Fundacji Orle Gniazdo.\n") == [
        ("Fundusze EOG", None), ("Fundacja Orle Gniazdo", None)]


@pytest.mark.parametrize("text, operator", [
    ("Projekt „Klasa” realizuje Szkoła Podstawowa nr 3 w Ełku. Projekt sfinansowała Unia Europejska. "
     "Programem w Polsce zarządza Fundacja Wiedzy i Nauki.\n", "Fundacja Wiedzy i Nauki"),
    ('The project "Class" is run by the Nowy Dom Foundation. The programme is managed in Poland by the '
     "Knowledge Foundation.\n", "Knowledge Foundation"),
])
def test_the_body_that_manages_the_programme_for_the_eu_is_other(text, operator):
    assert (operator, "other") in _orgs(text)


def test_a_label_in_a_cell_of_a_divided_header_line():
    from ngo_atlas.extract.labels import find_labels

    text = "Fundusz Regionalny | Region Północny | Operator: Fundacja Wiedzy i Nauki | Edycja 2023\n"
    hits = [(h.key, h.value) for h in find_labels(text)]
    assert ("operator", "Fundacja Wiedzy i Nauki") in hits
    # a menu of a header line gives no field
    assert [h.key for h in find_labels("Aktualności | Partnerzy | Galeria | Kontakt\n")] == []


@pytest.mark.parametrize("text, lead, funder", [
    ("Stowarzyszenie Nowa Droga „Pierwszy Krok” otrzymało od Fundacji Orle Gniazdo grant w wysokości "
     "20 tys. zł na projekt „Gniezno mówi”.\n", "Stowarzyszenie Nowa Droga Pierwszy Krok", "Fundacja Orle Gniazdo"),
    ('The Nowy Dom Foundation has received a grant from the Northern Light Foundation for the project '
     '"Open Doors".\n', "Nowy Dom Foundation", "Northern Light Foundation"),
    ("Фонд Новый Дом получил грант от Фонда Северный Свет на проект «Открытые двери».\n", "Фонд Новый Дом",
     "Фонд Северный Свет"),
])
def test_the_body_that_receives_the_grant_runs_the_project(text, lead, funder):
    got = _orgs(text)
    assert (lead, "lead") in got and (funder, "funder") in got


def test_a_programme_run_by_a_funder_is_its_programme_and_makes_it_no_lead():
    text = ("Stowarzyszenie Nowa Droga realizuje projekt „Gniezno mówi”. Stowarzyszenie otrzymało od Fundacji "
            "Orle Gniazdo grant w wysokości 20 tys. zł. Program „Mosty Sąsiedzkie” jest realizowany przez "
            "Fundację Orle Gniazdo od 2023 roku.\n")
    got = _orgs(text)
    assert ("Fundacja Orle Gniazdo", "funder") in got and ("Fundacja Orle Gniazdo", "lead") not in got
    assert ("Fundacja Orle Gniazdo", 20000.0) in _project_funding(text)
    from ngo_atlas.extract.pipeline import extract_document
    from ngo_atlas.model import Document

    p, = extract_document(Document("t.txt", "t.txt", text)).projects
    assert [f.programme for f in p.funding] == ["Mosty Sąsiedzkie"]


def test_bodies_thanked_for_their_part_are_partners():
    text = ("Projekt „Klucz” realizuje Fundacja Nowy Dom. Dziękujemy Stowarzyszeniu Przyjaciół Uniwersytetu "
            "Opolskiego za merytoryczne wsparcie klinik prawa, a Opolskiemu Centrum Świadczeń za współpracę.\n")
    got = _orgs(text)
    assert ("Stowarzyszenie Przyjaciół Uniwersytetu Opolskiego", "partner") in got
    assert ("Opolskie Centrum Świadczeń", "partner") in got


def test_a_partner_that_stepped_in_and_a_dash_inside_its_quoted_name():
    got = _orgs("Проект «Свой» реализует Фонд Новый Дом. Партнёром выступил Фонд «Мы – вместе».\n")
    assert ("Фонд Мы – вместе", "partner") in got


def test_a_city_named_as_a_body_takes_the_town_in_the_nominative_and_its_share():
    text = ("Projekt „Klucz” realizuje Fundacja Nowy Dom. Projekt został sfinansowany ze środków Miasta Opola "
            "(112 000 zł) oraz Samorządu Województwa Opolskiego (PLN 45.000,00).\n")
    assert ("Miasto Opole", "funder") in _orgs(text)
    assert ("Miasto Opole", 112000.0) in _project_funding(text)


@pytest.mark.parametrize("text, lang, expected", [
    ("Funding: European Union, Creative Europe, grant agreement no. 101000001\n", "en",
     [("European Union", "Creative Europe")]),
    ("The project is funded by Horizon Europe.\n", "en", [(None, "Horizon Europe")]),
])
def test_the_eus_own_programmes_are_programmes_not_funders(text, lang, expected):
    from ngo_atlas.extract.labels import find_labels

    assert [(f.funder, f.programme) for f in find_funding(text, 0, len(text), find_labels(text), lang)] == expected


def test_the_applicant_runs_the_project_and_an_office_keeps_its_seat():
    text = ("Zarząd Powiatu podpisał umowę o dofinansowanie projektu pn. „Powiat dla każdego”. Wniosek złożony "
            "przez Starostwo Powiatowe w Giżycku uzyskał dofinansowanie w wysokości 1.870.412,40 PLN.\n")
    assert ("Starostwo Powiatowe w Giżycku", "lead") in _orgs(text)


def test_the_page_owner_named_again_by_its_head_noun_runs_the_project():
    text = ("Gminna Biblioteka Publiczna w Dukli\nWydarzenia | Katalog | Kontakt\n\nProjekt „Poczytaj ze mną”\n\n"
            "Biblioteka od października prowadzi klub czytelniczy dla dzieci z Ukrainy. Zajęcia odbywają się "
            "w każdą sobotę.\n")
    assert ("Gminna Biblioteka Publiczna w Dukli", "lead") in _orgs(text)


@pytest.mark.parametrize("text, lang, budget", [
    ("Проєкт фінансувався з коштів Фонду Добра у рамках конкурсу «Разом» (100 000 зл.) та бюджету міста "
     "Слупськ (25 000 зл.).\n", "uk", "бюджет міста Слупськ"),
    ("Projekt sfinansowała Fundacja Orle Gniazdo w ramach konkursu „Dobry Start” (10 000 zł) oraz z budżetu "
     "Miasta Opola (5 000 zł).\n", "pl", "Miasto Opole"),
])
def test_a_city_budget_joined_to_a_payers_sentence_pays_too(text, lang, budget):
    assert (budget, None) in _funding(text, lang)


def test_a_cyrillic_budgets_share_in_brackets():
    text = ("Проєкт «Разом» реалізує Фундація Новий Дім. Проєкт фінансувався з коштів Фонду Добра у рамках "
            "конкурсу «Разом» (100 000 зл.) та бюджету міста Слупськ (25 000 зл.).\n")
    got = _project_funding(text)
    assert ("Фонд Добра", 100000.0) in got and ("бюджет міста Слупськ", 25000.0) in got


def test_a_bracketed_amount_after_a_payers_programme_is_that_payers_share():
    text = ("Projekt „Sąsiedzi” realizuje Fundacja Nowy Dom.\nProjekt sfinansowała Fundacja Orle Gniazdo w ramach "
            "konkursu „Dobry Start” (10 000 zł) oraz z budżetu Miasta Opola (5 000 zł).\n")
    got = _project_funding(text)
    assert ("Fundacja Orle Gniazdo", 10000.0) in got and ("Miasto Opole", 5000.0) in got


def test_a_list_of_payers_with_their_shares():
    text = ("Projekt „Sąsiedzi” realizuje Fundacja Nowy Dom.\n"
            "Dofinansowanie: Fundacja Orle Gniazdo – 14 000 EUR; Miasto Opole – 120.000 zł\n")
    got = _project_funding(text)
    assert ("Fundacja Orle Gniazdo", 14000.0) in got and ("Miasto Opole", 120000.0) in got
