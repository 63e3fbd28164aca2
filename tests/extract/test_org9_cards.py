"""Round 9: funders read from inline cards ("Finansowanie: X (sum). Partner: Y")."""

from ngo_atlas.extract.funding import find_funding
from ngo_atlas.extract.labels import find_labels


def _funders(text: str, lang: str = "pl") -> list[str | None]:
    return [f.funder for f in find_funding(text, 0, len(text), find_labels(text), lang)]


def test_inline_card_funder_ends_before_the_next_label():
    text = ("Cykl spotkań dla seniorów w Opolu i Nysie. Finansowanie: Gmina Opole (12 000 zł). "
            "Partner: Politechnika Opolska.")
    assert _funders(text) == ["Gmina Opole"]


def test_inline_card_funder_without_a_sum_ends_before_the_next_label():
    text = "Kurs języka dla dorosłych. Grantodawca: Fundacja Orange; Koordynacja: Anna Nowak."
    assert _funders(text) == ["Fundacja Orange"]


def test_grant_label_with_a_body_and_its_sum_names_the_payer():
    text = "Spotkania rodziców w Brzegu. Dofinansowanie: UNHCR (20 000 USD)."
    assert _funders(text) == ["UNHCR"]
    text = "Warsztaty w Nysie. Dofinansowanie: Fundacja Santander (8 500 zł)."
    assert _funders(text) == ["Fundacja Santander"]


def test_grant_label_with_only_a_sum_names_no_payer():
    text = "Warsztaty w Nysie. Dofinansowanie: 8 500 zł (80% kosztów)."
    assert _funders(text) == []


def _orgs(text: str, lang: str = "pl") -> list[tuple[str, str]]:
    from ngo_atlas.extract.organisations import find_organisations, merge_orgs

    return [(o.name, o.role) for o in merge_orgs(find_organisations(text, 0, len(text), find_labels(text), lang))]


def test_money_from_a_source_to_a_body_makes_the_body_its_grantee_not_its_payer():
    text = ("Ponad 50 tys. zł popłynie z budżetu Gminy Nysa do Stowarzyszenia Razem dla Nysy "
            "na prowadzenie świetlicy dla dzieci z Ukrainy.")
    assert _funders(text) == ["Gmina Nysa"]
    assert _orgs(text) == [("Stowarzyszenie Razem dla Nysy", "lead")]
    text = ("Almost PLN 80,000 from the budget of the City of Opole will go to the Opole Migrant "
            "Foundation for a legal help desk.")
    assert _funders(text, "en") == ["City of Opole"]
    assert _orgs(text, "en") == [("Opole Migrant Foundation", "lead")]


def test_a_bare_local_government_word_names_no_funder():
    text = "Gmina przyznała dotację na kursy językowe w wysokości 30 000 zł."
    assert _funders(text) == []


def test_a_share_in_percent_closes_the_payer_and_programme_names():
    text = ("Zadanie sfinansowano w ramach Programu Operacyjnego Wiedza Edukacja Rozwój w 85%, "
            "a resztę pokryła gmina.")
    assert [f.programme for f in find_funding(text, 0, len(text), find_labels(text), "pl")] == [
        "Program Operacyjny Wiedza Edukacja Rozwój"]
    text = "Wydarzenie dofinansowano z Funduszu Współpracy Polsko-Litewskiej w 70%, resztę dała gmina."
    assert _funders(text) == ["Fundusz Współpracy Polsko-Litewskiej"]


def test_a_comma_inside_a_quoted_name_splits_no_funder_list():
    text = "Źródło finansowania: Fundacja Batorego, Fundacja „Dobro, Pomoc i Nadzieja”\n"
    assert _funders(text) == ["Fundacja Batorego", "Fundacja Dobro, Pomoc i Nadzieja"]


def test_a_programmes_quoted_strand_is_no_second_funder():
    text = 'Funding: Creative Europe, strand "Culture, Heritage and Memory" (project 101099876)\n'
    assert [(f.funder, f.programme) for f in find_funding(text, 0, len(text), find_labels(text), "en")] == [
        (None, "Creative Europe")]


def test_a_giving_verb_with_a_sum_in_words_names_the_payer():
    text = ("Kursy prowadzi Stowarzyszenie Dialog, a środki – 30 tysięcy złotych – przyznała "
            "Fundacja Banku Zachodniego.")
    assert "Fundacja Banku Zachodniego" in _funders(text)


def test_support_is_money_only_beside_a_sum():
    text = "Świetlicę prowadzimy od roku, a wspiera nas Fundacja Orange kwotą 25 tys. zł."
    assert _funders(text) == ["Fundacja Orange"]
    text = "Świetlicę prowadzimy od roku, a wspiera nas Fundacja Orange swoim doświadczeniem."
    assert _funders(text) == []


def test_a_call_label_with_its_body_after_a_comma_names_the_payer():
    text = "Nabór: Inicjatywy Lokalne 2024, Fundacja Rozwoju Regionu Opolskiego\nKwota: 20 000 zł\n"
    assert [(f.funder, f.programme) for f in find_funding(text, 0, len(text), find_labels(text), "pl")] == [
        ("Fundacja Rozwoju Regionu Opolskiego", "Inicjatywy Lokalne 2024")]


def test_a_menu_of_labels_names_no_organisation():
    # a menu line whose last item carries the colon: each label is a value of the one before
    assert _orgs("Festiwal smaków\n\nRealizator | Partner | Patroni: TVP3 Opole, nto.pl\n") == []
    assert _orgs("Organizator | Partnerzy | Sponsor: Bank Spółdzielczy\n") == []


def test_a_project_and_a_past_verb_of_paying_in_every_gender_name_the_payer():
    for text, lang, payer in [
            ("Проєкт співфінансувало Опольське воєводство в межах конкурсу «Відкрите Ополе».", "uk",
             "Опольське воєводство"),
            ("Проект софинансировал Фонд Стефана Батория.", "ru", "Фонд Стефана Батория"),
            ("Projekt współfinansowała Fundacja Orlen.", "pl", "Fundacja Orlen")]:
        assert _funders(text, lang) == [payer]
    # a reflexive passive is no active verb: its agent is read by the passive's own rule
    text = "Проект софинансировался Европейским союзом из Фонда убежища, миграции и интеграции."
    assert "Фонд убежища, миграции и интеграции, а также" not in " ".join(
        f.programme or "" for f in find_funding(text, 0, len(text), find_labels(text), "ru"))


def test_a_menu_word_on_a_line_above_gives_no_role_to_a_name():
    from ngo_atlas.extract.bodynames import _role_near

    text = "HOME | TEAM | CONTACT\n\nOPEN – Open Regional Network for Newcomers\n"
    a = text.index("Open R")
    assert _role_near(text, a, a + len("Open Regional")) is None
    text = "Kontakt:\nAnna Nowak, tel. 500 100 200\n"  # a label above its value still gives it
    assert _role_near(text, 0 + text.index("Anna"), text.index("Anna") + 10) == "contact"


def test_a_list_after_partner_organisations_and_a_colon_names_partners():
    text = ("Wymianę organizuje Fundacja Most w Elblągu razem z organizacjami partnerskimi:\n"
            "– Centrum Młodzieży „Razom” – Ukraina\n– Stowarzyszenie Jaunimas – Litwa\n\nZgłoszenia do 1 maja.")
    assert _orgs(text) == [("Fundacja Most", "lead"), ("Centrum Młodzieży Razom", "partner"),
                           ("Stowarzyszenie Jaunimas", "partner")]
    text = ("The training is run by Stowarzyszenie Wspólnota Gdańsk with partner institutions:\n"
            "- Kyiv Youth Hub (Ukraine)\n- Union of Active Youth (Georgia)\n")
    assert _orgs(text, "en") == [("Stowarzyszenie Wspólnota Gdańsk", "lead"), ("Kyiv Youth Hub", "partner"),
                                 ("Union of Active Youth", "partner")]
