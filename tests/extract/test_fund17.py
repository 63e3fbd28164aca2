"""Round 17, funding: payers and programmes read from the verb, case and conjunction that
govern them (texts in our own wording, not the sets')."""

from ngo_atlas.extract.funding import _programme_name
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _funding(text: str) -> list:
    ex = extract_document(Document("f.txt", "f.txt", text))
    return [(f.funder, f.programme) for p in ex.projects for f in p.funding]


def test_a_co_prefixed_reflexive_verb_takes_its_agent_then_the_fund_it_pays_from():
    text = ("Проект «Тёплый дом»\n\nС марта 2024 года Ассоциация «Мост» реализует проект «Тёплый дом». "
            "Проект софинансируется Европейским союзом из средств Фонда убежища, миграции и "
            "интеграции (ФУМИ) и из государственного бюджета.\n")
    got = _funding(text)
    assert ("Европейский союз", "Фонд убежища, миграции и интеграции") in got
    assert ("государственный бюджет", None) in got


def test_a_common_noun_agent_of_the_co_prefixed_verb_is_no_payer_name():
    text = ("Проект «Тёплый дом»\n\nАссоциация «Мост» реализует проект «Тёплый дом». "
            "Проект софинансируется правительствами Чехии и Словакии через Фонд Соседей.\n")
    assert all(f != "Словакия" for f, _p in _funding(text))


def test_a_body_s_second_name_after_a_dash_in_the_same_case_stays_whole():
    text = ("Проєкт «Відкрите місто»\n\nАсоціація «Міст» реалізує проєкт «Відкрите місто». "
            "Проєкт фінансується Національним інститутом свободи – Центром розвитку громадянського "
            "суспільства з коштів Урядової програми Фонд громадянських ініціатив.\n")
    assert _funding(text) == [("Національний інститут свободи – Центр розвитку громадянського суспільства",
                               "Урядова програма Фонд громадянських ініціатив")]


def test_and_from_starts_the_next_source_after_a_programme_name():
    assert _programme_name("Фонда Добрых Соседей, а также из бюджета области", "ru") == "Фонд Добрых Соседей"
    assert _programme_name("Funduszu Dobrych Sąsiadów oraz z budżetu powiatu", "pl") == \
        "Fundusz Dobrych Sąsiadów"


def test_a_body_in_the_dative_after_a_giving_verb_receives_the_money():
    text = ("Lublin: „Kuchnia sąsiedzka” – spotkania dla rodzin z Białorusi\n\n"
            "Fundacja Dobry Start przekazała 30 tys. zł Stowarzyszeniu Razem w Lublinie na projekt "
            "„Kuchnia sąsiedzka”. Spotkania odbywają się od marca do maja 2025 roku.\n")
    funders = [f for f, _p in _funding(text)]
    assert "Fundacja Dobry Start" in funders
    assert "Stowarzyszenie Razem" not in funders


def test_the_dative_after_dzieki_still_pays():
    from ngo_atlas.extract.funder_mentions import bare_dative

    text = "Projekt powstał dzięki Stowarzyszeniu Razem."
    a = text.index("Stowarzyszeniu")
    assert not bare_dative(text, "dzięki ", a)
    assert bare_dative(text, " 30 tys. zł ", a)


def test_a_quoted_programme_with_its_owner_in_the_genitive_goes_to_that_payer():
    text = ("Lublin: „Kuchnia sąsiedzka” – spotkania dla rodzin z Białorusi\n\n"
            "Fundacja Dobry Start przekazała 30 tys. zł na projekt „Kuchnia sąsiedzka”. Spotkania "
            "odbywają się od marca do maja 2025 roku.\n\n"
            "Konkurs grantowy Fundacji Dobry Start „Sąsiedzi na start” wspiera lokalne inicjatywy.\n")
    assert ("Fundacja Dobry Start", "Sąsiedzi na start") in _funding(text)


def test_a_scheme_noun_with_its_owner_before_a_quoted_name_after_w_ramach():
    assert _programme_name("zbiórki publicznej Caritas Europa „Pomoc dla Ukrainy”", "pl") == "Pomoc dla Ukrainy"
    assert _programme_name("współpracy z Fundacją „Pomoc dla Ukrainy”", "pl") is None
    assert _programme_name("projektu partnerskiego „Pomoc dla Ukrainy”", "pl") is None


def test_a_label_names_the_payer_then_its_programme_after_a_dash():
    card = "Open Kitchen\n\nGrantor: Nordic Bridges Foundation – “Local Heroes” programme\nGrant: PLN 8,000\n"
    assert [(f, p) for f, p in _funding(card)] == [("Nordic Bridges Foundation", "Local Heroes")]
    card = ("Green Jobs Lubelskie\n\nFunding: European Union – European Social Fund Plus, programme "
            "European Funds for Lubelskie 2021–2027\nGrant: PLN 500,000\n")
    assert _funding(card) == [("European Union", "European Funds for Lubelskie 2021–2027")]


def test_an_english_possessive_names_the_payer_and_its_programme_and_an_agreement_is_none():
    text = ("SAFE-SCHOOL: refugee pupils in European classrooms\n\nSAFE-SCHOOL studies how schools "
            "welcome refugee pupils. Project coordinator: University of Gdańsk.\n\nThis project has "
            "received funding from the European Union’s Horizon Europe research and innovation "
            "programme under grant agreement No 101099999.\n")
    assert _funding(text) == [("European Union", "Horizon Europe")]
    assert _programme_name("umowy nr 12/2024 z Wojewodą", "pl") is None


def test_a_name_with_an_operator_clause_after_it_is_the_programme():
    text = ("Open Doors\n\nSince March 2024 the Open Doors Foundation has been implementing the project "
            "“Open Doors”. The project benefits from a €50,000 grant from Iceland, Liechtenstein and "
            "Norway through the EEA Grants, Local Democracy Fund, administered by the Civic Academy "
            "Foundation.\n")
    assert {p for _f, p in _funding(text)} == {"Local Democracy Fund"}
    text = ("Otwarte Drzwi\n\nProjekt „Otwarte Drzwi” realizuje Fundacja Drzwi. Projekt otrzymał dotację "
            "50 000 zł od Islandii, Liechtensteinu i Norwegii z Funduszy EOG, Fundusz Demokracji "
            "Lokalnej, operowany przez Fundację Akademia Obywatelska.\n")
    assert ("Islandia", "Fundusz Demokracji Lokalnej") in _funding(text)


def _amounts(text: str) -> list:
    ex = extract_document(Document("f.txt", "f.txt", text))
    return [f.amount for p in ex.projects for f in p.funding if f.amount is not None]


def test_a_co_funding_sum_after_a_total_on_one_line_is_the_grant():
    text = ("Green Jobs Lubelskie\n\nFunding: European Union – European Social Fund Plus\n"
            "Project duration: 1 Sept 2024 – 31 Aug 2026\n"
            "Total value: PLN 2,000,000.00, EU co-financing: PLN 1,700,000.00\n"
            "Partners: Lublin University of Technology\n\n"
            "Short description: The project helps 100 migrants find jobs in Lublin.\n")
    assert _amounts(text) == [1700000.0]


def test_a_sum_over_all_grants_after_a_list_is_no_last_item_s_grant():
    text = ("Wyniki konkursu 2025\n\nPrezydent Miasta Kielce informuje, że dotacje z budżetu Miasta Kielce "
            "otrzymały następujące oferty:\n\n"
            "1. Fundacja Alfa – „Klub Sąsiada” – kwota dotacji: 50 000,00 zł; termin realizacji: "
            "1.04.2025–31.12.2025.\n\n"
            "2. Stowarzyszenie Beta – „Szkoła Sobotnia” – kwota dotacji: 20 000,00 zł; termin realizacji: "
            "5.04.2025–20.12.2025.\n\nSuma przyznanych dotacji ogółem: 70 000,00 zł.\n")
    assert _amounts(text) == [50000.0, 20000.0]


def test_each_payer_keeps_the_sum_in_its_bracket_with_a_money_noun_or_an_abbreviated_name():
    text = ("Razem w Ursusie\n\nProjekt „Razem w Ursusie” realizowany był od marca do grudnia 2023 r. "
            "Projekt był współfinansowany ze środków m.st. Warszawy (dotacja 30 500 zł) oraz Gminy "
            "Michałowice (grant 8 000 zł).\n")
    ex = extract_document(Document("f.txt", "f.txt", text))
    got = {(f.funder, f.amount) for p in ex.projects for f in p.funding}
    assert got == {("m.st. Warszawa", 30500.0), ("Gmina Michałowice", 8000.0)}


def test_a_card_line_naming_its_payer_ends_the_money_phrase_at_its_line_break():
    from ngo_atlas.extract.funder_mentions import prose_funders

    text = ("Szkoła bez granic\n\nCele Celem projektu było wsparcie uczniów z zagranicy.\n"
            "Finansowanie Fundusz Dobrych Praktyk Szkolnych oraz budżet państwa\n"
            "Wykonawca Międzynarodowa Organizacja ds. Edukacji (MOE) we współpracy z Kuratorium Oświaty\n")
    assert [f.funder for f in prose_funders(text, 0, len(text), "pl", [])] == ["Fundusz Dobrych Praktyk Szkolnych"]
    # a sentence broken mid-phrase goes on to the name on the next line
    text = "Szkoła bez granic\n\nProjekt był finansowany przez\nFundację Edukacji Opolskiej. Zajęcia trwały rok.\n"
    assert [f.funder for f in prose_funders(text, 0, len(text), "pl", [])] == ["Fundacja Edukacji Opolskiej"]
