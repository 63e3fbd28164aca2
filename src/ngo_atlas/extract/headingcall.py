"""The call or programme a results page names in its heading without quotes (round 42).

A grant-giver's results page heads its list with the scheme's name and a results phrase after a
dash ("Fundusz Sąsiedzki Miasta X 2024 – poznajcie wyróżnione inicjatywy!", "Program Y 2025 –
wyniki naboru") or after the results words ("WYNIKI KONKURSU Z 2024 – LISTA DOFINANSOWANYCH
INICJATYW"). The quoted forms are pipeline._CALL_NAME's; here the name is the heading's whole
segment: every writer of the read sets puts that scheme on each granted item as its programme.

The heading is a short line above the items (no sentence: no full stop inside), in its last
breadcrumb segment. The name before a dash must carry a scheme noun (program, fundusz, konkurs,
grant, programme, fund ...); after the results words ("wyniki konkursu", "wyniki naboru") the
rest of the segment up to a dash is the name. A survey's or a contest's results ("wyniki ankiety",
"wyniki konkursu plastycznego") give no name: only the call and intake nouns open it.
"""

from __future__ import annotations

import re

from ngo_atlas.extract.organisations import is_org_head
from ngo_atlas.extract.text import lines

# the words that go on a call's noun and open no name ("wyniki naboru wniosków", "konkursu na …")
_CALL_WORDS = {"wniosków", "ofert", "projektów", "inicjatyw", "na", "do", "dla", "w", "o", "z", "i", "oraz",
               "edycji", "edycja", "grantowego", "grantów", "dotacji", "the", "of", "for"}

# results words after the dash: the results, the granted list, "meet the funded initiatives" (a
# survey's, a study's, a vote's or a recruitment's results are no call's)
_RESULTS_TAIL = re.compile(
    r"(?i)^(?:znamy\s+)?(?:wyniki(?!\s+(?:ankiet|bada|sondaż|głosowa|egzamin|wybor|rekrutac))|lista\s+(?:dotacji|dofinansowan\w+|grant\w*|zwyci\w+|laureat\w*)|"
    r"rozstrzygni\w+|poznaj\w*|dofinansowan\w+\s+(?:inicjatyw|projekt)\w*|laureaci|"
    r"results|winners|grantees|funded\s+(?:projects|initiatives)|meet\s+the)\b")

# the results words before the name: "wyniki konkursu X", "wyniki naboru X", "results of the X call"
_RESULTS_HEAD = re.compile(
    r"(?i)^(?:znamy\s+)?(?:wyniki|rozstrzygnięcie)\s+(?:(?:\w+\s+)?(?:edycji\s+)?"
    r"(?:konkursu(?:\s+grantowego)?|naboru|programu(?:\s+grantowego)?))\s+")

# the call's noun after the results words ("X 2023 – wyniki konkursu", "Y – wyniki naboru"): the
# name before the dash is that call's, with no scheme noun of its own
_CALL_TAIL = re.compile(r"(?i)^(?:znamy\s+)?wyniki\s+(?:\w+\s+)?(?:konkursu(?:\s+grantowego)?|naboru)\s*$")

# a scheme's noun in the name itself ("Lubelski Program …", "Gdyński Fundusz Sąsiedzki")
_SCHEME_NOUN = re.compile(r"(?i)(?<!\w)(?:program\w*|fundusz\w*|konkurs\w*|grant\w*|mikrogrant\w*|"
                          r"fund|programme|scheme)(?!\w)")

# a breadcrumb's separators: the page's own heading is the last segment
_CRUMB = re.compile(r"\s[›»>/|]\s")
_DASH = re.compile(r"\s[–—-]\s")
# the name opens with a capital (or a digit-free upper-case heading) and holds no sentence
_NAME = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ][^.!?:;„”\"«»]{2,88}")
_YEAR_ONLY = re.compile(r"(?:edycja\s+)?\d{4}(?:[/–-]\d{2,4})?")


def heading_call_name(text: str, end: int) -> str | None:
    """The scheme's name the first results heading above `end` gives unquoted, or None."""
    for _ls, le, line in lines(text):
        if le > end:
            break
        seg = _CRUMB.split(line.strip())[-1].strip().rstrip("!")
        if not seg or len(seg) > 140:
            continue
        name = _name_in(seg)
        if name:
            return name
    return None


def _name_in(seg: str) -> str | None:
    parts = _DASH.split(seg, maxsplit=1)
    head = _RESULTS_HEAD.match(parts[0])
    if head is not None:
        name = parts[0][head.end():].strip()
    elif len(parts) == 2 and _RESULTS_TAIL.match(parts[1].strip()) and (
            _SCHEME_NOUN.search(parts[0]) or _CALL_TAIL.match(parts[1].strip())):
        name = parts[0].strip()
    else:
        return None
    if not _NAME.fullmatch(name) or _YEAR_ONLY.fullmatch(name):
        return None
    first = name.split()[0]
    # "Wyniki konkursu Fundacji X": the giver, not its scheme; "WYNIKI NABORU WNIOSKÓW": the
    # call's own nouns in capitals
    if first.lower() in _CALL_WORDS or (is_org_head(first) and not _SCHEME_NOUN.match(first)):
        return None
    return name
