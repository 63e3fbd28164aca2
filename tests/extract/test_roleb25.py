"""ROLE-B (round 25): a body's own role tag beats its list heading's; patrons in prose are other."""
from ngo_atlas.extract.itemtag import own_role
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.ingest.text import normalize_text
from ngo_atlas.model import Document


def _roles(t):
    ex = extract_document(Document("x", "x.txt", normalize_text(t)))
    return {o.name: o.role for p in ex.projects for o in p.organizations}


def _tag(t, name):
    i = t.index(name)
    return own_role(t, i, i + len(name))


def test_bracket_tags_under_a_heading_pl():
    t = ("Projekt „Wspólny dom”\n\nOkres realizacji: 2024–2025\n"
         "Partnerzy: Stowarzyszenie Otwarte Drzwi (lider projektu), Fundacja Nowy Dom, "
         "Gazeta Nadmorska (partner medialny)\n\nProjekt wspiera rodziny migrantów w Gdyni.\n")
    got = _roles(t)
    assert got.get("Stowarzyszenie Otwarte Drzwi") == "lead"
    assert got.get("Fundacja Nowy Dom") == "partner"
    assert got.get("Gazeta Nadmorska") == "other"


def test_consortium_line_dash_tags_en():
    t = ("Harbour Voices\n\nStart date: 1 March 2024\nEnd date: 28 February 2027\n\nConsortium:\n"
         "• Northern Coast University, Centre for Migration (NCM) – project leader\n"
         "• Baltic Institute of Social Research (BISR), Riga – partner\n"
         "• Foundation for Newcomers – partner for fieldwork with migrant communities\n\n"
         "The project studies how migrant workers settle in port towns.\n")
    got = _roles(t)
    assert got.get("Northern Coast University, Centre for Migration") == "lead"
    assert got.get("Baltic Institute of Social Research") == "partner"
    assert got.get("Foundation for Newcomers") == "partner"


def test_tags_ru_uk_en_and_apposition():
    assert _tag("Партнёры: Фонд «Открытый диалог» (ведущий партнёр), Ассоциация X",
                "Фонд «Открытый диалог»") == "lead"
    assert _tag("Партнери:\n• Фундація Світло — партнер\n", "Фундація Світло") == "partner"
    assert _tag("Партнёры: Фонд А (информационный партнёр)", "Фонд А") == "other"
    assert _tag("Run by IOM with Fundacja Ocalenie as implementing partner.", "Fundacja Ocalenie") == "partner"
    assert _tag("Partners: Caritas Poland (lead partner), IOM", "Caritas Poland") == "lead"
    assert _tag("Экзамены проводит Вроцлавский университет (Uniwersytet Wrocławski), партнёр по курсам.",
                "Вроцлавский университет") == "partner"
    assert _tag("Pracownicy Caritas Diecezji X, partnera projektu, przeprowadzili wizyty.",
                "Caritas Diecezji X") == "partner"
    assert _tag("Caritas Diecezji X jako Partner projektu realizuje zadania.", "Caritas Diecezji X") == "partner"
    assert _tag("Konsorcjum: Uniwersytet Łódzki (Wydział Ekonomiczny, lider konsorcjum), Fundacja Y",
                "Uniwersytet Łódzki") == "lead"


def test_no_tag_leaves_the_role():
    # a seat or an acronym in brackets, a partnership noun, a bare operator of a network's office
    assert _tag("Partnerzy: Fundacja X (Warszawa), Fundacja Y", "Fundacja X") is None
    assert _tag("Partnerzy: Fundacja A, partnerstwo lokalne", "Fundacja A") is None
    assert _tag("Liderem jest Stowarzyszenie X w Szczecinie (operator administracyjny sieci).",
                "Stowarzyszenie X w Szczecinie") is None
    # a label inside the bracket names another body
    assert _tag("Realizator: Stowarzyszenie Most (partner: Fundacja Y)", "Stowarzyszenie Most") is None
    # "X (lider), Y": the tag is X's, not Y's
    assert _tag("Konsorcjum: Fundacja X (lider), Fundacja Y", "Fundacja Y") is None
    t = ("Projekt „Most”\n\nPartnerzy: Fundacja Nowy Dom, Stowarzyszenie Dobry Sąsiad\n\n"
         "Projekt wspiera rodziny migrantów.\n")
    got = _roles(t)
    assert got.get("Fundacja Nowy Dom") == "partner" and got.get("Stowarzyszenie Dobry Sąsiad") == "partner"


def test_patrons_in_prose_are_other():
    t = ("Projekt „Szkoła dla wszystkich”\n\nProjekt realizuje Fundacja Nowy Dom od stycznia 2024 r. "
         "we współpracy z Wydziałem Edukacji Urzędu Miasta Łodzi, który objął projekt patronatem. "
         "Warsztaty odbywają się pod honorowym patronatem Rzecznika Praw Obywatelskich.\n")
    got = _roles(t)
    assert got.get("Wydział Edukacji Urzędu Miasta Łodzi") == "other"
    assert got.get("Rzecznik Praw Obywatelskich") == "other"
    assert got.get("Fundacja Nowy Dom") == "lead"


def test_leading_partner_copula_is_lead():
    t = ("Projekt „Most nad Nysą”\n\nPartnerem Wiodącym projektu było Stowarzyszenie Otwarta Granica. "
         "Partnerami projektu były: Fundacja Nowy Dom oraz Miasto Zgorzelec.\n")
    got = _roles(t)
    assert got.get("Stowarzyszenie Otwarta Granica") == "lead"
    assert "Wiodącym" not in got
    assert got.get("Fundacja Nowy Dom") == "partner"


def test_unit_naming_its_own_university_is_a_body_of_its_own():
    t = ("Projekt „Drogi migracji”\n\nOkres realizacji: 2024–2026\n"
         "Konsorcjum: Uniwersytet Łódzki (lider), Uniwersytet Ekonomiczny w Krakowie, Instytut Nauk "
         "Społecznych Uniwersytetu Humanistycznego w Taszkencie (partner zagraniczny)\n\n"
         "Projekt bada migracje pracownicze.\n")
    got = _roles(t)
    assert got.get("Uniwersytet Łódzki") == "lead"
    assert "Uniwersytet Ekonomiczny w Krakowie" in got
    assert got.get("Instytut Nauk Społecznych Uniwersytetu Humanistycznego w Taszkencie") == "partner"


def test_joint_operator_is_other_pl_ru():
    t = ("Projekt „Sąsiedzi”\n\nGrantodawca: Fundusze EOG, program Aktywni Obywatele – Fundusz Regionalny\n"
         "Operator programu w regionie: Fundacja Szkoła Dobrych Praktyk we współpracy z Fundacją Nowa Demokracja\n"
         "Okres realizacji: 01.10.2022 – 31.03.2024\nRealizator: Stowarzyszenie Otwarte Miasto\n\n"
         "Projekt tworzy rady migrantów w gminach.\n")
    got = _roles(t)
    assert got.get("Fundacja Szkoła Dobrych Praktyk") == "other"
    assert got.get("Fundacja Nowa Demokracja") == "other"
    t = ("Проект «Соседи»\n\nПроект реализовал Фонд «Белый дом» с января 2022 года. Оператором программы "
         "выступал Фонд имени Стефана Батория (Fundacja im. Stefana Batorego) в консорциуме с Польским "
         "фондом детей и молодёжи. Проект реализуется в партнёрстве с Ассоциацией «Рядом».\n")
    got = _roles(t)
    assert got.get("Польский фонд детей и молодёжи") == "other"


def test_partner_of_the_project_stays_partner_beside_an_operator():
    t = ("Projekt „Sąsiedzi”\n\nOperator programu: Fundacja Szkoła Dobrych Praktyk\n"
         "Realizator: Stowarzyszenie Otwarte Miasto we współpracy z Fundacją Nowa Demokracja\n\n"
         "Projekt tworzy rady migrantów w gminach.\n")
    got = _roles(t)
    assert got.get("Fundacja Szkoła Dobrych Praktyk") == "other"
    assert got.get("Fundacja Nowa Demokracja") == "partner"


def test_mentioned_body_with_its_own_tag():
    t = ("Projekt „Ciepły dom”\n\nProjekt realizowała Fundacja Nowy Dom od stycznia do grudnia 2023 r. "
         "Pracownicy socjalni Caritas Diecezji Nadmorskiej, partnera projektu, przeprowadzili 300 wizyt "
         "domowych.\n")
    assert _roles(t).get("Caritas Diecezji Nadmorskiej") == "partner"
