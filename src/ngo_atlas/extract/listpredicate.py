"""ORG-O (round 23): a list whose introduction is a clause with a partner or member noun as
its predicate, closed by a colon.

"Członkami Sieci zostały:", "Partnerami projektu były:", "Партнерами проєкту є:", "Партнёрами
проекта являются:", "The network's members were:", "The consortium brought together:": the
noun of partnership or membership in the instrumental (or after an English copula) with a
copula or a verb of becoming in any tense, or a verb of gathering said of a network, and then
a colon; every item of the list under it (or after it in its line) is a partner or a member.
The cues of organisations.py read the present tense and a few fixed phrases; this one reads
the copula's and the becoming verb's whole paradigm, so a page of another site in another
tense is read alike.
"""

from __future__ import annotations

import re

from ngo_atlas.extract.text import cue

# a copula or a verb of becoming, any tense, the four languages (3rd person, as a predicate
# clause has: "są/byli/były/będą/zostali/zostały/zostaną/stali się", "є/були/будуть/стали",
# "являются/являлись/были/будут/стали/выступают/выступили", "are/were/will be/became")
_PL_COPULA = (r"(?:są|byli|były|będą|jest|był|była|było|będzie|zostali|zostały|zostaną|został[aoy]?|"
              r"stali\s+się|stały\s+się|staną\s+się)")
_UK_COPULA = r"(?:є|був|була|були|будуть|стали|став|стала|виступають|виступили|виступає|виступив|виступила)"
_RU_COPULA = (r"(?:является|являются|являлся|являлась|являлись|был|была|были|будут|стал|стала|стали|"
              r"выступает|выступают|выступил|выступила|выступили)")
_EN_COPULA = r"(?:are|were|will\s+be|have\s+been|became|include|included)"
# up to two words for whose partners or members ("projektu", "Sieci", "w projekcie", "проєкту")
_WHOSE = r"(?:\s+[^\s:,.;]+){0,2}?"

_ROLE_NOUN = {
    "partner": (r"partnerami|partnerkami|współrealizatorami|партн[её]рами|"
                r"(?:the\s+)?(?:[a-z-]+\s+)?partners"),
    "member": (r"członkami|członkiniami|членами|учасниками\s+мережі|"
               r"(?:the\s+)?(?:[a-z-]+\s+)?members"),
}
_COPULA = r"(?:" + "|".join((_PL_COPULA, _UK_COPULA, _RU_COPULA, _EN_COPULA)) + r")"
# (the list stands under the clause, from the next line on: one run on in the clause's own line is
# read by the prose cues of organisations.py, PARTNER_AFTER and MEMBER_BELONG, which stop at its end)
# ("m.in.", "między innymi", "among others", "зокрема", "в том числе" may stand before the colon)
_HEDGE = r"(?:\s+(?:m\.\s?in\.|między\s+innymi|among\s+others|зокрема|серед\s+інших|в\s+том\s+числе|среди\s+них))?"
# (not a body's own people: "Członkami zespołu są:", "Members of the board were:")
_PEOPLE = r"(?!\s+(?:of\s+(?:the\s+|our\s+)?)?(?:zespo|zarząd|rad[yz]\b|komisj|jury|kapitu|team|board|staff|committee|jury|команд|правлін|правлен|жюри|журі|ради\b|совета))"
LIST_PREDICATE = {role: cue(r"(?:" + noun + r")" + _PEOPLE + _WHOSE + r"\s+" + _COPULA + _HEDGE + r"\s*:$")
                  for role, noun in _ROLE_NOUN.items()}
# a network said to gather its members, past or present, then the colon: "The consortium brought
# together:", "The network includes:", "Konsorcjum tworzyły:", "Мережу утворили:"
_NETWORK = (r"(?:konsorcj\w*|sie[ćc]\w*|koalicj\w*|partnerstw\w*|federacj\w*|consortium|network|coalition|"
            r"partnership|alliance|federation|консорци\w*|консорціум\w*|сет[ьи]|мереж\w*|коалици\w*|коаліці\w*)")
GATHERED = cue(r"(?:the\s+)?" + _NETWORK + r"\s+(?:brought\s+together|brings\s+together|includes|included|"
               r"comprises|comprised|consists\s+of|consisted\s+of|was\s+made\s+up\s+of|is\s+made\s+up\s+of|"
               r"tworzą|tworzyły|tworzyli|tworzyło|tworzy|tworzył[ao]?|współtworzą|współtworzyły|"
               r"współtworzyli|składa\s+się\s+z|składało\s+się\s+z|w\s+składzie|"
               r"утворюють|утворили|об'єднує|об’єднує|об'єднувала|об’єднувала|включає|включала|"
               r"объединяет|объединяла|включает|включала|образуют|образовали)\s*:$")


# a cheap look at the words before a colon before the cues run on it (the cues themselves try every word)
_STEMS = ("partn", "партн", "członk", "член", "member", "учасник", "together", "includ", "compris",
          "consist", "made up", "tworz", "skład", "єдну", "объедин", "включа", "утвор", "образ")
_SPACE_TO_EOL = re.compile(r"[ \t]*\n")


def list_cues(text: str, s: int, e: int) -> list[tuple[int, str, bool]]:
    """Where each list introduced by a partner or member predicate starts, the role its items
    take (member for a network's gathering verb), and whether it stands in a column under its
    clause (else it runs on in the clause's line: "konsorcjum w składzie: X, Y oraz Z.").
    Only the text before each colon (90 characters at most, back to a blank line or
    the colon before) is read."""
    out: list[tuple[int, str, bool]] = []
    c = text.find(":", s, e)
    while c != -1:
        blank = text.rfind("\n\n", s, c)
        a = max(blank + 2 if blank != -1 else s, text.rfind(":", s, c) + 1, c - 90, s)
        before = text[a:c + 1]
        low = before.lower()
        if any(w in low for w in _STEMS):
            column = _SPACE_TO_EOL.match(text, c + 1) is not None
            at = c + 1
            while at < e and text[at] in " \t\n":
                at += 1
            roles = [role for role, rx in LIST_PREDICATE.items() if column and rx.search(before)]
            if not roles and GATHERED.search(before):
                roles = ["member"]
            out.extend((at, role, column) for role in roles[:1])
        c = text.find(":", c + 1, e)
    return out
