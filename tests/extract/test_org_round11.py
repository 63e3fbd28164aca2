"""Organisations of the eleventh round: a programme's operators named after the programme as
the passive's subject, and the bodies they work with, take role other in every language."""

from ngo_atlas.extract.labels import find_labels
from ngo_atlas.extract.organisations import OrgRef, find_organisations, merge_orgs
from ngo_atlas.model import Span


def _orgs(text: str, lang: str = "pl") -> list[tuple[str, str]]:
    return [(o.name, o.role) for o in merge_orgs(find_organisations(text, 0, len(text), find_labels(text), lang))]


def test_unquoted_programme_run_by_an_operator_with_a_co_operator():
    text = ("Stowarzyszenie Tęcza prowadzi świetlicę dla dzieci w Pile.\n\n"
            "Program Lokalne Inicjatywy Obywatelskie jest zarządzany przez Fundację Wspólny Dom "
            "we współpracy ze Stowarzyszeniem Klon.")
    got = _orgs(text)
    assert ("Fundacja Wspólny Dom", "other") in got
    assert ("Stowarzyszenie Klon", "other") in got
    # the programme is no body that runs the project with partners
    assert not any(n.startswith("Program") for n, _r in got)


def test_quoted_programme_operator_is_other_not_dropped():
    text = "Program „Razem Bezpieczniej” był prowadzony przez Fundację Pomocy Sąsiedzkiej."
    assert ("Fundacja Pomocy Sąsiedzkiej", "other") in _orgs(text)


def test_operator_label_with_its_partner_makes_both_other():
    text = ("Realizator: Fundacja Most\n"
            "Operator programu: Fundacja Dobrych Praktyk w partnerstwie z Fundacją Wsi Polskiej\n")
    got = _orgs(text)
    assert ("Fundacja Dobrych Praktyk", "other") in got
    assert ("Fundacja Wsi Polskiej", "other") in got
    assert ("Fundacja Most", "lead") in got


def test_ukrainian_operator_with_a_place_before_the_dash():
    text = "Оператор програми у воєводстві – Fundacja Pogranicze.\n"
    assert ("Fundacja Pogranicze", "other") in _orgs(text, "uk")


def test_programme_runner_that_pays_stays_the_funder():
    text = "Program „Zielone Sąsiedztwo” jest realizowany przez Fundację Grupy Energetycznej."
    found = find_organisations(text, 0, len(text), find_labels(text), "pl")
    funder = OrgRef("Fundacja Grupy Energetycznej", "funder", Span(0, 10, "funder_phrase", 0.8))
    merged = {o.name: o.role for o in merge_orgs([*found, funder])}
    assert merged["Fundacja Grupy Energetycznej"] == "funder"


def test_a_seat_closes_a_name_and_the_conjunction_after_it_opens_the_next_body():
    text = ("Zajęcia prowadzimy we współpracy z Powiatowym Urzędem Pracy w Sanoku i Bieszczadzkim "
            "Towarzystwem Turystycznym.")
    got = dict(_orgs(text))
    assert got.get("Powiatowy Urząd Pracy w Sanoku") == "partner"
    assert any(n.startswith("Bieszczadzkie Towarzystwo") for n in got)


def test_an_informal_group_in_a_list_is_its_quoted_name():
    text = ("Koalicję tworzą: Stowarzyszenie Lepsze Jutro, Fundacja Otwarte Drzwi "
            "oraz grupa nieformalna „Mamy z Bałut”.\n")
    got = dict(_orgs(text))
    assert got.get("Mamy z Bałut") == "member"
    assert got.get("Fundacja Otwarte Drzwi") == "member"


def test_a_unit_runs_on_through_at_the_and_the_next_body_follows():
    text = ("The study is run in cooperation with the Laboratory of Social Policy at the University of "
            "Gdańsk and the Union of Seasonal Workers, which reaches the farms.")
    got = dict(_orgs(text, "en"))
    assert got.get("Laboratory of Social Policy at the University of Gdańsk") == "partner"
    assert got.get("Union of Seasonal Workers") == "partner"


def test_a_lone_town_after_a_bodys_comma_on_a_list_line_is_its_seat():
    text = ("Partnerzy projektu:\n"
            "– Volkshochschule Mitte, Dresden (Niemcy)\n"
            "– Fundacja Nowy Start, Gdynia\n"
            "– Stowarzyszenie Sąsiedzi\n\n"
            "O projekcie")
    names = [n for n, _r in _orgs(text)]
    assert "Dresden" not in names and "Gdynia" not in names
    assert "Volkshochschule Mitte" in names and "Fundacja Nowy Start" in names


def test_a_partnership_label_lists_the_partners_and_its_marked_coordinator_leads():
    text = ("Duration: 2024–2026\n\n"
            "Partnership:\n"
            "• Tallinn University (Estonia) – coordinator\n"
            "• Kaunas Youth Centre (Lithuania)\n"
            "• Stowarzyszenie Dom Kultur (Poland)\n\n"
            "About the project\n")
    got = dict(_orgs(text, "en"))
    assert got.get("Tallinn University") == "lead"
    assert got.get("Kaunas Youth Centre") == "partner"
    assert got.get("Stowarzyszenie Dom Kultur") == "partner"


def test_a_local_partner_label_names_a_partner():
    text = "Grantor: Fundacja Orlen\nLocal partner: Volleyball Club Tczew\nGrant amount: 20 000 PLN\n"
    assert ("Volleyball Club Tczew", "partner") in _orgs(text, "en")
    text = "Partner lokalny: Klub Sportowy Orlęta Łuków\n"
    assert ("Klub Sportowy Orlęta Łuków", "partner") in _orgs(text)


def _leads(text: str) -> list[str]:
    from ngo_atlas.extract.pipeline import extract_document
    from ngo_atlas.model import Document

    ex = extract_document(Document("t.txt", "t.txt", text))
    return [o.name for p in ex.projects for o in p.organizations if o.role == "lead"]


def test_a_page_speaking_as_we_is_run_by_the_body_its_copyright_line_names():
    text = ("Start\nAktualności › Projekty\n\nKlub Dobrego Startu – lekcje polskiego dla dzieci\n\n"
            "Od marca 2025 realizujemy projekt „Klub Dobrego Startu”, finansowany przez Fundację "
            "Lotos. Zajęcia odbywają się dwa razy w tygodniu w Sopocie.\n\n"
            "Stowarzyszenie Morskie Sąsiedztwo © 2025 | Polityka prywatności\n")
    assert _leads(text) == ["Stowarzyszenie Morskie Sąsiedztwo"]


def test_a_language_switcher_above_the_name_is_passed_over():
    text = ("EN | PL | UA\nФундація «Рівні Шанси»\nНаші проєкти\n\n"
            "Проєкт «Школа сусідів» завершено\n\nНаша фундація реалізовувала проєкт «Школа сусідів» "
            "з вересня 2023 до червня 2024 року, який фінансувався Фондом Свободи.\n")
    assert _leads(text) == ["Фундація Рівні Шанси"]


def test_our_school_is_the_coordinator_on_the_schools_own_page():
    text = ("Liceum Ogólnokształcące nr 3 im. Adama Mickiewicza w Lesznie\n"
            "Erasmus+ › Projekty\n\nRazem w klasie\n\n"
            "Nasza szkoła jest koordynatorem projektu „Razem w klasie”, realizowanego w ramach "
            "programu Erasmus+ od 1 września 2024 r.\n")
    assert _leads(text) == ["Liceum Ogólnokształcące nr 3 im. Adama Mickiewicza w Lesznie"]


def test_a_logo_bars_cell_is_no_cue_for_the_next_cell():
    from ngo_atlas.extract.mentioned import mentioned_orgs

    text = ("Projekt „Sąsiedzi” realizuje Fundacja Tęcza.\n\n"
            "Logo | Sfinansowano przez Unię Europejską | Ministerstwo Rodziny i Polityki Społecznej\n")
    known = [OrgRef("Fundacja Tęcza", "lead", None)]
    assert not any(o.name.startswith("Ministerstwo") for o in mentioned_orgs(text, 0, len(text), "pl", known))
    text = "Projekt „Sąsiedzi” sfinansowało Ministerstwo Rodziny i Polityki Społecznej.\n"
    assert any(o.name.startswith("Ministerstwo") and o.role == "funder"
               for o in mentioned_orgs(text, 0, len(text), "pl", known))


def test_a_grant_lists_line_names_its_grantee_before_the_task():
    from ngo_atlas.extract.organisations import grantee_before_title

    text = ("Granty przyznano:\n"
            "1. Lubelskie Forum Sąsiedzkie – zadanie „Kuchnia bez granic” – 12 000 zł\n"
            "2. Parafia pw. św. Jana w Zamościu – „Świetlica dla dzieci” – 8 000 zł\n")
    a = text.index("Kuchnia")
    assert grantee_before_title(text, a, "pl").name == "Lubelskie Forum Sąsiedzkie"
    b = text.index("Świetlica")
    assert grantee_before_title(text, b, "pl").name == "Parafia pw. św. Jana w Zamościu"
    # a heading with no body before the dash names none
    text = "Aktualności – „Kuchnia bez granic” rusza w maju\n"
    assert grantee_before_title(text, text.index("Kuchnia"), "pl") is None


def test_a_sentence_before_the_dash_names_no_grantee():
    from ngo_atlas.extract.organisations import grantee_before_title

    text = "Umowę podpisało Stowarzyszenie Dobry Start z Ustrzyk – zadanie „Kuchnia bez granic”\n"
    assert grantee_before_title(text, text.index("Kuchnia"), "pl") is None


def test_a_relative_clause_makes_its_antecedent_the_partner():
    text = ("Zajęcia odbędą się w Gminnym Ośrodku Kultury w Pucku, który jest partnerem projektu, "
            "oraz w szkołach.")
    assert ("Gminny Ośrodek Kultury w Pucku", "partner") in _orgs(text)
    text = "The sessions take place at the Riverside Youth Centre, which is a partner of the project."
    assert ("Riverside Youth Centre", "partner") in _orgs(text, "en")


def test_russian_imperfective_partner_predicate_before_its_subject():
    text = "Партнёром выступало Общество «Открытый Город» из Лодзи.\n"
    assert any(n.startswith("Общество") and r == "partner" for n, r in _orgs(text, "ru"))


def test_a_breadcrumbs_arrow_ends_the_owners_name():
    assert _leads("Stowarzyszenie Nowa Wieś › Aktualności\n\nWarsztaty dla sąsiadów\n\n"
                  "Realizujemy projekt „Warsztaty dla sąsiadów” od maja 2025 r.\n") == ["Stowarzyszenie Nowa Wieś"]


def test_a_full_stop_inside_a_quoted_name_ends_no_sentence():
    from ngo_atlas.extract.text import sentences

    text = ("Завершился проект «Львов рядом. Центр для соседей», который с мая реализовывал Фонд «Мост». "
            "Проект финансировал город.")
    got = [text[a:b] for a, b in sentences(text)]
    assert len(got) == 2 and got[0].endswith("Фонд «Мост».")
    text = "Zakończył się projekt „Kraków razem. Dom sąsiedzki”. Prowadziła go Fundacja Most."
    assert len(sentences(text)) == 2
    # an unclosed quote does not swallow the next sentence
    text = "Projekt „Kraków razem. Dom sąsiedzki ruszył.\n\nFundacja Most go prowadzi."
    assert len(sentences(text)) == 3
    assert any(o == ("Фонд Мост", "lead") for o in _orgs(
        "Завершился проект «Львов рядом. Центр для соседей», который с мая реализовывал Фонд «Мост».", "ru"))


def test_a_partner_cue_inside_a_quoted_programme_name_governs_nothing():
    text = ("Проєкт фінансувався Фондом Відродження в рамках програми «Разом з Україною» "
            "(сума гранту – 100 000 злотих).")
    assert not any(r == "partner" for _n, r in _orgs(text, "uk"))
    text = "Projekt sfinansowano z programu „Razem z Sąsiadami” Fundacji Orlen."
    assert not any(r == "partner" for _n, r in _orgs(text))


def test_a_name_after_a_preposition_is_no_subject_of_the_verb():
    text = ("They met at our office in the Riverside Public Library, ran workshops on renting "
            "and went with newcomers to the offices.")
    assert not any(r == "lead" for _n, r in _orgs(text, "en"))
    # the subject before its verb still runs the project
    text = "The Harbour Foundation ran the project from May to December 2024."
    assert ("Harbour Foundation", "lead") in _orgs(text, "en")


def test_a_person_under_a_lead_label_is_no_organisation():
    from ngo_atlas.extract.pipeline import extract_document
    from ngo_atlas.model import Document

    text = ("Community Kitchen Gdynia\n\nProject lead: Oluwaseun Adebayo\n"
            "The project was funded by the Baltic Fund with a grant of EUR 9,000.\n")
    ex = extract_document(Document("t.txt", "t.txt", text))
    orgs = [o.name for p in ex.projects for o in p.organizations]
    assert "Oluwaseun Adebayo" not in orgs


def test_a_bare_word_for_a_body_before_an_acronym_and_its_full_name():
    text = ("Pojedziemy do Bergen, by poznać metody naszego partnera – organizację HRF "
            "(Human Rights Forum Bergen).")
    assert ("Human Rights Forum Bergen", "partner") in _orgs(text)


def test_the_city_and_its_municipality_are_one_body():
    from ngo_atlas.extract.organisations import same_org

    assert same_org("City of Elbląg", "Municipality of Elbląg")
    assert same_org("Miasto Kielce", "Gmina Miasto Kielce")
    assert not same_org("City of Elbląg", "Municipality of Braniewo")


def test_a_page_headed_by_the_projects_own_name_has_no_owner_from_it():
    text = ("Gdański Klub Sąsiedzki – mieszkańcy z wielu krajów razem\n\nData rozpoczęcia 1 marca 2016 r.\n"
            "Cele Celem projektu było stworzenie miejsca spotkań cudzoziemców. Organizatorzy chcieli, "
            "by cudzoziemcy poznali instytucje.\nJak działa? W Klubie działały kluby rozmów i kursy "
            "języka polskiego.\nFinansowanie Projekt sfinansowano ze środków Funduszu Sąsiedzkiego (20 000 zł).\n")
    assert _leads(text) == []


def test_ukrainian_voivode_began_the_project():
    text = "Волинський воєвода розпочав реалізацію проєкту «Волинь – разом» у жовтні 2024 року."
    assert ("Волинський воєвода", "lead") in _orgs(text, "uk")


def test_a_spaced_slash_between_two_bodies_in_a_label():
    text = "Partner: Gmina Nysa / Nyski Dom Kultury\nOkres realizacji: 2024–2025\n"
    got = dict(_orgs(text))
    assert got.get("Gmina Nysa") == "partner" and got.get("Nyski Dom Kultury") == "partner"
    # a name and its translation stay one body
    text = "Partner: Fundacja Most / Bridge Foundation\n"
    assert len(_orgs(text)) == 1


def test_the_privacy_clause_names_the_owner_of_a_page_speaking_as_we():
    text = ("Publikacje\n\nRaport „Praca sezonowa”\n\nRaport podsumowuje projekt „Uczciwe zbiory”, "
            "który realizowaliśmy w latach 2022–2023 dzięki grantowi Fundacji Wolności.\n\n"
            "Zapisz się do newslettera. Administratorem danych osobowych jest Lubuskie Centrum "
            "Praw Pracownika z siedzibą w Zielonej Górze.\n")
    assert _leads(text) == ["Lubuskie Centrum Praw Pracownika"]


def test_a_town_after_a_polish_preposition_leaves_the_subject_after_it():
    from ngo_atlas.extract.organisations import _after_preposition

    text = "Od marca w Krakowie Fundacja Nowy Dom realizuje projekt „Sąsiedzi”."
    assert not _after_preposition(text, 0, text.index("Fundacja"))
    assert ("Fundacja Nowy Dom", "lead") in _orgs(text)
    text = "They met in the Riverside Public Library."
    assert _after_preposition(text, 0, text.index("Library"))
    text = "Wspólnie z Fundacją Nowy Dom realizujemy projekt „Sąsiedzi”."
    assert ("Fundacja Nowy Dom", "lead") not in _orgs(text)


def test_a_possessive_before_a_capitalised_word_is_a_name():
    from ngo_atlas.extract.organisations import clean_org

    assert clean_org("Nasz Wybór", "pl") == ("Nasz Wybór", None)
    assert clean_org("Nasza fundacja", "pl") is None


def test_a_cyrillic_sentence_naming_a_polish_body_in_latin_script():
    text = ("Табір організувала польська організація Fundacja Dobry Sąsiad з Любліна. "
            "Учасники приїхали з Києва.")
    assert ("Fundacja Dobry Sąsiad", "lead") in _orgs(text, "uk")
    # a Cyrillic head inside a Cyrillic name is still read whole
    text = "С 1 марта 2024 года Белорусский Дом в Гродно реализует проект «Соседи»."
    assert not any(n == "Дом" for n, _r in _orgs(text, "ru"))


def test_the_coordinator_of_a_network_is_its_lead_when_it_is_a_body():
    text = "Koordynatorem koalicji jest Stowarzyszenie Dom Otwarty z Torunia."
    assert any(n.startswith("Stowarzyszenie Dom Otwarty") and r == "lead" for n, r in _orgs(text))
    text = "Koordynatorem punktu był Taras Hnatiuk, a porad udzielała mec. Ewa Lis."
    assert not any(r == "lead" for _n, r in _orgs(text))


def test_an_english_word_for_the_kind_of_body_before_its_polish_name():
    text = "The survey was run in cooperation with the trade union Solidarność Pracownicza and local schools."
    assert ("Solidarność Pracownicza", "partner") in _orgs(text, "en")
    text = "The festival was organised together with the network Sieć Sąsiedzka."
    assert ("Sieć Sąsiedzka", "partner") in _orgs(text, "en")


def test_a_plural_labels_column_of_names_shares_the_work():
    text = ("Seminarium „Sąsiedzi z daleka”\n\nOrganizatorzy:\nWydział Pedagogiki Uniwersytetu Opolskiego\n"
            "Stowarzyszenie Opolskie Sąsiedztwo\n\nPatronat: Marszałek Województwa Opolskiego\n")
    got = dict(_orgs(text))
    assert got.get("Wydział Pedagogiki Uniwersytetu Opolskiego") == "lead"
    assert got.get("Stowarzyszenie Opolskie Sąsiedztwo") == "partner"
    # a line of prose under the label ends the column
    text = "Organizatorzy:\nFundacja Most\nZapraszamy wszystkich mieszkańców Opola.\n"
    assert len(_orgs(text)) == 1


def test_a_city_hall_in_ukrainian_launching_a_project_with_a_partner():
    text = "Міська управа Кракова разом з Ягеллонським університетом запускає проєкт «Сусіди»."
    got = dict(_orgs(text, "uk"))
    assert got.get("Міська управа Кракова") == "lead"


def test_an_acronyms_gloss_with_an_article_and_a_name_found_twice():
    text = "The project was run in partnership with KDF – the Kraków Diaspora Forum, which trained our staff."
    assert ("Kraków Diaspora Forum", "partner") in _orgs(text, "en")
    text = ("Between May 2022 and June 2024 the Baltic Newcomers Association (Stowarzyszenie Bałtyccy "
            "Przybysze) ran an information point in Gdynia.")
    assert ("Baltic Newcomers Association", "lead") in _orgs(text, "en")


def test_a_blog_of_a_body_names_its_owner_and_a_demonstrative_names_no_body():
    text = ("Blog Gminnej Biblioteki Publicznej w Łącku\nKatalog | Blog | Kontakt\n\n"
            "Czwartki z językiem polskim\n\nTo „Czwartki z językiem polskim” – projekt, który nasza biblioteka "
            "realizuje razem ze Szkołą Podstawową w Łącku od lutego 2025 r.\n")
    assert _leads(text) == ["Gminna Biblioteka Publiczna w Łącku"]
    # a page of a body named by its head word alone gives no owner
    text = ("Blog Fundacji | Rozmowy\n\nKuchnia sąsiedzka\n\nProjekt „Kuchnia sąsiedzka” realizujemy od maja "
            "2025 r. w Nowym Targu.\n")
    assert "Fundacja" not in _leads(text)
