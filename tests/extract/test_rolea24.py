"""ROLE-A (round 24): a label naming the consortium's coordinator or lead partner gives the lead."""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.ingest.text import normalize_text
from ngo_atlas.model import Document


def _roles(t):
    ex = extract_document(Document("x", "x.txt", normalize_text(t)))
    return {o.name: o.role for p in ex.projects for o in p.organizations}


def test_consortium_coordinator_label_pl():
    t = ("Projekt „Praca bez granic”\n\nOkres realizacji: 2024–2026\n"
         "Koordynator konsorcjum: Uniwersytet Morski w Gdyni\n"
         "Partnerzy: Fundacja Nowy Dom, Stowarzyszenie Dobry Sąsiad\n\n"
         "Projekt bada, jak migranci znajdują pracę w portach.\n")
    got = _roles(t)
    assert got.get("Uniwersytet Morski w Gdyni") == "lead"
    assert got.get("Fundacja Nowy Dom") == "partner"


def test_coordinated_by_label_en_drops_the_country():
    t = ("Harbour Voices\n\nStart date: 1 March 2024\nEnd date: 28 February 2027\n"
         "Coordinated by: NORTHERN COAST UNIVERSITY, Poland\n\n"
         "The project studies how migrant workers settle in port towns.\n")
    got = _roles(t)
    assert got.get("NORTHERN COAST UNIVERSITY") == "lead"
    assert "Poland" not in got


def test_lead_partner_label_pl_and_coordinator_label_ru_uk():
    t = ("Projekt „Most”\n\nPartner wiodący: Stowarzyszenie Otwarta Granica\n"
         "Partner: Fundacja Nowy Dom\n\nProjekt wspiera rodziny migrantów.\n")
    assert _roles(t).get("Stowarzyszenie Otwarta Granica") == "lead"
    t = ("Проект «Мост»\n\nКоординатор консорциума: Фонд «Открытый дом»\n"
         "Партнёры: Ассоциация «Добрый сосед»\n\nПроект помогает семьям мигрантов.\n")
    assert _roles(t).get("Фонд Открытый дом") == "lead"
    t = ("Проєкт «Міст»\n\nКоординатор консорціуму: Фонд «Відкритий дім»\n"
         "Партнери: Асоціація «Добрий сусід»\n\nПроєкт допомагає родинам мігрантів.\n")
    assert _roles(t).get("Фонд Відкритий дім") == "lead"


def test_a_person_under_the_coordinator_label_stays_a_person():
    t = ("Projekt „Most”\n\nKoordynatorka konsorcjum: Anna Nowak\n"
         "Realizator: Fundacja Nowy Dom\n\nProjekt wspiera rodziny migrantów.\n")
    ex = extract_document(Document("x", "x.txt", normalize_text(t)))
    orgs = {o.name: o.role for p in ex.projects for o in p.organizations}
    assert "Anna Nowak" not in orgs
    assert orgs.get("Fundacja Nowy Dom") == "lead"
