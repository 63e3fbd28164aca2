"""Round 20b (RECS-ONE): a one-project page read as two records. A note of who pays
("Projekt dofinansowany ze środków X", a funder's slogan in quotes) names no project; a
news headline over its dateline, in two languages, restates the project named below it; a
running list's entry that opens with a count or ends in a comma heads nothing; a project
quoted with another body's name after it is that body's, named in passing; a report's
section on the body's activity at large is no project; a funded task's quote that opens
with the page's recurring name is the page's project in full."""

from ngo_atlas.extract import segment, title
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _titles(text: str) -> list[str]:
    return [p.title for p in extract_document(Document("t", "t.txt", text)).projects]


def test_funding_notice_is_no_name():
    for t in ("Projekt dofinansowany ze środków Gminy Nowy Targ",
              "„Zadanie finansowane z budżetu Województwa Lubuskiego”",
              "Co-funded by the European Union",
              "Sponsored by the Harbour Trust",
              "Проєкт фінансується за рахунок Фонду Z",
              "Проект реализуется при поддержке фонда Y"):
        assert title.funding_notice(t), t
    for t in ("Finansowanie startupów migrantek", "Wsparcie dla rodzin", "Supported living in Gdynia",
              "Funded Futures"):
        assert not title.funding_notice(t), t


def test_funders_slogan_under_a_listed_project_opens_no_record():
    page = ("Stowarzyszenie Brzeg\n\nPROJEKTY BIEŻĄCE\n\nMosty nad Odrą\n\n"
            "Tytuł projektu: Mosty nad Odrą. Sąsiedzi z dwóch brzegów\n"
            "Okres realizacji: 01.03.2023 – 28.02.2025\n"
            "Kwota dofinansowania: 120 000,00 zł\n\n"
            "Opis:\nW projekcie prowadzimy kawiarenki językowe i dyżury doradców dla rodzin z Ukrainy.\n\n"
            "„Zadanie dofinansowane ze środków Samorządu Województwa Opolskiego”\n\n"
            "← Poprzedni projekt: Ogród Sąsiedzki dla Wszystkich      Następny projekt: Klub Mam i Dzieci →\n")
    assert len(_titles(page)) == 1


def test_bilingual_headline_over_dateline_restates_the_project():
    page = ("Білоруський дім у Гданську\n\nПроєкти / Завершені\n\n"
            "«Светлы шлях — Світлий шлях»: підсумки проєкту\n12 травня 2024 · Автор: Олена К.\n\n"
            "Проєкт «Світлий шлях: підтримка білоруських сімей у Поморському воєводстві» завершено. "
            "Протягом 2023 року ми допомагали сім'ям, які переїхали до Гданська.\n\n"
            "Проєкт фінансувався Міністерством закордонних справ.\n")
    assert len(_titles(page)) == 1


def test_count_or_comma_entry_heads_nothing():
    assert segment._lower_entry("• 12 klubów objętych programem „Czytamy razem”,")
    assert segment._lower_entry("- 3 schools in the “Reading Buddies” programme")
    assert segment._lower_entry("• Program „Dom”;")
    assert not segment._lower_entry("• Program „Czytamy razem”")


def test_other_bodys_project_named_in_passing():
    page = ("Fundacja Jasny Dom\n\n"
            "Nasz projekt „Kuchnia sąsiadów. Gotujemy razem w Toruniu” trwa od marca 2023 r.\n\n"
            "Projekt finansuje Fundacja Y w ramach programu „Lokalnie”. W tej samej edycji wsparto "
            "również projekt „Ogród dla wszystkich” Towarzystwa Przyjaciół Chełmży.\n")
    assert segment._others_project(page, page.index("” Towarzystwa") + 1)
    own = "Fundacja Jasny Dom\n\nProwadzimy projekt „Kuchnia sąsiadów” Fundacji Jasny Dom od roku."
    assert not segment._others_project(own, own.index("” Fundacji") + 1)
    assert len(_titles(page)) == 1


def test_report_section_on_activity_at_large_is_no_project():
    for t in ("Działalność odpłatna pożytku publicznego", "Pozostała działalność statutowa",
              "Kursy językowe – pozostałe działania", "Other activities", "Інша діяльність"):
        assert segment._GENERAL_WORK.search(t), t
    assert not segment._GENERAL_WORK.search("Działania w szkołach Gdyni")


def test_policy_programme_heading_beside_services_is_no_project():
    page = ("Urząd Gminy Przykładowo\n\nNASZE USŁUGI\n\n"
            "1) Poradnictwo\nDoradcy pomagają w sprawach meldunku. Usługę prowadzimy w ramach projektu "
            "„Witaj w Przykładowie” finansowanego z Funduszu Azylu, Migracji i Integracji.\n\n"
            "2) Zajęcia dla dzieci\nŚwietlica działa w ramach projektu „Razem po lekcjach”, który finansuje "
            "Fundacja Z.\n\n"
            "3) Program „Przykładowo – Gmina Otwarta”\nRada Gminy uchwaliła w 2021 r. Program Integracji "
            "Mieszkańców na lata 2021–2026. Sprawozdania są w BIP.\n")
    assert sorted(_titles(page)) == ["Razem po lekcjach", "Witaj w Przykładowie"]


def test_funded_task_quote_opening_with_the_recurring_name_is_the_page_project():
    page = ("Serwis Miasta Przykładowa\nMiasto | Urząd | Mieszkańcy | Kultura | Kontakt\n\nAktualności › Sprawy społeczne\n\n"
            "Gminny Punkt Porad Migranta obchodzi pierwsze urodziny\nopublikowano: 10.02.2025 | autor: Biuro Prasowe\n\n"
            "Od roku przy ul. Długiej 5 działa Gminny Punkt Porad Migranta, które prowadzi fundacja.\n\n"
            "Zadanie pn. „Gminny Punkt Porad Migranta – Przykładowo 2024” jest finansowane z budżetu Gminy "
            "Przykładowo.\n\n"
            "Gminny Punkt Porad Migranta\nul. Długa 5\n")
    assert _titles(page) == ["Gminny Punkt Porad Migranta – Przykładowo 2024"]


def test_benefiting_from_funds_is_a_funding_notice():
    assert title.funding_notice("Korzystamy ze środków Funduszu Lokalnego")
    assert title.funding_notice("This project benefits from Nordic grants")
    assert not title.funding_notice("Korzystamy z wiedzy sąsiadów")


def test_draft_of_a_document_is_no_project():
    for t in ("Programu współpracy z organizacjami na rok 2026", "Strategii rozwoju gminy 2030",
              "Uchwały w sprawie rady cudzoziemców"):
        assert title.draft_of_document(t), t
    assert not title.draft_of_document("Program Mentoringu Rówieśniczego")
    page = ("Biuletyn Gminy Przykładowo\n\n"
            "KONSULTACJE PROJEKTU „STRATEGII INTEGRACJI MIESZKAŃCÓW NA LATA 2026–2031”\n\n"
            "Wójt zaprasza do konsultacji projektu „Strategii integracji mieszkańców na lata 2026–2031”.\n\n"
            "Dokument przygotowano w ramach projektu „Razem w gminie – diagnoza potrzeb cudzoziemców”, "
            "finansowanego ze środków Fundacji Z.\n")
    assert _titles(page) == ["Razem w gminie – diagnoza potrzeb cudzoziemców"]


def test_event_without_a_name_of_its_own_is_the_projects_activity():
    assert not segment._own_name("Szkolenie dla wolontariuszy punktów pomocy – Kalisz")
    assert segment._own_name("Piknik Rodzinny Trzech Kultur 2026")
    assert segment._own_name("Koncert „Głosy z daleka”")
    page = ("Fundacja Z – Kalisz\nWYDARZENIA\n\n"
            "Szkolenie dla wolontariuszy punktów pomocy – Kalisz\n\n"
            "Kiedy: 5 marca 2025, godz. 10:00–14:00\nGdzie: sala parafialna, ul. Polna 3\n\n"
            "Szkolenie jest częścią projektu „Pomocna Dłoń – wolontariat dla uchodźców”, który Fundacja Z "
            "realizuje od 2024 r. dzięki dotacji Miasta Kalisza.\n")
    assert _titles(page) == ["Pomocna Dłoń – wolontariat dla uchodźców"]
