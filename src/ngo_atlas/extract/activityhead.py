"""A page's heading that names one of a project's own activities rather than an event of its own."""

from __future__ import annotations

import re

# the kinds of work a project does with its participants, and the recruitment to them
_ACTIVITY = re.compile(
    r"(?<![\w-])(?:szkole[nń]\w*|seminari\w*|warsztat\w*|webinari?\w*|kurs\w*|lekcj\w*|zajęci\w*|"
    r"konsultacj\w*|rekrutacj\w*|nab[oó]r\w*|szkoł\w*|"
    r"trainings?|seminars?|workshops?|webinars?|courses?|classes|lessons?|recruitment|school|"
    r"семинар\w*|семінар\w*|тренинг\w*|тренінг\w*|вебинар\w*|вебінар\w*|мастер-класс\w*|"
    r"майстер-клас\w*|курс\w*|заняти\w*|занятт\w*|урок\w*|набор\w*|набір\w*|"
    # (a school or a sign-up by its nouns, not "Школьный", "Шкільний", "Записки")
    r"школ(?:а|ы|и|у|е|і|ой|ою|ами|ах|ам)|запис[ьи]?)(?![\w-])",
    re.IGNORECASE)


def names_activity(heading: str) -> bool:
    """The heading, its quoted names aside, names a training, seminar, workshop, webinar,
    course, class or school, or a recruitment ("Szkolenie dla nauczycieli: „X”", "REKRUTACJA
    TRWA!", "Летняя школа польского языка: открыта запись!", "Webinar series"): one of the
    project's own activities, which the project's record covers. A festival or a picnic with
    its own name is an event of its own."""
    from ngo_atlas.extract.segment import QUOTED_NAME  # (segment asks this module first)

    # a quoted name inside the heading: its words name the thing, not its kind
    return _ACTIVITY.search(re.sub(QUOTED_NAME, " ", heading)) is not None
