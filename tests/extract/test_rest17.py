"""Round 17 (misses of unseen-a and unseen-b read as mechanisms, tested on our own wording)."""

from ngo_atlas.extract.people import mailbox_owner
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document, PersonRef


def _people(text: str) -> list[tuple[str | None, str, str | None]]:
    ex = extract_document(Document("t.txt", "t.txt", text))
    return sorted({(p.name, p.role, p.email) for r in ex.projects for p in r.people},
                  key=lambda x: (x[0] or "", x[2] or ""))


_PROJECT = ("Projekt „Wspólne podwórko” realizuje Fundacja Razem w Lublinie od marca 2024 r. "
            "Projekt jest finansowany przez Gminę Lublin.\n\n")


def test_a_person_given_with_her_address_is_whom_to_write_to():
    # a sign-up taken by a person whose mailbox follows her name: a contact, not a trainer
    text = _PROJECT + "Rejestrację na warsztaty obsługuje Halina Wrzos – warsztaty@razem.org.pl\n"
    assert ("Halina Wrzos", "contact", "warsztaty@razem.org.pl") in _people(text)


def test_a_coordinator_keeps_her_role_beside_her_address():
    text = _PROJECT + "Koordynatorka projektu: Halina Wrzos, h.wrzos@razem.org.pl\n"
    assert ("Halina Wrzos", "coordinator", "h.wrzos@razem.org.pl") in _people(text)


def test_an_address_under_its_own_label_is_no_field_of_the_last_team_member():
    text = (_PROJECT + "Zespół: Halina Wrzos (koordynatorka), Bogdan Lipa (analityk).\n"
            "Kontakt: sekretariat@razem.org.pl\n")
    got = _people(text)
    assert ("Bogdan Lipa", "expert", None) in got
    assert (None, "contact", "sekretariat@razem.org.pl") in got


def test_an_address_that_spells_a_name_is_that_persons_wherever_it_stands():
    text = (_PROJECT + "Zespół badawczy: dr Halina Wrzos, mgr Bogdan Lipa, Ewa Sosna\n\n"
            "Kontakt: hwrzos@razem.org.pl\n")
    got = _people(text)
    assert ("Halina Wrzos", "other", "hwrzos@razem.org.pl") in got or \
        any(n == "Halina Wrzos" and e == "hwrzos@razem.org.pl" for n, _r, e in got)
    assert not any(n == "Ewa Sosna" and e for n, _r, e in got)


def test_mailbox_owner_reads_initials_surnames_and_transliteration():
    people = [PersonRef("Łukasz Żółw", "coordinator"), PersonRef("Anna Nowak", "other")]
    assert mailbox_owner("l.zolw@x.pl", people) is people[0]
    assert mailbox_owner("anna.n@x.pl", people) is people[1]
    assert mailbox_owner("biuro@x.pl", people) is None


def test_only_a_label_of_its_own_starts_a_new_entry():
    from ngo_atlas.extract.people import _new_entry

    for text, new in (("Halina Wrzos\ne-mail: x@razem.org.pl", False),
                      ("Halina Wrzos\ntel. 81 000 00 00, x@razem.org.pl", False),
                      ("Halina Wrzos, x@razem.org.pl", False),
                      ("Halina Wrzos (trenerka).\nKontakt: x@razem.org.pl", True),
                      ("Halina Wrzos.\n\nBiuro czynne w dni robocze. Informacje: x@razem.org.pl", True)):
        assert _new_entry(text, len("Halina Wrzos"), text.index("x@")) is new, text


def test_the_projects_own_contact_block_with_a_postcode_is_no_page_furniture():
    text = ("Pomagamy rodzinom z Ukrainy w Radomiu.\n"
            "– kursy języka polskiego;\n"
            "– porady prawne.\n"
            "Kierowniczka projektu: Halina Wrzos, e-mail: h.wrzos@razem.org.pl\n"
            "Biuro projektu: ul. Długa 5, 26-600 Radom\n")
    from ngo_atlas.extract.boilerplate import mask

    assert "Halina Wrzos" in mask(text) and "26-600 Radom" in mask(text)


def test_the_publishers_address_block_is_still_furniture():
    text = ("Pomagamy rodzinom z Ukrainy w Radomiu od 2022 roku, prowadząc kursy i porady prawne "
            "dla dorosłych i dzieci w naszej siedzibie.\n"
            "Fundacja Razem\nul. Długa 5, 26-600 Radom\ntel. 48 000 00 00\n")
    from ngo_atlas.extract.boilerplate import mask

    assert "26-600" not in mask(text) and "Fundacja Razem" not in mask(text)


def test_a_card_line_giving_a_donations_sum_is_no_appeal():
    from ngo_atlas.extract.boilerplate import mask

    text = ("Nazwa zadania: Kuchnia sąsiedzka\nDarczyńca: Fundacja Miedziana\n"
            "Kwota darowizny: 12 500,00 zł\nOkres realizacji: 2024\n")
    assert "12 500,00 zł" in mask(text)
    appeal = "Twoja darowizna pomaga! Przekaż darowiznę: 12 1020 1234 0000 1234 5678 9012\n"
    assert "1020" not in mask(text + appeal)


def _roles(text: str) -> dict[str, str]:
    return {n: r for n, r, _e in _people(text) if n}


def test_the_head_of_another_unit_beside_the_projects_coordinator_has_another_role():
    text = _PROJECT + "Koordynatorka projektu: Anna Lis\nKierownik świetlicy: Jan Kot\n"
    assert _roles(text) == {"Anna Lis": "coordinator", "Jan Kot": "other"}
    text = _PROJECT + ("Projekt koordynuje Anna Lis, a dyżury psychologiczne pełni zespół "
                       "pod kierunkiem Jana Kota.\n")
    assert _roles(text)["Jan Kot"] == "other"


def test_the_head_of_the_unit_the_page_describes_is_its_coordinator_when_alone():
    text = _PROJECT + "Świetlica działa od poniedziałku do piątku. Kierownik świetlicy: ks. Jan Kot.\n"
    assert _roles(text) == {"Jan Kot": "coordinator"}


def test_a_list_after_a_plural_role_or_an_adjective_after_it_is_no_unit():
    text = _PROJECT + "Koordynatorzy: Anna Lis, Jan Kot\n"
    assert _roles(text) == {"Anna Lis": "coordinator", "Jan Kot": "coordinator"}
    text = _PROJECT + "Koordynatorka projektu: Anna Lis\nKoordynator merytoryczny: Jan Kot\n"
    assert _roles(text) == {"Anna Lis": "coordinator", "Jan Kot": "coordinator"}


def test_a_shorter_reading_inside_a_found_name_is_no_second_person():
    text = ("The project “Open Kitchen” is run by Fundacja Razem in Lublin.\n\n"
            "Project coordinator: Thu Pham Thi (thu.pham@razem.org.pl)\n")
    assert [n for n, _r, _e in _people(text) if n] == ["Thu Pham Thi"]


def test_a_foreign_bodys_name_under_a_person_label_is_no_person():
    text = _PROJECT + "Koordynator: Associazione Porta Aperta Onlus (Bari, Włochy)\n"
    assert _roles(text) == {}
    text = _PROJECT + "Partnerzy: Escuela Nueva de Sevilla (Hiszpania) oraz Fundacja Most.\n"
    assert _roles(text) == {}


def test_a_persons_name_before_a_bracket_or_a_comma_is_still_read():
    text = _PROJECT + "Koordynatorka: Maria Lopez (Fundacja Razem), tel. 600 000 000\n"
    assert _roles(text) == {"Maria Lopez": "coordinator"}


def test_an_office_under_a_contact_label_is_no_person_even_when_a_village_shares_its_name():
    from ngo_atlas.extract.people import _plain_name

    # "Oddział" is also a village in the dictionary; no first name opens with it
    assert _plain_name("Oddział Integracji Cudzoziemców", "pl") is None
    assert _plain_name("Ołena Hnatiuk", "pl") is not None


def _urls(text: str) -> list[str]:
    ex = extract_document(Document("t.txt", "t.txt", text))
    return [u.value for r in ex.projects for u in r.urls]


def test_a_bare_sub_site_after_a_page_noun_or_as_a_labels_value_is_the_projects_address():
    text = _PROJECT + "Plan zajęć znajdziesz na stronie podworko.razem.lublin.pl, zapraszamy.\n"
    assert _urls(text) == ["podworko.razem.lublin.pl"]
    text = _PROJECT + "Koordynatorka: Anna Lis\nMapa projektu: mapa.razem-lublin.pl\n"
    assert _urls(text) == ["mapa.razem-lublin.pl"]


def test_a_bare_portal_or_an_e_mail_host_is_no_projects_address():
    text = _PROJECT + "Harmonogram pojawi się na stronie lublin.eu, a zapisy pod adresem e-mail zapisy@razem.org.pl.\n"
    assert _urls(text) == []


def test_an_address_for_the_bodys_other_projects_is_not_this_ones():
    text = _PROJECT + "Kolejne projekty Fundacji znajdziesz na stronie www.razem.org.pl/projekty.\n"
    assert _urls(text) == []
    text = _PROJECT + "Więcej o projekcie: www.razem.org.pl/podworko\n"
    assert _urls(text) == ["www.razem.org.pl/podworko"]


def test_the_subject_of_an_active_verb_of_writing_a_publication_is_its_author():
    text = _PROJECT + ("Poradnik „Karta pobytu. Krok po kroku” napisali Olga Sowa i Marek Lis "
                       "we współpracy z dr. Janem Kosem z Uniwersytetu Lubelskiego.\n")
    assert _roles(text) == {"Olga Sowa": "author", "Marek Lis": "author", "Jan Kos": "author"}


def test_an_active_verb_with_no_publication_makes_no_author():
    text = _PROJECT + "Na spotkanie obiad przygotowała Olga Sowa z Koła Gospodyń.\n"
    assert _roles(text).get("Olga Sowa") != "author"


def test_a_cue_written_as_a_label_reads_a_name_the_dictionary_lacks_and_each_bracket_gives_its_role():
    text = _PROJECT + "Za projekt odpowiadali: Trần Văn Hùng (koordynator) i Ola Wrzos (wolontariuszka).\n"
    assert _roles(text) == {"Trần Văn Hùng": "coordinator", "Ola Wrzos": "other"}


def test_an_acronym_under_a_role_label_is_a_body():
    text = _PROJECT + "Lider projektu: IOM Polska\n"
    assert _roles(text) == {}


def _places(text: str, lang: str = "pl") -> list[str]:
    from ngo_atlas.extract.places import find_places

    return [t.value for t in find_places(text, 0, len(text), [], lang)]


def test_a_country_a_study_visit_goes_to_is_a_place():
    assert "Norwegia" in _places("Kadra świetlic pojedzie na wizytę szkoleniową w Norwegii.")
    assert "Norwegia" in _places("W programie są warsztaty oraz wyjazd szkoleniowy do Norwegii.")


def test_a_country_named_in_passing_is_still_no_place():
    assert "Norwegia" not in _places("Model wypracowany w Norwegii jest dla nas inspiracją.")


def test_a_verb_of_going_to_a_town_names_a_place_in_cyrillic_as_in_polish():
    assert _places("Одного разу волонтери поїхали до Сянока і прибирали парк.", "uk") == ["Сянок"]
    assert _places("Весной семьи приехали в Люблин из Харькова.", "ru") == ["Люблин"]


def test_setting_about_the_projects_implementation_in_the_past_says_it_runs():
    from ngo_atlas.extract.status import find_status

    for text in ("W marcu gmina przystąpiła do realizacji projektu „Razem”. Projekt zostanie zakończony w 2027 r.",
                 "Весной фонд приступил к реализации проекта. Проект будет завершен в 2026 году.",
                 "Навесні громада приступила до реалізації проєкту «Разом»."):
        found = find_status(text, 0, len(text), [])
        assert found and found[0] == "ongoing", text
