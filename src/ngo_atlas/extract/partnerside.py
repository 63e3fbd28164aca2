"""The partner's own coordinator, named in the same sentence as the project's by ellipsis.

"Koordynatorką projektu jest X, a ze strony Fundacji – Y", "Za koordynację odpowiadała X (…),
a po stronie saksońskiej – Y", "Koordynacja: X; ze strony Stowarzyszenia Z – Y": the clause
after the comma or semicolon leaves out the role word, and its name shares the first clause's
role. Only a clause that opens with "on the side of" and gives the name right after a dash
counts, and only where the sentence before it names coordinating or heading; a signing
ceremony's "ze strony beneficjenta – wojewoda X" (no coordinator in the sentence) stays as it was.
"""

from __future__ import annotations

import re

# ", a ze strony Fundacji X – pani", "; po stronie partnera – ", ", а со стороны X — ": the
# clause from its joint to the dash before the name (a courtesy or academic title may follow)
_SIDE_CLAUSE = re.compile(
    r"(?:,[^\S\n]*(?:a|zaś|oraz|i|а|і|и|and)?|;)[^\S\n]+"
    r"(?:ze[^\S\n]+strony|po[^\S\n]+stronie|z[^\S\n]+ramienia|со[^\S\n]+стороны|з[^\S\n]+боку|зі[^\S\n]+сторони|"
    r"on[^\S\n]+(?:the[^\S\n]+)?[^\W\d]+(?:[^\S\n]+[^\W\d]+)?[^\S\n]+side)"
    r"[^\S\n][^,.;:\n–—()]{1,70}?[^\S\n]*[–—-][^\S\n]*"
    r"(?:(?:pani|pan|dr|hab\.|prof\.|mgr|ks\.|ms\.?|mr\.?)[^\S\n]+)*$", re.IGNORECASE)
# the first clause names the coordinating or the heading: its noun, verb or label
_COORD_WORD = re.compile(r"koordyn|kierown|kieruj|kierował|coordinat|project\s+manager|координ|керівн|керує|"
                         r"керувал|руковод", re.IGNORECASE)
# (a period before a digit is an abbreviation's, "tel. 74 …"; a wrapped line is no new sentence)
_SENTENCE_START = re.compile(r"[.!?][^\S\n]+(?=[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ„\"«])|\n[^\S\n]*\n")
_WINDOW = 220
# the elliptic clause ends with the name (a bracket may follow: "Y (Charita Liberec)."), or the
# next such clause opens; "ze strony miasta – Tomasz Lis, rzecznik prezydenta, skomentował …"
# is a clause of its own, its person quoted in passing
_UP = "A-ZĄĆĘŁŃÓŚŹŻÀ-ÖØ-ÞА-ЯЁІЇЄҐ"
_NAME_THEN_END = re.compile(rf"(?:[{_UP}][\w'’-]*(?:\.(?=[^\S\n]))?[^\S\n]*){{1,4}}"
                            r"(?:\([^()]{1,120}\)[^\S\n]*)?"  # (a bracket may wrap over a line)
                            r"(?:[.;!?\n]|$|,[^\S\n]*(?:a|zaś|oraz|i|а|і|и|та|and)[^\S\n])")


def partner_side_coordinator(text: str, a: int) -> bool:
    """The name at a closes a "…, a ze strony X – <name>" clause after a coordinator's."""
    near = text[max(0, a - 24):a]
    if "–" not in near and "—" not in near and "-" not in near:
        return False  # (most names: no dash right before them)
    lo = max(0, a - _WINDOW)
    window = text[lo:a]
    m = _SIDE_CLAUSE.search(window)
    if m is None:
        return False
    head = window[:m.start()]
    starts = list(_SENTENCE_START.finditer(head))
    head = head[starts[-1].end():] if starts else head
    return _COORD_WORD.search(head) is not None and _NAME_THEN_END.match(text, a) is not None
