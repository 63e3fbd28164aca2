"""Round 11 (error classes of unseen-v and unseen-w, in general forms): foreign towns the
dictionary does not know, declined the Polish way; a list of towns after a plural of
settlements and its words; powiats named in English; a funder label's seat; a tour of towns after "po";
the two words of a town in one case; who prepared a publication, who takes sign-ups,
who put the page up, a leader in brackets; a user's dots spelled in brackets; a bulleted
list's entries are no projects; the site above a breadcrumb, a name with a comma, a "Projekt:"
line over the owner's; a list page's one-line dated entries; a square after "na"; a
town's short form beside its full name; "в рамках X" names no place; a Ukrainian town's
nominative written elsewhere; a card's line of towns; a patron inside a body's name; an
administrative unit in the project's own name; people of a phrase
headed by a personal noun come from the towns after "z"; a scope adjective that opens a name;
countries after "from … in"; a blog's links to the posts before and after;
a profession right before a name; a town's quarter in English; a Polish
town in "-ec" declined in Cyrillic."""

import pytest

from ngo_atlas.extract.places import find_places


def _places(text: str, lang: str = "pl") -> list[str]:
    return [t.value for t in find_places(text, 0, len(text), [], lang)]


@pytest.mark.parametrize("text, towns", [
    # declined the Polish way, listed with a town the dictionary knows
    ("Zajęcia pilotażowe odbędą się w Białymstoku, Eindhovenu i Trondheimie.",
     ["Białystok", "Eindhoven", "Trondheim"]),
    # not declined, before the known town
    ("Warsztaty dla trenerów prowadziliśmy w Aarhus i w Olsztynie.", ["Aarhus", "Olsztyn"]),
    # a journey's goal alone, in the genitive after "do" and in the locative after "w"
    ("W październiku nauczyciele pojadą do Eindhovenu.", ["Eindhoven"]),
    ("Zaplanowano też wyjazd studyjny rady gminy w Greifswaldzie.", ["Greifswald"]),
])
def test_a_foreign_town_unknown_to_the_dictionary_is_taken_to_its_base(text, towns):
    assert sorted(_places(text)) == sorted(towns)


def test_an_unknown_capitalised_word_alone_is_no_place():
    assert _places("Spotkanie prowadziła Hanna w Kowalczykowej Pracowni.") == []


def test_a_form_read_as_a_place_only_in_the_vocative_names_no_place():
    # "Porto" is also the vocative of Porta (a mountain pass): no place is named in the vocative
    assert "Porta" not in _places("Spotkania odbyły się w Szczecinie i Porto.")


def test_a_feminine_foreign_form_after_a_case_asking_word_is_not_guessed():
    # "Szczepina" may be the genitive of Szczepin: no base can be told from it
    assert "Szczepina" not in _places("Dla mieszkańców Opola i Szczepina prowadzimy dyżury.")


@pytest.mark.parametrize("text, towns", [
    ("Punkty konsultacyjne działają w trzech gminach subregionu nyskiego: Nysie, Paczkowie i Otmuchowie.",
     ["Nysa", "Paczków", "Otmuchów"]),
    ("Zajęcia odbywają się w sąsiednich sołectwach – Brzezince i Babicach.", ["Brzezinka", "Babice"]),
])
def test_a_list_after_a_plural_of_settlements_and_its_words_gives_each_town(text, towns):
    assert sorted(_places(text)) == sorted(towns)


@pytest.mark.parametrize("text, places", [
    ("Volunteers run homework clubs in the Sokółka and Hajnówka districts and in villages around Białowieża.",
     ["Sokółka district", "Hajnówka district", "Białowieża"]),
    ("The mobile team also visits families in Bielsk Podlaski County.", ["Bielsk Podlaski county"]),
    ("Duty hours are held in Sejny and Suwałki counties.", ["Sejny county", "Suwałki county"]),
    # a town's neuter adjective, as in its masculine and feminine forms
    ("Workshops were held in Miasteczko Śląskie, Bytom and Tarnowskie Góry.",
     ["Miasteczko Śląskie", "Bytom", "Tarnowskie Góry"]),
])
def test_english_names_powiats_by_town_and_noun_and_places_around_a_town(text, places):
    assert sorted(_places(text, "en")) == sorted(places)


def test_the_payer_named_by_a_funder_label_and_its_seat_are_not_venues():
    from ngo_atlas.extract.labels import find_labels

    text = ("Grantor: Podlaskie Voivodeship – Marshal's Office of the Podlaskie Voivodeship in Białystok\n"
            "The project runs Polish classes in Suwałki.")
    assert _labelled_places(text, find_labels(text), "en") == ["Suwałki"]


def _labelled_places(text, labels, lang):
    return [t.value for t in find_places(text, 0, len(text), labels, lang)]


def test_a_tour_of_towns_after_po_gives_each_town_in_the_nominative():
    text = "Dla dzieci przygotowaliśmy wycieczki po Sandomierzu, Opatowie i Baranowie Sandomierskim."
    assert sorted(_places(text)) == ["Baranów Sandomierski", "Opatów", "Sandomierz"]


@pytest.mark.parametrize("text, town", [
    ("Od marca fundacja otworzyła w Chełmie Punkt Porad Prawnych.", "Chełm"),
    ("Wolontariusze prowadzą w Koninie Kawiarenkę Językową.", "Konin"),
])
def test_a_town_then_a_capitalised_word_in_another_case_is_the_town_alone(text, town):
    assert _places(text) == [town]


def test_the_two_words_of_a_town_in_one_case_stay_together():
    assert _places("Zajęcia odbywają się w Nowym Sączu i Zielonej Górze.") == ["Nowy Sącz", "Zielona Góra"]


def _people(text: str, lang: str = "pl") -> list[tuple[str, str]]:
    from ngo_atlas.extract.people import find_people

    return [(p.name, p.role) for p in find_people(text, 0, len(text), [], lang)]


@pytest.mark.parametrize("text, people", [
    ("Poradnik „Dom na chwilę”, napisany przez Marię Zawadzką i Piotra Nowickiego, "
     "omawia warunki najmu mieszkań przez cudzoziemców.",
     [("Maria Zawadzka", "author"), ("Piotr Nowicki", "author")]),
    ("The briefing, prepared by Olga Marchenko, sums up two years of legal aid.",
     [("Olga Marchenko", "author")]),
])
def test_who_prepared_a_publication_is_its_author(text, people):
    assert sorted(_people(text, "en" if text.startswith("The") else "pl")) == sorted(people)


@pytest.mark.parametrize("text", [
    "Rekrutacja: Marta Wójcik, tel. 600 100 200\n",
    "Zapisy oraz informacje: Marta Wójcik, tel. 600 100 200\n",
])
def test_a_sign_up_label_of_one_word_or_two_joined_names_the_contact(text):
    assert _people(text) == [("Marta Wójcik", "contact")]


@pytest.mark.parametrize("text", [
    "Klub prowadzą wolontariusze.\n\nDodano: 3.02.2025, Karolina Mazur\n",
    "Klub prowadzą wolontariusze.\n\nOpublikowała: Redakcja – Karolina Mazur\n",
    "The club is run by volunteers.\n\nPosted by Karolina Mazur on 3 February 2025\n",
])
def test_who_put_the_page_up_is_no_person_of_the_project(text):
    assert _people(text, "en" if text.startswith("The") else "pl") == []


def test_a_leader_in_brackets_after_the_name_is_the_coordinator():
    from ngo_atlas.extract.labels import find_labels
    from ngo_atlas.extract.people import find_people

    text = "Project team: Dr Ewa Lis (project leader), Dr Jan Kos\n"
    people = find_people(text, 0, len(text), find_labels(text), "en")
    assert [(p.name, p.role) for p in people] == [("Ewa Lis", "coordinator"), ("Jan Kos", "other")]


def test_the_users_own_dots_spelled_in_brackets_join_the_mailbox():
    from ngo_atlas.extract.links import find_emails

    text = "Pisz do mnie: marta.nowak (kropka) lis (małpa) fundacja-most.pl"
    assert [m[2] for m in find_emails(text)] == ["marta.nowak.lis@fundacja-most.pl"]


_DONE = """Stowarzyszenie Przykładowe
Projekty zrealizowane

SĄSIEDZI BEZ GRANIC. Osiedle dla wszystkich

Projekt pt. „Sąsiedzi bez granic” był realizowany od marca 2021 do lutego 2023 przez Stowarzyszenie Przykładowe.

Co zrobiliśmy?
• 12 spotkań „Kuchnia sąsiedzka” dla mieszkańców osiedla,
• Lokalna Strategia Integracji Cudzoziemców dla naszej gminy na lata 2023–2027, przyjęta przez radnych w grudniu,
• festyn rodzinny.

Koordynatorka projektu: Ewa Nowak
"""


def test_entries_of_one_bulleted_list_are_no_projects_of_their_own():
    from ngo_atlas.extract.pipeline import extract_document
    from ngo_atlas.model import Document

    ex = extract_document(Document("d.txt", "d.txt", _DONE))
    assert [p.title for p in ex.projects] == ["Sąsiedzi bez granic"]
    assert [(x.name, x.role) for x in ex.projects[0].people] == [("Ewa Nowak", "coordinator")]


def _title(text: str) -> str | None:
    from ngo_atlas.extract.pipeline import extract_document
    from ngo_atlas.model import Document

    ex = extract_document(Document("t.txt", "t.txt", text))
    return ex.projects[0].title if ex.projects else None


def test_the_site_above_a_two_step_breadcrumb_is_no_title_and_a_name_may_have_a_comma():
    text = ("Program Lokalne Inicjatywy – Edycja Wschodnia\nGrantobiorcy / Projekty\n\n"
            "Jedno podwórko, wiele kultur\n\n"
            "Grantobiorca: Fundacja Przykładowa\nCzas realizacji: 01.03.2023–30.11.2023\n\n"
            "W projekcie dzieci z Ukrainy i Polski wspólnie urządzają podwórko w Kraśniku.\n")
    assert _title(text) == "Jedno podwórko, wiele kultur"


def test_a_list_of_topics_is_still_no_title():
    from ngo_atlas.extract.title import _heading_like

    assert not _heading_like("Rynek pracy, polityka społeczna i usługi socjalne")
    assert not _heading_like("Edukacja, zdrowie, mieszkalnictwo")


def test_a_line_that_says_it_names_the_project_wins_over_the_owner_above_it():
    text = ("Stowarzyszenie Przykładowe – Olsztyn\n\nProjekt: Sąsiedzka szkoła języka\n\n"
            "Program: „Razem dla regionu”\nKwota dofinansowania: 40 000 zł\n\n"
            "Stowarzyszenie Przykładowe prowadzi projekt dla dorosłych cudzoziemców w Olsztynie.\n")
    from ngo_atlas.extract.pipeline import extract_document
    from ngo_atlas.model import Document

    p = extract_document(Document("t.txt", "t.txt", text)).projects[0]
    assert p.title == "Sąsiedzka szkoła języka"
    assert not any(o.name.startswith("Program") for o in p.organizations)


_LIST_WITH_ENTRIES = """Stowarzyszenie Przykładowe
Nasze projekty

1. Kawiarenka Językowa Opole

Okres realizacji: 01.02.2024 – 31.12.2025
Źródło finansowania: Gmina Opole
Kwota dotacji: 30 000 zł

Spotkania przy kawie dla osób uczących się polskiego.

2. Porady na Start

Okres realizacji: 01.03.2025 – 30.11.2025
Źródło finansowania: Samorząd Województwa Opolskiego
Kwota dotacji: 45 000 zł

Dyżury prawne dla cudzoziemców.

Projekty zakończone

• Sąsiedzki Klub Planszówek (2020–2021) – więcej
• Lato z Polskim (2019) – więcej
"""


def test_a_list_pages_one_line_entries_with_their_years_are_projects():
    from ngo_atlas.extract.pipeline import extract_document
    from ngo_atlas.model import Document

    ps = extract_document(Document("l.txt", "l.txt", _LIST_WITH_ENTRIES)).projects
    assert [p.title for p in ps][2:] == ["Sąsiedzki Klub Planszówek", "Lato z Polskim"]
    assert [(p.start, p.end, p.status) for p in ps[2:]] == [("2020", "2021", "completed"),
                                                          ("2019", "2019", "completed")]


def test_a_square_after_na_is_no_town_but_a_region_after_na_is_a_place():
    assert _places("Festyn odbędzie się na Rynku w Lublinie.") == ["Lublin"]
    assert _places("Pomagamy rodzinom na Pomorzu.") == ["Pomorze"]


def test_the_short_form_of_a_town_named_in_full_elsewhere_is_the_same_town():
    text = "Punkty działają w Kaliszu i Ostrowie. W Ostrowie Wielkopolskim dyżur jest we wtorki."
    assert sorted(_places(text)) == ["Kalisz", "Ostrów Wielkopolski"]


@pytest.mark.parametrize("text", [
    "Пункт працює в рамках Моделі інтеграції іммігрантів у Гданську.",
    "Пункт работает в рамках Модели интеграции иммигрантов в Гданьске.",
])
def test_within_a_programmes_framework_names_no_place(text):
    lang = "ru" if "работает" in text else "uk"
    assert all("одел" not in p for p in _places(text, lang))


def test_a_ukrainian_towns_nominative_written_elsewhere_settles_the_vowel():
    text = "Ми працюємо в Любліні та Свідніку. Свидник — невелике місто біля Любліна."
    assert sorted(_places(text, "uk")) == ["Люблін", "Свидник"]


def test_a_cards_line_of_towns_in_the_nominative_gives_each_town():
    text = "Klub Sąsiedzki\nFundacja Przykładowa\n2023\nToruń, Chełmno i Grudziądz\n\nSpotkania dla rodzin.\n"
    assert sorted(_places(text)) == ["Chełmno", "Grudziądz", "Toruń"]


@pytest.mark.parametrize("text", ["Obszar Szczecin, Police\n", "Kraków, 12 maja 2024\n",
                                  "Lokalizacja: Kraków, Wieliczka\n",
                                  # an empty part between separators (the fuzz test's junk)
                                  "Toruń, ,  Chełmno\n", "x\n, \n"])
def test_a_label_and_its_value_or_a_dateline_is_no_line_of_towns(text):
    from ngo_atlas.extract.places import _town_list_lines

    assert _town_list_lines(text, 0, len(text)) == []


@pytest.mark.parametrize("text", [
    "Koordynator: Uniwersytet Mikołaja Kopernika w Toruniu\n",
    "Partner: Szkoła Podstawowa nr 3 im. Marii Konopnickiej\n",
])
def test_a_name_inside_a_bodys_name_under_a_label_is_its_patron_not_a_person(text):
    from ngo_atlas.extract.labels import find_labels
    from ngo_atlas.extract.people import find_people

    assert [p.name for p in find_people(text, 0, len(text), find_labels(text), "pl")] == []


def test_a_person_under_the_same_label_stays():
    from ngo_atlas.extract.labels import find_labels
    from ngo_atlas.extract.people import find_people

    text = "Koordynator: dr Joanna Wierzbicka\n"
    assert [(p.name, p.role) for p in find_people(text, 0, len(text), find_labels(text), "pl")] == [
        ("Joanna Wierzbicka", "coordinator")]


def test_an_administrative_unit_in_the_projects_own_name_is_its_area_and_so_is_a_region():
    # (round 22, PLACE-I: a historical region the name places the project in is its area too)
    text = ("Stowarzyszenie Przykładowe realizuje projekt „Razem łatwiej – wsparcie rodzin z Ukrainy "
            "w powiecie bieszczadzkim”. Dyżury odbywają się w Ustrzykach Dolnych.")
    ts = text.index("Razem"), text.index("”")
    got = [t.value for t in find_places(text, 0, len(text), [], "pl", ts)]
    assert sorted(got) == ["Ustrzyki Dolne", "powiat bieszczadzki"]
    text2 = ("Fundacja realizuje projekt „Sąsiedzi na Podlasiu”. Spotkania odbywają się w Białymstoku.")
    ts2 = text2.index("Sąsiedzi"), text2.index("”")
    assert sorted(t.value for t in find_places(text2, 0, len(text2), [], "pl", ts2)) == ["Białystok", "Podlasie"]


@pytest.mark.parametrize("text, towns", [
    ("Przeszkoliliśmy 40 przedstawicieli działów kadr z Radomia, Kielc i Skarżyska-Kamiennej.",
     ["Kielce", "Radom", "Skarżysko-Kamienna"]),
    ("Na kurs zapisało się 25 opiekunek dziecięcych z Lublina.", ["Lublin"]),
])
def test_people_of_a_phrase_headed_by_a_personal_noun_come_from_the_towns_after_z(text, towns):
    assert sorted(_places(text)) == towns


@pytest.mark.parametrize("text", [
    "Szkolimy liderów i liderki z Senegalu, Nigerii i Wybrzeża Kości Słoniowej.",
    "Warsztaty poprowadzili eksperci z Krakowa.",
])
def test_a_list_of_countries_or_visiting_experts_after_z_names_no_venue(text):
    assert _places(text) == []


@pytest.mark.parametrize("text, places", [
    ("Ogólnopolskie Forum Migracyjne odbyło się w Łodzi.", ["Łódź"]),
    ("OGÓLNOPOLSKI PORTAL INTEGRACJI\n\nSpotkania odbywają się w Łodzi.", ["Łódź"]),
    ("Kampania ma charakter ogólnopolski.", ["Polska"]),
])
def test_a_scope_adjective_that_opens_a_name_is_no_scope(text, places):
    assert _places(text) == places


def test_countries_after_from_something_in_are_where_people_come_from():
    text = "Workers are hired through agencies in Georgia and Moldova and work in orchards around Grójec."
    assert "Georgia" in _places(text, "en")  # no "from": the agencies' countries stand as written
    text = "We trace recruitment from agencies in Georgia, Moldova and Armenia to farms around Grójec."
    assert _places(text, "en") == ["Grójec"]


def test_a_blogs_links_to_the_posts_before_and_after_are_furniture():
    from ngo_atlas.extract.boilerplate import mask

    text = ("Klub Sąsiedzki\n\n" + "Spotkania dla rodzin z Ukrainy odbywają się w Toruniu co tydzień. " * 4
            + "\n\nPoprzedni wpis: Festyn rodzinny na Mokotowie – relacja\nNext post: Winter camp in Zakopane\n")
    masked = mask(text)
    assert "Mokotowie" not in masked and "Zakopane" not in masked and "Toruniu" in masked


@pytest.mark.parametrize("text, name", [
    ("Porad prawnych udziela adw. Marek Zalewski, a dzieci wspiera zespół szkoły.", "Marek Zalewski"),
    ("Rodziny spotykają się co tydzień, a rozmowy prowadzi psycholożka Ewa Borkowska.", "Ewa Borkowska"),
])
def test_a_profession_right_before_a_name_makes_her_an_expert(text, name):
    assert (name, "expert") in _people(text)


def test_a_quarter_named_with_its_town_in_english_gives_the_town():
    assert _places("We run a drop-in centre in the Kraków-Podgórze district.", "en") == ["Kraków"]


@pytest.mark.parametrize("form, lang, town", [
    ("Сосновці", "uk", "Сосновець"),   # Sosnowiec: the "e" of "-ec" drops in the locative
    ("Сосновце", "ru", "Сосновец"),
])
def test_a_polish_town_in_ec_declined_in_cyrillic_goes_back_to_its_nominative(form, lang, town):
    from ngo_atlas.extract.cyrtowns import polish_town

    assert polish_town(form, lang) == town
