"""Round 21 (DATES-G): a bare "Data:" label holding the page's day, a deadline's "until" date,
and English status verbs read as whole words."""

from ngo_atlas.extract.dates import open_dates, page_date, page_day_label
from ngo_atlas.extract.pipeline import extract_document
from ngo_atlas.extract.status import tense_status
from ngo_atlas.model import Document


def _record(text):
    ex = extract_document(Document("t", "t.txt", text))
    assert ex.projects, text
    return ex.projects[0]


def test_bare_date_label_alone_on_its_line_dates_the_page():
    for text in ("Aktualności\n\nData: 5.03.2024\n\nTekst.\n",
                 "Новости\n\nДата: 14 марта 2022 г.\n\nТекст.\n",
                 "News\n\nDate: 2 June 2023\n\nText.\n"):
        d = page_date(text)
        assert d is not None and d.day, text
        line = text.index(":") + 1
        assert page_day_label(text, line, text.index("\n", line)), text
    # an event's date with its hours, or a period, is no page date label
    text = "Spotkanie\n\nData: 9 maja 2024 r., godz. 17:00–19:00\n"
    line = text.index(":") + 1
    assert not page_day_label(text, line, text.index("\n", line))


def test_project_dates_in_prose_win_over_the_page_day_label():
    text = ("Stowarzyszenie Pomocy Sąsiedzkiej\n\nNowy projekt dla cudzoziemców\n\nData: 5.03.2024\n\n"
            "Stowarzyszenie Pomocy Sąsiedzkiej realizuje projekt „Wspólny Dom”. Projekt rozpoczyna się "
            "1 kwietnia 2024 r. i potrwa do 31 marca 2025 r.\n")
    p = _record(text)
    assert (p.start, p.end) == ("2024-04-01", "2025-03-31")
    text = ("Центр поддержки иностранцев\n\nНовости\n\nДата: 14 марта 2022 г.\n\nЦентр поддержки "
            "иностранцев реализует проект «Открытый город». Сроки: с 1 апреля по 30 ноября 2022 года.\n")
    p = _record(text)
    assert (p.start, p.end) == ("2022-04-01", "2022-11-30")


def _last(text):
    return open_dates(text, 0, len(text))[1]


def test_deadline_until_dates_are_not_the_project_end():
    for text in ("Projekt potrwa do grudnia 2024 r. Zgłoszenia przyjmujemy do 15 maja 2024 r.",
                 "The project will run until June 2026. Registration is open until 3 March 2025.",
                 "Проект продлится до декабря 2024 года. Заявки принимаются до 10 мая 2024 года.",
                 "Проєкт триватиме до грудня 2024 року. Реєстрація триває до 10 травня 2024 року."):
        d = _last(text)
        assert d is not None and d.day is None and d.month in (12, 6), text
    # a rule set for the projects of a call ("muszą zakończyć się do"), not a report of one's run
    for text in ("Dotowane zadania muszą zakończyć się do 15 października 2025 r.",
                 "Funded projects must be completed by 15 October 2025.",
                 "Проекты должны завершиться до 15 октября 2025 года."):
        assert _last(text) is None, text
    # a plain end stays
    assert _last("Projekt potrwa do 15 października 2025 r.").iso() == "2025-10-15"


def test_english_status_verb_is_a_whole_word():
    # "ran" inside "rankingowa", "rano": no past tense
    text = "Lista rankingowa projektów: projekt nr 1, projekt nr 2. Rano projekty omówiono."
    assert tense_status(text, 0, len(text)) is None
    text = "The project ran from 2019 to 2021."
    st = tense_status(text, 0, len(text))
    assert st is not None and st[0] == "completed"
