"""The first few characters a regular expression's match can start with, as a lookahead guard."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# past this many prefixes a guard costs the engine more than it saves (and the
# enumeration of long character classes would grow without bound)
_MAX_PREFIXES = 400
_MAX_CLASS = 40


@lru_cache(maxsize=512)
def parsed(pattern: str, flags: int = 0) -> Any:
    """re's parse of the pattern (re._parser), kept: a cue's is read several times while
    its scan is chosen (its width, its prefixes, its first characters). Read only."""
    from re import _parser

    return _parser.parse(pattern, flags)


def start_guard(pattern: str, flags: int = 0, k: int = 2) -> str | None:
    """A lookahead ``(?=...)`` that every match of the pattern satisfies at its start,
    built from the k characters a match can open with (fewer where the rest is not
    followed): a cheap test that rejects most positions before re tries the pattern's
    alternatives one by one. Zero-width parts (lookarounds, ``\\b``) are passed over, so
    the guard holds wherever a match starts, whatever the end position of the search.
    None when the first character is not known (a class like \\w, a negated class, a
    back-reference, too many forms)."""
    starts = _starts(pattern, flags, k)
    if starts is None:
        return None
    by_first: dict[str, set[str]] = {}
    for atoms, _ in starts:
        by_first.setdefault(_regex(atoms[0]), set()).add("".join(_regex(a) for a in atoms[1:]))
    branches = []
    for first, seconds in sorted(by_first.items()):
        if "" in seconds:  # any character (or none) may follow
            branches.append(first)
        else:  # re's parser merges single characters and classes into one set
            branches.append(first + "(?:" + "|".join(sorted(seconds)) + ")")
    return "(?=" + "|".join(branches) + ")"


def literal_heads(pattern: str, flags: int = 0, k: int = 4) -> list[str] | None:
    """Strings (up to k characters) one of which every match of the pattern starts with,
    none the start of another; None where a match may open with a class (\\w, [a-z])."""
    starts = _starts(pattern, flags, k)
    if starts is None:
        return None
    heads = set()
    for atoms, _ in starts:
        head = ""
        for a in atoms:
            if len(a) > 1:
                break  # a class: the literal head ends here
            head += a
        if not head:
            return None
        heads.add(head)
    return [h for h in sorted(heads) if not any(h != o and h.startswith(o) for o in heads)]


def opens_with_word_char(pattern: str, flags: int = 0) -> bool:
    """Whether every match of the pattern starts with a letter, digit or underscore."""
    starts = _starts(pattern, flags, 1)
    return starts is not None and all(
        atoms[0] == r"[\d]" or len(atoms[0]) == 1 and re.match(r"\w", atoms[0], flags)
        for atoms, _ in starts)


def with_first_char_test(pattern: str, flags: int = 0) -> str:
    """The pattern behind a lookahead for the characters its matches can start with, read
    under the same flags (IGNORECASE too): the same matches, but where re has no prefix to
    skip ahead on, it rejects at one step the positions none of its alternatives can take.
    The pattern unchanged where its first characters are not known."""
    starts = _starts(pattern, flags & ~re.IGNORECASE, 1, case_free=True)
    if starts is None:
        return pattern
    chars = sorted({atoms[0] for atoms, _ in starts})
    body = "".join(_class_char(a) if len(a) == 1 else a[1:-1] for a in chars)
    return "(?=[" + body + "])(?:" + pattern + ")"


def _starts(pattern: str, flags: int, k: int, case_free: bool = False) -> Prefixes | None:
    """The pattern's prefixes, none of them empty; None if not known. case_free: an
    "(?i)" of the whole pattern is allowed (the caller reads the prefixes under it)."""
    if flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        tree = parsed(pattern, flags)
        if tree.state.flags & (re.VERBOSE | (0 if case_free else re.IGNORECASE)):
            return None  # set inside the pattern: "(?i)", "(?x)"
        starts = _seq(list(tree), k)
    except Exception:  # noqa: BLE001 - private helpers of re; without them, no guard
        return None
    if starts is None or any(not atoms for atoms, _ in starts):
        return None
    return starts


def _regex(atom: str) -> str:
    return re.escape(atom) if len(atom) == 1 else atom


# (atoms: a character, or a class written as a regex "[...]"; and whether the part read
# ended there and the rest follows)
Prefixes = set[tuple[tuple[str, ...], bool]]


def _seq(items: list, k: int) -> Prefixes | None:
    """The prefixes (up to k characters) of a sequence of parsed items."""
    cur: Prefixes = {((), True)}
    for item in items:
        if all(not done or len(s) >= k for s, done in cur):
            break
        nxt: Prefixes = set()
        for s, done in cur:
            if not done or len(s) >= k:
                nxt.add((s, done))
                continue
            sub = _item(item, k - len(s))
            if sub is None:  # not followed: what comes next is not known
                nxt.add((s, False))
                continue
            nxt.update((s + t, d) for t, d in sub)
        if len(nxt) > _MAX_PREFIXES:
            return None
        cur = nxt
    return cur


def _item(item: tuple, k: int) -> Prefixes | None:
    from re import _constants as c

    op, av = item
    if op is c.LITERAL:
        return {((chr(av),), True)}
    if op is c.IN:
        chars = _class(av)
        if chars is not None:
            return {((ch,), True) for ch in chars}
        atom = _class_atom(av)
        return None if atom is None else {((atom,), True)}
    if op is c.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            return None  # "(?i:...)": its letters stand for both cases
        return _seq(list(av[3]), k)
    if op is c.BRANCH:
        out: Prefixes = set()
        for branch in av[1]:
            sub = _seq(list(branch), k)
            if sub is None:
                return None
            out |= sub
        return out
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        lo, hi, body = av
        out = set()
        if lo == 0:
            out.add(((), True))
        if hi == 0:
            return out
        sub = _seq(list(body), k)
        if sub is None:
            return None
        # after one repetition another may follow: what comes next is not known
        out |= {(t, d and hi == 1) for t, d in sub}
        return out
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return {((), True)}  # zero width: the guard may ignore it (it is a superset)
    return None


def _class(items: list) -> set[str] | None:
    """The characters of a [...] class, if it names them one by one or in short ranges."""
    from re import _constants as c

    chars: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            chars.add(chr(av))
        elif op is c.RANGE and av[1] - av[0] < _MAX_CLASS:
            chars.update(chr(i) for i in range(av[0], av[1] + 1))
        else:
            return None  # a negation, a category (\w, \s) or a long range
    return chars if len(chars) <= _MAX_CLASS else None


_CATEGORIES = {"CATEGORY_SPACE": r"\s", "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_DIGIT": r"\d",
               "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def _class_atom(items: list) -> str | None:
    """A [...] class written back as a regex, if it holds no negation."""
    from re import _constants as c

    parts = []
    for op, av in items:
        if op is c.LITERAL:
            parts.append(_class_char(chr(av)))
        elif op is c.RANGE:
            parts.append(_class_char(chr(av[0])) + "-" + _class_char(chr(av[1])))
        elif op is c.CATEGORY and str(av) in _CATEGORIES:
            parts.append(_CATEGORIES[str(av)])
        else:
            return None
    return "[" + "".join(parts) + "]"


def _class_char(ch: str) -> str:
    return "\\" + ch if ch in "\\]^-[" else ch
