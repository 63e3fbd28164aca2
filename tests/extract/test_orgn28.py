"""ORGN (round 28): two structural leftovers of the organisation readers.

- A list of bodies whose items open with an arrow ("›", "→") and close with a comma, under a
  clause that introduces it ("Współpracowaliśmy z:"), is one sentence's list, not a run of
  links to the site's other posts; a run of arrowed headlines ("Czytaj także:\n› …") still is.
- A heading of bodies ("KONSORCJUM", "Partners", "Партнери") over a one-line introduction
  ("Każdy z członków odpowiada za swoją część:") gives its role to the cards under it
  (a body's name on its line, what it does under it, a blank line before the next).
"""
from ngo_atlas.extract.boilerplate import mask
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _orgs(text: str) -> dict[str, str]:
    return {o.name: o.role for p in extract_document(Document("x.txt", "x.txt", text)).projects
            for o in p.organizations}


# --- arrowed lists of a sentence --------------------------------------------------------------

def test_pl_arrowed_partners_stay_in_the_text():
    text = ("Projekt „Porady bez granic”\n\n"
            "Od marca 2024 r. Fundacja Jasny Próg prowadzi projekt „Porady bez granic”: dyżury "
            "prawne dla cudzoziemców w Opolu.\n\n"
            "Współpracowaliśmy z:\n"
            "› Okręgową Izbą Adwokacką w Opolu – adwokaci prowadzili dyżury,\n"
            "› Stowarzyszeniem Tłumaczy Przysięgłych – tłumaczki pomagały przy pismach,\n"
            "› Miejską Biblioteką Publiczną w Opolu, która udostępniła salę.\n")
    masked = mask(text)
    assert "Okręgową Izbą Adwokacką" in masked and "Stowarzyszeniem Tłumaczy" in masked
    orgs = _orgs(text)
    assert orgs.get("Okręgowa Izba Adwokacka w Opolu") == "partner"
    assert orgs.get("Stowarzyszenie Tłumaczy Przysięgłych") == "partner"


def test_en_arrowed_partners_stay_in_the_text():
    text = ("Project Open Counter\n\n"
            "Since March 2024 the Harbour Foundation has run the project Open Counter, legal advice "
            "for migrants in Gdańsk.\n\n"
            "We worked with:\n"
            "→ Pomeranian Bar Association, whose lawyers held the duty hours,\n"
            "→ Baltic Interpreters Association, which translated letters.\n")
    masked = mask(text)
    assert "Pomeranian Bar Association" in masked and "Baltic Interpreters Association" in masked
    orgs = _orgs(text)
    assert orgs.get("Pomeranian Bar Association") == "partner"


def test_uk_arrowed_list_is_not_masked():
    text = ("Проєкт «Відкриті двері»\n\n"
            "Ми співпрацювали з:\n"
            "› Фундацією «Світлий дім» у Любліні – консультації,\n"
            "› Товариством «Сусіди» – курси мови.\n")
    masked = mask(text)
    assert "Фундацією «Світлий дім»" in masked and "Товариством «Сусіди»" in masked


def test_ru_arrowed_list_is_not_masked():
    text = ("Проект «Открытые двери»\n\n"
            "Мы сотрудничали с:\n"
            "› Фондом «Светлый дом» в Люблине – консультации,\n"
            "› Обществом «Соседи» – курсы языка.\n")
    masked = mask(text)
    assert "Фондом «Светлый дом»" in masked and "Обществом «Соседи»" in masked


def test_arrowed_headlines_are_still_links():
    text = ("Projekt „Porady bez granic”\n\n"
            "Fundacja Jasny Próg prowadzi dyżury prawne dla cudzoziemców w Opolu.\n\n"
            "Czytaj także:\n"
            "› Fundacja Nowy Brzeg otwiera punkt w Nysie\n"
            "› Stowarzyszenie Most zaprasza na kurs języka\n")
    masked = mask(text)
    assert "Fundacja Nowy Brzeg" not in masked and "Stowarzyszenie Most" not in masked
    assert "Fundacja Nowy Brzeg" not in _orgs(text)


# --- a heading, its introduction, then cards ---------------------------------------------------

def test_pl_heading_intro_then_cards():
    text = ("Projekt „Wspólna Droga”\n\n"
            "Projekt od 1 lutego 2024 r. realizuje Fundacja Jasny Próg.\n\n"
            "KONSORCJUM\n\n"
            "Każdy z członków konsorcjum prowadzi własną część projektu:\n\n"
            "Fundacja Zielony Most (Kielce)\n"
            "Prowadzi punkt porad i kursy języka polskiego dla dorosłych.\n\n"
            "Stowarzyszenie Pomocna Dłoń (Radom)\n"
            "Organizuje dyżury psychologa i grupy wsparcia dla matek.\n\n"
            "Fundacja Nowy Horyzont (Sandomierz)\n"
            "Odpowiada za zajęcia dla dzieci w świetlicy.\n")
    orgs = _orgs(text)
    assert orgs.get("Stowarzyszenie Pomocna Dłoń") == "member"
    assert orgs.get("Fundacja Nowy Horyzont") == "member"


def test_en_heading_intro_then_cards():
    text = ("Project Shared Table\n\n"
            "The Bay Foundation runs the project from February 2024 to January 2026.\n\n"
            "Partners\n\n"
            "Three organisations share the work of the project.\n\n"
            "Harbour Foundation (Gdańsk)\n"
            "Runs the advice point and the language classes for adults.\n\n"
            "Riverside Association (Toruń)\n"
            "Holds the psychologist's hours and the support groups.\n")
    orgs = _orgs(text)
    assert orgs.get("Harbour Foundation") == "partner"
    assert orgs.get("Riverside Association") == "partner"


def test_uk_heading_intro_then_cards():
    text = ("Проєкт «Спільний стіл»\n\n"
            "Проєкт з лютого 2024 року реалізує Фундація «Ясний дім».\n\n"
            "Партнери\n\n"
            "Кожен партнер відповідає за свою частину проєкту:\n\n"
            "Фундація «Зелений міст» (Кельце)\n"
            "Веде пункт консультацій і курси польської мови для дорослих.\n\n"
            "Товариство «Добрі сусіди» (Радом)\n"
            "Організовує чергування психолога і групи підтримки для матерів.\n")
    orgs = _orgs(text)
    assert orgs.get("Товариство «Добрі сусіди»", orgs.get("Товариство Добрі сусіди")) == "partner"


def test_ru_heading_intro_then_cards():
    text = ("Проект «Общий стол»\n\n"
            "Проект с февраля 2024 года реализует Фонд «Ясный дом».\n\n"
            "Партнёры\n\n"
            "Каждый партнёр отвечает за свою часть проекта:\n\n"
            "Фонд «Зелёный мост» (Кельце)\n"
            "Ведёт пункт консультаций и курсы польского языка для взрослых.\n\n"
            "Общество «Добрые соседи» (Радом)\n"
            "Организует дежурства психолога и группы поддержки для матерей.\n")
    orgs = _orgs(text)
    assert orgs.get("Общество «Добрые соседи»", orgs.get("Общество Добрые соседи")) == "partner"


def test_heading_over_prose_gives_no_cards():
    text = ("Projekt „Wspólna Droga”\n\n"
            "Projekt realizuje Fundacja Jasny Próg od 1 lutego 2024 r.\n\n"
            "Partnerzy\n\n"
            "Szukamy partnerów wśród szkół i bibliotek.\n\n"
            "Kursy języka polskiego\n"
            "Prowadzimy je we wtorki i czwartki w dwóch grupach.\n\n"
            "Dyżury prawnika\n"
            "Odbywają się w każdą środę od 16:00.\n")
    orgs = _orgs(text)
    assert "Kursy języka polskiego" not in orgs and "Dyżury prawnika" not in orgs


# --- lead labels in every language; the seat after the body's name ---------------------------

def _leads(text: str) -> set[str]:
    return {n for n, r in _orgs(text).items() if r == "lead"}


def test_uk_lead_label_forms():
    for label in ("Керівна організація", "Реалізатор"):
        text = ("Проєкт «Спільний стіл»\n\n"
                f"{label}: Фундація «Ясний дім»\n"
                "Партнер: Товариство «Добрі сусіди»\n"
                "Термін реалізації: 01.02.2024 – 31.01.2026\n")
        assert any("Ясний дім" in n for n in _leads(text)), label


def test_ru_lead_label_form():
    text = ("Проект «Общий стол»\n\n"
            "Ведущая организация: Фонд «Ясный дом»\n"
            "Партнёр: Общество «Добрые соседи»\n"
            "Срок реализации: 01.02.2024 – 31.01.2026\n")
    assert any("Ясный дом" in n for n in _leads(text))


def test_en_lead_applicant_with_its_seat():
    text = ("Project Shared Table\n\n"
            "Lead applicant: Harbour Foundation, Gdańsk, Poland\n"
            "Partner: Riverside Association\n"
            "Duration: 1 February 2024 – 31 January 2026\n")
    leads = _leads(text)
    assert "Harbour Foundation" in leads
    assert "Gdańsk" not in _orgs(text) and "Poland" not in _orgs(text)


def test_pl_lead_label_form():
    text = ("Projekt „Wspólny Stół”\n\n"
            "Organizacja wiodąca: Fundacja Jasny Próg, Kielce\n"
            "Partner: Stowarzyszenie Dobrzy Sąsiedzi\n"
            "Okres realizacji: 01.02.2024 – 31.01.2026\n")
    assert "Fundacja Jasny Próg" in _leads(text)
    assert "Kielce" not in _orgs(text)


def test_second_body_in_a_label_stays():
    text = ("Projekt „Wspólny Stół”\n\n"
            "Realizator: Fundacja Jasny Próg\n"
            "Partnerzy: Stowarzyszenie Dobrzy Sąsiedzi, Gmina Kielce\n"
            "Okres realizacji: 01.02.2024 – 31.01.2026\n")
    orgs = _orgs(text)
    assert orgs.get("Gmina Kielce") == "partner" and orgs.get("Stowarzyszenie Dobrzy Sąsiedzi") == "partner"
