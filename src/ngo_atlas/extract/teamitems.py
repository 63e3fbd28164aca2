"""The key an item of a team's list opens with names the part of the people it lists.

"Team: coordinator X (x@…); lawyers Y and Z; Polish teachers V", "Zespół projektu: koordynacja – X
(SIP); prawnicy Fundacji W – Y i Z", "Zespół: koordynatorka programu – X; …", "Команда проєкту:
координаторка – X (…), юристка Y": the team's label gives each person no more than a place in it
(other); the words before her name within her item (back to the list's colon, a semicolon, a comma,
an opening bracket or the line's start) are her own. A coordinating key, bare or of the project or
programme, makes the coordinator (a unit's, "koordynacja wolontariatu – X", is not read); a
profession in the key (the expertise `_inner_role` knows) makes an expert, and a plural one
("lawyers Y and Z", "prawnicy … – Y i Z") every name the conjunction joins to the first.
"""

from __future__ import annotations

import re
from typing import Callable

# a coordinating key, bare or of the project or programme, right before the name (titles between;
# a shared key, "koordynacja – X i Y", before each name the conjunction joins)
_COORD_KEY = re.compile(
    r"[^\S\n]*(?i:koordynacja|koordynator(?:ka|zy|ki)?|kierowni(?:k|czka)|coordination|coordinators?|"
    r"(?:project|program(?:me)?)[^\S\n]+(?:coordinators?|managers?|lead(?:er)?)|координація|координация|"
    r"координатор(?:ка|ы|и)?|керівни(?:к|ця)|руководител[ья])"
    r"(?:[^\S\n]+(?i:projektu|programu|of[^\S\n]+the[^\S\n]+(?:project|program(?:me)?)|проєкту|проекту|"
    r"проекта|програми|программы))?"
    r"[^\S\n]*[:–—-]?[^\S\n]*(?:(?i:dr|mgr|prof|hab|inż|ks|pani|pan)\.?[^\S\n]+)*")
# the item's stretch before the name ends with another name and a conjunction: "lawyers Y and "
_EARLIER_NAME = re.compile(r"(?P<key>.*?)[^\S\n]*(?:[–—-][^\S\n]*)?(?:(?i:dr|mgr|prof|hab|inż)\.?[^\S\n]+)*"
                           r"[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w'’-]+(?:[^\S\n]+[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ][\w'’-]+){1,2}"
                           r"[^\S\n]+(?:i|oraz|and|та|і|и|й)[^\S\n]+$")
# a key shared by the names it lists: coordination itself or coordinators in the plural
# ("koordynacja – X i Y", "koordynatorki – X i Y", "coordinators X and Y")
_SHARED_COORD = re.compile(r"(?i)koordynacj|koordynator(?:zy|ki)\b|coordinat(?:ion|ors)\b|"
                           r"координаци|координаці|координатор[ыи]\b")
_WORD = re.compile(r"[^\W\d_][\w-]*")


def item_key_role(text: str, s: int, pos: int, lang: str, inner_role: Callable[[list[str]], str | None],
                  plural_only: Callable[[str, str], bool]) -> str | None:
    """The role the key of the team list's item before the name at pos gives her (the list
    starts at s), or None where the item opens with her name or with words that name no part."""
    cut = max(text.rfind(c, s, pos) for c in ";,:\n(") + 1
    key = text[max(cut, s):pos]
    if not key.strip():
        return None
    earlier = _EARLIER_NAME.fullmatch(key)
    if earlier is None and _COORD_KEY.fullmatch(key) or \
            earlier is not None and _COORD_KEY.fullmatch(earlier.group("key")) and _SHARED_COORD.search(key):
        return "coordinator"  # (a shared key passes over the earlier names, as plural professions do)
    words = _WORD.findall(earlier.group("key") if earlier else key)
    if not words or len(words) > 6:
        return None
    # the key's first word and its lower-case ones: a body's name inside it ("prawnicy Fundacji
    # Ocalenie") is whose, not what
    nouns = [w for i, w in enumerate(words) if i == 0 or w[:1].islower()]
    hit = next((w for w in nouns if inner_role([w]) == "expert"), None)
    if hit is None or (earlier is not None and not plural_only(hit, lang)):
        return None
    return "expert"
