"""Round 28, people and their roles (ROLEQ): the head of a team doing the project's work (its own
team or a partner's share: "Kierownik zespołu polskiego:", "kierowniczka zespołu norweskiego",
"zespół kierowany przez X", "Czech team lead:", "Керівниця польської команди:") is a coordinator,
unless the team is named by its members ("zespołu tłumaczy", "interpreters' team"); a chair's
title after the name ("X, prof. UW – kierowniczka projektu") does not hide the apposition after
it (texts in our own wording, not the sets')."""

from ngo_atlas.extract.teamhead import heads_team
from people_texts import EN as _EN, PL as _PL, RU as _RU, UK as _UK, people_roles as _people


def test_polish_team_head_keys_beside_the_project_coordinator():
    r = _people(_PL + "Koordynatorka projektu: Beata Wrona\n"
                "Kierownik zespołu czeskiego: prof. dr hab. Tomasz Jeleń\n"
                "Kierowniczka zespołu UAM: dr Halina Sikora\n")
    assert r.get("Beata Wrona") == "coordinator"
    assert r.get("Tomasz Jeleń") == "coordinator"
    assert r.get("Halina Sikora") == "coordinator"


def test_polish_team_list_with_a_chair_title_and_partner_team_heads():
    r = _people(_PL + "Zespół projektu:\n"
                "- dr hab. Marek Kruk, prof. UŁ – kierownik projektu\n"
                "- prof. Sigrid Lunde – kierowniczka zespołu norweskiego, UiB\n"
                "- dr Ewa Jarosz – kierowniczka zespołu w Uniwersytecie w Opolu\n"
                "- dr Piotr Szpak – UAM\n")
    assert r.get("Marek Kruk") == "coordinator"
    assert r.get("Sigrid Lunde") == "coordinator"
    assert r.get("Ewa Jarosz") == "coordinator"
    assert r.get("Piotr Szpak") == "other"


def test_polish_team_led_by_a_person():
    r = _people(_PL + "Punkt prowadzić będzie zespół kierowany przez Martę Olchowską z Fundacji Most.\n")
    assert r.get("Marta Olchowska") == "coordinator"


def test_english_team_lead_key():
    r = _people(_EN + "Project manager: Barbara Wren\nSlovak team lead: Dr Lenka Hlavata\n")
    assert r.get("Barbara Wren") == "coordinator"
    assert r.get("Lenka Hlavata") == "coordinator"


def test_ukrainian_and_russian_team_head_keys():
    r = _people(_UK + "Координаторка проєкту: Анна Ліс\nКерівниця польської команди: Ірина Коваль\n")
    assert r.get("Ірина Коваль") == "coordinator"
    r = _people(_RU + "Координатор проекта: Анна Лис\nРуководитель команды: Ирина Ковалёва\n")
    assert r.get("Ирина Ковалёва") == "coordinator"


def test_a_team_named_by_its_members_is_a_unit():
    r = _people(_PL + "Koordynatorka projektu: Beata Wrona\nKierowniczka zespołu tłumaczy: Maria Kos\n"
                "Kierowniczka Centrum: Ola Zych\n")
    assert r.get("Maria Kos") != "coordinator"
    assert r.get("Ola Zych") != "coordinator"
    r = _people(_EN + "Project manager: Barbara Wren\nInterpreters' team lead: Olga Petrenko\n")
    assert r.get("Olga Petrenko") != "coordinator"


def test_a_talk_after_a_chair_title_is_no_role():
    r = _people(_PL + "Koordynatorka projektu: Beata Wrona\nProgram konferencji:\n"
                "10:00 dr hab. Karol Zięba, prof. UŁ – Migracje w liczbach\n")
    assert r.get("Karol Zięba") != "coordinator"


def test_heads_team_reads_one_apposition_item():
    assert heads_team("kierowniczka zespołu partnera")
    assert heads_team("head of the Norwegian team")
    assert heads_team("руководитель команды")
    assert not heads_team("kierowniczka zespołu wolontariuszy")
    assert not heads_team("руководитель команды переводчиков")
    assert not heads_team("kierowniczka Centrum")


def test_polish_debate_moderator_is_no_expert_without_a_degree():
    r = _people(_PL + "Program:\n10:00 Otwarcie – Anna Lis\n11:00 debata „Sąsiedzi” – prowadzenie: Marta Kolec\n"
                "12:00 wykład o prawie pobytowym – dr Jan Wrona\n")
    assert r.get("Marta Kolec") == "other"
    assert r.get("Jan Wrona") == "expert"


def test_inline_moderators_in_pl_en_ru_uk():
    r = _people(_PL + "Sobota – 11:00 debata „Nasze miasto”, prowadzenie: Oksana Hrycak; 16:00 koncert.\n")
    assert r.get("Oksana Hrycak") == "other"
    r = _people(_EN + "11:30 Panel: Who speaks for newcomers? (moderated by Olena Kowal)\n")
    assert r.get("Olena Kowal") == "other"
    r = _people(_RU + "Круглый стол «Соседи». Модератор: Ирина Коваль\n")
    assert r.get("Ирина Коваль") == "other"
    r = _people(_UK + "Дискусія «Сусіди». Модераторка: Ірина Коваль\n")
    assert r.get("Ірина Коваль") == "other"


def test_moderator_with_a_degree_stays_an_expert_and_leading_a_workshop_is_not_moderation():
    r = _people(_PL + "Debata o mieszkaniach, moderacja: dr hab. Teresa Kwiek (UAM).\n")
    assert r.get("Teresa Kwiek") == "expert"
    r = _people(_PL + "Program:\n10:00 warsztaty z prawa pracy – prawniczka Ewa Sobol\n"
                "12:00 wykład – Adam Kruk\n")
    assert r.get("Ewa Sobol") == "expert"
    assert r.get("Adam Kruk") == "expert"
