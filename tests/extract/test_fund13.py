"""Round 13 funding mechanisms: programmes told from their payers, totals from grants."""

from ngo_atlas.extract.funding import find_funding
from ngo_atlas.extract.labels import find_labels


def _funding(text, lang="pl"):
    return [(f.funder, f.programme) for f in find_funding(text, 0, len(text), find_labels(text), lang)]


def test_fund_in_a_label_with_its_owners_in_brackets():
    text = ("Źródło finansowania: Fundusz Małych Grantów (Ambasada Kanady i Fundacja Wspólna Droga)\n"
            "Kwota: 12 000 zł\n")
    assert _funding(text) == [("Ambasada Kanady", "Fundusz Małych Grantów"),
                              ("Fundacja Wspólna Droga", "Fundusz Małych Grantów")]


def test_english_programme_with_its_donor_in_brackets():
    text = "Donor: Small Projects Fund – Regional (Swiss Contribution)\nAmount: 30 000 CHF\n"
    assert _funding(text, "en") == [("Swiss Contribution", "Small Projects Fund – Regional")]


def test_bracketed_acronym_or_seat_is_no_owner():
    assert _funding("Grantodawca: Fundusz Wspierania Inicjatyw (FWI)\n") == [("Fundusz Wspierania Inicjatyw", None)]
    assert _funding("Grantodawca: Fundusz Lokalny (Sanok)\n") == [("Fundusz Lokalny", None)]
    assert _funding("Grantodawca: Fundusz Lokalny (Nowy Sącz)\n") == [("Fundusz Lokalny", None)]


def test_capitalised_programme_in_a_funder_list_is_the_payers_programme():
    text = "Sponsor: Gdańsk City Council, Small Grants Programme, agreement 14/2024\n"
    assert _funding(text, "en") == [("Gdańsk City Council", "Small Grants Programme")]


def test_fund_as_subject_of_a_financing_verb_is_the_programme():
    text = ("The Small Towns Fund – Regional is financed by Switzerland and Norway. "
            "Read about other projects supported by the Small Towns Fund.")
    assert _funding(text, "en") == [("Switzerland", "Small Towns Fund – Regional"),
                                    ("Norway", "Small Towns Fund – Regional")]


def test_polish_fund_as_subject_of_a_financing_verb():
    text = "Fundusz Sąsiedzkich Inicjatyw jest finansowany przez Fundację Wspólna Droga."
    assert _funding(text) == [("Fundacja Wspólna Droga", "Fundusz Sąsiedzkich Inicjatyw")]


def _grant(text, payers=()):
    from ngo_atlas.extract.money import grant_amount

    g = grant_amount(text, 0, len(text), [], payers)
    return g and (g.amount, g.currency)


def test_cost_noun_marks_a_total_shared_by_two_payers():
    text = ("Łączny koszt zadania wynosi 812 400 zł. Trzy czwarte kosztów pokrywa Fundusz X, "
            "resztę – budżet państwa.")
    assert _grant(text, ["Fundusz X", "budżet państwa"]) is None
    # the grant noun beside the value noun is a grant
    assert _grant("Wartość dotacji: 52 300 zł.", ["Fundacja Y"]) == (52300.0, "PLN")


def test_rounded_headline_is_the_exact_total_again():
    text = ("Blisko 2,5 mln zł na centrum dla cudzoziemców\n\nUmowę podpisano w piątek. "
            "Jej wartość wynosi 2 493 120,00 zł, z czego 80% pochodzi z Funduszu X.")
    assert _grant(text, ["Fundusz X"]) is None


def test_a_sum_asked_of_readers_is_no_grant():
    text = ("Projekt sfinansowała Gmina Ustka. Wesprzyj nas – wystarczy wpłata 15 zł, "
            "by dziecko mogło pojechać na wycieczkę.")
    assert _grant(text, ["Gmina Ustka"]) is None
    assert _grant("Gmina Ustka przyznała na ten cel 15 000 zł.", ["Gmina Ustka"]) == (15000.0, "PLN")
    assert _grant("Twoja darowizna to nawet 20 zł miesięcznie.") is None
    # a gift the text reports is no appeal to the reader
    assert _grant("The Foundation donated EUR 20,000 to the project.") == (20000.0, "EUR")
    assert _grant("Fundacja przekazała darowiznę w wysokości 50 000 zł na projekt.") == (50000.0, "PLN")


def test_programme_then_the_union_in_the_genitive():
    text = "Warsztaty sfinansowano ze środków programu Obywatele dla Europy Unii Europejskiej."
    assert _funding(text) == [("Unia Europejska", "Obywatele dla Europy")]
    text = "Проект финансируется из средств программы Горизонт Европа Европейского союза."
    assert _funding(text, "ru") == [("Европейский союз", "Горизонт Европа")]


def test_genitive_conjunct_continues_the_name_before_it():
    text = ("Projekt jest finansowany przez Europejskie Stowarzyszenie Uniwersytetów i Szkół Wyższych "
            "oraz Fundację Orlen.")
    assert _funding(text) == [("Europejskie Stowarzyszenie Uniwersytetów i Szkół Wyższych", None),
                              ("Fundacja Orlen", None)]


def test_two_bodies_in_the_same_case_stay_two():
    text = "Projekt sfinansowano ze środków Samorządu Województwa Opolskiego i Powiatu Nyskiego."
    assert _funding(text) == [("Samorząd Województwa Opolskiego", None), ("Powiat Nyski", None)]


def test_two_foreign_names_joined_by_i_are_two_funders():
    text = "Zajęcia odbywają się dzięki wsparciu Open Society Foundations i Robert Bosch Stiftung."
    assert _funding(text) == [("Open Society Foundations", None), ("Robert Bosch Stiftung", None)]


def test_a_kind_of_grant_after_w_ramach_is_no_programme():
    text = "Kursy sfinansowała Gmina Ustka w ramach dotacji celowej dla Stowarzyszenia Most."
    assert _funding(text) == [("Gmina Ustka", None)]


def test_programme_name_ends_at_a_comma_before_w_ramach():
    text = ("Zadanie dofinansowane przez Fundację Wspólna Droga ze środków Programu Lokalne Inicjatywy, "
            "w ramach mikrodotacji przekazanej za pośrednictwem Stowarzyszenia Most.")
    assert _funding(text) == [("Fundacja Wspólna Droga", "Program Lokalne Inicjatywy")]


def test_programme_named_by_what_it_does_keeps_its_governed_words():
    text = "Zajęcia finansuje Ambasada Kanady w ramach programu pomocy dzieciom z Ukrainy."
    assert _funding(text) == [("Ambasada Kanady", "program pomocy dzieciom z Ukrainy")]


def test_capitalised_heading_with_a_label_word_is_no_funder():
    text = "WSPARCIE PSYCHOLOGICZNE DLA DZIECI\n\nTekst o projekcie.\n\nGrantodawca: Fundacja Orlen\n"
    assert _funding(text) == [("Fundacja Orlen", None)]
    # a capitalised key over its capitalised value is a key-value pair
    assert _funding("Projekt X\n\nDARCZYŃCA\nUNICEF\n\nKWOTA\n10 000 zł\n") == [("UNICEF", None)]


def test_label_value_that_is_a_sentence_is_read_as_one():
    text = "Finansowanie: Projekt dofinansowany przez Norwegię w ramach programu Kultura.\nKwota: 100 zł\n"
    assert _funding(text) == [("Norwegia", "Kultura")]


def _funding_with_shares(text, lang="pl"):
    from ngo_atlas.extract.shares import funder_shares

    found = find_funding(text, 0, len(text), find_labels(text), lang)
    funder_shares(text, 0, len(text), found, lang)
    return [(f.funder, f.programme, f.amount) for f in found]


def test_programme_and_sum_in_a_relative_clause_belong_to_its_antecedent():
    text = ("Zajęcia współfinansują Gmina Kadzidło oraz Fundacja Orlen, która przekazała na ten cel "
            "30 tys. złotych w programie „Moje miejsce na Ziemi”.")
    assert _funding_with_shares(text) == [("Gmina Kadzidło", None, None),
                                          ("Fundacja Orlen", "Moje miejsce na Ziemi", 30000.0)]
    text = ('The project is co-funded by the City of Gdańsk and the Orlen Foundation, which awarded '
            'EUR 20,000 under the "My Place" programme.')
    assert _funding_with_shares(text, "en") == [("City of Gdańsk", None, None),
                                                ("Orlen Foundation", "My Place", 20000.0)]
    # no relative clause: the programme is both payers'
    assert _funding("Projekt finansują Gmina X i Fundacja Y w ramach programu „Razem”.") == [
        ("Gmina X", "Razem"), ("Fundacja Y", "Razem")]


def test_budget_of_a_town_of_two_words_after_a_payer():
    text = "Festyn dofinansowano ze środków Fundacji Orlen oraz z budżetu Miasta Nowy Targ."
    assert _funding(text) == [("Fundacja Orlen", None), ("Miasto Nowy Targ", None)]


def test_body_that_hands_on_anothers_money_is_no_funder():
    text = "Проект финансируется Фондом Помощи (ФП) в Польше из средств Министерства иностранных дел Германии."
    assert _funding(text, "ru") == [("Министерство иностранных дел Германии", None)]


def test_foreign_name_ending_in_a_lower_case_word():
    text = "Projekt sfinansowała organizacja Caritas Luxembourg international, która przekazała 20 000 euro."
    assert _funding(text) == [("Caritas Luxembourg international", None)]
    assert _funding("Kursy sfinansowała Fundacja Bosch international.") == [("Fundacja Bosch international", None)]


def test_year_after_a_body_name_is_no_part_of_it():
    from ngo_atlas.extract.funding import clean_funder

    assert clean_funder("Caritas 2025", "pl") == "Caritas"
    assert clean_funder("Fundusze Europejskie dla Pomorza 2021-2027", "pl").endswith("2021-2027")


def test_one_body_named_twice_in_other_forms_is_one_funder():
    text = ("Zajęcia odbyły się dzięki wsparciu Województwa Podkarpackiego. Projekt sfinansowano "
            "ze środków Samorządu Województwa Podkarpackiego (20 000 zł).")
    assert _funding(text) == [("Samorząd Województwa Podkarpackiego", None)]
    text = "Проект реализован при поддержке города Люблина. Он финансировался из бюджета Гмины города Люблин."
    assert _funding(text, "ru") == [("Гмина города Люблин", None)]
    # one word in common is not enough
    text = "Projekt sfinansowały Norwegia oraz Norweski Mechanizm Finansowy."
    assert len(_funding(text)) == 2


def test_unit_then_its_parent_body_in_a_funder_label_is_one_payer():
    assert _funding("Grantodawca: Biuro Programów Społecznych, Ministerstwo Rodziny\n") == [
        ("Biuro Programów Społecznych", None)]
    # two bodies of their own stay two
    assert _funding("Grantodawca: Fundacja Orlen, Ministerstwo Rodziny\n") == [
        ("Fundacja Orlen", None), ("Ministerstwo Rodziny", None)]


def test_sums_written_in_words():
    from ngo_atlas.extract.money import find_money

    def sums(t):
        return [(h.amount, h.currency) for h in find_money(t)]

    assert sums("Fundacja przekazała na ten cel pół miliona złotych.") == [(500000.0, "PLN")]
    assert sums("Gmina dołożyła dwa miliony złotych.") == [(2000000.0, "PLN")]
    assert sums("The embassy gave half a million euro.") == [(500000.0, "EUR")]
    assert sums("Місто виділило два мільйони злотих.") == [(2000000.0, "PLN")]
    assert sums("Zbiórka przyniosła kilka tysięcy złotych.") == []  # how many is not said
    assert sums("Dotacja wyniosła 40 tysięcy złotych.") == [(40000.0, "PLN")]  # figures read once
    assert _grant("Projekt otrzymał dotację w wysokości półtora miliona złotych.") == (1500000.0, "PLN")


def test_fund_with_its_owners_in_brackets_in_a_sentence():
    text = "Warsztaty dofinansowano ze środków Funduszu Małych Grantów (Ambasada Kanady)."
    assert _funding(text) == [("Ambasada Kanady", "Fundusz Małych Grantów")]
    text = "The school's project is funded by the Small Towns Fund – Regional (Norway Grants)."
    assert _funding(text, "en") == [("Norway Grants", "Small Towns Fund – Regional")]
    # a fund named for whom it is, its owners in brackets
    text = "Kursy dofinansowano z Funduszu dla Seniorów (Mechanizm Finansowy EOG)."
    assert _funding(text) == [("Mechanizm Finansowy EOG", "Fundusz dla Seniorów")]


def test_bracket_with_the_name_in_another_language_is_no_owner():
    text = "Проект финансируется Фондом Малых Грантов (Fundusz Małych Grantów) – сумма 8 000 злотых."
    assert [f for f, _p in _funding(text, "ru")] == ["Фонд Малых Грантов"]
    assert _funding("Funder: Civic Initiatives Fund (Obywatele Razem)\n", "en") == [("Civic Initiatives Fund", None)]
