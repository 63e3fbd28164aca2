"""Organisations and funders of the sixth round: names that end where a line ends, bullets
drawn as pictographs, applicant columns, multi-word towns of a city body."""

import pytest

from ngo_atlas.extract.funding import find_funding
from ngo_atlas.extract.labels import find_labels
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _funders(text, lang="pl"):
    return [f.funder for f in find_funding(text, 0, len(text), find_labels(text), lang)]


def _orgs(text, lang="pl"):
    x = extract_document(Document(source="t.txt", name="t.txt", text=text, language=lang))
    return [[(o.name, o.role) for o in p.organizations] for p in x.projects]


@pytest.mark.parametrize("text, lang, funder", [
    # a Cyrillic payer ends at the line break and before "з бюджету …" (a lower-case phrase)
    ("Курс безкоштовний — проєкт фінансує Волинське воєводство з бюджету самоврядування\n"
     "Партнер: Луцький університет\n", "uk", "Волинське воєводство"),
    ("Занятия бесплатные: проект финансирует Поморское воеводство\nПодробности на сайте.\n",
     "ru", "Поморское воеводство"),
])
def test_cyrillic_payer_ends_with_its_line(text, lang, funder):
    assert _funders(text, lang) == [funder]


@pytest.mark.parametrize("text, key, value", [
    ("🤝 Partner: Fundacja Nowy Dom\n", "partner", "Fundacja Nowy Dom"),
    ("📍 Miejsce: Lublin, ul. Długa 3\n", "place", "Lublin, ul. Długa 3"),
    ("➡️ Партнер: Фундація «Мости»\n", "partner", "Фундація «Мости»"),
])
def test_pictograph_bullet_opens_a_label(text, key, value):
    hits = [(h.key, h.value) for h in find_labels(text)]
    assert (key, value) in hits


@pytest.mark.parametrize("header", ["Oferent", "Nazwa oferenta", "Zleceniobiorca", "Nazwa organizacji"])
def test_applicant_column_leads_each_row(header):
    text = ("Wyniki otwartego konkursu ofert\n\n"
            f"Lp. | {header} | Tytuł zadania | Kwota dotacji (zł)\n"
            "1 | Fundacja Dobry Sąsiad | „Lekcje polskiego dla dorosłych” | 10 500,00\n"
            "2 | Stowarzyszenie Otwarte Drzwi | „Klub rodzica” | 7 000,00\n")
    orgs = _orgs(text)
    assert ("Fundacja Dobry Sąsiad", "lead") in orgs[0]
    assert ("Stowarzyszenie Otwarte Drzwi", "lead") in orgs[1]


@pytest.mark.parametrize("text, funder", [
    ("Projekt „Razem” został sfinansowany ze środków Miasta Zielonej Góry.\n", "Miasto Zielona Góra"),
    ("Zadanie sfinansowano z budżetu Miasta Nowego Sącza.\n", "Miasto Nowy Sącz"),
    ("Projekt „Razem” został sfinansowany ze środków Gminy Miejskiej Kraków.\n", "Gmina Miejska Kraków"),
    ("Projekt „Razem” został sfinansowany ze środków Miasta Łodzi.\n", "Miasto Łódź"),
    ("Projekt „Razem” został sfinansowany ze środków Gminy Miasta Toruń.\n", "Gmina Miasta Toruń"),
])
def test_city_body_with_a_multi_word_town(text, funder):
    assert funder in _funders(text)


def _funding(text, lang="pl"):
    return [(f.funder, f.programme) for f in find_funding(text, 0, len(text), find_labels(text), lang)]


@pytest.mark.parametrize("text, lang, funder", [
    # the sum stands between the verb of paying and the payer
    ("The workshops are supported with €15,000 from the Active Citizens Fund.\n", "en", "Active Citizens Fund"),
    ("Kursy zostały wsparte kwotą 40 000 zł przez Fundację Orlen.\n", "pl", "Fundacja Orlen"),
    ("Проєкт підтримано грантом на суму 20 000 грн від Фонду Мрія.\n", "uk", "Фонд Мрія"),
])
def test_amount_between_verb_and_payer(text, lang, funder):
    assert funder in [f for f, _p in _funding(text, lang)]


@pytest.mark.parametrize("text, lang, pair", [
    ("The camp was funded by the Baltic Foundation through its \"Open Doors\" grant programme.\n", "en",
     ("Baltic Foundation", "Open Doors")),
    ("Projekt sfinansowała Fundacja Orlen poprzez swój program grantowy „Moje miejsce”.\n", "pl",
     ("Fundacja Orlen", "Moje miejsce")),
    ("Проект финансирует Фонд Открытый Диалог через свою программу «Добрые соседи».\n", "ru",
     ("Фонд Открытый Диалог", "Добрые соседи")),
    # "the programme" before a quoted name is no part of it
    ("The project is supported by Norway Grants under the programme \"Local Development\".\n", "en",
     ("Norway Grants", "Local Development")),
])
def test_programme_a_payer_gives_through(text, lang, pair):
    assert pair in _funding(text, lang)


@pytest.mark.parametrize("text, lang, pair", [
    ("Projekt dostał dofinansowanie z programu NOWE FIO 2025 Narodowego Instytutu Wolności.\n", "pl",
     ("Narodowy Instytut Wolności", "NOWE FIO 2025")),
    ("Проект реализуется в рамках программы Добрые Соседи Фонда Сороса.\n", "ru", ("Фонд Сороса", "Добрые Соседи")),
])
def test_owner_after_an_unquoted_programme(text, lang, pair):
    assert pair in _funding(text, lang)


def test_fund_after_a_dash_stays_in_the_programme():
    text = "Projekt dofinansowano z programu Aktywni Obywatele – Fundusz Regionalny.\n"
    assert (None, "Aktywni Obywatele – Fundusz Regionalny") in _funding(text)


@pytest.mark.parametrize("text, lang, pair", [
    ("Projekt otrzymał dofinansowanie z Funduszu Azylu, Migracji i Integracji. Wartość projektu to "
     "1,2 mln zł, z czego 90 procent pokrywa Unia Europejska.\n", "pl",
     ("Unia Europejska", "Fundusz Azylu, Migracji i Integracji")),
    ("Проект софинансировался Европейским союзом из Фонда убежища, миграции и интеграции.\n", "ru",
     ("Европейский союз", "Фонд убежища, миграции и интеграции")),
    ("Проєкт співфінансується Європейським Союзом з Фонду притулку, міграції та інтеграції.\n", "uk",
     ("Європейський Союз", "Фонд притулку, міграції та інтеграції")),
])
def test_union_pays_through_its_fund(text, lang, pair):
    assert _funding(text, lang)[:1] == [pair]


def test_fund_a_label_names_stays_the_funder():
    text = ("Źródło finansowania: Fundusz Azylu, Migracji i Integracji\n"
            "Dofinansowanie z UE: 200 000,00 zł\n")
    assert ("Fundusz Azylu, Migracji i Integracji", None) in _funding(text)


@pytest.mark.parametrize("text, lang, funder", [
    ("Koszt kursu to 50 000 zł, z czego 80% pokrywa Fundacja Orlen.\n", "pl", "Fundacja Orlen"),
    ("The course costs EUR 20,000; 75% is covered by the European Union.\n", "en", "European Union"),
])
def test_share_and_its_payer(text, lang, funder):
    assert funder in [f for f, _p in _funding(text, lang)]


def test_a_word_between_programme_and_quote_must_be_its_kind():
    # "w ramach programu jest „X”": the quoted name is a project of the programme, not the programme
    text = "Jednym z projektów dofinansowanych w ramach programu jest „Mama w mieście” – grupa wsparcia.\n"
    assert all(p != "Mama w mieście" for _f, p in _funding(text))


def _roles(text, lang="pl"):
    from ngo_atlas.extract.organisations import find_organisations

    return {(o.name, o.role) for o in find_organisations(text, 0, len(text), find_labels(text), lang)}


@pytest.mark.parametrize("text, lang, expected", [
    # "partnerami były organizacje:": a generic noun before the list
    ("Naszymi partnerami były organizacje: Open Minds Georgia (Batumi) i Asociația Pod (Iași).\n", "pl",
     {("Open Minds Georgia", "partner"), ("Asociația Pod", "partner")}),
    # two partner cues in one sentence each govern their own subject
    ("Wspólnie z nami działa Miejski Ośrodek Kultury w Pile, a merytorycznie wspiera nas Uniwersytet "
     "Zielonogórski.\n", "pl",
     {("Miejski Ośrodek Kultury w Pile", "partner"), ("Uniwersytet Zielonogórski", "partner")}),
    # the names before "are partners"
    ("The Open Door Association and the Foundation \"Most\" in Lublin are cooperating partners.\n", "en",
     {("Open Door Association", "partner"), ("Foundation Most", "partner")}),
    ("Fundacja Nowy Dom i Stowarzyszenie Razem są partnerami projektu.\n", "pl",
     {("Fundacja Nowy Dom", "partner"), ("Stowarzyszenie Razem", "partner")}),
    ("Фонд «Мост» и Ассоциация Дом Культур являются партнёрами проекта.\n", "ru",
     {("Фонд Мост", "partner"), ("Ассоциация Дом Культур", "partner")}),
    # "партнёрстве" written with ё
    ("Проект был реализован в партнёрстве с Опольским университетом.\n", "ru",
     {("Опольский университет", "partner")}),
])
def test_partners_in_prose(text, lang, expected):
    assert expected <= _roles(text, lang)


def test_partner_predicate_subject_is_no_lead():
    assert ("Fundacja Nowy Dom", "lead") not in _roles("Fundacja Nowy Dom i Stowarzyszenie Razem są partnerami.\n")


@pytest.mark.parametrize("text, lang, lead", [
    # a Latin head with a Cyrillic genitive
    ("Caritas Архиепархии Вроцлавской завершила проект «Мост».\n", "ru", "Caritas Архиепархии Вроцлавской"),
    # a sentence that is only an event's quoted name, then the verb of organising and its subject
    ("«День соседей» организовали Фонд Открытый Город и Ассоциация Мост.\n", "ru", "Фонд Открытый Город"),
    ("«День сусідів» організувала Фундація Відкрите Місто.\n", "uk", "Фундація Відкрите Місто"),
    # "has started a project": the body before it runs it
    ("The Lublin Migration Foundation has started a two-year project on housing.\n", "en",
     "Lublin Migration Foundation"),
    # a descriptor before the name is not the name
    ("The project was carried out by the Toruń-based association Stowarzyszenie Most.\n", "en",
     "Stowarzyszenie Most"),
])
def test_lead_in_prose(text, lang, lead):
    assert (lead, "lead") in _roles(text, lang)


def test_state_budget_beside_a_programme_takes_none():
    text = ("Projekt był współfinansowany z Programu Krajowego Funduszu Azylu, Migracji i Integracji "
            "oraz z budżetu państwa.\n")
    assert ("budżet państwa", None) in _funding(text)


def test_programme_the_sentence_is_about_is_the_projects():
    text = ("Program Aktywni Obywatele – Fundusz Regionalny jest finansowany z Funduszy EOG w ramach "
            "Mechanizmu Finansowego Europejskiego Obszaru Gospodarczego na lata 2014-2021.\n")
    assert _funding(text) == [("Fundusze EOG", "Aktywni Obywatele – Fundusz Regionalny")]


def test_union_named_as_the_funds_owner_is_no_second_payer():
    text = ("Проект реализуется при финансировании Фонда убежища, миграции и интеграции (FAMI) "
            "Европейского союза.\n")
    assert _funding(text, "ru") == [("Фонд убежища, миграции и интеграции", None)]


def test_payer_name_ends_with_its_line():
    text = "Projekt współfinansowany ze środków Unii Europejskiej\nFundusz Azylu, Migracji i Integracji\n"
    assert ("Unia Europejska", None) in _funding(text)


@pytest.mark.parametrize("text", [
    "Program\npiątek 10.10 – 18:00 koncert „Pieśni z drogi”\n",
    "Program:\nsobota, 14.09 – warsztaty\n",
    "Programme\nFriday 10 October – 18:00 concert\n",
])
def test_event_schedule_is_no_programme(text):
    assert all(p is None for _f, p in _funding(text + "Projekt dofinansowany ze środków Gminy Miejskiej Kraków.\n"))


@pytest.mark.parametrize("text, lang, funder", [
    ("Програму реалізує Фундація «Межі» на замовлення Міста Познань.\n", "uk", "Місто Познань"),
    ("Zadanie publiczne zlecone przez Gminę Wrocław prowadzi Fundacja Ukraina.\n", "pl", "Gmina Wrocław"),
    ("Kursy prowadzimy na zlecenie Miasta Lublin.\n", "pl", "Miasto Lublin"),
    ("The helpline is run commissioned by the City of Gdańsk.\n", "en", "City of Gdańsk"),
])
def test_commissioning_body_pays(text, lang, funder):
    assert funder in [f for f, _p in _funding(text, lang)]


def test_a_funds_name_cut_at_its_comma_is_no_body():
    from ngo_atlas.extract.mentioned import mentioned_orgs

    text = ("Проект софинансировался Европейским союзом из Фонда убежища, миграции и интеграции "
            "в рамках проекта.\n")
    names = [o.name for o in mentioned_orgs(text, 0, len(text), "ru", [])]
    assert "Фонд убежища" not in names


@pytest.mark.parametrize("text, lang", [
    ("Руководитель проекта: Томаш Гаврон\n", "ru"),
    ("Керівник проекту: Олена Коваль\n", "uk"),
    ("Lider projektu: Anna Kowal\n", "pl"),
])
def test_a_person_under_a_leader_label_is_no_organisation(text, lang):
    assert not [o for o in _roles(text, lang) if o[1] == "lead"]


def test_leader_label_with_a_body_stays_a_lead():
    assert ("Fundacja Nowy Dom", "lead") in _roles("Lider projektu: Fundacja Nowy Dom\n")


@pytest.mark.parametrize("text, lang, expected", [
    ("Проект реализуется в партнёрстве с Ягеллонским университетом и гминой Величка.\n", "ru",
     {("Ягеллонский университет", "partner"), ("гмина Величка", "partner")}),
])
def test_cyrillic_list_item_with_a_lower_case_head(text, lang, expected):
    assert expected <= _roles(text, lang)


def test_cyrillic_label_list_item_with_a_lower_case_head():
    text = "Партнёры проекта: Ягеллонский университет (Институт исследований) и гмина Величка.\n"
    assert {("Ягеллонский университет", "partner"), ("гмина Величка", "partner")} <= _roles(text, "ru")


def _doc_orgs(text, title=None, lang="pl"):
    x = extract_document(Document(source="t.html", name="t.html", text=text, language=lang, title=title))
    return [[(o.name, o.role) for o in p.organizations] for p in x.projects]


def test_our_project_in_any_case_makes_the_heading_body_the_lead():
    text = ("Fundacja Most Podlasie\n\n"
            "Z radością ogłaszamy, że nasz projekt „Sąsiedzi bez granic” dostał dofinansowanie "
            "z programu NOWE FIO 2025! Od stycznia 2026 będziemy prowadzić konsultacje w Białymstoku.\n")
    assert ("Fundacja Most Podlasie", "lead") in _doc_orgs(text)[0]


def test_site_named_in_the_page_title_runs_our_project():
    text = ("Toruń Razem\n"
            "Od września 2025 roku nasze stowarzyszenie prowadzi projekt „Toruń Razem” dla rodzin "
            "z Ukrainy w Toruniu. Projekt jest finansowany przez Fundację Orlen.\n")
    orgs = _doc_orgs(text, title="Toruń Razem – Stowarzyszenie Dobry Sąsiad")[0]
    assert ("Stowarzyszenie Dobry Sąsiad", "lead") in orgs


def test_page_title_owner_needs_the_page_to_say_ours():
    text = ("Toruń Razem\n"
            "Od września 2025 roku projekt „Toruń Razem” trwa w Toruniu. Projekt jest finansowany "
            "przez Fundację Orlen.\n")
    orgs = _doc_orgs(text, title="Toruń Razem – Stowarzyszenie Dobry Sąsiad")
    assert all(("Stowarzyszenie Dobry Sąsiad", "lead") not in p for p in orgs)


def test_labelled_lead_ends_before_its_partner_clause():
    text = ("Realizator: Fundacja Prawo i Sąsiedzi (oddział Kraków) we współpracy z Powiatowym "
            "Urzędem Pracy w Olkuszu\n")
    roles = _roles(text)
    assert ("Fundacja Prawo i Sąsiedzi", "lead") in roles
    assert ("Powiatowy Urząd Pracy w Olkuszu", "partner") in roles


def test_money_noun_and_its_payer_in_the_genitive():
    text = ("Budżet całkowity projektu: 800 000,00 PLN; dofinansowanie UE (75%): 600 000,00 PLN; "
            "współfinansowanie z budżetu państwa: 200 000,00 PLN.\n")
    x = extract_document(Document(source="t.txt", name="t.txt",
                                  text="Projekt „Sieci”\n\nProjekt „Sieci” realizuje Fundacja Most.\n" + text))
    got = {(f.funder, f.amount) for f in x.projects[0].funding}
    assert {("UE", 600000.0), ("budżet państwa", 200000.0)} <= got


def test_union_beside_its_fund_named_as_payer_is_no_second_funder():
    text = ("Projekt współfinansowany ze środków Europejskiego Funduszu Społecznego. Wartość projektu: "
            "1 000 000,00 zł, w tym dofinansowanie UE: 850 000,00 zł.\n")
    assert "UE" not in [f for f, _p in _funding(text)]


@pytest.mark.parametrize("text, name", [
    ("Partnerem projektu jest Parafia Rzymskokatolicka pw. św. Jana w Sanoku.\n",
     "Parafia Rzymskokatolicka pw. św. Jana w Sanoku"),
    ("Partnerem jest Parafia Greckokatolicka pw. Zaśnięcia Bogurodzicy w Przemyślu.\n",
     "Parafia Greckokatolicka pw. Zaśnięcia Bogurodzicy w Przemyślu"),
])
def test_parish_named_after_its_patron(text, name):
    assert (name, "partner") in _roles(text)


def test_a_logo_bar_is_no_organisation():
    from ngo_atlas.extract.organisations import clean_org

    assert clean_org("Fundusze Europejskie | Rzeczpospolita Polska | Unia Europejska", "pl") is None


def test_a_name_read_from_inside_its_bracket_loses_the_bracket():
    from ngo_atlas.extract.organisations import clean_org

    assert clean_org("Ośrodek Pomocy Społecznej w Gdyni)", "pl")[0] == "Ośrodek Pomocy Społecznej w Gdyni"


def test_a_contact_under_a_lead_label_is_no_organisation():
    text = "Project lead: Mariam Haddad — write to mariam dot haddad at nowydom dot org\n"
    assert not [o for o in _roles(text, "en") if o[1] == "lead"]


def test_call_after_the_funders_dash_is_its_programme():
    text = "Funding: National Science Centre, Poland (NCN) – OPUS 25\n"
    assert _funding(text, "en") == [("National Science Centre", "OPUS 25")]


@pytest.mark.parametrize("text, lang, programme", [
    ("Projekt jest realizowany z dotacji programu Aktywni Obywatele – Fundusz Regionalny, finansowanego "
     "z Funduszy EOG.\n", "pl", "Aktywni Obywatele – Fundusz Regionalny"),
    ("Проєкт фінансується з коштів програми «Добрі сусіди» Фонду Мрія.\n", "uk", "Добрі сусіди"),
])
def test_money_noun_between_from_and_programme(text, lang, programme):
    assert programme in [p for _f, p in _funding(text, lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Za realizację projektu odpowiada Stowarzyszenie Homo Viator.\n", "pl", {("Stowarzyszenie Homo Viator", "lead")}),
    ("The initiative is coordinated by the Migrant Info Point in Poznań.\n", "en", {("Migrant Info Point", "lead")}),
    ("The project is run jointly by the Emic Foundation and the Bridge Foundation.\n", "en",
     {("Emic Foundation", "lead")}),
    ("Проєкт втілює Фундація «Наш Вибір» разом із Центром підтримки мігрантів.\n", "uk",
     {("Фундація Наш Вибір", "lead"), ("Центр підтримки мігрантів", "partner")}),
    ("Проект осуществляется Фондом «Наш Выбор» при участии Ягеллонского университета.\n", "ru",
     {("Фонд Наш Выбор", "lead"), ("Ягеллонский университет", "partner")}),
])
def test_lead_by_the_phrase_that_governs_it(text, lang, expected):
    assert expected <= _roles(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Wnioskodawcą była Fundacja Most, która zaprosiła do współpracy Stowarzyszenie Nomada.\n", "pl",
     {("Stowarzyszenie Nomada", "partner")}),
    ("W projekt zaangażowane są także Szkoła Podstawowa nr 5 w Lublinie oraz Miejska Biblioteka Publiczna "
     "w Lublinie.\n", "pl",
     {("Szkoła Podstawowa nr 5 w Lublinie", "partner"), ("Miejska Biblioteka Publiczna w Lublinie", "partner")}),
    ("Our partner in this project is the Municipal Social Welfare Centre in Gdańsk.\n", "en",
     {("Municipal Social Welfare Centre in Gdańsk", "partner")}),
    ("The Red Cross leads the work, with the Jagiellonian University as a research partner.\n", "en",
     {("Jagiellonian University", "partner")}),
    ("Партнёрами проекта выступили Вроцлавский университет и Фонд «Украина».\n", "ru",
     {("Вроцлавский университет", "partner"), ("Фонд Украина", "partner")}),
    ("Организатором проекта является Фонд «Украинский Дом», а партнёром — Варшавский университет.\n", "ru",
     {("Фонд Украинский Дом", "lead"), ("Варшавский университет", "partner")}),
    ("Проєкт здійснюється Фундацією «Відкритий Діалог» за участі Жешувського університету.\n", "uk",
     {("Жешувський університет", "partner")}),
    ("Warsztaty prowadzi Fundacja Most z udziałem Uniwersytetu Rzeszowskiego.\n", "pl",
     {("Uniwersytet Rzeszowski", "partner")}),
])
def test_partner_by_the_phrase_that_governs_it(text, lang, expected):
    assert expected <= _roles(text, lang)


@pytest.mark.parametrize("text, lang, lead, others", [
    ("Projekt jest realizowany przez konsorcjum: Fundacja Instytut Spraw Publicznych (lider), Uniwersytet "
     "Warszawski i Fundacja Ocalenie.\n", "pl", "Fundacja Instytut Spraw Publicznych",
     {"Uniwersytet Warszawski", "Fundacja Ocalenie"}),
    ("The project was delivered by a consortium of the Institute of Public Affairs (lead), the University "
     "of Warsaw and the Ocalenie Foundation.\n", "en", "Institute of Public Affairs",
     {"University of Warsaw", "Ocalenie Foundation"}),
])
def test_the_marked_member_of_a_consortium_leads(text, lang, lead, others):
    roles = _roles(text, lang)
    assert (lead, "lead") in roles
    assert others <= {n for n, r in roles if r in ("partner", "member")}


def test_a_person_coordinating_is_no_lead_body():
    assert not [o for o in _roles("The project is coordinated by Ewa Mrozek.\n", "en") if o[1] == "lead"]


def test_european_funds_by_another_name_are_the_unions_money():
    text = ("Projekt współfinansowany ze środków Unii Europejskiej w ramach Funduszu Azylu, Migracji i "
            "Integracji.\nWkład Funduszy Europejskich | 3 598 571,25 zł\n")
    assert _funding(text) == [("Unia Europejska", "Fundusz Azylu, Migracji i Integracji")]
    x = extract_document(Document(source="t.txt", name="t.txt", text="Projekt „Łódź Bliżej”\n\n" + text))
    assert [(f.funder, f.amount) for f in x.projects[0].funding] == [("Unia Europejska", 3598571.25)]


def test_body_named_by_its_head_word_is_the_one_the_heading_names():
    text = ("Caritas Diecezji Kieleckiej\n\nNowy dom\n\nOd lipca nasza diecezjalna Caritas prowadzi projekt "
            "„Nowy dom” dla rodzin z Ukrainy w Kielcach. Projekt potrwa do czerwca 2026 r.\n")
    orgs = _doc_orgs(text)[0]
    assert ("Caritas Diecezji Kieleckiej", "lead") in orgs and ("Caritas", "lead") not in orgs


@pytest.mark.parametrize("text, lang, funder", [
    ("Środki na realizację projektu przekazała Ambasada Kanady.\n", "pl", "Ambasada Kanady"),
    ("Partnerem finansowym projektu jest Fundacja Orange.\n", "pl", "Fundacja Orange"),
    ("Funding for the project was provided by the UNHCR.\n", "en", "UNHCR"),
    ("The City of Gdynia contributed PLN 25,000 to the project.\n", "en", "City of Gdynia"),
    ("Средства на проект выделил город Вроцлав.\n", "ru", "город Вроцлав"),
    ("Кошти на проєкт надало місто Люблін.\n", "uk", "місто Люблін"),
    ("Проект реализуется благодаря поддержке Посольства Канады.\n", "ru", "Посольство Канады"),
    ("Проєкт реалізується завдяки підтримці Посольства Норвегії.\n", "uk", "Посольство Норвегії"),
])
def test_payer_in_other_money_phrasings(text, lang, funder):
    assert funder in [f for f, _p in _funding(text, lang)]


def test_financial_partner_is_no_partner():
    assert ("Fundacja Orange", "partner") not in _roles("Partnerem finansowym projektu jest Fundacja Orange.\n")


def test_page_body_saying_we_carry_out_anothers_project_is_its_partner():
    text = ("Koalicja Praca Bez Granic\n\n"
            "Od 2024 r. realizujemy wspólnie projekt „Uczciwa Praca”, którego liderem jest Fundacja Nowy Ląd. "
            "Projekt potrwa do 2026 r.\n")
    orgs = _doc_orgs(text)[0]
    assert ("Fundacja Nowy Ląd", "lead") in orgs and ("Koalicja Praca Bez Granic", "partner") in orgs


@pytest.mark.parametrize("text, lang, expected", [
    ("Uczelnia jest liderem konsorcjum, w którym są także Universitat de Girona (Hiszpania), Uniwersytet "
     "Wileński (Litwa) oraz Szkoła Podstawowa nr 5 w Olsztynie.\n", "pl",
     {("Universitat de Girona", "partner"), ("Uniwersytet Wileński", "partner"),
      ("Szkoła Podstawowa nr 5 w Olsztynie", "partner")}),
    ("The university leads a consortium which also includes the University of Vilnius and the Ocalenie "
     "Foundation.\n", "en", {("University of Vilnius", "partner"), ("Ocalenie Foundation", "partner")}),
])
def test_bodies_a_consortiums_relative_clause_names(text, lang, expected):
    assert expected <= _roles(text, lang)


@pytest.mark.parametrize("text, lang, lead", [
    ("Mosty Integracji to projekt regrantingowy Fundacji Forum Inicjatyw, realizowany od 2024 r.\n", "pl",
     "Fundacja Forum Inicjatyw"),
    ("Open Doors is a regranting project of the Baltic Foundation.\n", "en", "Baltic Foundation"),
])
def test_whose_project_it_is(text, lang, lead):
    assert (lead, "lead") in _roles(text, lang)


def test_to_projekt_with_no_owner_names_no_lead():
    assert not _roles("To projekt skierowany do rodzin z Ukrainy.\n")


@pytest.mark.parametrize("stamp", ["Вчора о 10:12 · 🌐", "22 listopada o 18:04 · 🌍", "2 h · Public"])
def test_the_poster_of_a_social_post_runs_the_course_it_announces(stamp):
    text = (f"Stowarzyszenie Most Lublin\n{stamp}\n\n📣 Запис відкрито! Курси «Польська для лікарів»\n"
            "📅 Заняття з 15 січня по 30 червня 2026\n💰 Безкоштовно — проєкт фінансує Люблінське воєводство\n")
    orgs = _doc_orgs(text, lang="uk")
    assert orgs and ("Stowarzyszenie Most Lublin", "lead") in orgs[0]


@pytest.mark.parametrize("raw, lang, nom", [
    ("Фонда Роберта Боша", "ru", "Фонд Роберта Боша"),
    ("Фонду Роберта Боша", "uk", "Фонд Роберта Боша"),
    ("Університету Марії Кюрі-Склодовської", "uk", "Університет Марії Кюрі-Склодовської"),
    ("Ивана Петрова", "ru", "Иван Петров"),
])
def test_a_body_named_after_a_person_keeps_the_persons_genitive(raw, lang, nom):
    from ngo_atlas.extract.names import nominative

    assert nominative(raw, lang) == nom
