"""ORG-N (round 32): organisations the reader missed. (1) A body's name broken over a line in
text wrapped at a fixed width (a PDF report, an e-mail, a narrow column): the break inside the
name is read as a space where the sentence runs on over it, so the whole name is found ("w
partnerstwie ze Stowarzyszeniem\\nPodlaska Przystań Sąsiedzka"). A list, a card's fields or a
heading keeps its line breaks. Texts in our own wording, not the sets'."""
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

