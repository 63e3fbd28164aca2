"""ORGQ (round 29): two structural leftovers of organisation recall.

- A list of bodies goes on past what one item carries after its name: its bracket (an acronym,
  its name in another language) with its seat after it ("X (DeZIM) z Berlina oraz Y", "X (…)
  based in Oświęcim and the Y"), or its bracket and a relative clause ("X (…), która …, oraz z
  Y"; in Russian and Ukrainian with the list's preposition repeated, "…, а також з Y", and the
  pronoun after its noun, "студенты которого …, и Y").
- The body in whose premises the activities take place ("Zajęcia odbywają się w Szkole X",
  "Classes took place at the X Centre", "Зустрічі відбуваються в приміщенні Центру X") takes
  part as `other`; a town after the same words is no body.
"""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _orgs(text: str) -> dict[str, str]:
    return {o.name: o.role for p in extract_document(Document("x.txt", "x.txt", text)).projects
            for o in p.organizations}


# --- lists that go on past an item's bracket, seat or clause -----------------------------------

def test_pl_list_goes_on_past_a_bracket_and_seat():
    orgs = _orgs("Projekt „Wspólne podwórko” realizuje Fundacja Zielony Most od 2024 r.\n\n"
                 "Projekt prowadzimy w konsorcjum z Instytutem Badań Sąsiedzkich (IBS) z Wiednia "
                 "oraz ze Stowarzyszeniem Gmin Nadrzecznych.\n")
    assert orgs.get("Stowarzyszenie Gmin Nadrzecznych") == "partner"


def test_pl_list_goes_on_past_a_bracket_and_clause():
    orgs = _orgs("Projekt „Wspólne podwórko” realizuje Fundacja Zielony Most od 2024 r.\n\n"
                 "Działania prowadzimy we współpracy z Fundacją Nowy Brzeg (New Shore Foundation), "
                 "która prowadzi punkt porad, oraz z Powiatowym Centrum Pomocy Rodzinie w Nysie.\n")
    assert orgs.get("Powiatowe Centrum Pomocy Rodzinie w Nysie") == "partner"


def test_pl_lower_case_parish_after_a_clause():
    orgs = _orgs("Projekt „Wspólne podwórko” realizuje Fundacja Zielony Most od 2024 r.\n\n"
                 "Współpracujemy z Gminnym Ośrodkiem Kultury w Brzegu, który kieruje do nas rodziny, "
                 "oraz z parafią pw. św. Barbary.\n")
    assert orgs.get("Parafia pw. św. Barbary") == "partner"


def test_en_list_goes_on_past_a_gloss_and_its_seat():
    orgs = _orgs('The project "Open Yards" is run by the Green Bridge Foundation since 2024.\n\n'
                 "Partners include the Association of Riverside Towns (Stowarzyszenie Gmin Nadrzecznych) "
                 'based in Opole and the Foundation for Neighbourly Help "Hearth".\n')
    assert orgs.get("Foundation for Neighbourly Help Hearth") == "partner"


def test_ru_list_goes_on_past_a_clause_with_the_preposition_again():
    orgs = _orgs("Проект «Открытый двор» реализует Фонд «Зелёный мост» с 2024 года.\n\n"
                 "Мы работаем вместе с Ассоциацией соседской помощи (Stowarzyszenie Pomocy Sąsiedzkiej), "
                 "которая ведёт консультации, а также с Районным центром занятости в Ополе.\n")
    assert orgs.get("Районный центр занятости в Ополе") == "partner"


def test_ru_pronoun_after_its_noun():
    orgs = _orgs("Проект «Открытый двор» реализует Фонд «Зелёный мост» с 2024 года.\n\n"
                 "Нашими партнёрами были Опольский университет (Uniwersytet Opolski), студенты которого "
                 "вели занятия, и Городской культурный центр «Берег» в Нысе.\n")
    assert orgs.get("Опольский университет") == "partner"
    assert any(n.startswith("Городской культурный центр") and r == "partner" for n, r in orgs.items())


def test_uk_list_goes_on_past_a_clause_with_the_preposition_again():
    orgs = _orgs("Проєкт «Відкритий двір» реалізує Фундація «Зелений міст» з 2024 року.\n\n"
                 "Проєкт реалізовано у співпраці з Міським центром допомоги родині в Ополі "
                 "(Miejski Ośrodek Pomocy Rodzinie w Opolu), який направляв до нас родини, "
                 "а також з Опольським технічним університетом.\n")
    assert orgs.get("Опольський технічний університет") == "partner"


def test_pl_clause_then_a_person_ends_the_list():
    orgs = _orgs("Projekt „Wspólne podwórko” realizuje Fundacja Zielony Most od 2024 r.\n\n"
                 "Partnerem projektu jest Fundacja Nowy Brzeg (New Shore Foundation), która prowadzi "
                 "punkt porad, oraz Anna Kowalczyk.\n")
    assert orgs.get("Fundacja Nowy Brzeg") == "partner"
    assert not any("Kowalczyk" in n for n in orgs)


# --- the body where the activities take place -------------------------------------------------

def test_pl_activities_held_in_a_school_and_a_library():
    orgs = _orgs("Projekt „Wspólne podwórko” realizuje Fundacja Zielony Most od 2024 r.\n\n"
                 "Zajęcia odbywają się w Szkole Podstawowej nr 7 przy ul. Klonowej 3 oraz w Miejskiej "
                 "Bibliotece Publicznej w Nysie.\n")
    assert orgs.get("Szkoła Podstawowa nr 7") == "other"
    assert orgs.get("Miejska Biblioteka Publiczna w Nysie") == "other"


def test_pl_activities_held_in_a_body_seat():
    orgs = _orgs("Projekt „Wspólne podwórko” realizuje Fundacja Zielony Most od 2024 r.\n\n"
                 "Spotkania odbywały się w siedzibie Nyskiego Towarzystwa Przyjaciół Nauk.\n")
    assert orgs.get("Nyskie Towarzystwo Przyjaciół Nauk") == "other"


def test_en_classes_took_place_at_two_bodies():
    orgs = _orgs('The project "Open Yards" is run by the Green Bridge Foundation since 2024.\n\n'
                 "Classes took place at the Riverside Community Centre and at the Northern Hospital in Opole.\n")
    assert orgs.get("Riverside Community Centre") == "other"
    assert orgs.get("Northern Hospital") == "other"


def test_uk_meetings_in_a_centre_premises():
    orgs = _orgs("Проєкт «Відкритий двір» реалізує Фундація «Зелений міст» з 2024 року.\n\n"
                 "Зустрічі відбуваються в приміщенні Центру підтримки іноземців в Ополі.\n")
    assert any(n.startswith("Центр підтримки іноземців") and r == "other" for n, r in orgs.items())


def test_ru_classes_in_a_library():
    orgs = _orgs("Проект «Открытый двор» реализует Фонд «Зелёный мост» с 2024 года.\n\n"
                 "Занятия проходят в библиотеке «Читающий город» и в Центре поддержки соседей.\n")
    assert orgs.get("Центр поддержки соседей") == "other"


def test_towns_after_the_same_words_are_no_bodies():
    for text in ("Projekt „Wspólne podwórko” realizuje Fundacja Zielony Most od 2024 r.\n\n"
                 "Zajęcia odbywają się w Nysie i w Brzegu.\n",
                 'The project "Open Yards" is run by the Green Bridge Foundation since 2024.\n\n'
                 "Workshops took place in Opole and Nysa.\n",
                 "Проект «Открытый двор» реализует Фонд «Зелёный мост» с 2024 года.\n\n"
                 "Занятия проходят в Ополе, а консультации – онлайн.\n"):
        orgs = _orgs(text)
        assert all(r != "other" for r in orgs.values()), orgs
