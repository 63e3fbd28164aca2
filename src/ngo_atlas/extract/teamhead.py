"""The head of a team doing the project's work (its own, or a partner's share) is a coordinator.

"Kierownik zespołu polskiego: prof. X", "Y – kierowniczka zespołu norweskiego, UiT", "Z –
kierownik zespołu w Uniwersytecie W", "zespół kierowany przez dr. V", "Czech team lead: Dr U",
"керівниця польської команди: T", "руководитель команды: S": the gold of the read sets lists such
heads as coordinators (11 of 12 across seven sets). A team named by the persons in it ("zespołu
tłumaczy", "команды переводчиков", "mediators' team") is a unit of its own, whose head has a role
in it only (the one read-set case, "Cultural mediators' team lead", is `other`); so are the
units other words name ("Kierowniczka Centrum", "koordynator ds. rozliczeń"), left as read.
"""

from __future__ import annotations

import re

from ngo_atlas.lang import polish

# the team's noun in the genitive after a head's word (Polish, Ukrainian, Russian)
TEAM_GENITIVE = r"(?:zespołu|команди|команды)"
# an item of an apposition that names the person the head of a team: the head's word, an
# adjective, the team's noun, then up to four words of whose team ("polskiego", "partnera", "w
# Uniwersytecie w X", "UEK"); or the English "(Czech) team lead(er)", "head of the (X) team"
_HEAD_OF_TEAM = re.compile(
    r"(?i:(?:kierowni\w*|koordynator\w*|lider\w*|керівни\w*|руководител\w*|координатор\w*|"
    r"лідер\w*|лидер\w*)"
    r"(?:[^\S\n]+[^\W\d]+)?[^\S\n]+" + TEAM_GENITIVE + r"(?P<whose>(?:[^\S\n]+[^\W\d][\w.]*){0,4})"
    r"|(?:[^\W\d]+[^\S\n]+)?team[^\S\n]+lead(?:er)?|(?:head|leader)[^\S\n]+of[^\S\n]+the[^\S\n]+"
    r"(?:[^\W\d]+[^\S\n]+)?team)[^\S\n]*$")
_POSSESSIVE = re.compile(r"['’]s?$")


def heads_team(item: str) -> bool:
    """The apposition's item (one comma's part) names the person the head of a team that is no
    unit of persons of one kind."""
    m = _HEAD_OF_TEAM.fullmatch(item.strip())
    if m is None:
        return False
    return not team_of_persons(m.group("whose") or "", item)


def team_of_persons(whose: str, before: str = "") -> bool:
    """The team is named by the persons in it: a plural noun of persons after its noun
    ("zespołu tłumaczy", "команды переводчиков"), or an English possessive before "team"
    ("mediators' team")."""
    words = whose.split()
    if words and _persons_plural(words[0]):
        return True
    head = before.lower().split("team")[0].split()
    return bool(head) and _POSSESSIVE.search(head[-1]) is not None


def _persons_plural(word: str) -> bool:
    """A genitive plural of a noun of persons: a Polish masculine-personal one ("tłumaczy",
    "prawników", "wolontariuszy") or a Russian or Ukrainian animate one ("переводчиков")."""
    low = word.lower()
    if re.search(r"[а-яёіїєґ]", low):
        from ngo_atlas.lang.slavic import word_parses

        return any(p.tag.POS == "NOUN" and {"anim", "plur", "gent"} <= p.tag.grammemes
                   and not ({"Name", "Surn"} & p.tag.grammemes) and p.score >= 0.3
                   for la in ("uk", "ru") for p in word_parses(low, la)[:2])
    return any(t.startswith("subst:pl:gen") and "m1" in t.split(":")[-1].split(".")
               and "nazwa_pospolita" in n for _o, _l, t, n in polish.analyse(low))
