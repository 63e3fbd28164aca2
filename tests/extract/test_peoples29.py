"""Round 29, people (PEOPLES): a foreign name that is a key's whole value at a line's start
("Umawia: Iryna X, tel. …", "Informacje po ukraińsku: Oksana Y", "Evaluation lead: Svitlana Z
(…)") is a person in the project, the key vouching for it as a role word does; the key's own
words may name her role (whom to ask for information is the contact). A name in a sentence, a
credit, a board office or a body's name stays out (texts in our own wording, not the sets')."""

from ngo_atlas.extract.keyslot import slot_key
from people_texts import EN as _EN, PL as _PL, RU as _RU, UK as _UK, people_roles as _people


def test_polish_foreign_names_after_keys():
    r = _people(_PL + "Umawia: Iryna Hordiyenko, tel. 61 222 33 44\n"
                "Informacje po ukraińsku i rosyjsku: Svitlana Melnychuk.\n")
    assert r.get("Iryna Hordiyenko") == "other"
    assert r.get("Svitlana Melnychuk") == "contact"


def test_polish_key_with_a_bullet_and_a_bracket():
    r = _people(_PL + "• Współpraca z partnerem z Litwy: Oleksandra Zoller (Verein e.V.)\n")
    assert r.get("Oleksandra Zoller") == "other"


def test_english_foreign_name_after_a_key():
    r = _people(_EN + "Outreach in Ukrainian: Svitlana Horbachuk (Our House)\n"
                "Information in Russian: Iryna Tkachuk, +48 600 100 200\n")
    assert r.get("Svitlana Horbachuk") == "other"
    assert r.get("Iryna Tkachuk") == "contact"


def test_ukrainian_and_russian_pages_latin_names_after_keys():
    uk = _people(_UK + "Інформація для батьків: Iryna Hordiyenko, tel. 61 222 33 44\n")
    assert uk.get("Iryna Hordiyenko") == "contact"
    ru = _people(_RU + "Информация по-польски: Oksana Tkachuk.\n")
    assert ru.get("Oksana Tkachuk") == "contact"


def test_foreign_name_in_a_sentence_or_credit_stays_out():
    r = _people(_PL + "Na spotkanie przyszła też Iryna Hordiyenko z sąsiedztwa.\n"
                "Fot.: Svitlana Melnychuk\n"
                "Prezes Zarządu: Oksana Tkachuk\n")
    assert "Iryna Hordiyenko" not in r
    assert "Svitlana Melnychuk" not in r
    assert "Oksana Tkachuk" not in r


def test_slot_needs_a_key_at_the_line_start_and_an_end_after_the_name():
    t = ("Umawia: Iryna Hordiyenko, tel. 1\n9:30 Otwarcie – Iryna Hordiyenko\n"
         "Gość Iryna Hordiyenko mówi\n")
    a = t.find("Iryna")
    assert slot_key(t, a, a + 16) == "Umawia"
    b = t.find("Iryna", a + 1)
    assert slot_key(t, b, b + 16) is None  # a time is no key
    c = t.find("Iryna", b + 1)
    assert slot_key(t, c, c + 16) is None  # no separator before the name


def test_key_after_a_sentence_needs_a_colon():
    r = _people(_PL + "Zapraszamy w środy. Informacje po ukraińsku: Iryna Hordiyenko.\n"
                "To było dla nas ważne – Oksana Tkachuk, mieszkanka Wildy.\n")
    assert r.get("Iryna Hordiyenko") == "contact"
    assert "Oksana Tkachuk" not in r


def test_a_job_named_after_information_is_no_contact_key():
    r = _people(_EN + "Information Officers: Oleksandra Hordiyenko\n")
    assert r.get("Oleksandra Hordiyenko") != "contact"


def test_polish_coordinator_as_the_copulas_subject_with_a_qualifier():
    r = _people(_PL + "Koordynatorem projektu po stronie Domu Kultury Wilda jest\n"
                "Marek Zalewski (m.zalewski@dkwilda.pl).\n"
                "Osobą odpowiedzialną za koordynację projektu w gminie jest pani Ewa Lipska, "
                "e.lipska@gmina.pl.\n")
    assert r.get("Marek Zalewski") == "coordinator"
    assert r.get("Ewa Lipska") == "coordinator"


def test_english_ukrainian_russian_coordinator_with_a_qualifier():
    assert _people(_EN + "The project coordinator in Gniezno is Teresa Walczak (t.walczak@x.org).\n"
                   ).get("Teresa Walczak") == "coordinator"
    assert _people(_UK + "Координаторкою проєкту у Познані є Олена Марченко (o.m@x.org).\n"
                   ).get("Олена Марченко") == "coordinator"
    assert _people(_RU + "Координатором проекта в Познани является Ольга Марченко.\n"
                   ).get("Ольга Марченко") == "coordinator"


def test_no_coordinator_without_the_role_word_or_the_copula():
    r = _people(_PL + "W projekcie po stronie szkoły jest pani Ewa Lipska, e.lipska@szkola.pl.\n"
                "Koordynatorką projektu w szkole jest nauczycielka, a zajęcia prowadzi Marek Zalewski.\n")
    assert r.get("Ewa Lipska") != "coordinator"
    assert r.get("Marek Zalewski") != "coordinator"
