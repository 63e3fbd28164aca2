"""ORGF (round 27): organisation names outside Polish prose. A body the text names twice, in the
page's language and glossed in another ("Фонд «X» (Fundacja X)", "Stowarzyszenie X | Association
for X"), keeps the page-language form; an English possessive ("UNHCR's partners") names the body
without its ending; a lone adjective of a people ("Polish partners") is no organisation."""
import pytest

from ngo_atlas.extract.glossed import gloss_pairs, in_page_language
from ngo_atlas.extract.organisations import clean_org
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.text import words_key
from ngo_atlas.model import Document


def _records(text: str) -> list:
    return extract_document(Document("x.txt", "x.txt", text)).projects


def _orgs(text: str) -> set[tuple[str, str]]:
    return {(o.name, o.role) for p in _records(text) for o in p.organizations}


_UK_OWNER = (
    "Fundacja Sosnowy Most Lublin\n\n"
    "Проєкти\n\n"
    "Фундація «Сосновий міст» (Fundacja Sosnowy Most) працює в Любліні з 2021 року. "
    "Ми допомагаємо родинам з України.\n\n"
    "Проєкт «Сусідські вечори»\n\n"
    "З 1 березня 2024 року ми реалізуємо проєкт «Сусідські вечори» для жінок з дітьми. "
    "Фінансування: Посольство Канади в Польщі.\n"
)

_RU_HEADER = (
    "Fundacja Jasna Droga – Фонд «Светлая дорога» | Помощь мигрантам в Ополе\n\n"
    "Фонд «Светлая дорога» – польская организация, которая с 2019 года помогает мигрантам.\n\n"
    "Проект «Первые шаги»\n\n"
    "С 1 апреля 2023 года мы реализуем проект «Первые шаги» для семей из Беларуси. "
    "Проект финансируется из бюджета города Ополе.\n"
)

_EN_OWNER = (
    "Stowarzyszenie Cicha Przystań | Association for Quiet Harbour\n\n"
    "The Association for Quiet Harbour (Stowarzyszenie Cicha Przystań) is a Toruń-based NGO "
    "helping migrant families. Below are the projects we are implementing now.\n\n"
    "Project “Open Kitchen”\n\n"
    "Since March 2024 we have been running Open Kitchen, weekly cooking evenings for newcomers. "
    "The project is funded by the Fund for Neighbourly Work.\n"
)


def test_ukrainian_page_keeps_the_cyrillic_name_of_its_owner():
    orgs = _orgs(_UK_OWNER)
    assert ("Фундація Сосновий міст", "lead") in orgs
    assert not any(n.startswith("Fundacja") for n, _r in orgs)


def test_russian_page_header_pair_gives_the_russian_name():
    orgs = _orgs(_RU_HEADER)
    assert ("Фонд Светлая дорога", "lead") in orgs
    assert not any(n.startswith("Fundacja") for n, _r in orgs)


def test_english_page_keeps_the_english_name_of_its_owner():
    orgs = _orgs(_EN_OWNER)
    assert ("Association for Quiet Harbour", "lead") in orgs
    assert not any(n.startswith("Stowarzyszenie") for n, _r in orgs)


def test_gloss_pairs_read_brackets_and_bars():
    pairs = gloss_pairs(_UK_OWNER, "uk")
    assert pairs.get(words_key("Fundacja Sosnowy Most")) == "Фундація Сосновий міст"
    pairs = gloss_pairs(_EN_OWNER, "en")
    assert pairs.get(words_key("Stowarzyszenie Cicha Przystań")) == "Association for Quiet Harbour"


def test_polish_page_has_no_gloss_rule():
    # Polish pages read their brackets with prefer_translation: no second form is preferred here
    assert in_page_language("Fundacja Sosnowy Most", "pl") is None
    text = ("Fundacja Sosnowy Most (Фундація «Сосновий міст») realizuje projekt „Sąsiedzkie wieczory” "
            "od 1 marca 2024 r.\n")
    assert gloss_pairs(text, "pl") == {}


def test_same_language_pair_is_no_gloss():
    # two bodies of one language side by side are two bodies, not one body's two names
    text = "Фонд «Светлая дорога» | Ассоциация «Дом соседей»\n"
    assert gloss_pairs(text, "ru") == {}


@pytest.mark.parametrize("raw, name", [
    ("UNHCR’s", "UNHCR"),
    ("UNICEF's", "UNICEF"),
    ("Save the Children's", "Save the Children"),
])
def test_english_possessive_names_the_body(raw, name):
    assert clean_org(raw, "en")[0] == name


@pytest.mark.parametrize("raw", ["Polish", "Norwegian", "Japanese", "Ukrainian", "European"])
def test_a_peoples_adjective_alone_is_no_body(raw):
    assert clean_org(raw, "en") is None


@pytest.mark.parametrize("raw", ["Polish Red Cross", "Norwegian Refugee Council", "Caritas", "Mareena"])
def test_names_opening_with_an_adjective_stay(raw):
    assert clean_org(raw, "en") is not None


def test_english_partner_phrase_drops_the_adjective_and_keeps_the_possessor():
    text = ("Project “Safe Rooms”\n\n"
            "UNICEF, together with Polish partners, opened two family rooms in Rzeszów in May 2024. "
            "The rooms are run by UNICEF's implementing partners. "
            "The project is co-financed from the Polish state budget.\n")
    orgs = _orgs(text)
    assert "Polish" not in {n for n, _r in orgs}
    assert "UNICEF’s" not in {n for n, _r in orgs} and "UNICEF's" not in {n for n, _r in orgs}
    funders = {f.funder for p in _records(text) for f in p.funding}
    assert "Polish" not in funders


def test_foreign_name_written_first_stays_as_written():
    # the text names the body by its Polish name and explains it in brackets: that is its name
    text = ("Проект «Новые соседи»\n\n"
            "Stowarzyszenie Jasny Dom (Ассоциация «Светлый дом») с 1 марта 2024 года реализует проект "
            "«Новые соседи» для семей из Беларуси.\n")
    assert gloss_pairs(text, "ru") == {}
    en = ("Project “New Neighbours”\n\n"
          "Project partner: Związek Gmin Nadrzecznych (Association of Riverside Communes).\n")
    assert gloss_pairs(en, "en") == {}


# the kind words of bodies outside Polish prose: Cyrillic offices and schools ("кураторія освіти",
# "коллегия адвокатов", "політехніка"), English agencies ("Inspectorate", "Confederation") and
# foreign partners' native heads on Polish pages ("Verein", "Stiftung", "Associação", "Cooperativa")
@pytest.mark.parametrize("text, name", [
    ("Консультации проводит Люблинская клиника права «Юрист рядом».", "Люблинская клиника права «Юрист рядом»"),
    ("Проєкт підтримав Поморський кураторіум освіти.", "Поморський кураторіум освіти"),
    ("Партнером була Підкарпатська кураторія освіти.", "Підкарпатська кураторія освіти"),
    ("Заняття веде Вроцлавська політехніка разом з Опольською кураторією освіти.", "Вроцлавська політехніка"),
    ("Заняття веде Вроцлавська політехніка разом з Опольською кураторією освіти.", "Опольською кураторією освіти"),
    ("Допомогу надала Перемиська архієпархія.", "Перемиська архієпархія"),
])
def test_cyrillic_kind_words_open_a_name(text, name):
    from ngo_atlas.extract.organisations import cyrillic_mentions

    assert name in [text[a:b] for a, b in cyrillic_mentions(text, 0, len(text))]


@pytest.mark.parametrize("text, name", [
    ("The National Labour Inspectorate and the Norwegian Confederation of Trade Unions took part.",
     "National Labour Inspectorate"),
    ("The National Labour Inspectorate and the Norwegian Confederation of Trade Unions took part.",
     "Norwegian Confederation of Trade Unions"),
    ("Projekt wspiera Robert Bosch Stiftung, a partnerem jest Verein Offene Tür.", "Robert Bosch Stiftung"),
    ("Partnerami byli: Associação Ponte Nova (Lizbona) i Cooperativa Sociale Il Faro (Bari).",
     "Cooperativa Sociale Il Faro"),
])
def test_latin_kind_words_open_a_name(text, name):
    from ngo_atlas.extract.organisations import mentions

    assert name in [text[a:b] for a, b in mentions(text, 0, len(text))]


def test_foreign_partners_on_a_polish_page_are_two_bodies():
    text = ("Projekt „Sąsiedzi bez granic”\n\n"
            "Od 1 marca 2024 r. Fundacja Jasna Droga realizuje projekt „Sąsiedzi bez granic”. "
            "Projekt realizujemy razem z Verein Offene Tür z Lipska i Associação Ponte Nova z Lizbony.\n")
    orgs = _orgs(text)
    assert ("Verein Offene Tür", "partner") in orgs and ("Associação Ponte Nova", "partner") in orgs


@pytest.mark.parametrize("text", [
    "The project was funded by the Union Actions of the fund.",  # no head: "Union" is left out
    # "куратор" (a curator) and "коллеги"/"колеги" (colleagues) share stems with "кураторія",
    # "коллегия": those kind words are left out of the list, people are no bodies
    "Українські куратори і колеги приїхали до Кракова.",
    "Наши коллеги из Варшавы помогли, куратор выставки тоже.",
])
def test_kind_words_left_out_stay_out(text):
    from ngo_atlas.extract.organisations import cyrillic_mentions, mentions

    found = [text[a:b] for a, b in mentions(text, 0, len(text))] + \
        [text[a:b] for a, b in cyrillic_mentions(text, 0, len(text))]
    assert found == []


def test_a_description_glossed_by_a_name_keeps_the_name():
    # "the Polish National Agency (Fundacja X)": country, scope and kind describe the body; the
    # bracket names it
    text = ("Project “Open Classrooms”\n\n"
            "The project is financed by the Erasmus+ programme through the Polish National Agency "
            "(Fundacja Wspierania Szkół Otwartych).\n")
    assert gloss_pairs(text, "en") == {}
