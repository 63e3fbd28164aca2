"""Organisations, round 20b (ORG-B): a column of bodies, one a line, each opened by a dash and
followed by a dash and what the body does ("— Фонд «X» — консультирует …;", "– Fundacja Y (Kielce)
– porady prawne"). The dash that opens a line is the item's bullet, not an aside between dashes,
and the gloss after the second dash is no part of the name, under a list cue and under a label."""

from ngo_atlas.extract.names import split_items
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.ingest.text import normalize_text
from ngo_atlas.model import Document


def _orgs(text: str) -> list[tuple[str, str]]:
    ex = extract_document(Document("x", "x.txt", normalize_text(text)))
    return [(o.name, o.role) for p in ex.projects for o in p.organizations]


def test_russian_em_dash_column_with_glosses():
    orgs = _orgs("Проект «Соседи рядом»\n\nС апреля 2024 года Фонд «Тёплый дом» реализует проект «Соседи рядом» "
                 "в Люблине.\n\nПартнёры проекта:\n"
                 "— Ассоциация «Армянский клуб в Люблине» — помогает с переводом;\n"
                 "— Центр поддержки семьи города Люблин — направляет семьи;\n"
                 "— Фонд «Новая дорога» (Краков) — ведёт занятия для детей.\n\n"
                 "Что мы делаем:\n• консультации;\n")
    for name in ("Ассоциация Армянский клуб в Люблине", "Центр поддержки семьи города Люблин", "Фонд Новая дорога"):
        assert (name, "partner") in orgs
    assert ("Ассоциация Армянский клуб в Люблине", "lead") not in orgs


def test_polish_column_under_a_label_keeps_names_and_drops_glosses():
    orgs = _orgs("Projekt „Wspólny stół”\n\nOd maja 2024 r. Fundacja Otwarta Kuchnia prowadzi projekt "
                 "„Wspólny stół” w Kielcach.\n\nPartnerzy projektu:\n"
                 "– Stowarzyszenie Gruzinów w Kielcach – tłumaczenia;\n"
                 "– Miejski Ośrodek Pomocy Rodzinie w Kielcach – rekrutacja rodzin;\n"
                 "– Fundacja Zielony Most (Radom) – warsztaty kulinarne.\n\n"
                 "Zapraszamy.\n")
    for name in ("Stowarzyszenie Gruzinów w Kielcach", "Miejski Ośrodek Pomocy Rodzinie w Kielcach",
                 "Fundacja Zielony Most"):
        assert (name, "partner") in orgs
    assert not any("tłumaczenia" in n or "warsztaty" in n for n, _ in orgs)


def test_an_aside_after_a_conjunction_is_still_skipped():
    text = "Stowarzyszenie Ala, Fundacja Ola oraz – od jesieni – Stowarzyszenie Ela"
    items = [text[a:b] for a, b in split_items(text, 0, len(text))]
    assert items == ["Stowarzyszenie Ala", "Fundacja Ola", "Stowarzyszenie Ela"]


def test_a_line_opening_dash_is_a_bullet_not_an_aside():
    text = "Fundacja Ola – szkolenia;\n— Stowarzyszenie Ela — porady;\n— Fundacja Ula"
    items = [text[a:b] for a, b in split_items(text, 0, len(text))]
    assert items[1].startswith("Stowarzyszenie Ela") and items[2] == "Fundacja Ula"


def test_consortium_with_names_a_partner():
    orgs = _orgs("Projekt „Nowe sąsiedztwo”\n\nProjekt „Nowe sąsiedztwo” prowadzi Fundacja Jasny Dom "
                 "w konsorcjum z Towarzystwem Przyjaciół Dzieci z Opola. Zajęcia trwają cały rok.")
    assert ("Towarzystwo Przyjaciół Dzieci", "partner") in orgs or \
        ("Towarzystwo Przyjaciół Dzieci z Opola", "partner") in orgs
    orgs = _orgs("Bright Steps\n\nThe project \"Bright Steps\" for refugee children is implemented by the Open "
                 "Door Foundation in a consortium with the Harbour Association. Workshops run every week.")
    assert ("Harbour Association", "partner") in orgs


def test_an_operator_in_consortium_with_another_operates_too():
    orgs = _orgs("Bright Steps\n\nThe project \"Bright Steps\" for refugee children is implemented by the "
                 "Open Door Foundation.\n\n"
                 "Fund Operator: River Foundation in consortium with the Lake Foundation\n")
    assert ("River Foundation", "other") in orgs and ("Lake Foundation", "other") in orgs


def test_a_relative_clause_then_the_preposition_again_goes_on_with_the_list():
    orgs = _orgs("Projekt „Wspólny stół”\n\nProjekt „Wspólny stół” prowadzi Fundacja Otwarta Kuchnia "
                 "we współpracy z Fundacją Zielony Most, która rekrutuje rodziny, oraz z Domem Kultury "
                 "w Radomiu. Zapraszamy.")
    assert ("Fundacja Zielony Most", "partner") in orgs
    assert ("Dom Kultury w Radomiu", "partner") in orgs


def test_a_name_wrapped_after_its_seat_preposition_keeps_the_seat():
    from ngo_atlas.extract.names import capitalised_run

    text = "Miejski Ośrodek Pomocy Społecznej w\nRadomiu, który pomaga."
    a, b = capitalised_run(text, 0, len(text))
    assert text[a:b] == "Miejski Ośrodek Pomocy Społecznej w\nRadomiu"
    text = "Fundacja Otwarta Kuchnia\nZajęcia trwają."
    a, b = capitalised_run(text, 0, len(text))
    assert text[a:b] == "Fundacja Otwarta Kuchnia"


def test_associated_partners_are_partners():
    orgs = _orgs("Open Doors\n\nThe project \"Open Doors\" for refugee families is implemented by the Hill "
                 "Foundation.\n\nAssociated partners: Municipality of Graz; River Network of Migrant Youth.\n")
    assert ("Municipality of Graz", "partner") in orgs
    assert ("River Network of Migrant Youth", "partner") in orgs
    orgs = _orgs("Projekt „Otwarte drzwi”\n\nProjekt „Otwarte drzwi” prowadzi Fundacja Wzgórze.\n\n"
                 "Partnerzy stowarzyszeni: Gmina Miasto Opole\n")
    assert ("Gmina Miasto Opole", "partner") in orgs


def test_fields_run_on_after_a_semicolon_each_keep_their_own_value():
    from ngo_atlas.extract.labels import find_labels

    text = "Project partner: Lake Association; fund operator: River Foundation\nNext line."
    hits = {(h.key, h.value) for h in find_labels(text)}
    assert ("partner", "Lake Association") in hits
    assert ("operator", "River Foundation") in hits
    text = "Zajęcia: wtorek; środa i czwartek po południu.\n"
    assert all(h.key != "partner" for h in find_labels(text))
