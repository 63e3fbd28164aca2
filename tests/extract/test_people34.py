"""PEOPLE (round 34): a specialist of the project's back office ("specjalistka ds. rozliczeń",
"specjalista ds. wolontariatu", "… ds. monitoringu") is staff with no expertise to pass on: her
role is "other", not "expert", whether her job is a list's key, stands after her name after a
dash or a comma, or in a bracket (also one wrapped after "ds."). A specialist of a field that is
expertise ("ds. szkoleń", "ds. pomocy prawnej", "ds. ewaluacji") stays an expert. Texts in our
own wording, not the sets'."""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _people(text: str) -> dict[str, str]:
    projects = extract_document(Document("x.txt", "x.txt", text)).projects
    assert projects, "no record"
    return {p.name: p.role for p in projects[0].people if p.name}


def _pl(lines: str) -> str:
    return ("Fundacja Modrzewie\n\nSąsiedzka Przystań\n\n"
            "Fundacja Modrzewie realizuje projekt „Sąsiedzka Przystań” od marca 2023 r. "
            "Projekt jest finansowany przez Fundację Jarzębinową.\n\n"
            "Koordynatorka projektu: Halina Wrzos, h.wrzos@modrzewie.org.pl\n"
            + lines + "\n")


def test_keyed_back_office_specialist_is_other():
    people = _people(_pl("Specjalistka ds. rozliczeń: Dorota Płaczek\nPsycholożka: Olha Sadowa"))
    assert people.get("Dorota Płaczek") == "other"
    assert people.get("Olha Sadowa") == "expert"
    assert people.get("Halina Wrzos") == "coordinator"


def test_dashed_key_of_volunteering():
    people = _people(_pl("Specjalista ds. wolontariatu – Marek Dereń"))
    assert people.get("Marek Dereń") == "other"


def test_job_after_the_name():
    people = _people(_pl("W zespole pracują także Zofia Kruk – specjalistka ds. monitoringu, "
                         "oraz Ołena Sadowa – prawniczka."))
    assert people.get("Zofia Kruk") == "other"
    assert people.get("Ołena Sadowa") == "expert"


def test_bracket_wrapped_after_the_marker():
    # (a text from a PDF: the list runs on past its label's line)
    people = _people(_pl("Zespół projektu: Halina Wrzos (koordynatorka),\n"
                         "Barbara Lis (doradczyni zawodowa), Tomasz Wilk (specjalista ds.\n"
                         "rozliczeń)."))
    assert people.get("Tomasz Wilk") == "other"
    assert people.get("Barbara Lis") == "expert"


def test_expertise_domains_stay_expert():
    people = _people(_pl("Specjalistka ds. szkoleń: Maria Grzyb\nSpecjalista ds. pomocy prawnej: Jan Sowa"))
    assert people.get("Maria Grzyb") == "expert"
    assert people.get("Jan Sowa") == "expert"


def test_earlier_item_on_the_line_does_not_leak():
    # the back-office domain of the first key is not the second key's
    people = _people(_pl("Specjalistka ds. rozliczeń: Dorota Płaczek; trenerka: Maria Grzyb"))
    assert people.get("Maria Grzyb") == "expert"


def test_counsellor_of_finances_and_intercultural_communication_stay_expert():
    # who counsels the participants on their money, or teaches intercultural communication
    people = _people(_pl("Doradczyni ds. finansów osobistych: Maria Grzyb\n"
                         "Specjalista ds. komunikacji międzykulturowej: Jan Sowa"))
    assert people.get("Maria Grzyb") == "expert"
    assert people.get("Jan Sowa") == "expert"
