"""Round 26, people (PEOPLEK): a person on a press line ("Biuro prasowe: X, media@…", "Media: X
(Y)") is the contact and the press mailbox on her line is hers; a press mailbox alone or a team's
media task is not; a woman's foreign name whose first name Polish reads only as a man's genitive
("Mariana Savchuk") stays as written; a patron with a title ("im. adw. X") is no person (texts in
our own wording, not the sets')."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _people(text: str) -> dict:
    ex = extract_document(Document("f.txt", "f.txt", text))
    return {(p.name or p.email): (p.role, p.email) for pr in ex.projects for p in pr.people}


_PL = ("Festiwal „Wiele Głosów” 2025\n\nStowarzyszenie Wspólna Ulica organizuje w Lublinie festiwal kultur "
       "migrantów. Festiwal jest finansowany przez Fundację Wisła (grant 40 000 zł).\n\n")
_EN = ("Festival \"Many Voices\" 2025\n\nThe Common Street Association runs a festival of migrant cultures in "
       "Lublin. The festival is funded by the Vistula Foundation (grant PLN 40,000).\n\n")
_UK = ("Фестиваль «Багато голосів» 2025\n\nОбʼєднання «Спільна вулиця» організовує в Любліні фестиваль "
       "культур мігрантів. Фестиваль фінансує Фонд Вісла (грант 40 000 злотих).\n\n")
_RU = ("Фестиваль «Много голосов» 2025\n\nОбъединение «Общая улица» организует в Люблине фестиваль "
       "культур мигрантов. Фестиваль финансирует Фонд Висла (грант 40 000 злотых).\n\n")


def test_polish_press_desk_person_is_the_contact_with_the_press_mailbox():
    r = _people(_PL + "Koordynatorka festiwalu: Dorota Kwiatkowska\n"
                "Biuro prasowe: Konrad Lipski, prasa@wspolnaulica.org.pl\n")
    assert r.get("Konrad Lipski") == ("contact", "prasa@wspolnaulica.org.pl")
    assert r.get("Dorota Kwiatkowska", ("",))[0] == "coordinator"


def test_english_media_key_makes_the_contact():
    r = _people(_EN + "Festival director: Dorothy Kwiatkowska\nMedia: Joanna Baxter (Common Street Association)\n")
    assert r.get("Joanna Baxter", ("",))[0] == "contact"


def test_ukrainian_press_key_makes_the_contact():
    r = _people(_UK + "Координаторка фестивалю: Дарина Квятковська\n"
                "Для ЗМІ: Олена Липська, press@spilnavulytsia.org\n")
    assert r.get("Олена Липська", ("",))[0] == "contact"


def test_russian_press_key_makes_the_contact():
    r = _people(_RU + "Координатор фестиваля: Дарья Квятковская\n"
                "Для СМИ: Елена Липская, press@obshchaya-ulica.org\n")
    assert r.get("Елена Липская", ("",))[0] == "contact"


def test_press_mailbox_alone_stays_out():
    r = _people(_PL + "Koordynatorka festiwalu: Dorota Kwiatkowska\nBiuro prasowe: prasa@wspolnaulica.org.pl\n")
    assert "prasa@wspolnaulica.org.pl" not in r


def test_a_team_media_task_is_no_press_desk():
    r = _people(_EN + "Festival team\nDirector: Dorothy Kwiatkowska\nMedia partnerships: Conrad Lipski\n")
    assert r.get("Conrad Lipski", ("",))[0] != "contact"


def test_polish_foreign_woman_name_after_a_label_stays_as_written():
    r = _people(_PL + "Asystentka festiwalu (zapisy): Mariana Hnatyshyn, zapisy@wspolnaulica.org.pl\n")
    assert "Mariana Hnatyshyn" in r and "Marian Hnatyshyn" not in r


def test_polish_man_in_the_genitive_still_turns():
    r = _people(_PL + "Festiwal koordynuje zespół pod kierunkiem Mariana Nowaka.\n"
                "Koordynator: Marian Nowak\n")
    assert "Mariana Nowaka" not in r and "Mariana Nowak" not in r


def test_patron_with_a_title_is_no_person():
    r = _people(_PL + "Warsztaty prawne poprowadzi Ośrodek Badawczy im. adw. Stanisława Kwiecińskiego, "
                "a materiały przygotuje Dorota Kwiatkowska (koordynatorka).\n")
    assert "Stanisław Kwieciński" not in r


def test_polish_team_key_of_coordination_makes_the_coordinator():
    r = _people(_PL + "Zespół\nKoordynacja: Konrad Lipski, k.lipski@wspolnaulica.org.pl\n"
                "Opieka merytoryczna: dr Dorota Kwiatkowska (socjolożka)\n")
    assert r.get("Konrad Lipski", ("",))[0] == "coordinator"


def test_a_sub_task_key_in_a_team_is_no_coordination():
    r = _people(_PL + "Zespół\nKoordynacja wolontariatu: Konrad Lipski, k.lipski@wspolnaulica.org.pl\n")
    assert r.get("Konrad Lipski", ("",))[0] != "coordinator"


def test_english_team_key_of_coordination_makes_the_coordinator():
    r = _people(_EN + "Team\nCoordination: Joanna Baxter, j.baxter@commonstreet.org\n")
    assert r.get("Joanna Baxter", ("",))[0] == "coordinator"


def test_polish_report_author_on_a_long_line_of_a_dated_page():
    r = _people("Projekt „Bezpieczny Start”\n\nOpublikowano 12 marca 2024\n\nStowarzyszenie Wspólna Ulica "
                "realizowało projekt w Lublinie. Projektem kierowała Dorota Kwiatkowska, a zajęcia "
                "prowadziły wolontariuszki z naszego stowarzyszenia oraz z zaprzyjaźnionych szkół "
                "podstawowych w całym mieście i powiecie. Raport końcowy przygotował Konrad Lipski.\n")
    assert r.get("Konrad Lipski", ("",))[0] == "author"


def test_polish_job_opening_the_sentence_with_a_domain_and_a_copula():
    r = _people(_PL + "Festiwal przygotowali wolontariusze „Wspólnej Ulicy”. Ekspertką ds. dostępności "
                "była Dorota Kwiatkowska z Fundacji Równe Drogi.\n")
    assert r.get("Dorota Kwiatkowska", ("",))[0] == "expert"


def test_polish_job_key_before_a_name_with_her_phone_and_mailbox():
    r = _people(_PL + "Zgłoszenia przyjmujemy do 15 maja 2025 r.\nSpecjalistka ds. zapisów: Mariia Hrytsiuk, tel. 81 500 60 70, "
                "zapisy@wspolnaulica.org.pl\n")
    assert r.get("Mariia Hrytsiuk") == ("contact", "zapisy@wspolnaulica.org.pl")


def test_a_job_key_before_a_body_is_no_person():
    r = _people(_PL + "Zgłoszenia:\nSpecjalistka ds. zapisów: Biuro Projektu, tel. 81 500 60 70\n")
    assert not any(k and k.startswith("Biuro") for k in r)


def test_a_capitalised_word_inside_a_body_name_is_no_job():
    r = _people(_PL + "Wyniki konkursu:\n1 | Fundacja Wsparcia Osób Obcych Amicus Mundi | Kursy dla dorosłych | "
                "40 000 zł\n")
    assert "Amicus Mundi" not in r


def test_english_partner_list_after_a_coordinator_item_gives_no_person():
    r = _people(_EN + "The Common Street Association leads a partnership of three organisations:\n"
                "- Stowarzyszenie Wspólna Ulica (Lublin, Poland) – coordinator,\n"
                "- Stowarzyszenie Nowy Most (Gdańsk, Poland),\n- Spolek Most (Brno, Czech Republic).\n")
    assert not any(k and k.startswith("Stowarzyszenie") for k in r)
