"""Organisations and funders of the eighth round: names that end at a bracketed sum, at a
verb only when it is one, across a saint's abbreviation; programme names with "na lata"."""

import pytest

from ngo_atlas.extract.funding import _before_verb, find_funding
from ngo_atlas.extract.labels import find_labels
from ngo_atlas.extract.organisations import find_organisations


def _funding(text, lang="pl"):
    return [(f.funder, f.programme) for f in find_funding(text, 0, len(text), find_labels(text), lang)]


def _find(text, lang="pl"):
    return [(o.name, o.role) for o in find_organisations(text, 0, len(text), find_labels(text), lang)]


def test_word_after_a_preposition_is_no_verb():
    # "lata" is also a form of "latać"; after "na" it is the noun of "na lata 2014–2020"
    assert _before_verb("Program Wsparcia Seniorów na lata 2014–2020") == "Program Wsparcia Seniorów na lata 2014–2020"
    # a real verb after the name still ends it
    assert _before_verb("Funduszu Lokalnego przekazał na ten cel") == "Funduszu Lokalnego"


def test_programme_for_years_keeps_its_years():
    text = "Zadanie zostało dofinansowane w ramach Programu Wspierania Seniorów na lata 2019–2025.\n"
    assert any(p and p.endswith("na lata 2019–2025") for _f, p in _funding(text))


@pytest.mark.parametrize("text, lang, funder", [
    ("Благодаря гранту Фонда Роберта Боша (примерно 40 тысяч евро) в Гданьске и Сопоте открылись "
     "два клуба для подростков.\n", "ru", "Фонд Роберта Боша"),
    ("Dzięki dotacji Fundacji Orange (ok. 12 tys. zł) w Gnieźnie i Kole działały "
     "świetlice dla dzieci.\n", "pl", "Fundacja Orange"),
])
def test_bracketed_sum_closes_the_payers_name(text, lang, funder):
    funders = [f for f, _p in _funding(text, lang)]
    assert funder in funders
    # the towns after the sum are where the money went, not more payers
    assert len([f for f in funders if f]) == 1


def test_saints_abbreviation_inside_a_cyrillic_partner():
    text = ("Фонд «Мост» организовал курсы совместно с приходом св. Николая в Торуни и "
            "Торуньским университетом Николая Коперника.\n")
    found = _find(text, "ru")
    names = [n for n, _r in found]
    assert "приход св. Николая в Торуни" in names
    # a name's last capitalised word is whole ("Коперника", not cut where a verb-like tail hides)
    assert not any(n.endswith(" Николая К") for n in names)


def test_unnamed_programme_for_years_names_no_programme():
    # the programme is described in lower case; its period alone is no name
    text = "Projekt otrzymał dotację z Funduszu Spójności w ramach programu regionalnego na lata 2021–2027.\n"
    assert not any(p and p.startswith("na lata") for _f, p in _funding(text))


def test_consortium_lines_drop_country_and_role_marks():
    text = ("Partners\n"
            "• Masaryk University, Faculty of Social Studies – Czech Republic – coordinator\n"
            "• Fundacja Ocalenie – Poland\n"
            "• Menedék Association – Hungary\n\n"
            "The network meets twice a year.\n")
    found = _find(text, "en")
    assert ("Masaryk University, Faculty of Social Studies", "lead") in found
    names = [n for n, _r in found]
    assert "Menedék Association" in names
    assert not any(n.endswith(("Poland", "Hungary", "coordinator")) for n in names)


def test_dash_tail_that_is_no_country_stays():
    from ngo_atlas.extract.organisations import _strip_tail_marks

    assert _strip_tail_marks("Fundacja Ocalenie – Polska") == "Fundacja Ocalenie"
    assert _strip_tail_marks("Centrum Wielokulturowe – Dom Sąsiedzki") == "Centrum Wielokulturowe – Dom Sąsiedzki"


def test_possessive_payer_owns_the_programme():
    text = "The study is funded by the Swiss Confederation's Eastern Partnership programme.\n"
    assert ("Swiss Confederation", "Eastern Partnership") in _funding(text, "en")


def test_list_goes_on_after_a_name_joined_by_i():
    from ngo_atlas.extract.organisations import list_after

    t = "we współpracy z Gminnym Ośrodkiem Kultury i Sportu oraz Parafią Rzymskokatolicką w Wiźnie."
    got = [t[a:b] for a, b in list_after(t, t.index("Gminnym"), len(t))]
    assert got[0] == "Gminnym Ośrodkiem Kultury i Sportu"
    assert len(got) == 2 and got[1].startswith("Parafią Rzymskokatolicką")


@pytest.mark.parametrize("text, lang, partner", [
    ("Projekt „Sąsiedzi” prowadzi Fundacja Most. Organizatorami pikniku byli: Fundacja Most, "
     "Dom Kultury Zacisze oraz Klub Seniora Pogodni.\n", "pl", "Klub Seniora Pogodni"),
    ("The project is run by Fundacja Most. The organisers of the fair are Fundacja Most and "
     "the Gdańsk City Library.\n", "en", "Gdańsk City Library"),
])
def test_co_organisers_are_partners(text, lang, partner):
    found = _find(text, lang)
    assert (partner, "partner") in found


def test_a_page_of_a_body_is_no_body():
    from ngo_atlas.extract.organisations import clean_org

    assert clean_org("Aktualności Stowarzyszenia", "pl") is None
    assert clean_org("Blog Fundacji", "pl") is None
    # a body whose first word is its head, in any case after it, stays
    assert clean_org("Urząd Miasta", "pl") is not None
    assert clean_org("Dom Kultury", "pl") is not None


def test_english_head_after_a_name_is_no_polish_case():
    from ngo_atlas.extract.organisations import clean_org

    assert clean_org("Nomada Association", "en") is not None


def test_programme_ends_where_a_new_clause_starts():
    text = ("Projekt jest współfinansowany ze środków Funduszu Spójności w ramach Programu Krajowego "
            "na lata 2021-2027, a operatorem jest Fundacja Y.\n")
    programmes = [p for _f, p in _funding(text) if p]
    assert programmes and all("operator" not in p for p in programmes)


def test_footer_programme_is_the_named_one():
    text = ("Stowarzyszenie otrzymało dotację z Fundacji Wspólna Ziemia w ramach Rządowego Programu Wsparcia "
            "Lokalnego MOST na lata 2020–2030.\n\nZadanie dofinansowane ze środków Programu Wsparcia "
            "Lokalnego MOST na lata 2020–2030.\n")
    got = _funding(text)
    assert len(got) == 1 and got[0][0] == "Fundacja Wspólna Ziemia"


def test_participle_after_another_noun_names_no_lead():
    text = ("The study is carried out at the Institute of Psychology. Interviews take place in "
            "day shelters run by the Caritas Diocese of Gliwice and in two schools.\n")
    found = _find(text, "en")
    assert not any(r == "lead" and "Caritas" in n for n, r in found)
    # the project's own participle still gives its lead
    text = "The project is run by the Institute of Psychology of Kazimierz Wielki University.\n"
    assert any(r == "lead" and n.startswith("Institute of Psychology") for n, r in _find(text, "en"))



@pytest.mark.parametrize("text, lang, org, role", [
    ("The hosting organisation was the Lublin Youth Forum, a volunteer group.\n", "en", "Lublin Youth Forum", "lead"),
    ("Organizacją goszczącą jest Stowarzyszenie Horyzonty z Płocka.\n", "pl", "Stowarzyszenie Horyzonty", "lead"),
    ("Operatorem konkursu na Mazowszu jest Fundacja Lokalna Mazowsze.\n", "pl", "Fundacja Lokalna Mazowsze", "other"),
])
def test_host_and_operator_with_words_between(text, lang, org, role):
    assert any(n.startswith(org) and r == role for n, r in _find(text, lang))


@pytest.mark.parametrize("text, lang, partners", [
    ("Partnerem zagranicznym była Fundacja Most, a partnerami lokalnymi – Gmina Wizna, Gmina Jedwabne "
     "oraz Stowarzyszenie Nasza Wieś.\n", "pl", ["Gmina Wizna", "Gmina Jedwabne", "Stowarzyszenie Nasza Wieś"]),
    ("Partnerami lokalnymi są Gmina Wizna i Stowarzyszenie Nasza Wieś.\n", "pl",
     ["Gmina Wizna", "Stowarzyszenie Nasza Wieś"]),
    ("Ulotki przetłumaczył nasz partner – Stowarzyszenie Tłumaczy Przysięgłych.\n", "pl",
     ["Stowarzyszenie Tłumaczy Przysięgłych"]),
    ("Dobra współpraca z Powiatowym Urzędem Pracy w Kole skróciła czas rejestracji.\n", "pl",
     ["Powiatowy Urząd Pracy w Kole"]),
    ("Its partners are Fundación Red Acoge from Madrid (Spain) and the Riga Youth House (Latvia).\n", "en",
     ["Fundación Red Acoge", "Riga Youth House"]),
])
def test_partners_named_after_qualified_cues(text, lang, partners):
    found = _find(text, lang)
    for p in partners:
        assert (p, "partner") in found, found


@pytest.mark.parametrize("text, lang, lead", [
    # the object first, the verb, then a descriptor of the group before its quoted name
    ("Проект организует инициативная группа студентов «Открытый Гданьск» совместно с Фондом «Мост».\n",
     "ru", "Открытый Гданьск"),
    ("Проєкт проводить неформальна група волонтерів «Люблінські сусіди» разом із Фундацією «Шлях».\n",
     "uk", "Люблінські сусіди"),
    ("Проєкт веде Асоціація «Відкрита Варшава», а допомагають волонтери.\n", "uk", "Асоціація Відкрита Варшава"),
    ("Завершився проєкт «Сусіди», який Люблінський центр підтримки родин реалізовував два роки.\n", "uk",
     "Люблінський центр підтримки родин"),
    # a relative clause: the subject before its verb of running
    ("Завершился проект «Соседи», который Фонд Святого Николая проводил вместе с гминой Ожарув.\n",
     "ru", "Фонд Святого Николая"),
])
def test_cyrillic_leads_by_their_verb(text, lang, lead):
    assert (lead, "lead") in _find(text, lang)


@pytest.mark.parametrize("text, lang, funders", [
    # a body's local office after a comma is that body, not a second payer
    ("The conference was held with the support of the Heinrich-Böll-Stiftung, Office in Warsaw.\n", "en",
     ["Heinrich-Böll-Stiftung"]),
    ("Projekt sfinansowała Fundacja Konrada Adenauera, Przedstawicielstwo w Polsce, oraz Miasto Gdańsk.\n", "pl",
     ["Fundacja Konrada Adenauera", "Miasto Gdańsk"]),
    # what kind of body the payer is comes before its name; a foreign name keeps its form
    ("Dzięki wsparciu niemieckiej organizacji Aktion Deutschland Hilft, która sfinansowała zakup "
     "sprzętu, świetlica działa codziennie.\n", "pl", ["Aktion Deutschland Hilft"]),
])
def test_payer_names_with_appositives_and_descriptors(text, lang, funders):
    assert [f for f, _p in _funding(text, lang) if f] == funders


def test_foreign_name_takes_no_polish_case():
    from ngo_atlas.extract.organisations import clean_org, foreign_name

    assert foreign_name("Diakonie Katastrophenhilfe")
    assert clean_org("Diakonie Katastrophenhilfe", "pl")[0] == "Diakonie Katastrophenhilfe"
    # a Polish head word makes it a Polish name, declined as ever
    assert not foreign_name("Fundacji Kulturverein")
    assert clean_org("Fundacji Ocalenie", "pl")[0] == "Fundacja Ocalenie"


@pytest.mark.parametrize("text, lang, payer, via", [
    ("Projekt finansuje Fundacja Polskiej Akcji Humanitarnej ze środków przekazanych przez UNICEF.\n", "pl",
     "UNICEF", "Fundacja Polskiej Akcji Humanitarnej"),
    ("The shelter is funded by the Polish Migration Forum Foundation with funds provided by the "
     "International Rescue Committee.\n", "en", "International Rescue Committee",
     "Polish Migration Forum Foundation"),
])
def test_funder_reached_through_an_intermediary(text, lang, payer, via):
    assert [f for f, _p in _funding(text, lang)] == [payer]
    assert (via, "other") in _find(text, lang)


def test_working_with_names_a_partner():
    text = ("Since May we have been working with the Kraków-based Fundacja Zustricz on a project that "
            "teaches Polish to Ukrainian teenagers.\n")
    assert ("Fundacja Zustricz", "partner") in _find(text, "en")


def test_call_number_before_the_quoted_programme():
    text = ("Źródło finansowania: Fundacja Orange, konkurs nr 3/2024 „Lato – Dzieci – Nauka”\n"
            "Okres: 2024\n")
    assert ("Fundacja Orange", "Lato – Dzieci – Nauka") in _funding(text)


def test_body_applied_to_pays_when_the_money_came():
    text = ("Złożyliśmy wniosek do Fundacji im. Jana Pawła II, do programu Sąsiedzi im. Jana Karskiego, "
            "i otrzymaliśmy 25 tysięcy złotych.\n")
    assert ("Fundacja im. Jana Pawła II", "Sąsiedzi im. Jana Karskiego") in _funding(text)
    # an application with no money said to come names no payer
    assert _funding("Złożyliśmy wniosek do Urzędu Miasta Torunia w sprawie lokalu.\n") == []


def test_payers_of_the_programme_before_their_participle():
    text = ("Stowarzyszenie dostało grant z programu Lokalne Mosty – Edycja Północ, finansowanego przez "
            "Szwajcarię w ramach Szwajcarsko-Polskiego Programu Współpracy.\n")
    got = _funding(text)
    assert got == [("Szwajcaria", "Lokalne Mosty – Edycja Północ")]


@pytest.mark.parametrize("text, lang, lead", [
    ("We wrześniu ruszył kolejny projekt Fundacji Nowy Dom, skierowany do matek z dziećmi.\n", "pl",
     "Fundacja Nowy Dom"),
    ("У Любліні стартував новий проєкт Фундації «Відкриті двері» для підлітків.\n", "uk",
     "Фундація Відкриті двері"),
])
def test_whose_project_by_the_genitive_after_it(text, lang, lead):
    assert (lead, "lead") in _find(text, lang)


@pytest.mark.parametrize("text, lang, partner", [
    ("Mosty w Radomiu\n\nProjekt „Mosty w Radomiu” realizuje Fundacja Most od marca 2024 r. "
     "Warsztaty poprowadzą psycholożki Fundacji Dobrego Startu z Radomia.\n", "pl", "Fundacja Dobrego Startu"),
    ("Bridges in Radom\n\nThe project \"Bridges in Radom\" is run by Fundacja Most since March 2024. "
     "Legal clinics are held by lawyers from the Association for Migrant Rights.\n", "en",
     "Association for Migrant Rights"),
])
def test_body_whose_people_do_the_work_takes_part(text, lang, partner):
    from ngo_atlas.extract.pipeline import extract_document
    from ngo_atlas.model import Document

    x = extract_document(Document(source="t.txt", name="t.txt", text=text, language=lang))
    assert any((o.name, o.role) == (partner, "partner") for p in x.projects for o in p.organizations)


def test_anaphoric_head_after_staff_is_no_body():
    from ngo_atlas.extract.mentioned import mentioned_orgs

    text = "За год юристы Фонда провели более 500 консультаций по проекту.\n"
    assert not any("провели" in o.name for o in mentioned_orgs(text, 0, len(text), "ru", []))


def test_seat_then_quoted_name_is_one_name():
    text = "Koncert przygotowała Fundacja Most we współpracy ze Stowarzyszeniem Gruzinów w Łodzi „Mtiebi”.\n"
    assert any(n.startswith("Stowarzyszenie Gruzinów w Łodzi") and n.endswith("Mtiebi") for n, _r in _find(text))


def test_support_label_names_the_payer():
    text = "Warsztaty kulinarne dla sąsiadów\nTermin: 2024\nWsparcie: Fundacja Orlen.\n"
    assert ("Fundacja Orlen", None) in _funding(text)
    # a service named under the same word is no payer
    assert _funding("Warsztaty dla rodzin\nWsparcie: psychologiczne i prawne.\n") == []


def test_cyrillic_our_partner_dash():
    text = "Наш партнёр – Фонд «Северный свет» из Ольштына, который ведёт консультации.\n"
    assert any(n.startswith("Фонд") and "Северный свет" in n and r == "partner" for n, r in _find(text, "ru"))


def test_national_agency_appositive_is_an_operator():
    text = ("The grant was awarded by the Foundation for the Development of Youth Work, the Latvian National "
            "Agency of Erasmus+.\n")
    assert ("Foundation for the Development of Youth Work", "other") in _find(text, "en")


@pytest.mark.parametrize("text, lang, partner", [
    ("Партнером акції є Фундація «Сусіди» з Гданська.\n", "uk", "Фундація Сусіди"),
    ("Партнёром фестиваля выступил Фонд «Открытый город».\n", "ru", "Фонд Открытый город"),
])
def test_cyrillic_partner_of_something(text, lang, partner):
    assert any(n.startswith(partner.split()[0]) and partner.split()[-1] in n and r == "partner"
               for n, r in _find(text, lang))


def test_payer_name_never_ends_with_a_conjunction():
    text = "Програма фінансується ЮНІСЕФ і триватиме до червня 2025 року.\n"
    assert [f for f, _p in _funding(text, "uk")] == ["ЮНІСЕФ"]


def test_national_agency_awarding_a_grant_is_no_funder():
    text = ("Funded by the European Union under Erasmus+. The grant of EUR 12,000 was awarded by the "
            "Foundation for the Development of Youth Work, the Latvian National Agency of Erasmus+.\n")
    assert [f for f, _p in _funding(text, "en")] == ["European Union"]


def test_matter_of_a_body_goes_on_after_o():
    from ngo_atlas.extract.names import capitalised_run

    t = "Powiatowy Zespół do Spraw Orzekania o Niepełnosprawności pomógł rodzinom."
    a, b = capitalised_run(t, 0, len(t))
    assert t[a:b] == "Powiatowy Zespół do Spraw Orzekania o Niepełnosprawności"
    t = "Fundacja Ocalenie o Polsce mówi często."
    assert t[slice(*capitalised_run(t, 0, len(t)))] == "Fundacja Ocalenie"
