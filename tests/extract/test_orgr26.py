"""ORG-R (round 26): organisation recall. (1) A head whose form is also its nominative
("Centrum", "Forum") keeps the genitive phrase after it as written ("Centrum Równego
Traktowania", not "Centrum Równe Traktowania"); (2) a lower-case Polish word for the kind of
body before a foreign name ("związek zawodowy Fellesforbundet") is no part of the name."""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.ingest.text import normalize_text
from ngo_atlas.lang import polish
from ngo_atlas.model import Document


def _orgs(t):
    ex = extract_document(Document("x", "x.txt", normalize_text(t)))
    return {o.name: o.role for p in ex.projects for o in p.organizations}


_HEAD_PL = "Projekt „Sąsiedzi bez granic”\n\nProjekt „Sąsiedzi bez granic” realizuje Fundacja Alfa od marca 2024 r. "
_HEAD_EN = "Project “Neighbours”\n\nThe project “Neighbours” is run by the Alfa Foundation since March 2024. "
_HEAD_RU = "Проект «Соседи»\n\nПроект «Соседи» реализует Фонд «Альфа» с марта 2024 года. "
_HEAD_UK = "Проєкт «Сусіди»\n\nПроєкт «Сусіди» реалізує Фундація «Альфа» з березня 2024 року. "


# (1) the genitive adjective after an indeclinable head is the next noun's
def test_indeclinable_head_keeps_its_genitive_phrase_polish():
    assert polish.nominative("Centrum Równego Traktowania") == "Centrum Równego Traktowania"
    assert polish.nominative("Forum Równego Dostępu") == "Forum Równego Dostępu"
    # an adjective before the head still shows its case and takes the nominative with it
    assert polish.nominative("Opolskim Centrum Równego Traktowania") == "Opolskie Centrum Równego Traktowania"
    o = _orgs(_HEAD_PL + "Działamy w partnerstwie z Lubuskim Centrum Równego Traktowania.")
    assert o.get("Lubuskie Centrum Równego Traktowania") == "partner"


def test_indeclinable_head_with_its_own_adjective_still_turns_polish():
    # negative: an adjective that agrees with the head alone is the head's ("Muzeum Narodowe")
    assert polish.nominative("Muzeum Narodowego w Lublinie") == "Muzeum Narodowe w Lublinie"
    assert polish.nominative("Centrum Wielokulturowego w Opolu") == "Centrum Wielokulturowe w Opolu"
    assert polish.nominative("Liceum Ogólnokształcącego im. Jana Pawła II") == "Liceum Ogólnokształcące im. Jana Pawła II"


# (2) the kind of body, in lower case, before a name in another language
def test_kind_word_before_a_foreign_name_polish():
    o = _orgs(_HEAD_PL + "Partnerem duńskim jest związek zawodowy Fagforbundet z Aarhus, który dzieli się doświadczeniem.")
    assert o.get("Fagforbundet") == "partner"
    o = _orgs(_HEAD_PL + "Partnerem zagranicznym projektu było stowarzyszenie Flüchtlingshilfe Rostock e.V. z Rostocku.")
    assert o.get("Flüchtlingshilfe Rostock e.V.") == "partner"


def test_kind_word_kept_where_it_names_the_body_polish():
    # negatives: a local unit keeps its noun; an acronym after a lower-case head is that body's
    # own name ("biura IOM"), no foreign name follows a kind word
    o = _orgs(_HEAD_PL + "Pomoc w kraju pochodzenia udzielana jest we współpracy z biurami IOM w tych krajach.")
    assert "IOM" not in o
    o = _orgs(_HEAD_PL + "Partnerem projektu jest stowarzyszenie Homo Faber z Lublina.")
    assert "Faber" not in o and "Homo Faber" not in o


def test_other_scripts_untouched_en_ru_uk():
    # the rule reads Polish kind words only; the English, Russian and Ukrainian descriptors keep
    # their own readers and results
    o = _orgs(_HEAD_EN + "Our partner in this project is the trade union Fagforbundet from Aarhus.")
    assert o.get("Fagforbundet") == "partner"
    o = _orgs(_HEAD_RU + "Партнёр проекта – Фонд «Открытый дом».")
    assert o.get("Фонд Открытый дом") == "partner"
    o = _orgs(_HEAD_UK + "Партнер проєкту — Фундація «Відкритий дім».")
    assert o.get("Фундація Відкритий дім") == "partner"


# (3) "m.st. Warszawy" (the capital's official genitive, in lower case) goes on with the name
def test_capital_city_genitive_is_part_of_the_name_polish():
    o = _orgs(_HEAD_PL + "Nowym partnerem projektu jest Dzielnica Bemowo m.st. Warszawy, która udostępni salę.")
    assert o.get("Dzielnica Bemowo m.st. Warszawy") == "partner"
    o = _orgs(_HEAD_PL + "Projekt prowadzimy we współpracy z Dzielnicą Targówek m.st. Warszawy.")
    assert o.get("Dzielnica Targówek m.st. Warszawy") == "partner"


def test_capital_city_genitive_alone_opens_no_name_polish():
    # negative: "m.st." with nothing before it names the city itself, no longer name
    from ngo_atlas.extract.names import capitalised_run

    t = "m.st. Warszawa przekazało dotację"
    assert capitalised_run(t, 0, len(t)) == (0, 0)


# (4) verbs of going on with a project or setting about it name its runner as their subject
def test_going_on_or_setting_about_the_project_names_the_lead():
    o = _orgs("Projekt „Sąsiedzi”\n\nW marcu 2024 r. Fundacja Gamma przystąpiła do realizacji projektu „Sąsiedzi”. "
              "Zajęcia odbywają się w Opolu.")
    assert o.get("Fundacja Gamma") == "lead"
    o = _orgs("Проєкт «Сусіди»\n\nУ 2024/2025 навчальному році Фундація «Гамма» продовжує проєкт «Сусіди». "
              "Заняття проходять в Ополе.")
    assert o.get("Фундація Гамма") == "lead"
    o = _orgs("Проект «Соседи»\n\nС 1 марта 2025 года Опольское воеводское управление приступило к реализации "
              "проекта «Соседи». Занятия проходят в Ополе.")
    assert o.get("Опольское воеводское управление") == "lead"
    o = _orgs("Project “Neighbours”\n\nIn 2025 the Gamma Foundation continues the project “Neighbours” in Opole.")
    assert o.get("Gamma Foundation") == "lead"


def test_a_person_going_on_with_the_project_is_no_body():
    # negative: the subject is a person, no organisation is read from the verb
    o = _orgs("Projekt „Sąsiedzi”\n\nW marcu 2024 r. Anna Kowalska przystąpiła do realizacji projektu „Sąsiedzi”.")
    assert not any("Kowalska" in n for n in o)


def test_a_scheme_head_is_no_kind_of_body_polish():
    # negative: "programu Erasmus+" names the programme, the lower-case head stays with it
    from ngo_atlas.extract.kindnoun import kind_words_end
    from ngo_atlas.extract.organisations import is_org_head

    t = "ze środków programu Erasmus+ Unii Europejskiej"
    p = len("ze środków ")
    assert kind_words_end(t, p, len(t), is_org_head) == p
    t = "jest związek zawodowy Fagforbundet z Aarhus"
    assert t[kind_words_end(t, 5, len(t), is_org_head):].startswith("Fagforbundet")
