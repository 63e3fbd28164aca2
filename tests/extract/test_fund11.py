"""Round 11, funding: where a programme's name ends, and how programmes, payers and sums
are read in their general form (texts in our own wording, not the sets')."""

from ngo_atlas.extract.funding import _programme_name
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _funding(text: str) -> list:
    ex = extract_document(Document("f.txt", "f.txt", text))
    return [(f.funder, f.programme, f.amount) for p in ex.projects for f in p.funding]


def test_a_participle_clause_about_who_runs_the_programme_ends_its_name():
    assert _programme_name("Podkarpacie Razem, zarządzanego przez Fundację Iks na zlecenie Gminy Y",
                           "pl") == "Podkarpacie Razem"
    assert _programme_name("Program Sąsiedzi i Goście finansowany ze środków Gminy Z", "pl") == \
        "Sąsiedzi i Goście"
    assert _programme_name("the Open Doors programme, run by the Local Trust", "en") == "Open Doors"


def test_an_action_or_measure_of_a_programme_is_no_part_of_its_name():
    assert _programme_name("Erasmus+ KA122-SCH – short-term school mobility", "en") == "Erasmus+"
    assert _programme_name("programu Erasmus+ Akcja 1: Mobilność kadry edukacji dorosłych", "pl") == "Erasmus+"
    assert _programme_name("Fundusze Europejskie dla Opolskiego 2021–2027 Działanie 6.2", "pl") == \
        "Fundusze Europejskie dla Opolskiego 2021–2027"


def test_a_second_fund_joined_to_a_programme_starts_a_new_name():
    assert _programme_name("Funduszy Szwajcarskich oraz Programu Regionalnego Mazowsze", "pl") == \
        "Fundusze Szwajcarskie"


def test_an_agreement_with_its_sum_is_no_programme():
    assert _programme_name("umowy grantowej o wartości 250 000 PLN", "pl") is None
    text = ("Punkt porad „Dobry Adres”\n\n"
            "Stowarzyszenie Most w Chełmie prowadziło punkt porad od maja do grudnia 2023 r. "
            "dzięki wsparciu Międzynarodowej Organizacji ds. Migracji (IOM) w ramach umowy "
            "o współpracy o wartości 320 000 PLN.\n")
    assert all(p is None for _f, p, _a in _funding(text))


def test_a_project_or_a_verb_after_within_names_no_programme():
    assert _programme_name("projektu „Szkoła dla wszystkich”, realizowanego przez Fundację X", "pl") is None
    assert _programme_name("jest „Kuchnia Świata” – warsztaty dla rodzin, prowadzone przez Y", "pl") is None


def test_a_capitalised_programme_adjective_keeps_its_head_word():
    assert _programme_name("Programu Regionalnego na lata 2021–2027", "pl") == "Program Regionalny na lata 2021–2027"
    assert _programme_name("Programie Krajowym na lata 2021–2027", "pl") == "Program Krajowy na lata 2021–2027"


def test_a_payer_label_naming_a_programme_financed_from_a_fund():
    text = ("Wspólne podwórko\n\n"
            "Realizator: Fundacja Sąsiedzka z Torunia\n"
            "Grantodawca: Program Mosty dla Regionu finansowany z Funduszy Szwajcarskich\n"
            "Kwota dotacji: 48 000 zł\n")
    got = _funding(text)
    assert [(f, p) for f, p, _a in got] == [("Fundusze Szwajcarskie", "Mosty dla Regionu")]


def test_an_operator_handing_on_another_bodys_money_is_no_funder():
    text = ("Kawiarenka językowa „Przy stole”\n\n"
            "Projekt był sfinansowany przez Fundację Wspólnota Lokalna w ramach programu "
            "„Sąsiedzi Bliżej” ze środków Fundacji Rodziny Kowalskich. Spotkania odbywały się "
            "w Sanoku od marca do czerwca 2023 r.\n")
    assert [(f, p) for f, p, _a in _funding(text)] == [("Fundacja Rodziny Kowalskich", "Sąsiedzi Bliżej")]


def test_a_payer_giving_from_its_own_fund_stays_the_payer():
    text = ("Centrum porad dla migrantów\n\n"
            "Projekt jest finansowany przez Unię Europejską ze środków Funduszu Azylu, Migracji "
            "i Integracji. Porady udzielane są w Lublinie.\n")
    assert [(f, p) for f, p, _a in _funding(text)] == [("Unia Europejska", "Fundusz Azylu, Migracji i Integracji")]


def test_a_russian_reflexive_past_of_financing_with_its_source():
    text = ("Курсы польского языка для взрослых\n\n"
            "Курсы проводила Фундация «Открытый дом» в Люблине с марта по июнь 2022 года. "
            "Проект финансировался из бюджета города Люблина (45 000 злотых).\n")
    got = _funding(text)
    assert [(f, a) for f, _p, a in got] == [("бюджет города Люблина", 45000.0)]


def test_a_towns_budget_and_the_towns_body_are_one_payer():
    text = ("Мовний клуб для дорослих\n\n"
            "Проєкт реалізується за фінансової підтримки Гміни Місто Познань. "
            "Проєкт фінансувався з бюджету міста Познань в рамках Програми «Разом у місті» "
            "(25 000 злотих).\n")
    got = _funding(text)
    assert got == [("Гміна Місто Познань", "Разом у місті", 25000.0)]


def test_a_programme_named_within_a_funds_programme_gives_the_fund_as_payer():
    text = ("Wojewoda podpisał umowę\n\n"
            "Wojewoda Lubuski podpisał umowę o dofinansowanie projektu „Lubuskie bez barier” "
            "w ramach Programu Regionalnego Funduszu Spójności Społecznej. Projekt potrwa "
            "od 2024 do 2026 roku.\n")
    assert [(f, p) for f, p, _a in _funding(text)] == [
        ("Fundusz Spójności Społecznej", "Program Regionalny Funduszu Spójności Społecznej")]


def test_an_english_quoted_programme_of_its_owner():
    text = ("Welcome Desk in Elbląg\n\n"
            "The city ran the project from 2019 to 2021 under the \"Inclusion, Housing and Jobs\" "
            "programme of the Swiss Contribution. Another part came from the state budget.\n")
    got = [(f, p) for f, p, _a in _funding(text)]
    assert ("Swiss Contribution", "Inclusion, Housing and Jobs") in got


def test_a_grant_won_in_a_quoted_competition_names_the_programme():
    text = ("Sąsiedzka biblioteka\n\n"
            "Dzięki wsparciu Fundacji Kolei Regionalnych prowadzimy w Ełku bibliotekę dla dzieci "
            "z Ukrainy od lutego do maja 2024 roku. Dotację w wysokości 12 tys. zł otrzymaliśmy "
            "w konkursie „Czytamy Razem” ogłoszonym przez fundację.\n")
    assert [p for _f, p, _a in _funding(text)] == ["Czytamy Razem"]


def test_a_prize_competition_without_a_grant_names_no_programme():
    text = ("Dzień Sąsiada\n\n"
            "Stowarzyszenie Iskra organizuje w Ełku Dzień Sąsiada od maja do czerwca 2024 r. "
            "Nasza uczennica zajęła pierwsze miejsce w konkursie „Mój nowy dom”.\n")
    assert all(p is None for _f, p, _a in _funding(text))


def test_a_total_a_payer_covers_a_share_of_is_no_grant():
    from ngo_atlas.extract.money import grant_amount
    text = "Koszt całego zadania to 1,5 mln zł, z czego 80 proc. pokrywa Fundusz Przykładowy."
    assert grant_amount(text, 0, len(text), []) is None
    text = "The total cost was EUR 400,000, of which 90% was covered by the Example Fund."
    assert grant_amount(text, 0, len(text), []) is None
    # what a grant was spent on is no payer's share: the grant stays
    text = "Stowarzyszenie otrzymało dotację 60 000 zł, z czego 70% wydało na kursy językowe."
    assert grant_amount(text, 0, len(text), []).amount == 60000.0


def test_a_total_co_financed_by_the_state_budget_is_no_grant():
    text = ("Centrum Wsparcia Cudzoziemców w Koninie\n\n"
            "Projekt prowadzi Fundacja Konińska od 2023 do 2025 roku. Całkowita wartość projektu "
            "wynosi 980 000 zł. Projekt jest współfinansowany z Funduszu Przykładowego Unii "
            "oraz z budżetu państwa.\n")
    assert all(a is None for _f, _p, a in _funding(text))
    alone = text.replace(" oraz z budżetu państwa", "")
    assert [a for _f, _p, a in _funding(alone)] == [980000.0]


def test_a_second_share_named_elliptically_after_an_abbreviated_percent():
    text = ("Kursy dla cudzoziemców w Kaliszu\n\n"
            "Projekt realizuje Fundacja Kaliska od 2023 do 2025 roku. Projekt kosztuje 1,2 mln zł, "
            "z czego 80 proc. pokrywa Fundusz Przykładowy, a 20 proc. budżet państwa.\n")
    assert [f for f, _p, _a in _funding(text)] == ["Fundusz Przykładowy", "budżet państwa"]


def test_a_second_agent_after_the_first_ones_quoted_programme():
    text = ("Szkoła Liderek Migrantek\n\n"
            "Szkołę prowadziło Stowarzyszenie Nowa Droga w Łodzi w 2022 roku. Projekt był "
            "finansowany przez Fundację Wspólna Sprawa w ramach programu „Lokalne Liderki” "
            "i Fundację Rodziny Nowaków.\n")
    assert [(f, p) for f, p, _a in _funding(text)] == [
        ("Fundacja Wspólna Sprawa", "Lokalne Liderki"), ("Fundacja Rodziny Nowaków", None)]


def test_a_body_met_with_z_and_the_instrumental_is_no_source():
    from ngo_atlas.extract.funder_mentions import prose_funders
    text = "Stowarzyszenia, które dostały dotacje, prosimy o spotkanie z Wydziałem Kultury Urzędu Gminy."
    assert prose_funders(text, 0, len(text), "pl", []) == []
    text = "Stowarzyszenie dostało dotację z Wydziału Kultury Urzędu Gminy."
    assert [f.funder for f in prose_funders(text, 0, len(text), "pl", [])] != []


def test_the_grantee_is_paid_not_paying_and_a_numbered_call_is_no_programme():
    text = ("Fund for Local Action – Regional Strand\n\n"
            "Open Kitchen Lublin\n\n"
            "Grantee: Lublin Neighbourhood Association\n"
            "Call: 3rd call – small grants\n"
            "Grant: EUR 9,500.00\n"
            "Implementation period: 01.02.2024-30.11.2024\n")
    assert _funding(text) == [(None, None, 9500.0)]
    assert _programme_name("II nabór – inicjatywy lokalne", "pl") is None
    assert _programme_name("konkurs „Razem w Mieście”", "pl") == "Razem w Mieście"


def test_a_payers_bare_core_of_a_programme_named_in_full_is_one_record():
    text = ("Klub Sąsiedzki Mosty\n\n"
            "Kwota dotacji: 58 000,00 zł\n"
            "Źródło finansowania: Program Wspólne Sprawy PODKARPACIE na lata 2023–2027\n"
            "Fundacja Mosty prowadzi klub w Krośnie od 2024 roku.\n\n"
            "Projekt dofinansowany ze środków Fundacji Rozwoju Regionów w ramach Programu PODKARPACIE.\n")
    assert _funding(text) == [("Fundacja Rozwoju Regionów",
                               "Program Wspólne Sprawy PODKARPACIE na lata 2023–2027",
                               58000.0)]


def _payers(text: str, lang: str) -> list:
    from ngo_atlas.extract.funding import find_funding
    return [(f.funder, f.programme) for f in find_funding(text, 0, len(text), [], lang)]


def test_an_operator_handing_on_money_in_english_russian_and_ukrainian():
    en = ("The courses were funded by the Lake District Foundation under the \"Open Towns\" "
          "programme from the funds of the Alpine Grants.")
    assert _payers(en, "en") == [("Alpine Grants", "Open Towns")]
    ru = "Курсы финансировались Фондом Озёрного края в рамках программы «Открытые города» из средств Альпийских грантов."
    assert [f for f, _p in _payers(ru, "ru")] == ["Альпийские гранты"]
    uk = "Курси фінансувала Фундація Озерного краю в рамках програми «Відкриті міста» за кошти Альпійських грантів."
    assert [f for f, _p in _payers(uk, "uk")] == ["Альпійські гранти"]


def test_a_payer_giving_from_its_own_programme_is_no_operator():
    text = ("Spotkania dofinansowano przez Narodowy Instytut Sportu ze środków Rządowego Programu "
            "Aktywne Miasta na lata 2022–2025.")
    assert [f for f, _p in _payers(text, "pl")] == ["Narodowy Instytut Sportu"]


def test_shares_that_came_from_a_payer_in_english_and_russian():
    en = "Its total cost was PLN 300,000, of which 80% came from the Lakeside Foundation."
    assert [f for f, _p in _payers(en, "en")] == ["Lakeside Foundation"]
    ru = "Стоимость составила 300 000 злотых, из которых 80% покрывает Фонд Озёрного края."
    assert [f for f, _p in _payers(ru, "ru")] == ["Фонд Озёрного края"]


def test_its_quoted_programme_and_a_second_english_agent():
    text = "The school was funded by the Hill Foundation under its \"Young Voices\" programme and the Baker Family Trust."
    assert _payers(text, "en") == [("Hill Foundation", "Young Voices"), ("Baker Family Trust", None)]


def test_a_funds_own_programme_after_a_dash_in_a_payer_label():
    text = ("Punkt porad w Radomiu\n\n"
            "Realizator: Fundacja Radomska\n"
            "Źródło finansowania: Fundusz Wspólnej Przyszłości – Program Regionalny, współfinansowanie z budżetu państwa\n"
            "Okres realizacji: 2023–2025\n")
    assert ("Fundusz Wspólnej Przyszłości", "Fundusz Wspólnej Przyszłości – Program Regionalny") in \
        [(f, p) for f, p, _a in _funding(text)]


def test_a_sentence_on_who_runs_a_programme_names_it_over_the_funds_channel():
    text = ("Prawa dla wszystkich\n\n"
            "Fundacja Praw Sąsiedzkich realizuje projekt w Kielcach w latach 2023–2024. Projekt korzysta "
            "z dofinansowania od Islandii, Liechtensteinu i Norwegii w ramach Funduszy EOG.\n\n"
            "Program Obywatele Razem – Fundusz Lokalny jest prowadzony przez Fundację Operatora.\n")
    assert {p for _f, p, _a in _funding(text)} == {"Obywatele Razem – Fundusz Lokalny"}
    alone = text.split("\n\nProgram")[0] + "\n"
    assert {p for _f, p, _a in _funding(alone)} == {"Fundusze EOG"}


def test_where_a_grant_agreement_was_signed_is_no_payer():
    from ngo_atlas.extract.funder_mentions import prose_funders
    text = "Umowę o dofinansowanie podpisano 3 marca w Urzędzie Gminy Sielec."
    assert prose_funders(text, 0, len(text), "pl", []) == []
    text = "The grant agreement was signed in the Town Hall of Sielec."
    assert prose_funders(text, 0, len(text), "en", []) == []


def test_the_quoted_programme_a_project_is_part_of():
    for text, lang in (("Kursy są częścią programu „Sąsiedzkie Miasto”. Finansuje je Gmina Iksowo.", "pl"),
                       ("The courses are part of the “Neighbourly Town” programme, funded by the Town of Exe.", "en"),
                       ("Курси є частиною програми «Сусідське місто». Їх фінансує Гміна Ікс.", "uk")):
        assert {p for _f, p in _payers(text, lang)} <= {"Sąsiedzkie Miasto", "Neighbourly Town", "Сусідське місто"}
        assert any(p for _f, p in _payers(text, lang)), text


def test_an_open_call_for_proposals_keeps_only_its_quoted_name():
    assert _programme_name("otwartego konkursu ofert „Razem dla Regionu”", "pl") == "Razem dla Regionu"
    assert _programme_name("відкритого конкурсу пропозицій «Разом у громаді»", "uk") == "Разом у громаді"


def test_a_programme_named_before_its_payers_money():
    text = ("Zajęcia dofinansowano z programu Lokalne Mosty 2022 ze środków Fundacji Wspólnego Dobra "
            "– Oddziału Regionalnego w Kielcach.")
    got = _payers(text, "pl")
    assert [p for _f, p in got] == ["Lokalne Mosty 2022"]
    assert got[0][0].startswith("Fundacja Wspólnego Dobra")


def test_a_body_bringing_the_own_contribution_pays_its_share():
    text = ("Asystenci w szkołach\n\n"
            "Gmina Iksowo realizuje projekt od 2023 do 2024 roku. Jego koszt to 500 tys. zł: 400 tys. zł "
            "pochodzi z Funduszu Przykładowego, a 100 tys. zł to wkład własny Miasta Iksowo.\n")
    assert [(f, a) for f, _p, a in _funding(text)] == [("Fundusz Przykładowy", 400000.0), ("Miasto Iksowo", 100000.0)]
    text = "Wkład własny zapewnia Samorząd Województwa Opolskiego. Projekt dofinansowano z Funduszu Przykładowego."
    assert "Samorząd Województwa Opolskiego" in [f for f, _p in _payers(text, "pl")]
    # volunteers' work as the own contribution names no payer
    text = "Projekt sfinansowała Fundacja Iks, a wkład własny w postaci pracy wolontariuszy zapewniły parafie."
    assert [f for f, _p in _payers(text, "pl")] == ["Fundacja Iks"]


def test_an_acronyms_appositive_is_no_second_payer():
    text = "The centre ran in 2023 with funding from IOM, the UN Migration Agency."
    assert [f for f, _p in _payers(text, "en")] == ["IOM"]


def test_a_programme_named_in_brackets_after_the_fund_it_belongs_to():
    assert _programme_name("Funduszy Szwajcarskich (Program „Lokalne Mosty”)", "pl") == "Lokalne Mosty"
    text = ("Проект «Клуб соседей»\n\nРеализатор: Фонд «Открытый дом»\n"
            "Источник финансирования: Швейцария в рамках Швейцарского вклада (Программа «Соседи рядом»)\n"
            "Сумма гранта: 50 000 CHF\nПроект реализуется в Люблине с 2022 по 2023 год.\n")
    assert [p for _f, p, _a in _funding(text)] == ["Соседи рядом"]


def test_sums_set_beside_their_sources_by_a_dash():
    text = ("Проект «Дом для всех»\n\nФонд «Мост» реализует проект в Кракове с 2023 по 2025 год. "
            "Проект софинансируется Европейским союзом из Фонда убежища, миграции и интеграции и "
            "государственного бюджета. Стоимость проекта: 800 000 злотых, из которых 600 000 злотых – "
            "средства ЕС, а 200 000 злотых – государственный бюджет.\n")
    got = [(f, a) for f, _p, a in _funding(text)]
    assert got == [("Европейский союз", 600000.0), ("государственный бюджет", 200000.0)]


def test_a_payers_part_of_the_total_is_the_grant():
    from ngo_atlas.extract.money import grant_amount
    text = "Wartość ogółem: 500 000,00 zł\nw tym wkład Unii: 425 000,00 zł\n"
    assert grant_amount(text, 0, len(text), []).amount == 425000.0
    text = "Total value: EUR 90,000, including the EU contribution: EUR 72,000."
    assert grant_amount(text, 0, len(text), []).amount == 72000.0


def test_an_ngo_bringing_its_own_share_is_no_payer():
    text = "Projekt dofinansowano z Funduszu Przykładowego. Wkład własny zapewnia Stowarzyszenie Nasza Wieś."
    assert [f for f, _p in _payers(text, "pl")] == ["Fundusz Przykładowy"]
