"""Organisations of the thirteenth round: a network's members listed after a verb of
belonging or a count of its makers, with or without a colon, in every language."""

from ngo_atlas.extract.labels import find_labels
from ngo_atlas.extract.organisations import find_organisations, merge_orgs


def _orgs(text: str, lang: str = "pl") -> list[tuple[str, str]]:
    return [(o.name, o.role) for o in merge_orgs(find_organisations(text, 0, len(text), find_labels(text), lang))]


def test_members_after_belonging_verb_with_no_colon():
    text = ("Porozumienie działa od 2019 roku. Do porozumienia należą między innymi Fundacja Zielony Most, "
            "Parafia Rzymskokatolicka w Pile i Klub Sportowy Orzeł. Spotykamy się co miesiąc.")
    got = _orgs(text)
    assert ("Fundacja Zielony Most", "member") in got
    assert ("Parafia Rzymskokatolicka w Pile", "member") in got
    assert ("Klub Sportowy Orzeł", "member") in got


def test_members_after_a_count_of_bodies_and_a_long_clause():
    text = ("Federacja zrzesza 3 stowarzyszenia z Podlasia, które od lat wspierają osoby uchodźcze "
            "w regionie: Stowarzyszenie Dobry Sąsiad, Fundacja Przystań oraz Centrum Wolontariatu w Łomży.")
    got = _orgs(text)
    assert ("Stowarzyszenie Dobry Sąsiad", "member") in got
    assert ("Fundacja Przystań", "member") in got
    assert ("Centrum Wolontariatu w Łomży", "member") in got


def test_members_counted_then_listed_on_the_next_line():
    text = "Koalicję współtworzy 3 organizacji:\nFundacja Alfa (Opole), Stowarzyszenie Beta oraz Fundacja Gamma.\n"
    got = _orgs(text)
    assert {("Fundacja Alfa", "member"), ("Stowarzyszenie Beta", "member"), ("Fundacja Gamma", "member")} <= set(got)


def test_members_in_russian_and_english():
    ru = "В сеть входят Фонд «Открытый диалог» и Ассоциация «Наш дом»."
    got = _orgs(ru, "ru")
    assert any(r == "member" and "Открытый диалог" in n for n, r in got)
    en = "Members of the coalition are the Warsaw Legal Clinic Foundation and the Association Homo Faber."
    got = _orgs(en, "en")
    assert ("Warsaw Legal Clinic Foundation", "member") in got
    assert ("Association Homo Faber", "member") in got


def test_a_list_of_tasks_after_belonging_gives_no_members():
    text = "Do zadań sieci należą m.in. Dyżury prawne, Kursy języka polskiego i Spotkania sąsiedzkie."
    assert not any(r == "member" for _n, r in _orgs(text))


def _page_orgs(text: str, lang: str = "pl") -> list[tuple[str, str]]:
    from ngo_atlas.extract.pipeline import extract_document
    from ngo_atlas.model import Document

    x = extract_document(Document(source="t.txt", name="t.txt", text=text, language=lang))
    return [(o.name, o.role) for p in x.projects for o in p.organizations]


_OWNER_PAGE = ("Przedszkole Miejskie nr 7 w Lesznie\n\n"
               "Projekt „Wszystkie dzieci są nasze”\n\n"
               "{body} Projekt trwa od 1 marca 2025 r. do 30 czerwca 2026 r. i jest finansowany "
               "przez Gminę Miejską Leszno.\n")


def test_publisher_that_speaks_in_a_first_person_verb_runs_the_project():
    text = _OWNER_PAGE.format(body="Od marca organizujemy zajęcia adaptacyjne dla dzieci z Ukrainy.")
    assert ("Przedszkole Miejskie nr 7 w Lesznie", "lead") in _page_orgs(text)


def test_publisher_that_speaks_with_a_possessive_runs_the_project():
    text = _OWNER_PAGE.format(body="Do naszego przedszkola uczęszcza 14 dzieci z Ukrainy i Gruzji.")
    assert ("Przedszkole Miejskie nr 7 w Lesznie", "lead") in _page_orgs(text)


def test_plural_nouns_and_names_are_no_first_person():
    from ngo_atlas.extract.firstperson import speaks_as_we

    assert speaks_as_we("Programy i problemy tej zimy omówiono w Klubie „Nasz Dom”.", "pl") is None
    assert speaks_as_we("Zapraszamy na spotkanie.", "pl") is not None
    # the header alone, with no first person, does not make the publisher the runner
    text = _OWNER_PAGE.format(body="Zajęcia adaptacyjne odbywają się we wtorki.")
    assert not any(r == "lead" and n.startswith("Przedszkole") for n, r in _page_orgs(text))


def test_programme_heading_is_no_publisher():
    text = ("Program „Razem w Gnieźnie” 2024–2025\n\n"
            "Program jest realizowany od 1 lutego 2024 r. do 31 grudnia 2025 r. Wspieramy w nim "
            "inicjatywy sąsiedzkie na rzecz cudzoziemców.\n")
    assert not any(n.startswith("Program") for n, _r in _page_orgs(text))


def test_body_money_passes_through_is_other():
    text = ("Stowarzyszenie Razem z Gorlic prowadzi klub dla dzieci. Środki na ten cel przekazał "
            "Fundusz Sąsiedzki za pośrednictwem Fundacji Karpacki Most.")
    assert ("Fundacja Karpacki Most", "other") in _orgs(text)
    text = "Wnioski można składać za pośrednictwem Fundacji Karpacki Most do końca maja."
    assert not any(n == "Fundacja Karpacki Most" for n, _r in _orgs(text))  # no money in the sentence


def test_eu_commission_in_the_disclaimer_is_no_body_of_the_project():
    text = ("Fundacja Dom Sąsiedzki prowadzi kursy w Ełku.\n\nSfinansowane ze środków Unii Europejskiej. "
            "Wyrażone poglądy są jedynie opiniami autora i nie muszą odzwierciedlać poglądów Unii "
            "Europejskiej lub Komisji Europejskiej.")
    assert not any("Komisja" in n for n, _r in _orgs(text))
    text = ("Fundacja Dom Sąsiedzki prowadzi kursy w Ełku.\n\nTreść nie odzwierciedla z konieczności "
            "stanowisko Unii Europejskiej lub Europejskiej Agencji Wykonawczej ds. Edukacji i Kultury (EACEA).")
    # (an agency named only in the disclaimer takes no part either: see test_org15)
    assert not any("Agencja Wykonawcza" in n for n, _r in _orgs(text))


def test_partner_heading_with_no_colon_gives_each_line_under_it():
    text = ("Partnerzy projektu\n\nMiejski Ośrodek Kultury w Chełmie\nStowarzyszenie Dobry Sąsiad\n\n"
            "Opis: zajęcia dla dzieci.\n")
    got = _orgs(text)
    assert ("Miejski Ośrodek Kultury w Chełmie", "partner") in got
    assert ("Stowarzyszenie Dobry Sąsiad", "partner") in got


def test_cyrillic_partner_value_splits_at_any_capital_and_ends_with_its_sentence():
    text = ("Проект ведёт Фонд «Мост». Партнёры проекта – Люблинский университет и Город Хелм. "
            "В Хелме и Замосцье будут работать пункты консультаций.")
    got = _orgs(text, "ru")
    assert ("Люблинский университет", "partner") in got
    assert ("Город Хелм", "partner") in got
    assert not any("Замос" in n or "консульт" in n for n, _r in got)


def test_numbered_grantee_line_above_the_task_title_label_leads():
    from ngo_atlas.extract.organisations import grantee_before_title

    text = ("Wyniki konkursu:\n\n1. Stowarzyszenie Bałuckie Forum\nNazwa zadania: „Bałuty bez granic”\n"
            "Kwota: 20 000 zł\n")
    o = grantee_before_title(text, text.index("Bałuty bez"), "pl")
    assert o is not None and (o.name, o.role) == ("Stowarzyszenie Bałuckie Forum", "lead")
    # a sentence above the label is no grantee line
    text = "Umowę podpisało Stowarzyszenie Bałuckie Forum.\nNazwa zadania: „Bałuty bez granic”\n"
    assert grantee_before_title(text, text.index("Bałuty bez"), "pl") is None


def test_operator_after_a_nominative_fund_and_a_comma_is_other():
    text = ("Stowarzyszenie Brzozowy Gaj prowadzi klub sąsiedzki. Projekt wspiera Fundusz Lokalny "
            "im. Jana Nowaka, zarządzany przez Fundację Rozwoju Wsi, kwotą 15 000 zł.")
    assert ("Fundacja Rozwoju Wsi", "other") in _orgs(text)


def test_listed_body_whose_relative_clause_makes_it_the_lead():
    text = ("Koalicję tworzą 3 organizacje: Stowarzyszenie Dobra Wola, Fundacja Otwarte Drzwi oraz "
            "Fundacja Nowy Dom, która pełni rolę lidera i rozlicza dotację.")
    got = _orgs(text)
    assert ("Fundacja Nowy Dom", "lead") in got
    assert ("Fundacja Otwarte Drzwi", "member") in got
    en = "Partners: Foundation Open Door and Association Good Will, which acts as the lead partner."
    assert ("Association Good Will", "lead") in _orgs(en, "en")


def test_bare_head_before_the_verb_names_no_body():
    ru = "Проект вёл Фонд «Солнечный берег». Центр работал в Сопоте, а также проводил выездные консультации."
    got = _orgs(ru, "ru")
    assert not any(n.startswith("Центр") for n, _r in got)
    # the bare head is the object; the body after the verb runs it
    pl = "Świetlicę prowadziła Fundacja Dobrego Startu we współpracy z Parafią św. Anny w Ełku."
    assert ("Fundacja Dobrego Startu", "lead") in _orgs(pl)
    pl = "Przez rok działały kursy. Klub prowadził Gorzowski Instytut Kultury we współpracy z biblioteką."
    got = _orgs(pl)
    assert ("Gorzowski Instytut Kultury", "lead") in got and not any(n == "Klub" for n, _r in got)
