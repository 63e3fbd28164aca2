"""FUNDP (round 33): a programme's owner named in the genitive pays for it. A page that names
no payer but says "Program „X” jest programem Fundacji Y" (ru "«X» — программа Фонда Y", uk
"«X» — програма Фундації Y", en "X is a programme of the Y Foundation") has Y as funder and X
as programme; "z programu „X” Fundacji Y" gives the programme X, not "X Fundacja Y". Texts in
our own wording, not the sets'."""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.programmeowner import owner_out_of_programme
from ngo_atlas.model import Document, Funding


def _funding(text: str) -> list[tuple[str | None, str | None]]:
    doc = extract_document(Document("x.txt", "x.txt", text))
    return [(f.funder, f.programme) for p in doc.projects for f in p.funding]


def _funders(text: str) -> list[str]:
    doc = extract_document(Document("x.txt", "x.txt", text))
    return [o.name for p in doc.projects for o in p.organizations if o.role == "funder"]


_PL = ("Stowarzyszenie Przykładowe – Sieradz\n"
       "Start | O nas | Projekty | Kontakt\n\n"
       "Klub sąsiedzki dla rodzin z Ukrainy\n\n"
       "Od kwietnia do października 2025 r. prowadzimy w Sieradzu klub sąsiedzki dla rodzin z "
       "Ukrainy: spotkania, wspólne gotowanie i zajęcia dla dzieci. Na klub otrzymaliśmy 7 000 zł.\n\n"
       "Program „Mosty Sąsiedzkie” jest programem Fundacji Wspólnego Dobra realizowanym przez "
       "Stowarzyszenie Lokalnych Inicjatyw.\n")


def test_polish_copula_owner_is_the_funder():
    assert ("Fundacja Wspólnego Dobra", "Mosty Sąsiedzkie") in _funding(_PL)
    assert "Fundacja Wspólnego Dobra" in _funders(_PL)


def test_polish_named_payer_keeps_its_place():
    text = _PL.replace("Na klub otrzymaliśmy 7 000 zł.", "Klub finansuje Gmina Sieradz.")
    assert [f for f, _p in _funding(text) if f] == ["Gmina Sieradz"]


def test_polish_adjective_before_programme_is_no_owner():
    # "to roczny program Centrum X": a body's own programme, not a grant-maker's
    text = _PL.replace("jest programem Fundacji Wspólnego Dobra realizowanym przez "
                       "Stowarzyszenie Lokalnych Inicjatyw",
                       "to roczny program Centrum Kultury w Sieradzu")
    assert not any(f for f, _p in _funding(text))


def test_polish_nominative_after_programme_is_no_owner():
    text = _PL.replace("jest programem Fundacji Wspólnego Dobra", "to program Fundacja Wspólnego Dobra")
    assert not any(f for f, _p in _funding(text))


def test_russian_copula_owner_is_the_funder():
    text = ("Фонд «Мост» – Лодзь\nГлавная › Проекты\n\n"
            "Разговорный клуб для мигрантов\n\n"
            "С марта по июнь 2025 года мы проводим в Лодзи разговорный клуб польского языка. "
            "На клуб мы получили 9 000 злотых.\n\n"
            "«Добрые соседи» — программа Фонда Открытых Городов.\n")
    funders = [f for f, _p in _funding(text) if f]
    assert funders and funders[0].startswith("Фонд Открытых Город")


def test_ukrainian_copula_owner_is_the_funder():
    text = ("Фундація «Міст» – Люблін\nГоловна › Проєкти\n\n"
            "Проєкт «Розмовний клуб для мігрантів»\n\n"
            "З березня по червень 2025 року ми реалізуємо в Любліні проєкт «Розмовний клуб для мігрантів». "
            "На клуб ми отримали 9 000 злотих.\n\n"
            "«Добрі сусіди» — програма Фундації Відкритих Міст.\n")
    funders = [f for f, _p in _funding(text) if f]
    assert funders and funders[0].startswith("Фундація Відкритих Міст")


def test_english_copula_owner_is_the_funder():
    text = ("Open Doors Association – Gdańsk\nHome | Projects | Contact\n\n"
            "Project \u201cNeighbourhood Kitchen\u201d\n\n"
            "From May to September 2025 we ran the project \u201cNeighbourhood Kitchen\u201d, a shared kitchen for neighbours from Poland and "
            "Ukraine in Gdańsk. We received PLN 8,000 for it.\n\n"
            "Good Neighbours is a programme of the Baltic Community Foundation.\n")
    assert ("Baltic Community Foundation", "Good Neighbours") in _funding(text)


def test_owner_after_quoted_programme_is_no_part_of_its_name():
    text = "Klub otrzymał grant w programie „Mosty Sąsiedzkie” Fundacji Wspólnego Dobra."
    items = [Funding(None, "Mosty Sąsiedzkie Fundacja Wspólnego Dobra", None, None, None)]
    owner_out_of_programme(items, text, "pl")
    assert (items[0].funder, items[0].programme) == ("Fundacja Wspólnego Dobra", "Mosty Sąsiedzkie")


def test_owner_cut_from_programme_when_already_the_funder():
    text = "Klub otrzymał 5 000 zł w konkursie grantowym „Mosty Sąsiedzkie” Fundacji Wspólnego Dobra."
    items = [Funding("Fundacja Wspólnego Dobra", "Mosty Sąsiedzkie Fundacja Wspólnego Dobra", None, None, None)]
    owner_out_of_programme(items, text, "pl")
    assert items[0].programme == "Mosty Sąsiedzkie"


def test_programme_named_by_a_nominative_fund_keeps_its_name():
    # "z Rządowego Programu Fundusz X": the fund's name in the nominative is the programme's
    text = "Zadanie sfinansowano z dotacji z Rządowego Programu Fundusz Inicjatyw Sąsiedzkich na lata 2024–2026."
    items = [Funding("Fundusz Inicjatyw Sąsiedzkich", "Rządowy Program Fundusz Inicjatyw Sąsiedzkich", None, None, None)]
    owner_out_of_programme(items, text, "pl")
    assert items[0].programme == "Rządowy Program Fundusz Inicjatyw Sąsiedzkich"


def test_body_after_a_dash_stays_the_programmes_own():
    text = "Projekt finansowany z programu Aktywni Obywatele – Fundusz Regionalny."
    items = [Funding(None, "Aktywni Obywatele – Fundusz Regionalny", None, None, None)]
    owner_out_of_programme(items, text, "pl")
    assert (items[0].funder, items[0].programme) == (None, "Aktywni Obywatele – Fundusz Regionalny")


def test_nominative_body_in_programme_name_stays():
    # the name as written carries the body in the nominative: nothing to split
    text = "Projekt finansowany z programu Fundusz Inicjatyw Lokalnych Gmina Sieradz."
    items = [Funding(None, "Fundusz Inicjatyw Lokalnych Gmina Sieradz", None, None, None)]
    owner_out_of_programme(items, text, "pl")
    assert items[0].funder is None
