"""A body that takes the project under its patronage lends its name, not its work (round 25, ROLE-B).

"pod honorowym patronatem Rzecznika Praw Obywatelskich", "Patronat honorowy nad projektem objął
Wójt Gminy Piecki", "Projekt objęty był honorowym patronatem Mazowieckiego Kuratora Oświaty",
"a patronat medialny sprawowała „Gazeta Legionowska”", "Patronat medialny objęły Radio TOK FM i
portal OKO.press", "under the honorary patronage of the Ombudsman", "под патронатом X", "під
патронатом X": the patron is an organisation of the project with role `other` (SCHEMA: it takes
part without running or partnering it). The read gold has every such patron in prose as `other`
(ec09, ec11, ec15, ec22, fb17, dc23, ha08, ib12: 10 of 10 bodies); a body said to do so in a
relative clause after its name ("…, który objął projekt patronatem", cb17, dc13, ha25) is read by
itemtag.own_role. The labelled form ("Patronat honorowy: X") is the lexicon's `other` label.
"""

from __future__ import annotations

import re

from ngo_atlas.extract.text import cue

# the patron after its noun: "pod (honorowym) patronatem X", "objęty (był) (honorowym) patronatem
# X", "patronat (honorowy|medialny) (nad projektem) objął X", "under the patronage of X"
_QUAL = r"(?:honorow\w+|medialn\w+|merytoryczn\w+|naukow\w+)"
_CUE = re.compile(
    r"(?<!\w)(?:pod[^\S\n]+(?:" + _QUAL + r"[^\S\n]+)?patronatem|"
    r"obj[eę]t\w*[^\S\n]+(?:(?:był\w*|został\w*|jest|są)[^\S\n]+)?(?:" + _QUAL + r"[^\S\n]+)?patronatem|"
    r"patronat(?:[^\S\n]+" + _QUAL + r")?(?:[^\S\n]+nad[^\S\n]+\w+)?[^\S\n]+"
    r"(?:obj(?:ął|ęła|ęło|ęli|ęły|muje|mują)|sprawował\w*|sprawuje|sprawują)|"
    r"under[^\S\n]+the[^\S\n]+(?:honorary[^\S\n]+)?patronage[^\S\n]+of|"
    r"(?:под|під)[^\S\n]+(?:(?:почетн|почётн|почесн)\w+[^\S\n]+)?патронатом)"
    r"[^\S\n]+(?:(?:pan|pani|the)[^\S\n]+)?", re.IGNORECASE)
_WORDS = ("atronat", "atronage", "атронат")


def patron_cues(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """(where the patron's name starts, where its line ends) for each patronage cue in text[s:e]."""
    if not any(text.find(w, s, e) >= 0 for w in _WORDS):
        return []
    out = []
    for m in _CUE.finditer(text, s, e):
        stop = text.find("\n", m.end(), e)
        out.append((m.end(), stop if stop >= 0 else e))
    return out


# ORG-X's reader of the same frames (round 25, written beside ROLE-B's; see eval/README):

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
_ORGX_WORDS = ("atron", "атрон")


def patron_starts(text: str, s: int, e: int) -> list[int]:
    """Where a patron's name starts in text[s:e] (cheap test first: most pages have none)."""
    seg = text[s:e]
    if not any(w in seg for w in _ORGX_WORDS):
        return []
    # ("Organizatorzy | Partnerzy | Patronat medialny: X": a menu of labels in a page's bar, no
    # statement about this project)
    return [m.end() for m in PATRON.finditer(text, s, e)
            if "|" not in text[text.rfind("\n", s, m.start()) + 1:m.start()]]
