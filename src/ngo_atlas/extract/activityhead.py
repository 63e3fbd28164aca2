"""A page's heading that names one of a project's own activities rather than an event of its own."""

from __future__ import annotations

import re

# a quoted name inside the heading: its words name the thing, not its kind
_QUOTED = re.compile(r"[„“\"«][^„“”\"«»\n]*[”“\"»]")
# the kinds of work a project does with its participants, and the recruitment to them
_ACTIVITY = re.compile(
    r"(?<![\w-])(?:szkole[nń]\w*|seminari\w*|warsztat\w*|webinari?\w*|kurs\w*|lekcj\w*|zajęci\w*|"
    r"konsultacj\w*|rekrutacj\w*|nab[oó]r\w*|szkoł\w*|"
    r"trainings?|seminars?|workshops?|webinars?|courses?|class(?:es)?|lessons?|recruitment|school|"
    r"семинар\w*|семінар\w*|тренинг\w*|тренінг\w*|вебинар\w*|вебінар\w*|мастер-класс\w*|"
    r"майстер-клас\w*|курс\w*|заняти\w*|занятт\w*|урок\w*|школ\w*|запис\w*|набор\w*|набір\w*)(?![\w-])",
    re.IGNORECASE)


def names_activity(heading: str) -> bool:
    """The heading, its quoted names aside, names a training, seminar, workshop, webinar,
    course, class or school, or a recruitment ("Szkolenie dla nauczycieli: „X”", "REKRUTACJA
    TRWA!", "Летняя школа польского языка: открыта запись!", "Webinar series"): one of the
    project's own activities, which the project's record covers. A festival or a picnic with
    its own name is an event of its own."""
    return _ACTIVITY.search(_QUOTED.sub(" ", heading)) is not None
