"""Round 21, PEOPLE-F: (1) who answers for the coordination, or a part's ("Za koordynację
wolontariatu odpowiadała X", "За координацию отвечает X") is the coordinator; (2) a quoted
speaker's coordinating role after another office or her body ("mówi X, prezeska Fundacji Y i
koordynatorka projektu", "mówi X ze Stowarzyszenia Y, koordynatorka festiwalu"); (3) a lawyer's
title before a name ("adw.", "mec.", "r. pr.") is a title, not a sentence's end, and a lawyer's
expertise. Texts in our own wording, not the sets'."""

import pytest

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document

_PL = ('Projekt „Dobry Sąsiad” wspiera rodziny z Gruzji w Sieradzu. {}\n'
       'Projekt trwa od kwietnia 2024 do listopada 2025 r.\n')
_RU = ('Проект «Добрый сосед» поддерживает семьи из Грузии в Серадзе. {}\n'
       'Проект длится с апреля 2024 по ноябрь 2025 года.\n')
_UK = ('Проєкт «Добрий сусід» підтримує родини з Грузії в Серадзі. {}\n'
       'Проєкт триває з квітня 2024 до листопада 2025 року.\n')


def _people(text: str) -> dict:
    ex = extract_document(Document("p.txt", "p.txt", text))
    return {x.name: x.role for p in ex.projects for x in p.people}


@pytest.mark.parametrize("frame, sentence, name, role", [
    # (1) the noun of coordinating or leading, what it is of, then the verb of answering for
    (_PL, "Za koordynację odpowiadał Grzegorz Wróblewski.", "Grzegorz Wróblewski", "coordinator"),
    (_PL, "Za koordynację działań wolontariuszy odpowiada Marianna Szulc, a za catering – Ewa Lis.",
     "Marianna Szulc", "coordinator"),
    (_PL, "Za koordynację Punktu odpowiadać będzie Teresa Górecka z Caritas.", "Teresa Górecka", "coordinator"),
    (_PL, "Za kierowanie zespołem odpowiadała s. Renata Olech.", "Renata Olech", "coordinator"),
    (_RU, "За координацию проекта отвечает Ирина Соколова.", "Ирина Соколова", "coordinator"),
    (_UK, "За координацію волонтерів відповідала Олена Ткачук.", "Олена Ткачук", "coordinator"),
    # (2) a quoted speaker: her coordinating role after another office or her body
    (_PL, "– Rodziny czują się tu u siebie – mówi Halina Kurek, prezeska Fundacji Most i koordynatorka "
          "wolontariatu.", "Halina Kurek", "coordinator"),
    (_PL, "– Przyszło dwa razy więcej osób – mówi Agata Lew ze Stowarzyszenia Razem, koordynatorka "
          "pikniku.", "Agata Lew", "coordinator"),
    (_PL, "– To dopiero początek – mówi Roman Kita, przewodniczący rady osiedla w Sieradzu, który "
          "koordynuje projekt.", "Roman Kita", "coordinator"),
    # (3) a lawyer's title: the clause goes on after its full stop; her expertise
    (_PL, "Koordynatorem projektu jest adw. Paweł Zalewski.", "Paweł Zalewski", "coordinator"),
    (_PL, "Grupą doradców kieruje r. pr. Wiktoria Nowak-Sobol.", "Wiktoria Nowak-Sobol", "coordinator"),
    (_PL, "Porad udzielali r. pr. Ołeh Danyluk i adw. Natalia Sirko.", "Ołeh Danyluk", "expert"),
    (_PL, "Porad udzielali r. pr. Ołeh Danyluk i adw. Natalia Sirko.", "Natalia Sirko", "expert"),
])
def test_role(frame, sentence, name, role):
    assert _people(frame.format(sentence)).get(name) == role


@pytest.mark.parametrize("frame, sentence, name", [
    # who answers for catering or translations, not the coordination: no coordinator
    (_PL, "Za catering odpowiadała Ewa Lis.", "Ewa Lis"),
    # a speaker with her body and no coordinating role: read as before (no speaker)
    (_PL, "– Było świetnie – mówi Zofia Lis z Kalisza, uczestniczka warsztatów.", "Zofia Lis"),
])
def test_not_coordinator(frame, sentence, name):
    assert _people(frame.format(sentence)).get(name) != "coordinator"


def test_officer_without_coordinating_role_stays_other():
    text = _PL.format("– Cieszymy się z wyników – mówi Halina Kurek, prezeska Fundacji Most.")
    assert _people(text).get("Halina Kurek") == "other"


@pytest.mark.parametrize("frame, sentence, name", [
    # (4) an author of the project's report who also coordinated the project: its coordinator,
    # whichever comes first on the page
    (_PL, "Autorki raportu: Beata Nowicka, Ilona Szpak.\nKoordynatorką projektu była Beata Nowicka.",
     "Beata Nowicka"),
    (_PL, "Projekt koordynował Ihor Bondarenko.\nRaport opracowali: Ihor Bondarenko i Anna Rumiń.",
     "Ihor Bondarenko"),
])
def test_author_who_coordinates(frame, sentence, name):
    people = _people(frame.format(sentence))
    assert people.get(name) == "coordinator"


def test_listed_author_before_the_coordinator_is_no_coordinator():
    # "X, Y oraz koordynatorki projektu Z": the role word after the list is Z's, not X's
    text = _PL.format("Raport autorstwa dr Anny Lisowskiej, Piotra Mroza oraz koordynatorki projektu "
                      "Oksany Wilk podsumowuje działania.")
    assert _people(text).get("Anna Lisowska") != "coordinator"


def test_office_then_coordinator_still_read():
    text = _PL.format("Cieszymy się – mówi Anna Lisowska, prezeska stowarzyszenia i koordynatorka projektu.")
    assert _people(text).get("Anna Lisowska") == "coordinator"


@pytest.mark.parametrize("frame, sentence, name", [
    # (5) a therapist's or psychiatrist's job beside a name in the prose or a dash list: expertise
    (_UK, "Наша команда:\nМузикотерапевтка — Дарина Кравець", "Дарина Кравець"),
    (_PL, "Zajęcia dla dzieci prowadzi arteterapeutka Dorota Wilk.", "Dorota Wilk"),
    (_RU, "Консультирует психиатр Тарас Ковальчук.", "Тарас Ковальчук"),
])
def test_therapist_is_expert(frame, sentence, name):
    assert _people(frame.format(sentence)).get(name) == "expert"
