"""ROLEQ (round 32): a team's list whose items open with their own keys ("Team: coordinator X;
lawyers Y and Z", "Zespół: koordynacja – X; prawnicy Fundacji W – Y i Z", "Команда проєкту:
координаторка – X, юристка Y"): each person takes the part her item's key names, not the team's
bare membership (other). Texts in our own wording, not the sets'."""
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _people(text: str) -> dict[str, str]:
    projects = extract_document(Document("x.txt", "x.txt", text)).projects
    assert projects, "no record"
    return {p.name: p.role for p in projects[0].people if p.name}


def _pl(team_line: str) -> str:
    return ("Stowarzyszenie Jarzębina\n\nSąsiedzka Przystań\n\n"
            "Stowarzyszenie Jarzębina realizuje projekt „Sąsiedzka Przystań” od marca 2023 r. "
            "Projekt jest finansowany przez Fundację Modrzewiową.\n\n" + team_line + "\n")


def test_polish_coordination_key_and_plural_profession_with_a_body():
    people = _people(_pl("Zespół projektu: koordynacja – Halina Wrzos (SJ); prawnicy Fundacji Lipowej – "
                         "Marek Dereń i Zofia Kruk; animatorka – Ołena Sadowa."))
    assert people.get("Halina Wrzos") == "coordinator"
    assert people.get("Marek Dereń") == "expert"
    assert people.get("Zofia Kruk") == "expert"
    assert people.get("Ołena Sadowa") == "other"  # a key that names no expertise: the team's part


def test_polish_programme_coordinator_key_with_an_address():
    people = _people(_pl("Zespół: koordynatorka programu – Teresa Grab (t.grab@jarzebina.org.pl); "
                         "psycholożka – Iwona Kalina."))
    assert people.get("Teresa Grab") == "coordinator"  # her address makes no contact of her
    assert people.get("Iwona Kalina") == "expert"


def test_english_keys_before_the_names():
    text = ("Rowan Association\n\nNeighbourly Harbour\n\nThe Rowan Association runs the project "
            "\"Neighbourly Harbour\" since March 2023. The project is funded by the Larch Foundation.\n\n"
            "Team: coordinator Helen Marsh (h.marsh@rowan.org); lawyers Peter Cole and Anna Wolska; "
            "youth animators Irena Bor and Adam Lis\n")
    people = _people(text)
    assert people.get("Helen Marsh") == "coordinator"
    assert people.get("Peter Cole") == "expert"
    assert people.get("Anna Wolska") == "expert"
    assert people.get("Irena Bor") == "other"
    assert people.get("Adam Lis") == "other"


def test_ukrainian_keys_in_comma_items():
    text = ("Фонд «Ясень»\n\nДружня школа\n\nФонд «Ясень» реалізує проєкт «Дружня школа» з 2023 року. "
            "Проєкт фінансує Фундація Модрина.\n\n"
            "Команда проєкту: координаторка – Оксана Гуменюк (o.humeniuk@yasen.org.pl), юристка Ірина Литвин.\n")
    people = _people(text)
    assert people.get("Оксана Гуменюк") == "coordinator"
    assert people.get("Ірина Литвин") == "expert"


def test_russian_coordinator_key():
    text = ("Фонд «Ясень»\n\nДружеская школа\n\nФонд «Ясень» реализует проект «Дружеская школа» с 2023 года. "
            "Проект финансирует Фонд Лиственница.\n\n"
            "Команда проекта: координатор – Ольга Гуменюк; психолог – Ирина Литвин.\n")
    people = _people(text)
    assert people.get("Ольга Гуменюк") == "coordinator"
    assert people.get("Ирина Литвин") == "expert"


def test_a_units_coordinator_key_stays_the_teams_part():
    people = _people(_pl("Zespół projektu: koordynacja wolontariatu – Halina Wrzos; Monika Dereń."))
    assert people.get("Halina Wrzos") != "coordinator"


def test_a_singular_profession_does_not_pass_to_the_next_name():
    # "psycholożka X, Y": a comma closes her item; Y has no key of her own
    people = _people(_pl("Zespół: psycholożka Iwona Kalina, Monika Dereń, Zofia Kruk."))
    assert people.get("Iwona Kalina") == "expert"
    assert people.get("Monika Dereń") == "other"
    assert people.get("Zofia Kruk") == "other"


def test_a_singular_profession_with_a_conjunction_names_one():
    people = _people(_pl("Zespół: prawniczka Iwona Kalina i Monika Dereń."))
    assert people.get("Iwona Kalina") == "expert"
    assert people.get("Monika Dereń") != "expert"


# a coordinating cue written after one name (in her bracket, or ending her line) is hers, not
# the next name's: "X (koordynatorka świetlicy), Y (pedagożka)", "– X, project coordinator\n- Y"

def test_polish_bracketed_cue_stays_with_its_name():
    people = _people(_pl("Nasz zespół: Teresa Grab (koordynatorka świetlicy), Iwona Kalina (pedagożka), "
                         "Marek Dereń (animator)."))
    assert people.get("Iwona Kalina") != "coordinator"
    assert "Iwona Kalina" in people


def test_english_cue_ending_a_line_is_not_the_next_lines():
    text = ("Rowan Association\n\nNeighbourly Harbour\n\nThe Rowan Association runs the project "
            "\"Neighbourly Harbour\" since March 2023. The project is funded by the Larch Foundation.\n\n"
            "Programme\n- Opening – Helen Marsh, project coordinator\n- Panel: Peter Cole (Rowan Association), "
            "Anna Wolska (Larch Foundation)\n")
    people = _people(text)
    assert people.get("Helen Marsh") == "coordinator"
    assert people.get("Peter Cole") != "coordinator"


def test_ukrainian_bracketed_cue_stays_with_its_name():
    text = ("Фонд «Ясень»\n\nДружня школа\n\nФонд «Ясень» реалізує проєкт «Дружня школа» з 2023 року. "
            "Проєкт фінансує Фундація Модрина.\n\n"
            "Наша команда: Оксана Гуменюк (координаторка клубу), Ірина Литвин (аніматорка).\n")
    people = _people(text)
    assert people.get("Ірина Литвин") != "coordinator"


def test_cue_on_its_own_line_still_names_the_next_line():
    people = _people(_pl("Koordynatorka projektu:\nTeresa Grab"))
    assert people.get("Teresa Grab") == "coordinator"


def test_cue_and_name_inside_one_bracket_still_count():
    people = _people(_pl("Zajęcia prowadzi zespół świetlicy (koordynatorka Teresa Grab) we wtorki."))
    assert people.get("Teresa Grab") == "coordinator"


def test_listed_name_keeps_her_own_brackets_role():
    people = _people(_pl("Mentorkami są: Teresa Grab (liderka grupy „Mamy z Lublina”) oraz Iwona Kalina "
                         "(trenerka rozwoju organizacji)."))
    assert people.get("Iwona Kalina") == "expert"
