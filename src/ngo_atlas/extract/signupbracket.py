"""The person a sign-up line names in a bracket after its contact fields.

"Zapisy: kursy@x.pl, tel. 42 000 00 00 (Anna Nowak)", "Zgłoszenia: … tel./Viber … (pani Halyna
X).", "Запись на курсы: … (Ольга X)", "Registration: … (John Smith)": whom the sign-ups go to is
the contact, as in "Zapisy: Anna Nowak, tel. …". Only a bracket that holds a name and nothing
else (a courtesy title before it allowed) on the label's own line: a bracket with a job ("(X,
koordynatorka projektu)") is read by the job's rules, and one with hours or a place is no name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ngo_atlas.extract.text import CI
from ngo_atlas.model import PersonRef, Span

NameFn = Callable[[str, str], "tuple[str, int, int] | None"]

# the sign-up label's word, and what or until when it is for ("na kursy", "до 20 февраля"): one
# fragment with people's "Zapisy do 30 czerwca: X" (people._SIGNUP)
SIGNUP_WORD = (r"(?:zapisy|zgłoszenia|rekrutacja|recruitment|registration|sign-ups?|"
               r"записи?|запись|заявки|регистрация|реєстрація)")
SIGNUP_FOR = r"[^\S\n]+(?:do|na|w|for|until|by|на|до|в|у)(?:[^\S\n]+[^\W_][\w.–-]*){1,4}"
# the sign-up label: its word, what or until when it is for, a colon
_LABEL = CI(r"(?<![\w])" + SIGNUP_WORD + r"(?:" + SIGNUP_FOR + r")?[^\S\n]*:")
_HINTS = ("zapis", "zgłosz", "rekrut", "recruit", "registr", "sign-up",
          "запис", "заявк", "регистр", "реєстр")
# a bracket that holds a name alone, a courtesy title before it allowed
_BARE = re.compile(r"\((?:(?i:pani|pan|p\.|ms\.?|mr\.?|пані|пан|г-жа|г-н)[^\S\n]+)?"
                   r"([^()\n,;:@\d]{3,60})\)")


def signup_brackets(text: str, s: int, e: int, lang: str, person_name: NameFn) -> list[PersonRef]:
    """Each sign-up label's contact named alone in a bracket on the label's line."""
    low = text[s:e].lower()
    if not any(h in low for h in _HINTS):
        return []
    out = []
    for lab in _LABEL.finditer(text, s, e):
        end = text.find("\n", lab.end(), e)
        for m in _BARE.finditer(text, lab.end(), e if end < 0 else end):
            raw = m.group(1).strip()
            found = person_name(raw, lang)
            if found and found[1] == 0 and found[2] == len(raw):
                a = m.start(1) + len(m.group(1)) - len(m.group(1).lstrip())
                out.append(PersonRef(found[0], "contact", None, None, None,
                                     Span(a, a + len(raw), "signup_bracket", 0.7)))
                break
    return out
