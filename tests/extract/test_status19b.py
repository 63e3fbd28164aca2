"""Round 19 (dates2): a list intro's relative clause on its project noun gives the items'
status by its verb's tense; an English progressive with an adverb before its -ing form."""

from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.status import find_status, intro_clause_status
from ngo_atlas.model import Document


def _statuses(text):
    return [p.status for p in extract_document(Document("t", "t.txt", text)).projects]


_R = "=" * 30
_ITEMS = (f"\n\n{_R}\nKITCHEN TALKS – cooking evenings for neighbours\n{_R}\n"
          "Duration: March 2023 – May 2025\nFunding: City of Lublin\n\n"
          "Cooking evenings for neighbours from many countries in Lublin.\n\n"
          f"{_R}\nOPEN DESK\n{_R}\nDuration: 2024 – 2026\nFunding: Fundacja Wspólna Droga\n\n"
          "Advice on residence permits for workers in Lublin.\n")
_TOP = "Centre for Newcomers – Lublin\nAbout | Projects | Contact\n\nProjects\n\n"


def test_intro_clause_gives_every_item_its_status():
    for intro, want in (
        ("Here is a short list of the projects we are now running.", "ongoing"),
        ("Here is a short list of projects that we implement with our partners.", "ongoing"),
    ):
        text = _TOP + intro + _ITEMS
        assert _statuses(text) == [want, want], intro


def test_intro_clause_readings():
    for text, want in (
        ("Oto projekty, które obecnie realizujemy w Lublinie.", "ongoing"),
        ("Poniżej opisujemy projekty, które Fundacja przeprowadziła w latach 2015–2019.", "completed"),
        ("Ниже представлены проекты, которые мы сейчас реализуем.", "ongoing"),
        ("Тут зібрано проєкти, які ми проводимо разом з партнерами.", "ongoing"),
    ):
        got = intro_clause_status(text, 0, len(text))
        assert got and got[0] == want, text


def test_intro_naming_several_kinds_gives_none():
    for text in ("Poniżej znajdziesz projekty, które realizujemy teraz, oraz te, które już się skończyły.",
                 "Below are the projects we are running and those we completed last year.",
                 "Здесь проекты, которые мы реализуем, и те, что уже завершены."):
        assert intro_clause_status(text, 0, len(text)) == (None, None), text
    # an intro with no clause on the project noun says nothing either way
    assert intro_clause_status("Zapraszamy do lektury.", 0, 22) is None


def test_mixed_intro_takes_back_a_status_read_in_it():
    # the intro's "skończyły" was read as the first item's status
    rule = "-" * 40
    text = ("FUNDACJA MOST\nO nas | Projekty | Kontakt\n\nNASZE PROJEKTY\n\nPoniżej znajdziesz projekty, "
            "które prowadzimy teraz, i te, które już się skończyły."
            f"\n\n{rule}\n\nKUCHNIA SĄSIADÓW\nmarzec 2023 – maj 2025\n\n"
            "Wspólne gotowanie dla sąsiadów z różnych krajów. Zajęcia finansuje Miasto Lublin.\n\n"
            f"{rule}\n\nPUNKT PORAD\n2021 – 2022\n\n"
            "Porady prawne dla pracowników. Projekt zakończył się w grudniu 2022 r.\n")
    assert _statuses(text) == [None, "completed"]


def test_progressive_with_an_adverb_before_the_verb():
    for text in ("We are currently implementing the project with two schools.",
                 "The association is now running the project in three towns."):
        st = find_status(text, 0, len(text), [])
        assert st and st[0] == "ongoing", text
