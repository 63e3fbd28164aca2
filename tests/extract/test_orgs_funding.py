"""Organisations with roles and funders, on sentences from the dev documents and seeds."""

from ngo_atlas.extract.funding import find_funding
from ngo_atlas.extract.labels import find_labels
from ngo_atlas.extract.organisations import find_organisations, merge_orgs


def _orgs(text, lang="pl"):
    return [(o.name, o.role) for o in merge_orgs(find_organisations(text, 0, len(text),
                                                                     find_labels(text), lang))]


def _funding(text, lang="pl"):
    return [(f.funder, f.programme) for f in find_funding(text, 0, len(text), find_labels(text), lang)]


def test_lead_and_partners_from_cooperation_phrase():
    text = ("Opis: Fundacja Inna Przestrzeń (Warszawa) we współpracy z Stowarzyszeniem Homo Faber "
            "(Lublin) oraz INTERKULTURALNI PL (Kraków) rozpoczyna realizację projektu.")
    assert _orgs(text) == [("Fundacja Inna Przestrzeń", "lead"),
                           ("Stowarzyszenie Homo Faber", "partner"), ("INTERKULTURALNI PL", "partner")]


def test_organiser_and_partners_in_the_instrumental():
    text = ("Organizatorem projektu jest Fundacja Kultury Chrześcijańskiej Znak a partnerami "
            "Stowarzyszenie Vox Humana i Fundacja Polskie Forum Migracyjne.")
    assert _orgs(text) == [("Fundacja Kultury Chrześcijańskiej Znak", "lead"),
                           ("Stowarzyszenie Vox Humana", "partner"),
                           ("Fundacja Polskie Forum Migracyjne", "partner")]


def test_member_list_keeps_a_name_with_a_conjunction_whole():
    text = ("W pracach Konsorcjum bierze udział 9 organizacji:\n\nAmnesty International, "
            "Uchodźcy.Info i Chlebem i Solą, Fundacja Nasz Wybór, Stowarzyszenie Interwencji "
            "Prawnej i Stowarzyszenie Homo Faber.\n")
    assert _orgs(text) == [("Amnesty International", "member"),
                           ("Uchodźcy.Info i Chlebem i Solą", "member"),
                           ("Fundacja Nasz Wybór", "member"),
                           ("Stowarzyszenie Interwencji Prawnej", "member"),
                           ("Stowarzyszenie Homo Faber", "member")]


def test_partner_list_in_russian():
    text = ("Лидером Проекта является Мазовецкое воеводское управление, которое будет выполнять "
            "проектные задачи вместе с 4 партнерами: Фонд для Сомали, Фонд Польский миграционный "
            "форум и Каритас Польша.")
    assert _orgs(text, "ru") == [("Мазовецкое воеводское управление", "lead"),
                                 ("Фонд для Сомали", "partner"),
                                 ("Фонд Польский миграционный форум", "partner"),
                                 ("Каритас Польша", "partner")]


def test_bracketed_polish_translation_is_the_name():
    text = ("partnerzy:\n\n  • Программа «Миграция и право» Правозащитного центра «Мемориал» "
            "[Program „Migracja i prawo” Centrum Praw Człowieka „Memoriał”)\n"
            "  • Helsińska Fundacja Praw Człowieka\n\nopis")
    assert _orgs(text) == [("Centrum Praw Człowieka Memoriał", "partner"),
                           ("Helsińska Fundacja Praw Człowieka", "partner")]


def test_funders_in_the_nominative_with_their_programme():
    assert _funding("grantodawca: Fundacja Batorego, program Wschód-Wschód\n") == [
        ("Fundacja Batorego", "Wschód-Wschód")]
    text = ("Projekt „Zwiększanie efektywności zarządzania migracjami w Polsce” jest współfinansowany "
            "przez Szwajcarię w ramach szwajcarskiego programu współpracy z nowymi krajami "
            "członkowskimi Unii Europejskiej.")
    programme = "szwajcarski program współpracy z nowymi krajami członkowskimi Unii Europejskiej"
    assert _funding(text) == [("Szwajcaria", programme)]
    assert _funding("Projekt współfinansowany jest przez Europejski Fundusz Powrotów Imigrantów "
                    "oraz budżet państwa.") == [("Europejski Fundusz Powrotów Imigrantów", None),
                                                ("budżet państwa", None)]


def test_programme_named_before_its_funder():
    text = ("realizowany był w ramach programu RITA – Przemiany w regionie (konkurs „WIEM”), "
            "finansowanego przez Polsko-Amerykańską Fundację Wolności.")
    assert _funding(text) == [("Polsko-Amerykańska Fundacja Wolności", "RITA – Przemiany w regionie")]


def test_financed_by_inside_a_label():
    text = ("Grantor: Active Citizens – National Fund financed by the European Economic Area "
            "Financial Mechanism\n")
    assert _funding(text, "en") == [("European Economic Area Financial Mechanism",
                                     "Active Citizens – National Fund")]


def test_programme_owner_named_after_the_programme():
    text = "- Dofinansowanie: 6 000 zł z programu „Działaj Lokalnie” Polsko-Amerykańskiej Fundacji Wolności\n"
    assert _funding(text) == [("Polsko-Amerykańska Fundacja Wolności", "Działaj Lokalnie")]


def test_operator_is_an_organisation_with_role_other():
    text = ("Projekt otrzymał dofinansowanie z Programu NOWEFIO, którego operatorem jest Narodowy "
            "Instytut Wolności.")
    assert ("Narodowy Instytut Wolności", "other") in _orgs(text)
    assert _funding(text) == [(None, "NOWEFIO")]


def test_funders_in_russian_and_ukrainian():
    assert _funding("Проєкт фінансує Міжнародна організація з міграції (МОМ), бюджет становить "
                    "95 000 доларів США.", "uk") == [("Міжнародна організація з міграції", None)]
    assert _funding("средства выделило Маршалковское управление Лодзинского воеводства.", "ru") == [
        ("Маршалковское управление Лодзинского воеводства", None)]


def test_eea_formula_countries_pay_the_mechanism_is_the_channel():
    text = ("Wsparcie finansowe dla projektu udzielone zostało przez Islandię, Lichtenstein i Norwegię "
            "poprzez dofinansowanie ze środków Mechanizmu Finansowego Europejskiego Obszaru "
            "Gospodarczego oraz Norweskiego Mechanizmu Finansowego a także budżetu państwa w ramach "
            "Funduszu dla Organizacji Pozarządowych.")
    fund = "Fundusz dla Organizacji Pozarządowych"
    assert _funding(text) == [("Islandia", fund), ("Lichtenstein", fund), ("Norwegia", fund),
                              ("budżet państwa", fund)]
