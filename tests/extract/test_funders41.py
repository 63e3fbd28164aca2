"""Round 41 (funders): who pays for the work after a project's end is no payer of the project
(afterproject); a body named after a verb of funding pays (verbfirst); a second agent after a
programme's name."""

from ngo_atlas.extract.afterproject import drop_after_end_payers, past_the_end
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document

_PAGE = ("Klub Sąsiedzki w Opolu – sprawozdanie końcowe\n\n"
         "Projekt „Klub Sąsiedzki” realizowało Stowarzyszenie Dobry Sąsiad od 1 marca do 31 grudnia 2024 r. "
         "Projekt był finansowany przez Fundację Wspólne Miasto (kwota 80 000 zł).\n\n"
         "Trwałość\n\n{}\n")


def _payers(text: str) -> list[str]:
    ex = extract_document(Document("t.txt", "t.txt", text))
    return sorted({f.funder for p in ex.projects for f in p.funding if f.funder} |
                  {o.name for p in ex.projects for o in p.organizations if o.role == "funder"})


def test_payer_of_the_work_after_the_project_is_no_payer():
    for tail in ("Po zakończeniu projektu klub będzie kontynuował działalność w oparciu o dotację Gminy Opole.",
                 "Po zakończeniu finansowania klub działa nadal dzięki wsparciu Gminy Opole.",
                 "Po zakończeniu projektu Klub kontynuuje działalność (dwa razy w tygodniu) finansowaną "
                 "z budżetu Gminy Opole na rok 2025."):
        assert _payers(_PAGE.format(tail)) == ["Fundacja Wspólne Miasto"], tail


def test_the_projects_own_payer_stays():
    # the payer of the project, named before the words on the work going on
    text = ("Po zakończeniu projektu „Klub”, finansowanego przez Fundację Wspólne Miasto, klub działa nadal.")
    assert past_the_end(text, 0, len(text), text.index("Fundację")) is False
    # a payer in a sentence on the project's own time: kept
    page = _PAGE.format("Dodatkowo projekt dofinansowała Gmina Opole kwotą 10 000 zł.")
    assert "Gmina Opole" in _payers(page)
    # no end of the project, only going on: kept
    assert past_the_end("Klub kontynuuje działalność dzięki dotacji Gminy Opole.", 0, 55, 40) is False


def test_english_and_ukrainian_after_the_end():
    text = "After the project ends, the centre will continue with funds from the City of Opole."
    assert past_the_end(text, 0, len(text), text.index("City"))
    text = "Після завершення проєкту клуб продовжить роботу за кошти міста Опole."
    assert past_the_end(text, 0, len(text), text.index("міста"))
    assert drop_after_end_payers([], text, 0, len(text)) == []


def _verb_first(text: str) -> list[str]:
    from ngo_atlas.extract.verbfirst import verb_first_payers

    out: list = []
    verb_first_payers(out, text, 0, len(text), "pl")
    return [f.funder for f in out]


def test_payer_after_its_verb_of_funding_or_giving():
    assert _verb_first("Podręczniki dla uczniów ufundowała Fundacja Orla.") == ["Fundacja Orla"]
    assert _verb_first("Warsztaty współfinansowały Województwo Lubuskie (30 000 zł) oraz Powiat Żarski.") \
        == ["Województwo Lubuskie"]
    assert _verb_first("Wsparcia finansowego udzieliła również Gmina Żary.") == ["Gmina Żary"]
    assert _verb_first("Środki na wyjazd przekazał dodatkowo Bank Spółdzielczy.") == ["Bank Spółdzielczy"]


def test_verb_first_negatives():
    assert _verb_first("Informacji udzieliła Fundacja Orla.") == []  # no money handed over
    assert _verb_first("Zaproszenie przekazała Fundacja Orla.") == []
    assert _verb_first("Wsparcia merytorycznego udzieliła Fundacja Orla.") == []  # advice, no money
    assert _verb_first("Wsparcia udzieliła również Gmina Żary.") == []  # help of any kind (ORG-P)
    assert _verb_first("Fundacja Orla sfinansowała Centrum Integracji Cudzoziemców.") == []  # the object
    assert _verb_first("Dotację przekazała Stowarzyszeniu Fundacja Orla.") == []  # a dative first
    assert _verb_first("Nagrody ufundowała Anna Kowalska.") == []  # a person, no body
    assert _verb_first("Sprzęt ufundowała nam Fundacja Orla.") == []  # the name must follow the verb


def test_adverb_between_project_and_its_verb():
    from ngo_atlas.extract.funding import find_funding

    text = "Od września 2024 r. projekt także wspiera Fundacja Orla."
    assert [f.funder for f in find_funding(text, 0, len(text), [], "pl")] == ["Fundacja Orla"]
    text = "З вересня 2024 року проєкт також підтримує Фундація Орля."
    assert [f.funder for f in find_funding(text, 0, len(text), [], "uk")] == ["Фундація Орля"]


def _funders(text: str, lang: str) -> list[str]:
    from ngo_atlas.extract.funding import find_funding

    return [f.funder for f in find_funding(text, 0, len(text), [], lang)]


def test_second_agent_after_the_programmes_name():
    assert _funders("Projekt finansowany jest przez Gminę Opole w ramach programu „Opole Razem”, "
                    "a także przez Fundację Orla.", "pl") == ["Gmina Opole", "Fundacja Orla"]
    # the instrumental agent of a reflexive verb is an agent too; the town it comes from is cut off
    assert _funders("Проєкт фінансується Гміною Опole у рамках конкурсу «Ополе разом» та Фундацією «Орля» "
                    "з Кракова.", "uk")[1:] == ["Фундація Орля"]
    # a verb after the conjunction starts another clause: no second payer
    assert _funders("Projekt finansowany jest przez Gminę Opole w ramach programu „Opole Razem”, "
                    "a także realizowany przez Fundację Orla.", "pl") == ["Gmina Opole"]
