"""Web addresses and e-mails, including obfuscated ones ("name [at] host [dot] int")."""

from __future__ import annotations

import re

# Spelled-out at-signs and dots: English "at/dot", Polish "małpa/kropka", Russian "собака", Ukrainian "равлик", in any brackets
_AT = r"(?:@|[\[({]\s*(?:at|małpa|собака|равлик)\s*[\])}]|\s+at\s+(?=\S+\s+(?:dot|\[dot\])))"
_DOT = r"(?:\.|[\[({]\s*(?:dot|kropka)\s*[\])}]|\s+dot\s+)"
# A plain dot inside a host has no space after it: "x@host.pl. Zapewniamy" ends at "pl"
_SPELLED_DOT = r"(?:[\[({]\s*(?:dot|kropka)\s*[\])}]|\s+dot\s+)"
_EMAIL = re.compile(
    r"(?P<user>[\w.+-]+)\s*" + _AT
    + r"\s*(?P<host>[\w-]+(?:(?:\.|\s*" + _SPELLED_DOT + r"\s*)[\w-]+)+)",
    re.IGNORECASE)
_AT_HINT = re.compile(r"@|\bat\b|\bmałpa\b|собака|равлик", re.IGNORECASE)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'»”)\]]+[^\s<>\"'»”)\].,;:!?]", re.IGNORECASE)
# "Szczegółowe informacje o projekcie: powroty.hfhr." - a bare host the text gives for the project
_BARE = re.compile(r"\b(?:informacje|więcej|strona|website|more)[^:\n]{0,40}:\s*"
                   r"(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/[^\s]*)?)", re.IGNORECASE)

# "isp.org.pl/mieszkac-w-polsce", "facebook.com/mamywwarszawie": a host with a path needs no
# scheme or label to be an address (a bare host alone may be a name, so it needs one)
_HOST_PATH = re.compile(r"(?<![\w@./-])(?:[a-z0-9-]+\.)+(?:pl|org|com|eu|net|info|ua|ru|gov|edu|int)"
                        r"/[^\s<>\"'»”)\]]*[^\s<>\"'»”)\].,;:!?]", re.IGNORECASE)

_TLD_SLASH = re.compile(r"\.(?:pl|org|com|eu|net|info|ua|ru|gov|edu|int)/", re.IGNORECASE)


def find_emails(text: str, s: int = 0, e: int | None = None) -> list[tuple[int, int, str]]:
    e = len(text) if e is None else e
    out: list[tuple[int, int, str]] = []
    if not _AT_HINT.search(text, s, e):  # the full pattern is slow; most texts have no e-mail
        return out
    for m in _email_matches(text, s, e):
        host = re.sub(r"\s*" + _DOT + r"\s*", ".", m.group("host"), flags=re.IGNORECASE)
        host = host.strip(".").lower()
        if "." not in host:
            continue
        out.append((m.start(), m.end(), f"{m.group('user')}@{host}"))
    return out


def _email_matches(text: str, s: int, e: int) -> list[re.Match[str]]:
    """Run the (slow) e-mail pattern only in windows around at-signs."""
    out: list[re.Match[str]] = []
    for h in _AT_HINT.finditer(text, s, e):
        if out and h.start() < out[-1].end():
            continue
        ws = _word_start(text, h.start(), max(s, h.start() - 64))
        m = _EMAIL.search(text, ws, min(e, h.end() + 120))
        if m and m.start() <= h.start() < m.end():
            out.append(m)
    return out


def _word_start(text: str, at: int, floor: int) -> int:
    """Start of the user part before an at-sign (or its spelled form)."""
    i = at
    while i > floor and text[i - 1] in " [({":
        i -= 1
    while i > floor and (text[i - 1].isalnum() or text[i - 1] in "._+-"):
        i -= 1
    return i


def find_urls(text: str, s: int = 0, e: int | None = None) -> list[tuple[int, int, str]]:
    e = len(text) if e is None else e
    out = [(m.start(), m.end(), m.group()) for m in _URL.finditer(text, s, e)]
    for m in _BARE.finditer(text, s, e):
        host = m.group("host").rstrip(".")
        if "@" not in host and not any(a <= m.start("host") < b for a, b, _u in out):
            out.append((m.start("host"), m.start("host") + len(host), host))
    # the full pattern is slow to try at every position: look for its ".tld/" literal first
    for m in _HOST_PATH.finditer(text, s, e) if _TLD_SLASH.search(text, s, e) else ():
        if not any(a <= m.start() < b for a, b, _u in out):
            out.append((m.start(), m.end(), m.group()))
    return out
