"""The literal strings one of which every match of a regular expression contains, read from
re's parse of the pattern itself (never kept by hand): where none of them stands in a text,
the pattern cannot match there, and a C-level ``str.find`` tells so without running it."""

from __future__ import annotations

import re
from typing import Any

from ngo_atlas.extract.rxstart import _class, parsed

_MAX_STRINGS = 48  # past this many alternatives a set is more work to look for than it saves
_MAX_CLASS = 6  # a class of more characters is not spelt out (it multiplies the strings)

# (exact: every string a part can match, or None where not known or too many;
#  needed: strings one of which every match of the part contains, or None for no bound)
Info = tuple["frozenset[str] | None", "frozenset[str] | None"]


def needles(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings one of which every match of the pattern (compiled with flags) holds as a
    substring of the matched text; None where no such set is known (a case-insensitive
    part, an unknown construct, or only strings shorter than two characters)."""
    if flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        tree = parsed(pattern, flags)
        if tree.state.flags & (re.IGNORECASE | re.VERBOSE):
            return None
        _, need = _seq(list(tree))
    except _Unknown:
        return None
    except Exception:  # noqa: BLE001 - private helpers of re; without them, no needles
        return None
    if need is None or min(map(len, need)) < 2:
        return None
    return _fewest(need)


def _fewest(strings: frozenset[str]) -> frozenset[str]:
    """The set without the strings that hold another of its strings (that one then stands
    in the text too): the same test, fewer finds."""
    return frozenset(s for s in strings if not any(t != s and t in s for t in strings))


class _Unknown(Exception):
    """A construct the reading does not follow (it gives up on the whole pattern)."""


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two needle sets: longer shortest string, then fewer strings."""
    if b is None or "" in b or len(b) > _MAX_STRINGS:
        return a
    b = _fewest(b)
    if a is None:
        return b
    return b if _score(b) > _score(a) else a


def _score(strings: frozenset[str]) -> tuple[int, int, int]:
    shortest = min(map(len, strings))
    return min(shortest, 6), -len(strings), shortest


def _seq(items: list) -> Info:
    """A sequence: runs of exactly known parts joined end to end; its needles the best of
    any run's strings and any part's own needles."""
    run: frozenset[str] | None = frozenset({""})
    exact = True
    best: frozenset[str] | None = None
    for item in items:
        e, need = _item(item)
        best = _better(_better(best, need), run)  # what ran so far stands in every match
        if e is not None and run is not None:
            joined = frozenset(a + b for a in run for b in e)
            if len(joined) <= _MAX_STRINGS:
                run = joined
                continue
        best = _better(best, run)
        exact = False
        run = e if e is not None and len(e) <= _MAX_STRINGS else frozenset({""})
    best = _better(best, run)
    return (run if exact else None), best


def _item(item: tuple) -> Info:
    from re import _constants as c

    op, av = item
    if op is c.LITERAL:
        s = frozenset({chr(av)})
        return s, s
    if op is c.IN:
        chars = _class(av)
        if chars is not None and len(chars) <= _MAX_CLASS:
            s = frozenset(chars)
            return s, s
        return None, None
    if op in (c.ANY, c.NOT_LITERAL, c.CATEGORY):
        return None, None
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return frozenset({""}), None  # zero width: the parts around it stand side by side
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        if add_flags & (re.IGNORECASE | re.VERBOSE):
            raise _Unknown  # "(?i:...)": its letters stand for both cases
        return _seq(list(body))
    if op is c.ATOMIC_GROUP:
        return _seq(list(av))
    if op is c.BRANCH:
        infos = [_seq(list(branch)) for branch in av[1]]
        exact: frozenset[str] | None = None
        if all(e is not None for e, _ in infos):
            exact = frozenset().union(*(e for e, _ in infos))  # type: ignore[misc]
            if len(exact) > _MAX_STRINGS:
                exact = None
        need: frozenset[str] | None = None
        if all(n is not None for _, n in infos):
            need = frozenset().union(*(n for _, n in infos))  # type: ignore[misc]
        return exact, need
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        lo, hi, body = av
        e, need = _seq(list(body))
        if lo == 0:
            if hi == 1 and e is not None:
                return e | {""}, None
            return None, None
        if lo == hi == 1:
            return e, need
        return None, need  # at least one repetition: it holds the body's needles
    raise _Unknown


def gate_of(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """The needles worth testing before a scan of the pattern (a few, none very short),
    longest first; None where the scan is to run as it is."""
    found = needles(pattern, flags)
    if found is None or len(found) > _MAX_GATE or min(map(len, found)) < _MIN_GATE:
        return None
    return tuple(sorted(found, key=lambda s: (-len(s), s)))


_MAX_GATE = 16
_MIN_GATE = 3


def any_in(low: str, gate: tuple[str, ...], start: int, end: int) -> bool:
    """Whether one of the gate's strings stands whole inside low[start:end] (start ≥ 0)."""
    find = low.find
    for s in gate:
        if find(s, start, end) >= 0:
            return True
    return False
