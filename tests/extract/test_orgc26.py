"""ORGC (round 26): a seat clause after a body's name ("z siedzibą w X", "based in X") is no part
of the name; a list goes on past a clause about one body ("…, która …, oraz Y"); "partnerstwo
pięciu instytucji:" / "a partnership of four organisations:" opens a partner list; a name
glossed across a slash ("X / Y") keeps one side."""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.ingest.text import normalize_text
from ngo_atlas.model import Document


def _orgs(t):
    ex = extract_document(Document("x", "x.txt", normalize_text(t)))
    return {o.name: o.role for p in ex.projects for o in p.organizations}


_HEAD_PL = "Projekt „Wspólne Podwórko”\n\nStowarzyszenie Dobry Sąsiad realizuje projekt „Wspólne Podwórko” od marca 2025 r. "
_HEAD_EN = "Project “Open Yard”\n\nThe project “Open Yard” is run by the Good Neighbour Association since March 2025. "


# --- a seat clause
def test_seat_clause_pl():
    o = _orgs(_HEAD_PL + "\n\nPartnerzy projektu\nProjekt prowadzimy w partnerstwie z:\n"
              "– Fundacją Zielony Most z siedzibą w Kielcach, odpowiedzialną za doradztwo,\n"
              "– Stowarzyszeniem Nowa Ulica z siedzibą we Wrocławiu.\n")
    assert o.get("Fundacja Zielony Most") == "partner"
    assert o.get("Stowarzyszenie Nowa Ulica") == "partner"
    assert not any("siedzib" in n for n in o)


def test_seat_clause_en():
    o = _orgs(_HEAD_EN + "Our partner is the Bright Path Foundation, based in Gdańsk, which runs the legal desk.\n")
    assert not any("based" in n for n in o)


def test_seat_clause_ru():
    o = _orgs("Проект «Открытый двор»\n\nПроект «Открытый двор» реализует Фонд «Добрый путь» с местонахождением "
              "в Варшаве с марта 2025 года.\n")
    assert not any("местонахожд" in n for n in o)


def test_bare_seat_kept():  # a seat joined by "w" is part of many official names
    o = _orgs(_HEAD_PL + "Partnerem projektu jest Muzeum Regionalne w Kutnie.\n")
    assert o.get("Muzeum Regionalne w Kutnie") == "partner"


# --- a clause about a listed body, then the next one
def test_list_past_relative_clause_pl():
    o = _orgs(_HEAD_PL + "Partnerami projektu są Szkoła Podstawowa nr 5 w Radomiu, która udostępni sale, oraz "
              "Miejska Biblioteka Publiczna w Radomiu, odpowiedzialna za spotkania autorskie.\n")
    assert o.get("Szkoła Podstawowa nr 5 w Radomiu") == "partner"
    assert o.get("Miejska Biblioteka Publiczna w Radomiu") == "partner"


def test_list_past_participle_clause_pl():
    o = _orgs(_HEAD_PL + "Partnerami merytorycznymi są Fundacja Nowy Dom, która przygotuje szkolenia dla "
              "wolontariuszy, oraz Fundacja Otwarte Okno z Lublina, odpowiedzialna za superwizję.\n")
    assert o.get("Fundacja Nowy Dom") == "partner"
    assert o.get("Fundacja Otwarte Okno") == "partner"


def test_list_past_clause_en():
    o = _orgs(_HEAD_EN + "Our partners are the Riverside Library, which hosts the classes, and "
              "Northern Youth Foundation, which trains the volunteers.\n")
    assert o.get("Northern Youth Foundation") == "partner"


def test_clause_then_person_ends_list():  # negative: a person after the clause is no body
    o = _orgs(_HEAD_PL + "Partnerem projektu jest Fundacja Nowy Dom, która przygotuje szkolenia, oraz "
              "Anna Nowak, nasza wolontariuszka.\n")
    assert o.get("Fundacja Nowy Dom") == "partner"
    assert not any("Anna" in n for n in o)


# --- a counted partnership opens a list
def test_counted_partnership_pl():
    o = _orgs("Projekt „Klasa Wielu Języków”\n\nProjekt zrealizowało międzynarodowe partnerstwo czterech instytucji:\n"
              "1. Akademia Pedagogiczna w Słupsku (Polska) – koordynator,\n"
              "2. Tallinna Ülikool (Estonia),\n"
              "3. Fundacja Szkoła Otwarta (Polska),\n"
              "4. Associazione Ponti Aperti (Włochy).\n\nProjekt trwał od 2023 do 2025 r.\n")
    assert o.get("Tallinna Ülikool") == "partner"
    assert o.get("Fundacja Szkoła Otwarta") == "partner"
    assert o.get("Associazione Ponti Aperti") == "partner"


def test_counted_partnership_en():
    o = _orgs("Project “Safe Words”\n\nThe Open Lens Foundation leads a partnership of three organisations:\n"
              "- Fundacja Otwarte Oko (Poznań, Poland) – coordinator,\n"
              "- Open Roads Association (Brno, Czech Republic),\n"
              "- Egyesület Hidak (Budapest, Hungary).\n\nThe project runs from 2024 to 2026.\n")
    assert o.get("Open Roads Association") == "partner"
    assert o.get("Egyesület Hidak") == "partner"


def test_partnership_without_list_is_no_list():  # negative: no colon, no list
    o = _orgs(_HEAD_PL + "Chcemy budować partnerstwo instytucji w regionie. Spotkania odbędą się w Kutnie.\n")
    assert set(o) <= {"Stowarzyszenie Dobry Sąsiad"}


# --- a slash gloss
def test_slash_gloss_uk():
    o = _orgs("Проєкт «Сусіди»\n\nПроєкт «Сусіди» реалізує Фундація Добрий Дім / Fundacja Dobry Dom "
              "з березня 2025 року.\n")
    assert not any(" / " in n for n in o)


def test_slash_gloss_pl_keeps_latin():
    o = _orgs(_HEAD_PL + "Partnerem projektu jest Фундація Добрий Дім / Fundacja Dobry Dom ze Lwowa.\n")
    assert not any(" / " in n for n in o)


def test_slash_gloss_en_keeps_english_side():
    o = _orgs(_HEAD_EN + "\n\nPartners:\n• Związek Gmin Pomorskich / Union of Pomeranian Communes (Poland)\n"
              "• Bergen Welcome Centre (Norway)\n")
    assert not any(" / " in n for n in o)
    assert not any("Związek" in n for n in o)
