"""Round 34 review: over-broad patterns of the round's rules, each with the text that showed it.
Texts in our own wording, not the sets'."""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _doc(text: str):
    return extract_document(Document("x.txt", "x.txt", text))


_ROWS = ("\n\n§ 1. Udziela się dotacji z budżetu Powiatu Sieradzkiego na realizację zadań publicznych, "
         "zgodnie z załącznikiem do uchwały.\n\n"
         "Lp. | Oferent | Tytuł zadania | Miejsce realizacji | Kwota dotacji\n"
         "1 | Fundacja Nowy Dom | Polski dla dorosłych cudzoziemców | Sieradz | 24 000,00 zł\n"
         "2 | Stowarzyszenie Sąsiedzi Razem | Festyn sąsiedzki dla rodzin z Ukrainy | Złoczew | 9 500,00 zł\n")


def test_one_tasks_name_after_pn_is_no_call():
    # FUND-Q: "zadania pn. „X”" in the konkurs sentence names one task, not the rows' call
    text = ("UCHWAŁA NR 77/25\nZARZĄDU POWIATU SIERADZKIEGO\n\n"
            "w sprawie rozstrzygnięcia otwartego konkursu ofert na realizację zadań publicznych w 2025 "
            "roku, w tym zadania pn. „Bezpieczny senior” realizowanego przez Fundację Nowy Dom" + _ROWS)
    assert {f.programme for p in _doc(text).projects for f in p.funding} == {None}


def test_a_payer_thanked_in_a_list_keeps_its_funder_role():
    # thankslist: "– Fundacji X za dofinansowanie" made the project's payer `other`
    text = ("Warsztaty kulinarne w Sieradzu\n\n"
            "W październiku Stowarzyszenie Kuchnia Razem zorganizowało cykl warsztatów kulinarnych. Projekt "
            "dofinansowała Fundacja Ziemi Sieradzkiej w ramach programu „Sąsiedzkie Mosty”.\n\n"
            "Dziękujemy:\n– Fundacji Ziemi Sieradzkiej za dofinansowanie projektu,\n"
            "– Polskiej Agencji Prasowej za relację z wydarzenia.\n")
    roles = {o.name: o.role for p in _doc(text).projects for o in p.organizations}
    assert roles["Fundacja Ziemi Sieradzkiej"] == "funder"
    assert roles["Polska Agencja Prasowa"] == "other"


def _people(text: str) -> dict[str, str]:
    return {p.name: p.role for p in _doc(text).projects[0].people if p.name}


def test_health_promotion_and_personal_finance_specialists_stay_experts():
    # back office: "ds. promocji" / "ds. finansów" is the project's own promotion or books, but
    # "promocji zdrowia" and "finansów osobistych" are expertise taught to the participants
    text = ("Fundacja Modrzewie\n\nSąsiedzka Przystań\n\n"
            "Fundacja Modrzewie realizuje projekt „Sąsiedzka Przystań” od marca 2023 r. "
            "Projekt jest finansowany przez Fundację Jarzębinową.\n\n"
            "Koordynatorka projektu: Halina Wrzos, h.wrzos@modrzewie.org.pl\n"
            "Specjalistka ds. promocji zdrowia: Maria Grzyb\n"
            "Specjalista ds. finansów osobistych: Jan Sowa\n"
            "Specjalistka ds. grantów: Olga Bór\n")
    people = _people(text)
    assert people["Maria Grzyb"] == "expert"
    assert people["Jan Sowa"] == "expert"
    assert people["Olga Bór"] == "other"


def test_a_project_told_above_a_list_of_the_other_ones_stays_a_record():
    # segment: the text above the first numbered item is the page's head only when the list
    # is not introduced as "the other ones"
    text = ("Stowarzyszenie Sąsiedzi Razem\nAktualności › Nasze działania\n\n"
            "Klub Sąsiada w Sieradzu\n"
            "Od marca 2024 r. Stowarzyszenie Sąsiedzi Razem prowadzi Klub Sąsiada dla rodzin z Ukrainy "
            "i Polski. Klub dofinansowała Gmina Miasta Sieradza kwotą 20 000 zł.\n\n"
            "Inne nasze inicjatywy w 2024 roku:\n\n"
            "1. „Ogródek sąsiedzki”\n"
            "Wspólne sadzenie warzyw z rodzinami z Ukrainy. Dofinansowanie: Fundacja Stół Różnorodności, "
            "8 000 zł.\n\n"
            "2. „Wieczory z kuchnią świata”\n"
            "Pięć spotkań kulinarnych w świetlicy osiedlowej. Dofinansowanie: Fundacja Ziemi Sieradzkiej, "
            "9 500 zł.\n")
    assert [p.title for p in _doc(text).projects][:1] == ["Klub Sąsiada w Sieradzu"]


def test_a_district_or_a_format_in_brackets_is_no_qualifier():
    # qualifiedtown: "(Centrum)" and "(Hybrid)" written twice are no part of the town's name
    # as "(Oder)" is
    from ngo_atlas.extract.qualifiedtown import qualifier_after
    text = "Lublin (Centrum), Lublin (Centrum); Kraków (Hybrid), Kraków (Hybrid); Frankfurt (Oder), Frankfurt (Oder)"
    assert qualifier_after(text, text.index(" (Centrum)"), "Lublin") is None
    assert qualifier_after(text, text.index(" (Hybrid)"), "Kraków") is None
    assert qualifier_after(text, text.index(" (Oder)"), "Frankfurt") == "Oder"
