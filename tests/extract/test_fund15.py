"""Round 15 funding mechanisms: names that run past a dash, programme heads that govern."""

from ngo_atlas.extract.funding import find_funding
from ngo_atlas.extract.labels import find_labels


def _funding(text, lang="pl"):
    return [(f.funder, f.programme) for f in find_funding(text, 0, len(text), find_labels(text), lang)]


def test_label_funder_whose_official_name_goes_on_after_a_dash():
    text = ("Donator: Polska Agencja Rozwoju – Instytut Badań Społecznych Lokalnych, Program Małe Granty 2024\n"
            "Kwota: 8 000 zł\n")
    assert _funding(text) == [("Polska Agencja Rozwoju – Instytut Badań Społecznych Lokalnych", "Małe Granty 2024")]


def test_label_funder_followed_by_its_unit_after_a_dash_keeps_the_body():
    text = "Grantodawca: Urząd Marszałkowski Województwa Lubuskiego – Departament Polityki Społecznej\n"
    assert _funding(text) == [("Urząd Marszałkowski Województwa Lubuskiego", None)]


def test_programme_word_governing_a_genitive_stays_the_names_head():
    text = "Grantodawca: Fundacja Dobrej Woli\nProgram: Program Integracji Społecznej Cudzoziemców 2023–2026\n"
    assert _funding(text) == [("Fundacja Dobrej Woli", "Program Integracji Społecznej Cudzoziemców 2023–2026")]



def test_a_line_keyed_by_a_grant_noun_beats_a_grant_word_in_prose():
    from ngo_atlas.extract.money import grant_amount

    text = ("Najaktywniejsi wolontariusze otrzymają granty po 300 zł na własne akcje.\n\n"
            "Kwota udzielonej nam dotacji: 18 000 zł\n")
    assert grant_amount(text, 0, len(text), []).amount == 18000.0


def test_a_keyed_line_without_a_grant_noun_gets_no_grant_weight():
    from ngo_atlas.extract.money import grant_amount

    text = "Na projekt otrzymaliśmy dotację 12 000 zł.\nKoszt biletów: 2 000 zł\n"
    assert grant_amount(text, 0, len(text), []).amount == 12000.0


def test_project_financed_by_a_subject_after_the_verb_in_any_gender_and_tense():
    assert _funding("Projekt finansowała Stiftung Kinderhilfe Europa ze zbiórki w Niemczech.") == \
        [("Stiftung Kinderhilfe Europa", None)]
    assert _funding("Oba projekty sfinansują Fundacja Dobrych Serc i Gmina Wronki.") == \
        [("Fundacja Dobrych Serc", None), ("Gmina Wronki", None)]


def test_giver_before_a_giving_verb_in_the_future_or_present():
    text = "Rozstrzygnięto konkurs. Miasto Gniezno przekaże stowarzyszeniom w sumie 150 000 zł. Dotacje otrzymały:"
    assert _funding(text) == [("Miasto Gniezno", None)]
    assert _funding("Gmina Wronki przyznaje co roku granty o łącznej wartości 40 000 zł.") == [("Gmina Wronki", None)]


def test_giving_verb_without_a_sum_or_in_the_imperative_names_no_payer():
    assert _funding("Przekaż 1,5% podatku. Fundacja Wronki przyznaje, że projekt był trudny.") == []
    assert _funding("Fundacja Wronki przekaże uczniom paczki z przyborami.") == []


def test_source_of_the_money_with_the_sum_set_aside_between_dashes_or_brackets():
    text = "Środki na ten cel – blisko 90 tysięcy złotych – pochodzą z Funduszu Wsparcia Lokalnego."
    assert _funding(text) == [("Fundusz Wsparcia Lokalnego", None)]
    text = "Całość, czyli 120 000 zł, pochodzi z Ambasady Kanady."
    assert _funding(text) == [("Ambasada Kanady", None)]


def test_money_words_payer_is_not_looked_for_on_the_next_keyed_line():
    text = ("Program: Interreg Polska–Saksonia\n"
            "Wartość dofinansowania: 48 000 EUR\n"
            "Lider: Stowarzyszenie Most nad Nysą\n\n"
            "Projekt jest realizowany przy wsparciu finansowym Unii Europejskiej.\n")
    assert [f for f, _p in _funding(text)] == ["Unia Europejska"]


def test_english_possessive_payer_is_named_without_its_s():
    text = "The courses are funded by the Canadian Embassy with support from the Government of Canada's refugee relief budget."
    assert _funding(text, "en") == [("Canadian Embassy", None), ("Government of Canada", None)]


def test_unquoted_programme_name_ends_where_what_the_money_is_for_begins():
    text = "Zespół otrzymał grant z Fundacji Nauki Polskiej w programie TEAM-NET na projekt „Granice”."
    assert _funding(text) == [("Fundacja Nauki Polskiej", "TEAM-NET")]
    text = "Gmina Wronki dostała dotację z Ministerstwa Kultury w programie Kultura Dostępna na realizację festiwalu."
    assert _funding(text) == [("Ministerstwo Kultury", "Kultura Dostępna")]


def test_payer_joined_by_its_own_and_from_after_the_programme_pays_outside_it():
    text = ("Zadanie jest współfinansowane ze środków Fundacji Orange w ramach programu Lokalne Sieci 2024 "
            "oraz ze środków Gminy Wronki.")
    assert _funding(text) == [("Fundacja Orange", "Lokalne Sieci 2024"), ("Gmina Wronki", None)]
    text = "Zadanie jest współfinansowane przez Fundację Orange i Gminę Wronki w ramach programu „Lokalne Sieci”."
    assert _funding(text) == [("Fundacja Orange", "Lokalne Sieci"), ("Gmina Wronki", "Lokalne Sieci")]


def test_programme_in_brackets_after_one_payer_is_that_payers_own():
    text = "Zajęcia są finansowane przez Gminę Wronki oraz Fundację Orange (program „Lokalne Sieci”)."
    assert _funding(text) == [("Gmina Wronki", None), ("Fundacja Orange", "Lokalne Sieci")]


def test_own_share_beside_its_public_payer_after_a_dash_with_its_sum():
    from ngo_atlas.extract.shares import funder_shares

    text = ("Projekt współfinansowany ze środków Fundacji Orange.\n"
            "Kwota dotacji: 60 000,00 zł\n"
            "Wkład własny – budżet Gminy Wronki: 12 500,00 zł\n")
    found = find_funding(text, 0, len(text), find_labels(text), "pl")
    assert [f.funder for f in found] == ["Fundacja Orange", "Gmina Wronki"]
    funder_shares(text, 0, len(text), found, "pl")
    assert [(f.funder, f.amount) for f in found][1] == ("Gmina Wronki", 12500.0)


def test_fund_owning_a_programme_is_named_without_the_programmes_period():
    text = "Projekt jest współfinansowany z Programu Krajowego Funduszu Bezpieczeństwa Wewnętrznego na lata 2021–2027."
    assert _funding(text) == [("Fundusz Bezpieczeństwa Wewnętrznego",
                               "Program Krajowy Funduszu Bezpieczeństwa Wewnętrznego na lata 2021–2027")]


def test_english_giver_before_a_giving_verb_in_the_present_or_future():
    text = "The City of Gdynia will award PLN 300,000 to local organisations this year. Grants went to:"
    assert _funding(text, "en") == [("City of Gdynia", None)]
    assert _funding("The Baltic Fund awards grants of EUR 5,000 to small groups.", "en") == [("Baltic Fund", None)]
    assert _funding("The Baltic Fund will grant EUR 5,000 to each group.", "en") == [("Baltic Fund", None)]


def test_a_logo_line_ending_in_grants_names_no_giver():
    text = "Active Citizens Fund\nIceland Liechtenstein Norway grants\n"
    assert _funding(text, "en") == []


def test_source_of_the_money_with_the_sum_aside_in_english_and_cyrillic():
    assert _funding("The funds – PLN 90,000 – come from the Baltic Fund for Youth.", "en") == \
        [("Baltic Fund for Youth", None)]
    assert _funding("The money (EUR 12,000) came from the Embassy of Canada.", "en") == [("Embassy of Canada", None)]
    assert _funding("Средства – 90 000 злотых – поступили от Фонда Развития Инициатив.", "ru") == \
        [("Фонд Развития Инициатив", None)]
    assert _funding("Кошти (90 000 злотих) надійшли від Фонду Розвитку Ініціатив.", "uk") == \
        [("Фонд Розвитку Ініціатив", None)]


def test_a_payer_named_again_in_the_translated_half_of_a_bilingual_line_is_one_payer():
    text = ("Проєкт фінансується з бюджету Міста Люблін, сума дотації – 30 000 злотих.\n"
            "Проєкт співфінансує Місто Люблін / Projekt współfinansuje Miasto Lublin\n")
    assert [f for f, _p in _funding(text, "uk")] == ["Місто Люблін"]


def test_a_payer_in_the_other_script_without_a_translation_line_stays():
    text = ("Проєкт фінансується з бюджету Міста Люблін.\n"
            "Partnerem finansowym projektu jest Fundacja PZU.\n")
    assert [f for f, _p in _funding(text, "uk")] == ["Місто Люблін", "Fundacja PZU"]


def test_a_programme_words_heading_governing_a_genitive_is_no_programme_label():
    text = ("Centrum Badań Społecznych\nProgram Integracji Społecznej Cudzoziemców\nAktualności | Kontakt\n\n"
            "Projekt został sfinansowany przez Fundację Dobrej Woli kwotą 20 000 zł.\n")
    assert _funding(text) == [("Fundacja Dobrej Woli", None)]


def test_a_keyed_grant_line_in_cyrillic_beats_a_per_person_sum_in_prose():
    from ngo_atlas.extract.money import grant_amount

    for text in ("Участницы получат микрогранты по 1500 злотых.\n\nРазмер полученной дотации: 25 000 злотых\n",
                 "Учасниці отримають мікрогранти по 1500 злотих.\n\nРозмір отриманої дотації: 25 000 злотих\n"):
        assert grant_amount(text, 0, len(text), []).amount == 25000.0
