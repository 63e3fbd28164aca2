"""PEOPLE3 (round 19): what a person's name cannot be, and lines that name a post's writer."""

from ngo_atlas.extract.labels import find_labels
from ngo_atlas.extract.people import find_people


def _names(text, lang="en"):
    return [p.name for p in find_people(text, 0, len(text), find_labels(text), lang)]


def test_a_quoted_title_after_an_author_cue_is_no_person():
    text = 'Authors of the handbook "After We Arrive": Tomasz Lis and Ewa Marek.\n'
    assert "After We Arrive" not in _names(text)


def test_a_school_number_cut_at_its_abbreviation_is_no_coordinator():
    text = "The classes are coordinated by\n• Secondary School No. 4 in the city.\n"
    assert not any(n and "School" in n for n in _names(text))


def test_a_foundation_with_a_romance_article_is_no_person():
    text = "Outreach coordinator at La Rete: Joanna Pilch\n"
    names = _names(text)
    assert "La Rete" not in names and "Joanna Pilch" in names


def test_an_english_name_the_dictionary_does_not_know_is_still_read():
    text = "Project coordinator: Siobhan Kearney\n"
    assert _names(text) == ["Siobhan Kearney"]


def test_a_posts_byline_names_no_project_person():
    text = ("Karolina Wrzos | 3 kwietnia 2025, 09:40 | 5 komentarzy\n"
            "Projekt koordynuje Tomasz Lis.\n")
    names = _names(text, "pl")
    assert "Karolina Wrzos" not in names and "Tomasz Lis" in names
    text = "Олена Гай · 2 березня 2024 · 4 хв читання\nКоординаторка проєкту: Ірина Бук\n"
    assert "Олена Гай" not in _names(text, "uk")


def test_a_name_in_a_row_of_names_with_no_date_stays():
    text = "Zespół projektu:\nKarolina Wrzos | Tomasz Lis\n"
    assert "Karolina Wrzos" in _names(text, "pl")


def test_a_name_written_again_in_the_other_script_is_one_person():
    text = "Консультации проводит юрист Мария Ковальская (Maria Kowalska) из нашего центра.\n"
    names = _names(text, "ru")
    assert "Maria Kowalska" not in names
    text = "Coordinator of the course: Olga Bondar (Ольга Бондар).\n"
    assert _names(text) == ["Olga Bondar"]


def _emails(text, lang="pl"):
    from ngo_atlas.extract.people import contact_emails

    return [p.email for p in contact_emails(text, 0, len(text), [])]


def test_a_mailbox_inviting_to_work_with_the_body_is_no_project_contact():
    assert _emails("Zapraszamy do współpracy z nami organizacje z regionu. Piszcie: wspolpraca@przyklad.org.pl\n") == []
    assert _emails("WANT TO WORK WITH US?\nWe look for trainers. Write to office@example.org\n", "en") == []
    assert _emails("Хотите сотрудничать с нами? Пишите: team@example.org\n", "ru") == []


def test_a_mailbox_for_the_projects_questions_stays():
    assert _emails("Pytania o zajęcia w projekcie: zajecia@przyklad.org.pl\n") == ["zajecia@przyklad.org.pl"]


def test_a_bodys_officer_named_for_the_office_is_no_project_person():
    text = ("Warsztaty poprowadzi trenerka Ewa Sowa.\n\nDyrektorka ośrodka\nHanna Klon\n")
    assert "Hanna Klon" not in _names(text, "pl")
    text = "Stopka: ul. Polna 3, Opole\nPrezes Zarządu: Adam Grab\n"
    assert "Adam Grab" not in _names(text, "pl")
    text = "Fundacja działa od 2010 roku. Dyrektorem fundacji jest Jan Buk.\n"
    assert "Jan Buk" not in _names(text, "pl")


def test_the_director_of_the_project_or_event_stays():
    text = "Dyrektor przeglądu: Jan Buk\n"
    assert "Jan Buk" in _names(text, "pl")
