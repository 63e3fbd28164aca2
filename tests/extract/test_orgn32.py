"""ORG-N (round 32): organisations the reader missed. (1) A body's name broken over a line in
text wrapped at a fixed width (a PDF report, an e-mail, a narrow column): the break inside the
name is read as a space where the sentence runs on over it, so the whole name is found ("w
partnerstwie ze Stowarzyszeniem\\nPodlaska Przystań Sąsiedzka"). A list, a card's fields or a
heading keeps its line breaks. (2) A pipe table whose header names a column of bodies beside
columns of places and contacts ("Region | Organizacja | Koordynator/ka | E-mail"): each row's
body is a partner, or the lead where its cell says it coordinates; a table of projects or of
sums is no such table. Texts in our own wording, not the sets'."""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _orgs(text: str) -> dict[str, str]:
    doc = extract_document(Document("x.txt", "x.txt", text))
    return {o.name: o.role for p in doc.projects for o in p.organizations}


# a report's paragraph wrapped at about 80-90 characters, the break inside a body's name
_PL_WRAPPED = (
    "Sąsiedzki stół\n\n"
    "Projekt „Sąsiedzki stół” realizuje od marca do listopada 2024 r. Stowarzyszenie Zielony Próg.\n"
    "Zajęcia warsztatowe w ramach projektu prowadziły doświadczone trenerki Fundacji\n"
    "Różanka, która była partnerem projektu, a mentoring zapewniły radne miejskie z Suwałk.\n")


def test_polish_one_word_name_wrapped_over_a_line():
    assert _orgs(_PL_WRAPPED).get("Fundacja Różanka") == "partner"


_PL_CITY = (
    "Sprawozdanie z realizacji projektu „Sąsiedzki stół” za rok 2023\n\n"
    "Projekt „Sąsiedzki stół” (nr WZ.01.02-IZ.00-0017/23) realizowało Stowarzyszenie Zielony\n"
    "Próg z Suwałk w partnerstwie z Gminą Miastem Suwałki oraz z Miastem\n"
    "Ełk (Wydział Spraw Społecznych Urzędu Miasta Ełku) w okresie od marca do listopada 2023 r.\n")


def test_polish_town_wrapped_after_its_head_word():
    assert _orgs(_PL_CITY).get("Miasto Ełk") == "partner"


_PL_MANAGED = (
    "Nowy projekt: Prawo bez granic\n\n"
    "Od stycznia 2024 r. prowadzimy projekt „Prawo bez granic – porady dla cudzoziemek w Łomży”.\n"
    "Projekt wspiera Fundusz Obywatelski im. Jana Przykładowego, zarządzany przez Fundację\n"
    "Warsztat, kwotą 60 000 zł. Projekt potrwa do grudnia 2024 r. i obejmie porady prawne.\n")


def test_polish_operator_after_wrapped_head_word():
    assert "Fundacja Warsztat" in _orgs(_PL_MANAGED)


_EN_WRAPPED = (
    "Kitchen Talks 2023\n\n"
    "The project Kitchen Talks ran from March to May 2023 and was led by the Open Table Foundation.\n"
    "The project was delivered in partnership with two local organisations: Stowarzyszenie\n"
    "Elbląska Przystań Sąsiedzka (Elbląg Neighbourhood Haven Association), which ran the\n"
    "cooking workshops, and the Vietnamese Community Foundation, which ran the conversation\n"
    "club for newcomers and their Polish neighbours in the town library from March to May.\n")


def test_english_colon_list_wrapped_after_head_word():
    assert _orgs(_EN_WRAPPED).get("Stowarzyszenie Elbląska Przystań Sąsiedzka") == "partner"


_EN_OFFICE = (
    "Welcome Classes in Elbląg\n\n"
    "The project was carried out from September 2023 to June 2024 by the Open Table Foundation\n"
    "in partnership with the Warmian Centre for Teacher Training and the Elbląg Education\n"
    "Office. It was funded by the Example Children's Fund with a grant of EUR 40,000 in total.\n")


def test_english_name_wrapped_before_its_head_word():
    orgs = _orgs(_EN_OFFICE)
    assert orgs.get("Elbląg Education Office") == "partner"
    assert "Elbląg Education" not in orgs


_RU_WRAPPED = (
    "Соседи рядом\n\n"
    "Проект «Соседи рядом» Фонд «Дом у реки» реализует с марта по ноябрь 2024 года в Эльблонге.\n"
    "Проект осуществляется в партнёрстве с двумя местными организациями: Объединением\n"
    "Эльблонгская Соседская Гавань (Stowarzyszenie Elbląska Przystań) и Фондом Вьетнамская\n"
    "Община, которые проводят кулинарные мастер-классы и разговорный клуб для новых соседей.\n")


def test_russian_names_wrapped_after_head_words():
    orgs = _orgs(_RU_WRAPPED)
    assert orgs.get("Объединение Эльблонгская Соседская Гавань") == "partner"
    assert orgs.get("Фонд Вьетнамская Община") == "partner"
    assert "Объединение" not in orgs  # no bare head word left over


_UK_WRAPPED = (
    "Мовний міст\n\n"
    "Проєкт «Мовний міст» Фундація «Відкриті двері» реалізує з березня по листопад 2024 року.\n"
    "Проєкт здійснюється в партнерстві з двома місцевими організаціями: Товариством\n"
    "Ельблонзька Сусідська Гавань (Stowarzyszenie Elbląska Przystań) та Фундацією В'єтнамська\n"
    "Громада, які проводять кулінарні майстер-класи та розмовний клуб для нових сусідів міста.\n")


def test_ukrainian_name_wrapped_after_head_word():
    orgs = _orgs(_UK_WRAPPED)
    assert orgs.get("Товариство Ельблонзька Сусідська Гавань") == "partner"
    assert "Товариство" not in orgs


# a card's fields, one a line and as long as a wrapped paragraph's: a field's label opens the
# next line, so the body's name ends with its line
_PL_CARD = (
    "Kursy polskiego przy parafii\n\n"
    "Typ działania: edukacja językowa dla dorosłych cudzoziemców i ich dzieci\n"
    "Organizator: Stowarzyszenie Przyjaciół Kultury Ukraińskiej w Koszalinie\n"
    "Współpraca: Politechnika Koszalińska w Koszalinie (udostępnienie sal wykładowych)\n"
    "Czas trwania: październik 2023 – czerwiec 2024, zajęcia dwa razy w tygodniu\n"
    "Finansowanie: darowizna prywatnego darczyńcy z Niemiec (20 000 EUR łącznie)\n")


def test_card_fields_are_not_joined():
    orgs = _orgs(_PL_CARD)
    assert "Stowarzyszenie Przyjaciół Kultury Ukraińskiej w Koszalinie" in orgs
    assert orgs.get("Politechnika Koszalińska w Koszalinie") in ("partner", "other")


# a short heading line over prose: no wrap, the name ends with its line
_PL_HEADING = (
    "Stowarzyszenie Nowa Przystań\n"
    "Kursy Języka Polskiego Dla Dorosłych Cudzoziemców W Elblągu Prowadzone Od Wielu Lat Z Pasją\n\n"
    "Od 1 marca 2024 r. Stowarzyszenie Nowa Przystań prowadzi projekt „Polski na co dzień”.\n")


def test_heading_line_is_not_joined_to_the_next():
    orgs = _orgs(_PL_HEADING)
    assert not any("Kursy" in n for n in orgs)



# (2) tables of bodies
_PL_TABLE = (
    "Sieć Sąsiedzkich Punktów Wsparcia\n\n"
    "Projekt „Sąsiedzkie Punkty Wsparcia” realizujemy od 1 marca 2024 r. do 28 lutego 2025 r.\n"
    "W każdym regionie działa punkt prowadzony przez organizację partnerską:\n\n"
    "Region | Organizacja | Koordynator/ka | E-mail\n"
    "Warmia (Olsztyn) | Fundacja Zielona Brama (koordynacja) | Anna Przykładowa | anna@example.org\n"
    "Kujawy (Toruń) | Stowarzyszenie Nowi Sąsiedzi | Piotr Testowy | piotr@example.org\n"
    "Podlasie (Białystok) | Fundacja Wspólny Stół | Olena Wzorcowa | olena@example.org\n")


def test_polish_table_of_bodies_gives_partners_and_lead():
    orgs = _orgs(_PL_TABLE)
    assert orgs.get("Fundacja Zielona Brama") == "lead"
    assert orgs.get("Stowarzyszenie Nowi Sąsiedzi") == "partner"
    assert orgs.get("Fundacja Wspólny Stół") == "partner"


_EN_TABLE = (
    "Youth Voices Across Borders\n\n"
    "The project Youth Voices Across Borders runs from January 2024 to December 2025. It is funded\n"
    "by the Example Civic Fund with a grant of EUR 90,000 and carried out by three organisations.\n\n"
    "PARTNERS\n\n"
    "| Organisation | Country | City |\n"
    "|---|---|---|\n"
    "| Example Youth Foundation (coordinator) | Poland | Gdańsk |\n"
    "| Baltic Youth Centre | Lithuania | Kaunas |\n"
    "| Association Young Europe | Portugal | Braga |\n")


def test_english_table_of_bodies():
    orgs = _orgs(_EN_TABLE)
    assert orgs.get("Example Youth Foundation") == "lead"
    assert orgs.get("Baltic Youth Centre") == "partner"
    assert orgs.get("Association Young Europe") == "partner"


_RU_TABLE = (
    "Соседские пункты поддержки\n\n"
    "Проект «Соседские пункты поддержки» реализуется с 1 марта 2024 года по 28 февраля 2025 года\n"
    "в трёх городах при финансовой поддержке Примерного гражданского фонда.\n\n"
    "Город | Организация | Контактное лицо\n"
    "Ольштын | Фонд «Зелёные ворота» | Анна Примерова\n"
    "Торунь | Объединение «Новые соседи» | Пётр Тестов\n")


def test_russian_table_of_bodies():
    orgs = _orgs(_RU_TABLE)
    assert any("Новые соседи" in n and r == "partner" for n, r in orgs.items())


_UK_TABLE = (
    "Сусідські пункти підтримки\n\n"
    "Проєкт «Сусідські пункти підтримки» реалізується з 1 березня 2024 року до 28 лютого 2025 року\n"
    "у трьох містах за фінансової підтримки Прикладного громадського фонду.\n\n"
    "Місто | Організація | Контактна особа\n"
    "Ольштин | Фундація «Зелена брама» | Анна Прикладна\n"
    "Торунь | Товариство «Нові сусіди» | Петро Тестовий\n")


def test_ukrainian_table_of_bodies():
    orgs = _orgs(_UK_TABLE)
    assert any("Нові сусіди" in n and r == "partner" for n, r in orgs.items())


# a results table: bodies with sums are grantees of an open call, read by the table reader
_PL_SUMS = (
    "Wyniki konkursu „Razem w Gminie” 2024\n\n"
    "Organizacja | Kwota dotacji | Liczba punktów\n"
    "Fundacja Zielona Brama | 12 000 zł | 41\n"
    "Stowarzyszenie Nowi Sąsiedzi | 9 500 zł | 38\n")


def test_table_with_sums_is_no_table_of_partners():
    orgs = _orgs(_PL_SUMS)
    assert orgs.get("Fundacja Zielona Brama") != "partner"
    assert orgs.get("Stowarzyszenie Nowi Sąsiedzi") != "partner"


# a site menu with a "Partnerzy" item is no table of bodies
_PL_MENU = (
    "Start | O nas | Partnerzy | Kontakt\n"
    "Projekty | Aktualności | Wesprzyj | Media\n\n"
    "Kursy polskiego w Olsztynie\n\n"
    "Od 1 marca 2024 r. Fundacja Zielona Brama prowadzi kursy języka polskiego dla dorosłych.\n")


def test_menu_lines_are_no_table_of_bodies():
    orgs = _orgs(_PL_MENU)
    assert not any(n in ("Aktualności", "Wesprzyj", "Projekty") for n in orgs)


# a table of fields, one label and its value a row: a "Partner" row is a field, not a header
_PL_FIELDS = (
    "Sąsiedzkie Punkty Wsparcia\n\n"
    "Beneficjent | Fundacja Zielona Brama\n"
    "Partner | Miejski Ośrodek Pomocy Społecznej w Olsztynie\n"
    "Okres realizacji | 1 marca 2024 – 28 lutego 2025\n"
    "Wartość projektu | 480 000,00 PLN\n"
    "Dofinansowanie | 432 000,00 PLN\n")


def test_table_of_fields_gives_no_label_as_body():
    orgs = _orgs(_PL_FIELDS)
    assert not any(n in ("Okres realizacji", "Wartość projektu", "Dofinansowanie") for n in orgs)
