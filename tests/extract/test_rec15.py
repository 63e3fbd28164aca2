"""Round 15 (records): where a page's header ends, whether a page describes an undertaking,
how a list of cards splits, and which name a record takes."""

import pytest

from ngo_atlas.extract.headline import headline_object
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.title import header_end, names_other
from ngo_atlas.model import Document


def _titles(text: str) -> list[str]:
    return [p.title for p in extract_document(Document("t", "t.txt", text)).projects]


# a logo bar below the first paragraphs is the page's foot: the header ends above the prose
_FAIR = ("Kalendarz » Targi Pracy dla Cudzoziemców\n\n"
         "Targi „Praca bez granic” – 12 października 2025\n\n"
         "W niedzielę w hali sportowej przy ulicy Szkolnej spotkają się pracodawcy z regionu i osoby, "
         "które niedawno przyjechały do Polski i szukają zatrudnienia.\n\n"
         "Targi są częścią projektu „Opole pracuje razem”, który Fundacja Nowy Start prowadzi od "
         "lutego 2025 r. wspólnie z Powiatowym Urzędem Pracy w Opolu.\n\n"
         "logo Fundacji | logo Urzędu | herb Opola\n\n"
         "Kontakt: Anna Lis, tel. 600 100 200\n")


def test_logo_bar_below_prose_does_not_end_the_header() -> None:
    assert header_end(_FAIR) < _FAIR.index("Targi „Praca")


def test_event_and_its_project_both_found_above_a_logo_bar() -> None:
    titles = _titles(_FAIR)
    assert "Opole pracuje razem" in titles and len(titles) == 2


def test_address_line_under_a_site_name_stays_in_the_header() -> None:
    text = ("FUNDACJA NOWY START\nOpole • ul. Krakowska 5 • tel. 77 400 10 10\n\n"
            "O nas | Projekty | Kontakt\n\nOpole pracuje razem\n\n"
            "Realizator: Fundacja Nowy Start\nTermin realizacji: luty – grudzień 2025\n"
            "Kwota dotacji: 50 000 zł\n")
    assert header_end(text) > text.index("Kontakt")


def test_two_language_switcher_ends_the_header() -> None:
    text = ("Uniwersytet Gdański | Instytut Pedagogiki\nPL / UA\n\n"
            "Szkoła bez granic językowych\n\n"
            "Okres realizacji: 1 marca 2024 – 28 lutego 2026\n"
            "Dofinansowanie: 120 000 EUR\n\n"
            "Projekt przygotowuje nauczycieli do pracy w klasach wielojęzycznych.\n")
    assert header_end(text) > text.index("PL / UA")
    assert _titles(text) == ["Szkoła bez granic językowych"]


def test_listed_name_with_a_dash_subtitle_heads_the_page() -> None:
    text = ("Dzieci, rodzice i nauczyciele – wspólna szkoła dla wszystkich\n\n"
            "Okres realizacji: styczeń – grudzień 2023\n"
            "Kwota dotacji: 40 000 zł\n\n"
            "W projekcie szkoły z Torunia przygotowały zajęcia dla uczniów z Ukrainy.\n")
    assert _titles(text) == ["Dzieci, rodzice i nauczyciele – wspólna szkoła dla wszystkich"]


# pages that never say "projekt": someone pays for the undertaking they describe
_NETWORK = ("Fundacja Horyzont przystąpiła do Lubuskiej Koalicji Organizacji Wspierających Cudzoziemców\n\n"
            "Od lutego nasza fundacja należy do Lubuskiej Koalicji Organizacji Wspierających Cudzoziemców. "
            "Koalicja istnieje od 2021 roku, a jej działania finansuje Urząd Marszałkowski Województwa "
            "Lubuskiego.\n\nKoalicję tworzy dziewięć organizacji z Zielonej Góry, Gorzowa Wielkopolskiego "
            "i Żar, które wspólnie prowadzą dyżury doradców i wymieniają się wiedzą o przepisach.\n")
_CARD = ("Klub Sąsiedzki na Osiedlu Piastów\nStowarzyszenie Dobry Sąsiad\nIntegracja i edukacja\n2023\n"
         "Opole, województwo opolskie\n\nW klubie rodziny z Ukrainy, Wietnamu i Polski spotykają się dwa "
         "razy w tygodniu, uczą się języka i wspólnie gotują. Stowarzyszenie opłaciło z dotacji salę i "
         "opiekę nad dziećmi.\n\nPrzyznaliśmy dotację w wysokości 18 000 zł.\n")


def test_network_paid_by_a_named_body_is_an_undertaking() -> None:
    # (the heading is news about the network: the record takes the network's name)
    assert _titles(_NETWORK) == ["Lubuska Koalicja Organizacji Wspierających Cudzoziemców"]


def test_grantee_card_with_a_granted_sum_is_an_undertaking() -> None:
    assert _titles(_CARD) == ["Klub Sąsiedzki na Osiedlu Piastów"]


@pytest.mark.parametrize("text", [
    # an organisation's profile names who pays for its work in general
    ("O nas\n\nStowarzyszenie Dobry Sąsiad działa w Opolu od 2012 roku. Pomagamy cudzoziemcom w urzędach "
    "i uczymy języka. Nasze działania finansują Urząd Miasta Opola i Fundusz Azylu, Migracji i Integracji.\n"),
    # an event's page: its hours, and who pays for the evening
    ("Sąsiedzi przy stole – spotkanie kulinarne\n\n14 maja 2024, godz. 17:00–20:00, Dom Kultury w Opolu\n\n"
    "Zapraszamy na wspólne gotowanie z mieszkańcami, którzy przyjechali do Opola z Ukrainy i Gruzji. "
    "Spotkanie jest dofinansowane ze środków Urzędu Miasta Opola.\n"),
    # who pays for an organisation's work in general, and a city's budget for many tasks: no
    # undertaking with a time of its own
    ("Our donors\n\nOur work is funded by UNHCR, the City of Gdańsk and private donors. Thank you "
    "for your trust.\n"),
    ("Miasto wspiera organizacje pomagające cudzoziemcom\n\nRada Miasta Gdyni przyznała w tym roku "
    "300 000 zł na zadania związane z integracją cudzoziemców. Pieniądze trafią do organizacji.\n"),
    # an appeal: a sum the organisation needs, no card naming a grantee
    ("Pomóż nam przetrwać zimę\n\nCodziennie przychodzą do nas rodziny, które uciekły przed wojną. "
    "Potrzebujemy wsparcia finansowego na opłaty za prąd i ogrzewanie (około 3 000 zł miesięcznie). "
    "Każda wpłata się liczy.\n"),
])
def test_pages_naming_payers_of_other_things_stay_without_records(text: str) -> None:
    assert _titles(text) == []


@pytest.mark.parametrize("heading, lang, name", [
    ("Caritas Diecezji Kieleckiej otwiera Punkt Informacyjny dla Cudzoziemców | Caritas Kielce", "pl",
     "Punkt Informacyjny dla Cudzoziemców"),
    ("Open Doors Foundation joins the Pomeranian Migrant Support Network", "en",
     "Pomeranian Migrant Support Network"),
    ("Фонд «Открытые двери» присоединился к Поморской Сети Поддержки Мигрантов", "ru",
     "Поморская Сеть Поддержки Мигрантов"),
    # no verb between two names, or a place after the verb: no undertaking named
    ("Stowarzyszenie Horyzont i Fundacja Ocalenie", "pl", None),
    ("Open Doors Foundation and Polish Migration Forum", "en", None),
    ("Fundacja Horyzont działa w Gdańsku", "pl", None),
])
def test_headline_names_the_undertaking_after_its_verb(heading: str, lang: str, name: str | None) -> None:
    got = headline_object(heading, lang)
    assert (got[2] if got else None) == name


# an English card list: each card's name over its labels, a grantee line under the first
_EN_CARDS = ("Our projects\n\nWarsaw Newcomers Hub 2024\n\nSafe Harbour Foundation\n\n"
             "Funder: City of Warsaw\nImplementation period: 01.03.2024 – 28.02.2025\nGrant: PLN 95,000\n\n"
             "The hub offers legal advice and Polish lessons to people who have recently arrived.\n\n"
             "Community Museum Nights\n\nFunder: National Museum in Warsaw\n"
             "Implementation period: 2023 – 2024\n\n"
             "Evening tours for families from Ukraine and Belarus, guided in their languages.\n")


def test_english_card_named_like_a_body_still_starts_a_record() -> None:
    # "Museum" qualifies "Nights"; "Safe Harbour Foundation" (head last) is the grantee line
    assert _titles(_EN_CARDS) == ["Warsaw Newcomers Hub 2024", "Community Museum Nights"]


@pytest.mark.parametrize("text", [
    # the thing said to be part of the project is not what the headline names
    ("News | 3 March 2024\n\nLublin teenagers get a place of their own\n\n"
    "Two drop-in rooms for teenagers who came to Lublin from Ukraine and Belarus opened on Monday. "
    "The rooms are part of the project \"Bridges for Youth\", which the Lublin Youth Foundation "
    "runs with the city's libraries. The project is funded by the Municipality of Lublin.\n"),
    # a headline with a verb is news, not an event's name
    ("Aktualności | 3 marca 2024\n\nW Lublinie otwarto dwie świetlice dla nastolatków\n\n"
    "W poniedziałek w Lublinie otwarto dwie świetlice dla nastolatków z Ukrainy i Białorusi. "
    "Świetlice są częścią projektu „Mosty dla młodzieży”, który Fundacja Młodzi Lublin prowadzi "
    "z miejskimi bibliotekami.\n"),
])
def test_news_headline_over_a_part_of_sentence_is_no_event_record(text: str) -> None:
    assert len(_titles(text)) == 1


def test_event_named_by_the_part_of_subject_keeps_its_own_record() -> None:
    # (SEGMQ, round 32: a festival; a workshop under the project is its activity, one record)
    text = ("Festyn kulinarny „Smaki sąsiadów” w Toruniu\n\n"
            "W sobotę w bibliotece przy ulicy Kościuszki mieszkańcy Torunia gotowali z rodzinami z Gruzji "
            "i Ukrainy.\n\nFestyn jest częścią projektu „Toruń dla wszystkich”, który Fundacja Most "
            "realizuje od marca 2024 r.\n")
    titles = _titles(text)
    assert len(titles) == 2 and titles[1] == "Toruń dla wszystkich"


@pytest.mark.parametrize("top", [
    # the site's name, then the list the page belongs to
    "Ukraiński Dom w Opolu / Український дім в Ополі\n\nNasze projekty\n\n",
    # the site's name, then an arrow breadcrumb
    "Fundacja Nowy Start | Фундація «Новий старт»\nStrona główna → Projekty → Archiwum\n\n",
])
def test_section_line_and_arrow_breadcrumb_close_the_header(top: str) -> None:
    text = top + ("Herbata po polsku\n\nOd marca 2024 roku prowadzimy w Opolu klub „Herbata po polsku”, "
                  "w którym osoby z Ukrainy i Polski rozmawiają po polsku i razem gotują. Projekt "
                  "wspiera Urząd Miasta Opola kwotą 20 tys. zł.\n")
    assert _titles(text) == ["Herbata po polsku"]


def test_list_heading_with_a_status_stays_below_the_header() -> None:
    text = ("Fundacja Nowy Start\nO nas  Projekty  Kontakt  |  PL  UA\n\nProjekty zakończone\n\n"
            "1. Herbata po polsku\n\nOkres realizacji: 01.03.2022 – 28.02.2023\n"
            "Źródło finansowania: Urząd Miasta Opola\n\n2. Opole bez barier\n\n"
            "Okres realizacji: 01.03.2023 – 29.02.2024\nŹródło finansowania: Urząd Miasta Opola\n")
    assert header_end(text) < text.index("Projekty zakończone")


@pytest.mark.parametrize("text, other", [
    # a verb of its own after the project's noun: the quote is that clause's object
    ("W ramach projektu w czerwcu odbędzie się Piknik Sąsiedzki „Kalisz wielu kultur” w parku.", True),
    ("Wyniki projektu omówiliśmy na seminarium „Migranci w małych miastach”.", True),
    # a copula still names the project itself
    ("Naszym największym projektem był w tym roku „Kalisz wielu kultur”.", False),
    ("Projekt realizowany przez Fundację Wspólny Stół pt. „Kalisz wielu kultur”.", False),
])
def test_verb_after_the_project_noun_hands_the_quote_to_its_clause(text: str, other: bool) -> None:
    assert names_other(text, text.index("„") + 1) is other


def test_event_held_within_the_project_is_no_second_record() -> None:
    text = ("Razem w Kaliszu\n\nFundacja Wspólny Stół realizuje projekt „Razem w Kaliszu” od stycznia "
            "do grudnia 2024 r. Projekt finansuje Miasto Kalisz.\n\nW ramach projektu w czerwcu "
            "odbędzie się Piknik Sąsiedzki „Kalisz wielu kultur” w parku miejskim.\n")
    assert _titles(text) == ["Razem w Kaliszu"]


def test_quoted_line_over_a_within_the_project_paragraph_is_no_second_record() -> None:
    text = ("Razem w Kaliszu\n\nFundacja Wspólny Stół realizuje projekt „Razem w Kaliszu” od stycznia "
            "do grudnia 2024 r. Projekt finansuje Miasto Kalisz.\n\nRezultaty:\n\n"
            "„Kalisz od podszewki – mapa dla nowych mieszkańców”\n\n"
            "W ramach projektu przygotowaliśmy mapę w czterech językach i rozdaliśmy 2000 egzemplarzy.\n")
    assert _titles(text) == ["Razem w Kaliszu"]


def test_quoted_lines_over_paragraphs_calling_them_projects_stay_records() -> None:
    text = ("Nasze działania\n\n„Kalisz po polsku”\n\nW ramach projektu uczymy języka polskiego. "
            "Projekt finansuje Miasto Kalisz.\n\n„Mama w Kaliszu”\n\nW ramach projektu działają grupy "
            "wsparcia dla matek. Projekt finansuje Fundusz Obywatelski.\n")
    assert _titles(text) == ["Kalisz po polsku", "Mama w Kaliszu"]


def test_cards_named_like_bodies_split_at_their_labels() -> None:
    text = ("Klub Mam w Płocku\nRealizator: Fundacja Razem\nOkres realizacji: 01.2024–12.2024\n"
            "Kwota dotacji: 30 000 zł\n\nPolski na start\nRealizator: Stowarzyszenie Most\n"
            "Okres realizacji: 03.2024–11.2024\nKwota dotacji: 12 000 zł\n")
    assert _titles(text) == ["Klub Mam w Płocku", "Polski na start"]


def test_label_blocks_that_miss_an_item_give_way_to_the_paragraphs() -> None:
    # the second item's "realizacja:" line is no label: two blocks, three items
    text = ("Stowarzyszenie Most – Płock\nProjekty zrealizowane\n\nPoniżej przedstawiamy projekty "
            "zrealizowane przez Stowarzyszenie w latach 2020–2024.\n\n"
            "Płocka Akademia Języka Polskiego\nlata realizacji: 2020–2021\nfinansowanie: Urząd Miasta "
            "Płocka, 18 000 zł\nKursy polskiego dla 40 osób.\n\n"
            "Pierwsza Pomoc – Punkt Informacyjny Płock\nrealizacja: marzec – czerwiec 2022\nfinansowanie: "
            "Polska Akcja Humanitarna\nWsparcie uchodźców z Ukrainy na dworcu w Płocku.\n\n"
            "Szwalnia Sąsiedzka\nokres: 01.09.2023 – 30.06.2024\nźródło finansowania: Fundusz Inicjatyw "
            "Obywatelskich, 9 000 zł\nWarsztaty krawieckie dla kobiet z Ukrainy.\n")
    assert len(_titles(text)) == 3


@pytest.mark.parametrize("text", [
    ("Nasze projekty\n\n• Kawiarenka Językowa (2023–2024) – rozmowy po polsku, finansowane przez Miasto "
    "Toruń\n• Mama w Toruniu (2024) – grupa wsparcia dla matek, finansowana przez Fundusz Obywatelski\n"),
    ("Our projects\n\n• Welcome Desk Toruń (2022–2023) – legal information for refugees, funded by UNHCR\n"
    "• Language Café (2024) – Polish conversation evenings, funded by the City of Toruń\n"),
])
def test_list_heading_over_dated_bullets_heads_no_item(text: str) -> None:
    assert len(_titles(text)) == 2


def test_grantee_line_under_a_card_name_is_no_menu_entry() -> None:
    text = ("Świetlica Sąsiedzka na Oksywiu\nStowarzyszenie Kaszubski Dom\nEdukacja\n2024\nGdynia\n\n"
            "Świetlica działa trzy razy w tygodniu. Dzieci z Ukrainy i Polski odrabiają tu lekcje.\n\n"
            "Przekazaliśmy dotację w wysokości 15 000 zł.\n")
    assert header_end(text) == 0
    assert _titles(text) == ["Świetlica Sąsiedzka na Oksywiu"]


def test_projects_listed_after_a_colon_each_get_a_record() -> None:
    text = ("Aktualności\n\nStowarzyszenie Most rozpoczęło w marcu dwa nowe projekty: „Toruń po polsku”, "
            "finansowany przez Miasto Toruń, oraz „Mama w Toruniu”, finansowany przez Fundusz "
            "Obywatelski.\n")
    assert _titles(text) == ["Toruń po polsku", "Mama w Toruniu"]


def test_related_projects_after_a_colon_stay_outside_a_titled_page() -> None:
    text = ("Toruń po polsku\n\nStowarzyszenie Most realizuje projekt „Toruń po polsku” od marca 2024 r., "
            "finansowany przez Miasto Toruń.\n\nPowiązane projekty: „Mama w Toruniu”, „Sąsiedzi z daleka”.\n")
    assert _titles(text) == ["Toruń po polsku"]
