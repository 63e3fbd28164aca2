"""PERSONS (round 35): a festival's head named by another office than "dyrektor(ka) festiwalu"
("Kuratorka festiwalu: X", "Festival director: X", "Festival curator: X") heads the project, a
coordinator; an artistic director stays other. A Cyrillic first name that only the Ukrainian
dictionary knows as a name ("Мацей", Maciej, which Russian reads as a case of "маца") is kept
as written on a Russian page, not declined into a common noun. Texts in our own wording."""
from ngo_atlas.extract.bodynames import cyrillic_person_nominative
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _people(text: str, name: str = "x.txt") -> dict[str, str]:
    projects = extract_document(Document(name, name, text)).projects
    assert projects, "no record"
    return {p.name: p.role for p in projects[0].people if p.name}


def _festival_pl(lines: str) -> str:
    return ("Stowarzyszenie Jaskółka\n\nFestiwal Sąsiedzkich Smaków 2024\n\n"
            "Stowarzyszenie Jaskółka zaprasza na trzecią edycję festiwalu, który odbędzie się "
            "od 14 do 16 czerwca 2024 r. w Tarnowie. Festiwal jest dofinansowany przez Gminę Tarnów.\n\n"
            + lines + "\n")


def test_festival_curator_label_is_coordinator():
    people = _people(_festival_pl("Kuratorka festiwalu: Weronika Sadłowska\n"
                                  "Dyrektorka artystyczna: Iryna Bojko"))
    assert people.get("Weronika Sadłowska") == "coordinator"
    assert people.get("Iryna Bojko") == "other"


def test_english_festival_director_is_coordinator():
    text = ("Open Doors Film Week 2024\n\n"
            "The Open Doors Foundation presents the fourth edition of its film week on migration, "
            "held in Poznań from 10 to 14 October 2024 and funded by the City of Poznań.\n\n"
            "Festival director: Marianna Kostecka-Bell · Press: press@opendoors.org.pl\n"
            "Artistic director: Tomasz Brzozowski\n")
    people = _people(text)
    assert people.get("Marianna Kostecka-Bell") == "coordinator"
    assert people.get("Tomasz Brzozowski") != "coordinator"


def test_curator_in_prose_of_a_past_festival_keeps_no_coordinator_label_elsewhere():
    # the cue names a festival's office only: a curator of an exhibition is no coordinator
    people = _people(_festival_pl("Koordynatorka projektu: Anna Pleśniak\n"
                                  "Kuratorka wystawy: Joanna Wietrzyk"))
    assert people.get("Anna Pleśniak") == "coordinator"
    assert people.get("Joanna Wietrzyk") != "coordinator"


def test_cyrillic_first_name_known_only_to_ukrainian_stays_as_written():
    assert cyrillic_person_nominative("Мацей Сикорский", "ru") == "Мацей Сикорский"
    assert cyrillic_person_nominative("Мацей Гуральчик", "ru") == "Мацей Гуральчик"
    # names Russian knows still decline to the nominative
    assert cyrillic_person_nominative("Павла Ляшука", "ru") == "Павел Ляшук"
    assert cyrillic_person_nominative("Ирине Ковальчук", "ru") == "Ирина Ковальчук"
