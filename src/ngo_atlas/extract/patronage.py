"""Patrons of a project: "Patronat honorowy nad projektem objął Rzecznik Praw Obywatelskich",
"pod patronatem Mazowieckiego Kuratora Oświaty", "Patronat medialny objęły Radio TOK FM i …",
"under the patronage of the Mayor of Gdańsk", "под патронатом Генерального консульства",
"під патронатом …". A patron lends its name, not work or money: the gold keeps it as `other`
(db24, dc23, ec09, ec11, ec15, ec22, fb08, fb17, ha08, ha15, ib12). A body said to do so in a
relative clause after its name ("…, który objął projekt patronatem") is read by
itemtag.own_role (ROLE-B). Round 25 had two readers of these frames written side by side
(ROLE-B, ORG-X); ROLE-B's was removed at the merge: with it gone every read set and both blind sets
gave the same figures. The name after the frame
is read as a list (organisations.list_after) and put in the nominative by the caller; an office
named by its holder's title ("Wójt Gminy X", "Małopolski Kurator Oświaty") is kept as the gold
keeps it."""

from __future__ import annotations

from ngo_atlas.extract.text import cue

# the frames, every one ending where the patron's name starts
PATRON = cue(
    # "Patronat (honorowy|medialny) (nad projektem|nad kampanią) objął/objęły/sprawowała X"
    r"patronat(?:\s+(?:honorowy|medialny|merytoryczny))?(?:\s+nad\s+\w+)?\s+"
    r"(?:objął|objęła|objęło|objęli|objęły|obejmuje|obejmują|sprawował\w*|sprawuje|sprawują)\s+|"
    # "Patronat medialny: X" in running text
    r"patronat\s+(?:honorowy|medialny|merytoryczny):[^\S\n]*|"
    # "pod (honorowym) patronatem X", "objęty był patronatem X" (the instrumental says it)
    r"patronatem\s+(?:honorowym\s+|medialnym\s+)?|"
    r"under\s+the\s+(?:honorary\s+|media\s+)?patronage\s+of\s+(?:the\s+)?|"
    r"(?:под|під)\s+(?:почётным\s+|почетным\s+|почесним\s+)?патронатом\s+|"
    r"патронат\w*(?:\s+над\s+\w+)?\s+(?:взял\w*|взяв\w*|взяла|взяли|здійснюва\w*|осуществля\w*)\s+")
_WORDS = ("atron", "атрон")


def patron_starts(text: str, s: int, e: int) -> list[int]:
    """Where a patron's name starts in text[s:e] (cheap test first: most pages have none)."""
    seg = text[s:e]
    if not any(w in seg for w in _WORDS):
        return []
    # ("Organizatorzy | Partnerzy | Patronat medialny: X": a menu of labels in a page's bar, no
    # statement about this project)
    return [m.end() for m in PATRON.finditer(text, s, e)
            if "|" not in text[text.rfind("\n", s, m.start()) + 1:m.start()]]
