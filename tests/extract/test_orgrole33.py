"""ORGROLE (round 33): bodies found with the wrong role or split into a false body.
- "realizowany jest od … do … i finansowany przez X": the agent of the nearer participle of
  paying is the payer, not the runner the long "realizowany … przez" window took it for;
- "The project runs until March" is the project running (intransitive): a body named before
  it ("funded by X, the Y Agency, and runs until") runs nothing;
- "Partners: Centre of Migration Research, University of Warsaw; …": a university's unit, then
  its university after the comma, is one designation, not a second body;
- "Członkami Forum zostały: X, Y" (any copula) opens a network's member list.
Texts in our own wording."""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _orgs(text: str) -> list[tuple[str, str]]:
    projects = extract_document(Document("x.txt", "x.txt", text)).projects
    return [(o.name, o.role) for p in projects for o in p.organizations]


# --- "realizowany … i finansowany przez X"


def test_polish_payer_after_long_run_window_is_funder_not_lead():
    text = ("Projekt „Wspólny stół”\n\n"
            "Stowarzyszenie Jasne Okno prowadzi warsztaty kulinarne dla sąsiadów z Polski i Gruzji. "
            "Projekt realizowany jest od 1 marca 2024 r. do 28 lutego 2025 r. i finansowany przez "
            "Fundację Modrzewiową.\n")
    orgs = _orgs(text)
    assert ("Fundacja Modrzewiowa", "lead") not in orgs
    assert ("Fundacja Modrzewiowa", "funder") in orgs


def test_polish_runner_before_payer_stays_lead():
    text = ("Projekt „Wspólny stół”\n\n"
            "Projekt realizowany jest od marca 2024 r. przez Stowarzyszenie Jasne Okno i finansowany "
            "przez Fundację Modrzewiową.\n")
    orgs = _orgs(text)
    assert ("Stowarzyszenie Jasne Okno", "lead") in orgs
    assert ("Fundacja Modrzewiowa", "lead") not in orgs


# --- "runs until": the project runs


def test_english_project_running_until_a_date_names_no_runner():
    text = ("Home / Projects\n\nSafe Harbour: legal advice for refugee families\n\n"
            "The Open Gate Foundation is implementing the project \"Safe Harbour\" in Lublin and Chełm. "
            "Our lawyers advise families on residence and benefits.\n\n"
            "The project is funded by UNHCR, the UN Refugee Agency, and runs until 31 March 2026.\n")
    orgs = _orgs(text)
    assert ("UN Refugee Agency", "lead") not in orgs
    assert ("Open Gate Foundation", "lead") in orgs
    assert ("UNHCR", "funder") in orgs


def test_english_body_that_runs_a_project_is_still_its_lead():
    text = ("Home / Projects\n\nSafe Harbour: legal advice for refugee families\n\n"
            "Since March 2024 the Open Gate Foundation runs the project \"Safe Harbour\" for refugee "
            "families in Lublin.\n")
    assert ("Open Gate Foundation", "lead") in _orgs(text)


# --- "Unit, University" in a list


def test_english_unit_then_its_university_is_one_partner():
    text = ("Border Voices\n\n"
            "Lead organisation: North Bridge Association\n"
            "Partners: Helsinki Committee for Rights; Institute of Social Studies, University of Gdańsk\n"
            "Duration: 1 March 2024 – 28 February 2026\n")
    orgs = _orgs(text)
    assert ("Institute of Social Studies, University of Gdańsk", "partner") in orgs
    assert ("University of Gdańsk", "partner") not in orgs


def test_polish_unit_then_its_university_is_one_partner():
    text = ("Szkoła bez granic\n\n"
            "Lider: Stowarzyszenie Jasne Okno\n"
            "Partner: Instytut Pedagogiki, Uniwersytet Gdański\n"
            "Okres realizacji: 01.03.2024 – 28.02.2025\n")
    orgs = _orgs(text)
    assert ("Instytut Pedagogiki, Uniwersytet Gdański", "partner") in orgs
    assert ("Uniwersytet Gdański", "partner") not in orgs


def test_russian_unit_then_its_university_is_one_partner():
    text = ("Школа без границ\n\n"
            "Организатор: Фонд «Ясное окно»\n"
            "Партнёр: Институт педагогики, Гданьский университет\n"
            "Срок реализации: 01.03.2024 – 28.02.2025\n")
    orgs = _orgs(text)
    assert ("Институт педагогики, Гданьский университет", "partner") in orgs
    assert ("Гданьский университет", "partner") not in orgs


def test_ukrainian_unit_then_its_university_is_one_partner():
    text = ("Школа без кордонів\n\n"
            "Організатор: Фундація «Ясне вікно»\n"
            "Партнер: Інститут педагогіки, Гданський університет\n"
            "Термін реалізації: 01.03.2024 – 28.02.2025\n")
    orgs = _orgs(text)
    assert ("Інститут педагогіки, Гданський університет", "partner") in orgs
    assert ("Гданський університет", "partner") not in orgs


def test_a_body_of_its_own_before_a_university_stays_apart():
    text = ("Szkoła bez granic\n\n"
            "Lider: Stowarzyszenie Jasne Okno\n"
            "Partnerzy: Centrum Wolontariatu w Sopocie, Politechnika Gdańska\n"
            "Okres realizacji: 01.03.2024 – 28.02.2025\n")
    orgs = _orgs(text)
    assert ("Centrum Wolontariatu w Sopocie", "partner") in orgs
    assert ("Politechnika Gdańska", "partner") in orgs


# --- a network's members after any copula


def test_polish_members_after_past_copula():
    text = ("Stowarzyszenie Jasne Okno\n"
            "Start | O nas | Projekty | Kontakt\n\n"
            "Nasze projekty\n\n"
            "Projekt: Sieć Nadmorska\n"
            "Okres realizacji: 01.03.2023 – 31.12.2023\n"
            "Opis: Celem projektu było stworzenie sieci organizacji pomagających cudzoziemcom. Członkami "
            "Forum zostały: Stowarzyszenie Jasne Okno, Fundacja Morski Brzeg oraz Stowarzyszenie Ludzie "
            "Zatoki. Odbyło się pięć spotkań.\n")
    orgs = _orgs(text)
    assert ("Fundacja Morski Brzeg", "member") in orgs
    assert ("Stowarzyszenie Ludzie Zatoki", "member") in orgs
    assert ("Stowarzyszenie Ludzie Zatoki", "lead") not in orgs
