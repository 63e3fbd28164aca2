"""A line written in Title Case ("W Polu i W Borze: Letnie Warsztaty Dla Dzieci"): there a
capital letter says nothing about a word being a name, since every word has one."""
from __future__ import annotations

import re
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4096)
def _function_word(word: str) -> bool:
    """Morfeusz reads the lower-cased word only as a preposition or a conjunction."""
    from ngo_atlas.lang import polish

    an = polish.analyse(word.lower())
    return bool(an) and all(a[2].split(":")[0] in ("prep", "conj", "comp") for a in an)


def title_cased_line(text: str, pos: int) -> bool:
    """The line holding pos capitalises (nearly) every word, a preposition or conjunction
    inside it too ("… Dla Dzieci", "… I W Borze"): a heading in Title Case."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    words = _WORD.findall(text, a, b if b >= 0 else len(text))
    if len(words) < 4:
        return False
    caps = sum(w[0].isupper() for w in words)
    return caps >= 0.8 * len(words) and any(w[0].isupper() and _function_word(w) for w in words[1:])
