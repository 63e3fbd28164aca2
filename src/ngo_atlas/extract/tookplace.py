"""A project that is itself one event (a festival, a summer camp, a youth exchange) is over
once the text says it took place: "Festiwal „Sąsiedzi” odbył się w dniach 13–15 czerwca",
"Trzecia edycja festiwalu odbyła się …", "The festival took place in May", "Лагерь «…»
прошёл в июле", "Табір «…» відбувся". Meetings, workshops or conferences that took place
are a project's activities and say nothing of its end, so only these event kinds count, and
only where the event is the record itself: its name stands right after the noun (a quoted
name) or the record's title holds the noun ("Głosy – festiwal opowieści")."""

from __future__ import annotations

import re

from ngo_atlas.extract.text import cue, words_key
from ngo_atlas.model import Span

# event kinds a whole project may be; the stems read every case ("festiwalu", "obozie",
# "табору", "лагере")
_KIND = (r"festiwal\w*|festival\w*|фестивал\w*|фестиваль|ob(?:óz|oz)\w*|półkoloni\w*|"
         r"wymian\w*\s+młodzieży|(?:summer\s+|youth\s+)?camps?|youth\s+exchanges?|лагер\w*|лагерь|"
         r"таб(?:ір|ор)\w*")
# the past of taking place, any gender and number
_TOOK_PLACE = (r"odby(?:ł|ła|ło|ły|li)\s+się|took\s+place|was\s+held|прош(?:ёл|ел|ла|ло|ли)|"
               r"состоял(?:ся|ась|ось|ись)|відбу(?:вся|лася|лося|лися|лись)")
# the noun, at most six words of the same sentence (a quoted name among them), the verb
_SAID = cue(r"(?P<kind>" + _KIND + r")(?P<gap>(?:[^\S\n]+[^\s.!?]+){0,6}?)[^\S\n]*,?[^\S\n]*"
            r"(?:(?:który|która|które|that|which|который|которая|який|яка)[^\S\n]+)?"
            r"(?P<verb>" + _TOOK_PLACE + r")(?![\w])")
# a quoted name right after the noun (an adjective or a second noun may stand between)
_NAMED = re.compile(r"^(?:[^\S\n]+[^\s„«\"“]+){0,2}[^\S\n]*[„«\"“](?P<name>[^”»\"“„\n]{1,80})")
# an event held as part of a larger project, or one the project's people went to, says nothing
# of that project's end
_PART_OF = re.compile(r"(?i)w\s+ramach|częścią|as\s+part\s+of|в\s+рамках|у\s+рамках|"
                      r"частиною|частью|wzięli\s+udział|wzięły\s+udział|wziął\s+udział|"
                      r"wzięła\s+udział|took\s+part|participated|принял[аи]?\s+участие|"
                      r"взял[аи]?\s+участь|взяв\s+участь")
# a past edition of a recurring event ("odbył się po raz pierwszy w 2019 r.", "прошёл в прошлом
# году"), or a segment that says it will take place again, tells nothing of this one's end
_EARLIER = re.compile(r"(?i)po\s+raz\s+pierwszy|poprzedni\w*|ubiegł\w*|zeszł\w*|"
                      r"pierwsz\w+\s+edycj\w*|"
                      r"(?<![\w])first(?![\w])|previous|last\s+year|впервые|в\s+прошлом\s+году|"
                      r"прошлогодн\w*|вперше|минулого\s+року|минулоріч\w*")
_WILL_TAKE_PLACE = re.compile(r"(?i)odbędzie\s+się|odbędą\s+się|"
                              r"will\s+(?:again\s+)?(?:take\s+place|be\s+held)|пройд[её]т|"
                              r"пройдут|состоится|состоятся|відбудеться|відбудуться|пройде\b")
_KIND_IN_TITLE = re.compile(r"(?i)(?<![\w])(?:" + _KIND + r")")
_SENTENCE = re.compile(r"[.!?\n]")


def took_place_status(text: str, s: int, e: int, title: str | None) -> tuple[str, Span] | None:
    """"completed" where the record's own event is said to have taken place (see above)."""
    kind_titled = bool(title and _KIND_IN_TITLE.search(title))
    for m in _SAID.finditer(text, s, e):
        named = _NAMED.match(m.group("gap") + " ")
        if not (kind_titled or named and any(_names_title(named.group("name"), h)
                                             for h in [title, *_headings(text, s, m.end(), e)])):
            continue
        back = max(s, m.start() - 200)
        a = max([s] + [x.end() for x in _SENTENCE.finditer(text, back, m.start())])
        stop = _SENTENCE.search(text, m.end(), e)
        if _PART_OF.search(text, a, stop.start() if stop else e) or \
                _EARLIER.search(text, a, stop.start() if stop else e):
            continue
        if _WILL_TAKE_PLACE.search(text, s, e):
            return None  # (MEND, round 33: a recurring event's next edition is ahead)
        return "completed", Span(m.start(), m.end(), "status_took_place:completed", 0.6)
    return None


_HEADING = re.compile(r"^[^\S\n]*([^\n.!?]{3,80})!?[^\S\n]*$", re.MULTILINE)


def _headings(text: str, s: int, at: int, e: int) -> list[str]:
    """The short lines with no sentence's end up to the event's line ("ТАБІР «X» ВІДБУВСЯ!"
    one of them): the headings the record's own name may stand in where its title was read
    from something else."""
    le = text.find("\n", at, e)
    return [m.group(1) for m in _HEADING.finditer(text, s, e if le < 0 else le)]


def _names_title(name: str, title: str | None) -> bool:
    """The quoted name is the record's own ("Festiwal „Sąsiedzi z Daleka”" under the title
    "Sąsiedzi z Daleka", or a heading "Фестиваль «Соседи»"): half its words or more stand in
    it (MEND, round 33: a quoted festival the project's people went to is another event)."""
    got = set(words_key(name).split())
    return bool(got) and len(got & set(words_key(title or "").split())) * 2 >= len(got)
