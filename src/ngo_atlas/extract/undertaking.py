"""A page whose headline names an undertaking by a noun other than "project" (RECS-I, round 22).

"Program „X” – zainaugurowano …", "… – програма «X»", "«X» — бесплатный курс …": the page's first
heading gives a quoted name under a noun of a lasting undertaking (a programme, a course), and the
text gives it a start of its own ("Program rozpocznie się 1 marca …", "стартує 1 вересня …").
That is one project under another noun, even when the page never says "projekt", never names who
runs it with a verb `runs_named_programme` knows, and no payer is found. An event (a conference, a
workshop, a festival) is another noun class and keeps no record; a page with an event's hours
("11:00–14:00") is left alone, as `_paid_undertaking` leaves it.
"""

from __future__ import annotations

import re

# the nouns of a lasting undertaking, by stem: a programme (program, programme, програма,
# программа) and a course (kurs, course, курс); "program" of a conference (its agenda) carries
# no quoted name of its own
_UNDERTAKING_NOUN = re.compile(
    r"(?<![\w])(?:program(?:y|u|em|ie|ów|om|ami|ach)?|programmes?|programs?|програм[аиуіоює]\w*|"
    r"программ[аыуеойю]\w*|kurs(?:y|u|em|ie|ów|om|ami|ach)?|courses?|курс(?:ы|а|у|ом|е|ов|ів|и|ам)?)(?![\w])",
    re.IGNORECASE)
_QUOTED = re.compile(r"[„“\"«][A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ0-9][^„“”\"«»\n]{2,100}[”“\"»]")


def headline_undertaking(text: str) -> bool:
    """The first heading names a programme or a course in quotes, and the text gives it a start."""
    from ngo_atlas.extract.dates import open_dates
    from ngo_atlas.extract.pipeline import _CLOCK_RANGE
    from ngo_atlas.extract.title import header_end, headings

    hs = headings(text, header_end(text), min(len(text), header_end(text) + 1500), limit=1)
    if not hs:
        return False
    _s, _e, head = hs[0]
    if not (_QUOTED.search(head) and _UNDERTAKING_NOUN.search(head)) or _CLOCK_RANGE.search(text):
        return False
    return open_dates(text, 0, len(text))[0] is not None


# "Wartość projektu", "Cel projektu", "Budżet projektu", "Мета проєкту", "Бюджет проекта", "Project
# budget", "Budget of the project": a noun with "the project" as its genitive (or its English
# modifier) names a part or an attribute of the page's project; such a heading opens a section
# of that project, never another project
# (a place may qualify it: "Zespół projektu w Polsce", "Project team in Ukraine")
_WHERE = r"(?:[^\S\n]+(?:w|we|na|в|у|на|in)[^\S\n]+[^\W\d_]+)?"
_ATTRIBUTE_OF_PROJECT = re.compile(
    rf"^(?:[^\W\d_]+[^\S\n]+){{1,2}}(?:projektu|проекта|проєкту|проекту){_WHERE}$|"
    rf"^(?:the[^\S\n]+)?project(?:'s|’s)?[^\S\n]+(?-i:[a-z]+){_WHERE}$|"
    rf"^(?-i:[A-Za-z][a-z]+)[^\S\n]+of[^\S\n]+the[^\S\n]+project{_WHERE}$", re.IGNORECASE)


def attribute_of_project(t: str) -> bool:
    """The heading names an attribute of "the project" (its value, aim, team), not a project."""
    return _ATTRIBUTE_OF_PROJECT.match(t.strip().rstrip(":")) is not None


def closes_each_item(line: str, all_lines: list[tuple[int, int, str]]) -> bool:
    """A link line ("Read more") that recurs on the page closes each item of a list (a link
    to the item's own page), so it starts no closing block of related links."""
    key = line.strip().casefold()
    return sum(1 for _s, _e, x in all_lines if x.strip().casefold() == key) >= 2
