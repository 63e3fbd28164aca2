"""The bodies a lead works with, named after the lead's own role in English prose: "implemented
by the Municipality of X as the project promoter, with the Y Centre, the Z Municipality from Norway
and the W Association as partners", "by the Association X as the leader of a consortium with the
Y Association from Wrocław and the Z Centre from Gdańsk", "by a consortium led by the X University,
with Y University (Brno) and the City of Z as members". The bare "with" after the lead's role
names its partners (golds ha18, ka29, ma24: partner, or member where the list ends "as members");
"together with" and "in partnership with" are read by the partner cue already. The names are read
as a list (organisations.list_after) by the caller."""

from __future__ import annotations

import re

from ngo_atlas.extract.text import cue

# the lead's role, then "with": where the partners' list starts
WITH_AFTER_LEAD = cue(
    r"(?:as\s+(?:the\s+)?(?:project\s+)?(?:coordinator|leader|lead\s+partner|lead\s+organi[sz]ation|promoter|"
    r"lead\s+applicant)(?:\s+of\s+(?:a|the)\s+(?:consortium|partnership))?|"
    # "a consortium led by the X University, with …" (the lead's name, up to its comma)
    r"consortium\s+led\s+by\s+[^,;.\n()]{2,80}(?:\s+\([^()\n]{1,40}\))?),?\s+with\s+")
_WORDS = ("as the", "as coordinator", "as leader", "as lead", "as promoter", "as project", "led by")
# the list's own tag after its last name: "… and the City of Z as members"
_AS_MEMBERS = re.compile(r"[^\S\n]*(?:\([^()\n]{1,40}\)[^\S\n]*)?as[^\S\n]+(?:associated[^\S\n]+)?members\b")


def partner_list_starts(text: str, s: int, e: int) -> list[int]:
    """Where the lead's bare-"with" list starts in text[s:e] (cheap test first: most pages have none)."""
    seg = text[s:e]
    if " with " not in seg or not any(w in seg for w in _WORDS):
        return []
    return [m.end() for m in WITH_AFTER_LEAD.finditer(text, s, e)]


# what may follow a partner's name in the list: its gloss, its seat, the next name, the list's
# tag or the sentence's end; a lower-case noun after it makes the name a modifier ("with EU
# funds", "with UNHCR support", "with Norway Grants funding"): no partner then
_NAME_ENDS = re.compile(r"[^\S\n]*(?:[,;.:()]|$|(?:and|as|from|based|in|on|who|which|that)\b|[–—])")


def names_a_body(text: str, end: int) -> bool:
    """The list item ending at end stands as a name, not as a modifier of a noun after it."""
    return bool(_NAME_ENDS.match(text, end))


def list_role(text: str, last_end: int) -> str:
    """member where the list ends "as members", else partner."""
    return "member" if _AS_MEMBERS.match(text, last_end) else "partner"


# the list's tag naming another role than a partner's ("with Y as its funder", "… as experts"),
# or a participle after its last name ("with Y and Z providing funding"): the names are no partners
_OTHER_TAG = re.compile(r"[^\S\n]*(?:\([^()\n]{1,40}\)[^\S\n]*)?(?:as[^\S\n]+(?!(?:associated[^\S\n]+)?"
                        r"(?:partners?|members?|co-?organi[sz]ers?|co-?applicants?)\b)|[a-z]+ing\b)")


def tags_partners(text: str, last_end: int) -> bool:
    """The list ending at last_end names partners: no other role's tag nor a participle after it."""
    return not _OTHER_TAG.match(text, last_end)
