"""Round 13: nominatives of names whose reading depends on agreement or number (own wording)."""

from ngo_atlas.lang import polish, slavic


def test_adjective_picks_the_place_part_reading_of_the_head():
    # "Porcie" is also the feminine place Porta; the masculine adjective rules it out
    assert polish.nominative("Starym Porcie", geo=True) == "Stary Port"
    assert polish.nominative("Wielkim Porcie", geo=True) == "Wielki Port"
    # a head the adjective already agrees with keeps its place reading
    assert polish.nominative("Czerwonym Borze", geo=True) == "Czerwony Bór"
    assert polish.nominative("Krośnie Odrzańskim", geo=True) == "Krosno Odrzańskie"


def test_a_place_in_the_plural_is_named_in_the_plural():
    # Morfeusz lemmatises "Dąbrowcach" to Dąbrowiec; the village is Dąbrowce
    assert polish.geo_nominative("Dąbrowcach") == "Dąbrowce"
    assert polish.geo_nominative("Lipowcach") == "Lipowce"
    assert polish.geo_nominative("Zawadach") == "Zawady"
    # singular readings still give the lemma
    assert polish.geo_nominative("Krakowie") == "Kraków"
    assert polish.geo_nominative("Łodzi") == "Łódź"


def test_indeclinable_noun_keeps_its_gender_for_the_adjective():
    # "бюро", "радіо" are neuter though they never decline
    assert slavic.nominative("Обласному бюро зайнятості", "uk") == "Обласне бюро зайнятості"
    assert slavic.nominative("Міським радіо", "uk") == "Міське радіо"
    assert slavic.nominative("Городском бюро переводов", "ru") == "Городское бюро переводов"
    # an indeclinable woman's surname still agrees with any first name
    assert slavic.nominative("Оксані Бондар", "uk") == "Оксана Бондар"


def test_dative_head_in_owi_is_the_head_not_a_plural_adjective():
    # "Urzędowi", "Ośrodkowi", "Funduszowi" are also plural adjectives (urzędowy, ośrodkowy),
    # which agree with nothing after them: the noun is the head
    assert polish.nominative("Miejskiemu Ośrodkowi Sportu i Rekreacji") == "Miejski Ośrodek Sportu i Rekreacji"
    assert polish.nominative("Wojewódzkiemu Funduszowi Ochrony Środowiska") == \
        "Wojewódzki Fundusz Ochrony Środowiska"
    assert polish.nominative("Krajowemu Instytutowi Badań Rynku") == "Krajowy Instytut Badań Rynku"
    assert polish.nominative("Zespołowi Szkół Rolniczych") == "Zespół Szkół Rolniczych"
    assert polish.nominative("Klubowi Seniora Pogodna Jesień") == "Klub Seniora Pogodna Jesień"
    # an adjective that agrees with the noun after it still modifies it
    assert polish.nominative("Norweskiego Mechanizmu Finansowego") == "Norweski Mechanizm Finansowy"


def test_a_body_head_wins_over_its_homograph():
    assert polish.nominative("Gminie Dębnica") == "Gmina Dębnica"  # not "gmin", the common folk
    assert polish.nominative("Kołem Łowieckim Sokół") == "Koło Łowieckie Sokół"  # not "koł", a stake


def test_a_town_in_apposition_left_in_the_nominative_stays():
    assert polish.nominative("Gminy Miejskiej Augustów") == "Gmina Miejska Augustów"  # not Augustowo
    assert polish.nominative("Gminy Miejskiej Brzeziny") == "Gmina Miejska Brzeziny"
    assert polish.nominative("Miasta Stołecznego Warszawy") == "Miasto Stołeczne Warszawa"


def test_ukrainian_dative_in_ovi_is_the_head_noun():
    # "центрові", "фондові", "відділові" are also plural adjectives (центровий …)
    assert slavic.nominative("Обласному центрові зайнятості", "uk") == "Обласний центр зайнятості"
    assert slavic.nominative("Карпатському центрові волонтерства", "uk") == "Карпатський центр волонтерства"
    assert slavic.nominative("Фондові розвитку місцевої демократії", "uk") == "Фонд розвитку місцевої демократії"
    assert slavic.nominative("Львівському відділові Товариства", "uk") == "Львівський відділ Товариства"
    # a capitalised pair the dictionaries do not settle is kept whole
    assert slavic.nominative("Нового Сонча", "uk") == "Нового Сонча"


def test_standard_adjective_over_dialect_form():
    assert slavic.nominative("Міжнародній асоціації юристів", "uk") == "Міжнародна асоціація юристів"


def test_person_names_in_oblique_cases():
    # a first name read as indeclinable ("Анне") yields to its dative (Анна)
    assert slavic.nominative("Анне Петровой", "ru") == "Анна Петрова"
    assert slavic.nominative("Анне Новицкой", "ru") == "Анна Новицкая"
    # the first word is the first name's dative, not the surname Андріїв
    assert slavic.nominative("Андрієві Коваль", "uk") == "Андрій Коваль"


def test_polish_person_readings_prefer_the_shorter_lemmas():
    # "Mazurowi" is the dative of Mazur and of Mazuro, "Robertowi" of Robert and Roberto
    assert polish.person_nominative("Januszowi Mazurowi") == "Janusz Mazur"
    assert polish.person_nominative("Robertowi Mazurowi") == "Robert Mazur"
    assert polish.person_nominative("Pawle Sokole") == "Paweł Sokół"
    # "Krzysztofie" is also the dative of the woman's name Krzysztofa
    assert polish.person_nominative("Krzysztofie Wronie") == "Krzysztof Wrona"


def test_an_undeclined_foreign_surname_tells_a_woman():
    # "Marynie" is Maryna's dative or Maryn's locative; a man's surname would be declined
    assert polish.person_nominative("Marynie Kuzmenko") == "Maryna Kuzmenko"


def test_no_head_is_sought_after_a_preposition():
    # the noun after "dla" is governed by it, not the phrase's head in an oblique case
    assert polish.nominative("Otwarte dla Sąsiadów") == "Otwarte dla Sąsiadów"
    assert polish.nominative("BEZPIECZNE DLA MIGRANTÓW") == "BEZPIECZNE DLA MIGRANTÓW"
    assert polish.nominative("Fundacji dla Polski") == "Fundacja dla Polski"


def test_a_ukrainian_apostrophe_is_inside_the_word():
    assert slavic.nominative("Об'єднанню українців у Польщі", "uk") == "Об'єднання українців у Польщі"
    # a typographic apostrophe is read as the dictionary's and kept as written
    assert slavic.nominative("Об’єднанню українців у Польщі", "uk") == "Об’єднання українців у Польщі"
    assert slavic.nominative("Дем'янові Коваль", "uk") == "Дем'ян Коваль"


def test_a_lower_case_word_is_no_guessed_abbreviation():
    # the dictionary lacks the Polish loan "фундация"; its guess as an indeclinable
    # abbreviation kept "Фундации" as written
    assert slavic.nominative("Фундации Балтийский Мост", "ru") == "Фундация Балтийский Мост"
    assert slavic.nominative("Фундации «Наш дом»", "ru") == "Фундация «Наш дом»"
    assert slavic.nominative("УВКБ ООН", "ru") == "УВКБ ООН"
