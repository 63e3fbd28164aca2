"""Round 27, people and their roles (ROLEP): a Latin-script first name that Polish reads only as a
common word ("Inna", "Amina", "Omar") is a name where the Russian or Ukrainian dictionary knows it
spelled back in Cyrillic; a name listed after a person whose role stands in her own brackets takes
the list's role, not hers; a person label's value stops at its sentence's end (texts in our own
wording, not the sets')."""

from ngo_atlas.lang.cyrillic_names import cyrillic_spellings, is_transcribed_first_name
from people_texts import EN as _EN, PL as _PL, RU as _RU, UK as _UK, people_roles as _people


def test_first_names_polish_reads_as_common_words_are_spelled_back():
    assert is_transcribed_first_name("Inna") and is_transcribed_first_name("Amina")
    assert is_transcribed_first_name("Nastia")  # "ia" as "я": "Настя"
    assert not is_transcribed_first_name("Biuro") and not is_transcribed_first_name("Wydział")
    assert "Омар" in cyrillic_spellings("Omar")
    assert cyrillic_spellings("R2D2") == []


def test_polish_key_list_keeps_names_polish_reads_as_common_words():
    r = _people(_PL + "Koordynatorka projektu: Beata Wrona\n"
                "Trenerki i trenerzy: Tomasz Bielski, Amina Haddadi, Inna Chomenko.\n")
    assert r.get("Amina Haddadi") == "expert"
    assert r.get("Inna Chomenko") == "expert"
    assert r.get("Tomasz Bielski") == "expert"


def test_english_key_list_keeps_omar():
    r = _people(_EN + "Project manager: Barbara Wren\n"
                "Information officers: Omar Al-Rashidi, Lucia Moreno Vidal, Pavlo Hnatenko\n")
    assert "Omar Al-Rashidi" in r
    assert r.get("Barbara Wren") == "coordinator"


def test_common_words_before_polish_words_stay_no_person():
    r = _people(_PL + "Koordynatorka projektu: Beata Wrona\nKontakt: Rada Miejska, tel. 61 000 00 00\n"
                "Partner: Inna Polska – stowarzyszenie lokalne\n")
    assert not any(n and n.startswith(("Rada", "Inna")) for n in r)


def test_polish_list_after_a_bracketed_coordinator_takes_the_list_role():
    r = _people(_PL + "Warsztaty kulinarne prowadziły: Joanna Kruk (koordynatorka), Ewa Sadowska i "
                "Marta Lipińska.\n")
    assert r.get("Joanna Kruk") == "coordinator"
    assert r.get("Ewa Sadowska") == "expert"
    assert r.get("Marta Lipińska") == "expert"


def test_polish_team_after_a_bracketed_head_is_not_coordinator():
    r = _people(_PL + "Zespół badawczy: dr hab. Adam Rogalski (kierownik projektu), dr Ewa\nSadowska, "
                "mgr Marta Lipińska.\n")
    assert r.get("Adam Rogalski") == "coordinator"
    assert r.get("Ewa Sadowska") != "coordinator"
    assert r.get("Marta Lipińska") != "coordinator"


def test_a_bracket_with_no_role_still_passes_the_role_on():
    r = _people(_PL + "Koordynatorki: Joanna Kruk (SP 12), Ewa Sadowska i Marta Lipińska.\n")
    assert r.get("Joanna Kruk") == "coordinator"
    assert r.get("Ewa Sadowska") == "coordinator"


def test_russian_label_stops_at_the_sentence_end():
    r = _people(_RU + "Координатор проекта – Ольга Савицкая. Консультации ведут адвокаты Марк Новицкий и "
                "Светлана Гончар.\n")
    assert r.get("Ольга Савицкая") == "coordinator"
    assert r.get("Светлана Гончар") != "coordinator"


def test_ukrainian_label_stops_at_the_sentence_end():
    r = _people(_UK + "Координаторка проєкту – Олена Мельничук. Консультації проводять юристки Ірина Бойко "
                "та Марта Гнатюк.\n")
    assert r.get("Олена Мельничук") == "coordinator"
    assert r.get("Ірина Бойко") != "coordinator"


def test_english_label_stops_at_the_sentence_end():
    r = _people(_EN + "Project coordinator: Thomas Reed. Authors of the handbook: Thomas Reed and Leyla "
                "Aliyeva.\n")
    assert r.get("Thomas Reed") == "coordinator"
    assert r.get("Leyla Aliyeva") != "coordinator"


def test_title_dots_do_not_end_the_label_value():
    r = _people(_EN + "Principal Investigator: Prof. Dr. habil. Beata Wrona-Kulesza\n")
    assert r.get("Beata Wrona-Kulesza") == "coordinator"
    r = _people(_PL + "Koordynator projektu: ks. Jan Pawlik, tel. 61 000 00 00\n")
    assert r.get("Jan Pawlik") == "coordinator"


def test_english_plural_in_es_keys_a_list_of_persons():
    r = _people(_EN + "Project coordinator: Barbara Wren\nCoaches: Artem Shevchuk, Paulina Dorn\n")
    assert r.get("Artem Shevchuk") == "other"
    assert r.get("Paulina Dorn") == "other"


def test_english_plural_of_things_in_es_keys_no_list():
    r = _people(_EN + "Project coordinator: Barbara Wren\nMatches: Lions Club, Eagles Academy\n")
    assert not any(n and n.startswith(("Lions", "Eagles")) for n in r)
