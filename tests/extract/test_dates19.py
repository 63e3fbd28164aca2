"""Round 19 (dates): a month with no year that a start still ahead names, and a start
date stated precisely after a verb of starting."""

from ngo_atlas.extract.dates import DateHit, open_dates, sharpen
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.model import Document


def _first(text):
    return open_dates(text, 0, len(text))[0]


def test_future_start_month_is_the_next_one_from_the_page_date():
    # a page of November 2025: a project that "will start in February" starts in 2026
    for text in (
        "Aktualności\n\n12 listopada 2025\n\nNowe zajęcia dla rodzin rozpoczną się w lutym.\n",
        "Новини\n\n12.11.2025\n\nПроект для мігрантів стартує у лютому.\n",
        "Новости\n\n12.11.2025\n\nПроект для мигрантов начнётся в феврале.\n",
        "News\n\n12 November 2025\n\nThe new counselling project will start in February.\n",
    ):
        d = _first(text)
        assert (d.year, d.month) == (2026, 2), text


def test_past_start_month_stays_before_the_page_date():
    # "od lipca", "started in February" on a November page: the months already past
    for text, month in (("Aktualności\n\n12.11.2025\n\nOd lipca prowadzimy kursy dla dorosłych.\n", 7),
                        ("News\n\n12 November 2025\n\nThe project started in February.\n", 2)):
        d = _first(text)
        assert (d.year, d.month) == (2025, month), text
    # a future month the same as or after the page's month: this year
    d = _first("Aktualności\n\n3.03.2025\n\nProjekt ruszy w maju.\n")
    assert (d.year, d.month) == (2025, 5)


def test_start_sharpened_by_a_dated_verb_of_starting():
    text = ("Nowy program wsparcia rusza we wrześniu. Zajęcia wystartują 2 września 2024 r. "
            "i potrwają do 20 czerwca 2025 r.")
    start, end = sharpen(text, 0, len(text), DateHit(0, 0, 2024, 9), DateHit(0, 0, 2025, 6))
    assert start.iso() == "2024-09-02" and end.iso() == "2025-06-20"


def test_page_with_a_coming_project_month_and_its_day():
    text = ("Fundacja Przystań\n\nAktualności\n\nNowy projekt dla cudzoziemców ruszy w marcu\n"
            "Data publikacji: 4 grudnia 2024 r.\n\n"
            "Miło nam poinformować, że podpisaliśmy umowę na realizację projektu „Wspólne podwórko”. "
            "Projekt ruszy 1 marca 2025 r. i potrwa do 28 lutego 2026 r.\n")
    p = extract_document(Document("t", "t.txt", text)).projects[0]
    assert (p.start, p.end) == ("2025-03-01", "2026-02-28")
