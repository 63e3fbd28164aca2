"""Lines keyed by a role in the project ("Partner projektu: …", "Партнёр проекта — …",
"Project coordinator: …"): what follows the key is the role's holder, a body or a person."""

from __future__ import annotations

import re

# the key opens its line (after a bullet at most): a role's noun and the project's noun in the
# genitive (pl, ru, uk) or the English compound, then a colon or a dash
_ROLE_KEY = re.compile(
    r"[^\S\n]*(?:[•‣⁃*–—-][^\S\n]*)?"
    r"(?:(?:partner\w*|koordynator\w*|lider\w*|realizator\w*|organizator\w*|operator\w*|wykonawc\w*|"
    r"партн[её]р\w*|координатор\w*|организатор\w*|організатор\w*|реализатор\w*|реалізатор\w*|"
    r"исполнител\w*|виконав\w*|partners?|coordinators?|leaders?|lead|organi[sz]ers?|implementers?)"
    r"[^\S\n]+(?:projektu|проекта|про[еє]кту|of[^\S\n]+the[^\S\n]+project)"
    r"|project[^\S\n]+(?:partners?|coordinators?|leaders?|lead|organi[sz]ers?|implementers?))"
    r"[^\S\n]*(?::|[–—-][^\S\n])",
    re.IGNORECASE)
_PROJECT_NOUN = re.compile(r"(?<!\w)(?:projekt|project|про[еє]кт)\w*", re.IGNORECASE)


def in_role_value(text: str, pos: int) -> bool:
    """The quote at pos stands in the value of a line keyed by a role in the project ("Partner
    projektu – Izba Adwokacka „Lex”"): it names the role's holder, not the project, unless the
    value speaks of a project again before the quote."""
    ls = text.rfind("\n", 0, pos) + 1
    m = _ROLE_KEY.match(text, ls, pos)
    return m is not None and _PROJECT_NOUN.search(text, m.end(), pos) is None
