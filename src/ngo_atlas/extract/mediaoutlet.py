"""A media outlet named after the lower-case word for its kind, or by its web address.

"Patronat medialny objęły Radio TOK FM i portal OKO.press", "Partnerem medialnym jest portal
Migrant Info", "our media partners are Radio Gdańsk and the news portal trojmiasto.info.pl",
"in partnership with the newspaper „Gazeta Wyborcza” and the Ukrainian-language portal Nash
Vybir", "co-produced with the daily Gazeta Lokalna": an outlet's name has no head word of a
body ("Fundacja", "Radio"), so the list readers stopped at the lower-case kind word before it,
and a name shaped as a web address ("OKO.press", "Trójmiasto.pl") read as a town or as no
name. The read gold keeps the outlet, named without its kind word and with its address as
written (cb10, dc11, eb16, ec15, fb30, gb24, ka30, qa02, qa12: nine sets of eight writers).

Only the lists the cue readers already open are read this way (a partner's, a patron's, a
label's value): an outlet named elsewhere ("artykuł ukazał się w portalu X") takes no part.
"""

from __future__ import annotations

import re

# the kind word of an outlet, Polish in the cases a list puts it in (one adjective of its scope
# may follow), and English after its article and at most one lower-case describing word ("the
# Ukrainian-language portal", "the news portal")
_KIND = re.compile(
    r"(?:(?:portal(?:u|em|owi)?|serwis(?:u|em|owi)?|(?:dziennik|tygodnik|miesięcznik)(?:a|iem|owi)?|"
    r"gazet(?:a|ą|ę|y|ie)|rozgłośni[aąę]?|telewizj[aąęi])"
    r"(?:[^\S\n]+(?:internetow|informacyjn|lokaln|regionaln|studenck|miejsk)\w{1,3})?"
    r"|(?:the[^\S\n]+)?(?:(?:[a-z][\w-]*|[A-Z]\w*-[\w-]+)[^\S\n]+)?"
    r"(?:portal|newspaper|daily|weekly|magazine|news[^\S\n]+site))[^\S\n]+(?=[\w„“\"«])")
# a name shaped as a web address: "OKO.press", "Trójmiasto.pl", "trojmiasto.info.pl"
_ADDRESS = re.compile(r"(?<![\w@/.])(?!www\.)[\w-]+(?:\.[\w-]+)*\.(?:pl|press|info|com|eu|org|net|ua|by|media|news|tv|fm)"
                      r"(?![\w@/-]|\.\w)")
# the first words of a name after the kind word: a capital, a quote, or a web address
_NAME_OPENS = re.compile(r"[„“\"«]?[A-ZĄĆĘŁŃÓŚŹŻ]")


def name_start(text: str, pos: int, end: int) -> int:
    """Where an outlet's name starts after its kind word at pos ("portal OKO.press", "the
    newspaper „Gazeta Wyborcza”"); pos when no kind word stands there, or no name follows it."""
    m = _KIND.match(text, pos, end)
    if m is None:
        return pos
    at = m.end()
    if _NAME_OPENS.match(text, at, end) or _ADDRESS.match(text, at, end):
        return at
    return pos


def address_at(text: str, pos: int, end: int) -> int | None:
    """The end of a web-address name starting at pos ("trojmiasto.info.pl"), or None."""
    m = _ADDRESS.match(text, pos, end)
    return m.end() if m else None


def is_address(name: str) -> bool:
    """"OKO.press", "Edunews.pl": a name that is one web address (an e-mail or a link is not)."""
    return bool(_ADDRESS.fullmatch(name.strip()))


def without_kind(raw: str) -> str:
    """``raw`` without the outlet's kind word before its name ("portal Migrant Info" ->
    "Migrant Info"); unchanged when none stands there."""
    s = raw.strip()
    at = name_start(s, 0, len(s))
    return s[at:] if at else raw


# a joining word or a comma between two outlets of a list ("portal X i serwis Y")
_JOIN = re.compile(r"(?:,|[^\S\n]+(?:i|oraz|and|a[^\S\n]+także|as[^\S\n]+well[^\S\n]+as))[^\S\n]+")


def names_another(name: str) -> bool:
    """"OKO.press i portal Nasz Wybór", "Facebook i serwis internetowy Onet": the name read after
    one kind word runs on over a second outlet set off by its own kind word, a list of two
    outlets read whole; its parts are read one by one by the list readers."""
    return any(_KIND.match(name, j.end()) for j in _JOIN.finditer(name))
