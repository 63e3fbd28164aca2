"""Organisation roles stated in prose in general forms: passives, role nouns, lists after cues."""

from ngo_atlas.extract.labels import find_labels
from ngo_atlas.extract.mentioned import mentioned_orgs
from ngo_atlas.extract.organisations import find_organisations, merge_orgs


def _orgs(text, lang="pl"):
    return [(o.name, o.role) for o in merge_orgs(find_organisations(text, 0, len(text),
                                                                     find_labels(text), lang))]


def test_passive_of_a_running_verb_in_the_plural_names_the_lead():
    text = "Warsztaty prowadzone są przez Fundację Wspólny Stół z Elbląga."
    assert _orgs(text)[:1] == [("Fundacja Wspólny Stół", "lead")]


def test_passive_perfect_with_zostal():
    text = "Program szkoleń został przygotowany przez Stowarzyszenie Lepszy Start."
    assert _orgs(text) == [("Stowarzyszenie Lepszy Start", "lead")]


def test_applicant_and_initiator_nouns_name_the_lead():
    assert _orgs("Wnioskodawcą jest Fundacja Most Kultur.") == [("Fundacja Most Kultur", "lead")]
    assert _orgs("Inicjatorem działań jest Stowarzyszenie Sąsiedzi.") == [("Stowarzyszenie Sąsiedzi", "lead")]


def test_partner_after_a_dash_and_a_colon_list():
    text = "Liderem jest Fundacja Most Kultur, partnerem – Miejski Ośrodek Pomocy Rodzinie."
    assert ("Miejski Ośrodek Pomocy Rodzinie", "partner") in _orgs(text)
    text = "Naszymi partnerami są: Fundacja Most Kultur, Stowarzyszenie Sąsiedzi oraz Caritas Polska."
    assert _orgs(text) == [("Fundacja Most Kultur", "partner"), ("Stowarzyszenie Sąsiedzi", "partner"),
                           ("Caritas Polska", "partner")]


def test_co_organiser_is_a_partner_not_the_lead():
    text = "Współorganizatorem spotkań jest Stowarzyszenie Sąsiedzi."
    assert _orgs(text) == [("Stowarzyszenie Sąsiedzi", "partner")]
    assert [(o.name, o.role) for o in mentioned_orgs(
        "Współorganizatorem projektu została Fundacja Most Kultur.", 0, 58, "pl", [])] == [
        ("Fundacja Most Kultur", "partner")]


def test_partnership_of_bodies_in_the_genitive():
    text = "Zadanie wykonywane jest w partnerstwie Fundacji Most Kultur i Stowarzyszenia Sąsiedzi."
    assert _orgs(text) == [("Fundacja Most Kultur", "partner"), ("Stowarzyszenie Sąsiedzi", "partner")]


def test_consortium_makers_are_members():
    text = "Działania prowadzi konsorcjum złożone z Fundacji Most Kultur i Stowarzyszenia Sąsiedzi."
    assert ("Fundacja Most Kultur", "member") in _orgs(text)
    assert ("Stowarzyszenie Sąsiedzi", "member") in _orgs(text)


def test_bodies_taking_part_are_partners():
    text = "W projekcie uczestniczą także Polski Czerwony Krzyż i Fundacja Most Kultur."
    assert _orgs(text) == [("Polski Czerwony Krzyż", "partner"), ("Fundacja Most Kultur", "partner")]


def test_quoted_project_name_before_the_verb_is_not_the_subject():
    text = "Projekt „Szkoła Otwarta” koordynuje Fundacja Most Kultur."
    assert _orgs(text) == [("Fundacja Most Kultur", "lead")]


def test_russian_lead_name_ends_before_sovmestno_s():
    text = "Проект реализует Фонд «Новый путь» совместно с Ассоциацией «Мост»."
    assert _orgs(text, "ru") == [("Фонд Новый путь", "lead"), ("Ассоциация Мост", "partner")]


def test_role_line_with_an_address_is_kept_and_the_postcode_is_no_body():
    from ngo_atlas.extract.boilerplate import mask

    text = ("Projekt „Nowy Most”\n\nRealizator: Fundacja Nowy Most, ul. Krótka 7, 30-001 Kraków\n"
            "Partner: Stowarzyszenie Brzeg\n")
    masked = mask(text)
    assert "Realizator: Fundacja Nowy Most" in masked
    assert _orgs(masked) == [("Fundacja Nowy Most", "lead"), ("Stowarzyszenie Brzeg", "partner")]


def test_the_body_a_page_introduces_itself_as_runs_its_first_person_project():
    from ngo_atlas.extract.pipeline import extract_document
    from ngo_atlas.model import Document

    text = ("O nas\n\nStowarzyszenie Dobry Sąsiad od 2016 roku pomaga rodzinom cudzoziemców w Radomiu.\n\n"
            "Projekt „Sąsiedzka Szkoła”\n\nW 2024 roku realizujemy projekt „Sąsiedzka Szkoła”, w ramach "
            "którego prowadzimy lekcje języka polskiego. Projekt finansuje Gmina Miasta Radomia.\n")
    ex = extract_document(Document("own.txt", "own.txt", text))
    [p] = ex.projects
    assert ("Stowarzyszenie Dobry Sąsiad", "lead") in [(o.name, o.role) for o in p.organizations]


def test_own_organisation_needs_a_verb_after_the_name():
    from ngo_atlas.extract.organisations import own_organisation

    assert own_organisation("Fundacja Jasny Dom wspiera migrantów w Opolu.", "pl")[0] == "Fundacja Jasny Dom"
    assert own_organisation("Фонд «Светлый дом» помогает мигрантам в Опole.", "ru")[0] == "Фонд Светлый дом"
    assert own_organisation("The Bright Home Foundation supports migrants in Opole.", "en")[0] == \
        "Bright Home Foundation"
    assert own_organisation("Fundacja Jasny Dom, Fundacja Most i inni.", "pl") is None


def test_a_name_run_together_with_its_parent_body_ends_at_its_seat():
    text = "Projekt prowadzi Ośrodek Pomocy Cudzoziemcom w Lublinie Caritas Archidiecezji Lubelskiej."
    assert _orgs(text) == [("Ośrodek Pomocy Cudzoziemcom w Lublinie", "lead")]


def test_cyrillic_name_opening_with_an_adjective_and_saying_what_it_is_for():
    from ngo_atlas.extract.organisations import cyrillic_mentions

    text = "С мая 2022 года Международная организация по труду вместе с Фондом «Дом» помогала людям."
    assert [text[a:b] for a, b in cyrillic_mentions(text, 0, len(text))] == [
        "Международная организация по труду", "Фондом «Дом»"]


def test_english_programme_named_in_a_funder_label_goes_to_the_funder_before_it():
    from ngo_atlas.extract.funding import find_funding
    from ngo_atlas.extract.labels import find_labels

    text = "Funding: European Union, Digital Europe research programme (grant No 123)\n"
    got = [(f.funder, f.programme) for f in find_funding(text, 0, len(text), find_labels(text), "en")]
    assert got == [("European Union", "Digital Europe")]


def test_english_passive_agent_and_english_name_kept_as_written():
    text = "The courses are carried out by the Toruń Migrant Help Desk with the University of Toruń as a partner."
    got = _orgs(text, "en")
    assert ("Toruń Migrant Help Desk", "lead") in got
    assert ("University of Toruń", "partner") in got


def test_verb_second_sentence_with_a_short_fronted_object():
    assert _orgs("Zajęcia koordynuje Stowarzyszenie Brzeg.") == [("Stowarzyszenie Brzeg", "lead")]


def test_a_body_named_by_its_capitalised_words_after_the_verb_but_not_a_person():
    assert _orgs("Projekt realizuje Polska Akcja Ratunkowa (PAR).")[:1] == [("Polska Akcja Ratunkowa", "lead")]
    assert _orgs("Projekt prowadzi Anna Kowalska.") == []


def test_a_town_is_no_partner():
    text = "Projekt realizuje Fundacja Most Kultur we współpracy z Kielcami."
    assert _orgs(text) == [("Fundacja Most Kultur", "lead")]


def test_partners_in_a_bulleted_list_under_a_cooperation_cue():
    text = ("Zajęcia prowadzimy we współpracy z:\n• Fundacją Most Kultur,\n• Stowarzyszeniem Brzeg,\n"
            "• Urzędem Gminy Sławno.\n\nDalszy tekst.")
    assert _orgs(text) == [("Fundacja Most Kultur", "partner"), ("Stowarzyszenie Brzeg", "partner"),
                           ("Urząd Gminy Sławno", "partner")]


def test_a_coalition_made_of_bodies_listed_inline_ends_with_its_sentence():
    text = ("Sieć tworzą: Fundacja Most Kultur, Stowarzyszenie Brzeg i Centrum Pomocy im. Jana Nowaka. "
            "Sieć prowadzi od 2022 r. dyżury prawne.")
    # ("Sieć" alone, a bare head word, is dropped later by the pipeline)
    assert [o for o in _orgs(text) if o[1] == "member"] == [
        ("Fundacja Most Kultur", "member"), ("Stowarzyszenie Brzeg", "member"),
        ("Centrum Pomocy im. Jana Nowaka", "member")]


def test_substantive_support_names_a_partner():
    text = "Projekt realizuje Fundacja Most Kultur. Opiekę merytoryczną sprawuje Instytut Spraw Publicznych."
    assert ("Instytut Spraw Publicznych", "partner") in _orgs(text)


def test_seat_kept_after_an_adjective_and_a_seat_head():
    text = "Partnerem projektu jest Miejski Ośrodek Pomocy Rodzinie w Sandomierzu."
    assert _orgs(text) == [("Miejski Ośrodek Pomocy Rodzinie w Sandomierzu", "partner")]


def test_acronym_with_its_full_name_after_a_dash_or_in_brackets_keeps_the_full_name():
    assert _orgs("Partnerem jest PCK – Polski Czerwony Krzyż.") == [("Polski Czerwony Krzyż", "partner")]
    assert _orgs("Partnerem projektu jest PCK (Polski Czerwony Krzyż).") == [("Polski Czerwony Krzyż", "partner")]


def test_whose_project_it_is_names_the_lead():
    assert ("Fundacja Nowy Brzeg", "lead") in _orgs("Kawiarenka językowa jest projektem Fundacji Nowy Brzeg.")
    assert ("Harbour Foundation", "lead") in _orgs("The language café is a project of the Harbour Foundation.", "en")
    assert ("Фонд Новый берег", "lead") in _orgs("Языковое кафе является проектом Фонда «Новый берег».", "ru")


def test_own_organisation_saying_what_kind_of_body_it_is():
    from ngo_atlas.extract.organisations import own_organisation

    text = "Dom Sąsiedzki – organizacja, która od 2019 roku pomaga migrantom."
    assert own_organisation(text, "pl")[0] == "Dom Sąsiedzki"
    assert own_organisation("Грузинский двор – организация, созданная грузинами.", "ru")[0] == "Грузинский двор"
    assert own_organisation("Kraków – miasto, które przyjęło wielu uchodźców.", "pl") is None


def test_each_member_of_an_operating_consortium_operates():
    text = "Operatorem Programu jest konsorcjum Fundacji Wolne Słowo i Fundacji Nowa Szkoła."
    assert _orgs(text) == [("Fundacja Wolne Słowo", "other"), ("Fundacja Nowa Szkoła", "other")]


def test_operated_in_a_country_by_the_body():
    text = "The grant came from the Civic Fund, operated in Poland by the Open Door Foundation."
    assert ("Open Door Foundation", "other") in _orgs(text, "en")


def test_partner_of_any_named_activity():
    text = "Partnerem szkoleń jest Opolskie Centrum Wolontariatu."
    assert _orgs(text) == [("Opolskie Centrum Wolontariatu", "partner")]


def test_cyrillic_towns_in_a_partner_list_are_no_bodies():
    text = "Фундація «Світло» спільно з парафіяльними центрами в Кельцях, Ополе та Ельблонзі реалізує проєкт."
    names = [n for n, _r in _orgs(text, "uk")]
    assert "Ополе" not in names and "Ельблонза" not in names and "Ельблонг" not in names


def test_ukrainian_caritas_heads_a_name():
    text = "Карітас Сандомирської дієцезії реалізує проєкт «Теплий дім»."
    assert ("Карітас Сандомирської дієцезії", "lead") in _orgs(text, "uk")


def test_cyrillic_name_with_adjectives_before_a_lower_case_head():
    text = "Український культурний центр у 2023 році реалізував проєкт «Мости»."
    assert _orgs(text, "uk") == [("Український культурний центр", "lead")]
    text = "Люблінський громадський форум реалізував проєкт «Разом»."
    assert _orgs(text, "uk") == [("Люблінський громадський форум", "lead")]


def test_a_titled_person_after_led_by_is_no_body():
    text = "The Lublin team, led by Dr Anna Kowalczyk, is responsible for interviews."
    assert _orgs(text, "en") == []


def test_a_coordinator_label_naming_a_body_gives_the_lead():
    assert _orgs("Nazwa: Kursy\nKoordynator: Fundacja Ocalenie\n") == [("Fundacja Ocalenie", "lead")]
    assert _orgs("Title: Study\nCoordinator: University of Turin\n", "en") == [("University of Turin", "lead")]
    assert _orgs("Nazwa: Kursy\nKoordynator: Anna Nowak\n") == []


def test_a_consortium_label_lists_members():
    text = "Title: Study\nConsortium: Ghent University, Migration Policy Group\n"
    assert _orgs(text, "en") == [("Ghent University", "member"), ("Migration Policy Group", "member")]
