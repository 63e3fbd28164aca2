"""A masthead that names a parent institution and then one of its units.

"Uniwersytet X\nOśrodek Badań nad Y", "Urząd Miasta X | Centrum Integracji Y",
"University of X › Faculty of Y › Centre for Z": a unit's site heads with the institution it
belongs to, then its own name, on the same line after a separator or on the next line (a
breadcrumb may run down several levels). The page is the unit's own, so the unit, the deepest
body the masthead names, is the page's owner, not the parent (SCHEMA: the body that runs it).
"""
from __future__ import annotations

import re

# the institutions that have units of their own: universities and academies, offices and
# ministries, in the four languages (the noun heading the parent's name)
_PARENT = re.compile(
    r"(?:Uniwersytet|Politechnika|Akademia|Szkoła\s+Główna|Urząd|Ministerstwo|"
    r"University|Academy|Office|Ministry|"
    r"Університет|Университет|Академія|Академия|Міністерство|Министерство)\b"
    r"|(?:[A-Z]\w+\s+)?University\b")
_SEP = re.compile(r"\s+[|›»–—/-]\s+|\s*[|›»]\s*")
_CHAIN = re.compile(r"\s*[›»>]\s*")


# a university's structural units, named by their discipline ("Wydział Prawa", "Instytut
# Socjologii", "Faculty of Law"): parts of the university, which runs their projects; a breadcrumb
# goes on past them to a unit with a name of its own ("› Zakład Badań nad X", "› Centre for Y")
_STRUCTURAL = re.compile(
    r"(?:Wydział|Instytut|Katedra|Faculty|Institute|Department|School|"
    r"Факультет|Інститут|Институт|Кафедра)\b")


def _body(part: str, lang: str):
    from ngo_atlas.extract.organisations import clean_org, is_org_head

    words = part.split()
    if not (2 <= len(words) <= 8) or part.endswith(".") or _PARENT.match(part):
        return None
    if not any(is_org_head(w) for w in words[:3]):
        return None
    return clean_org(part, lang)


def masthead_unit(text: str, ls: int, line: str, head: str, lang: str):
    """(evidence text, (name, acronym), offset) of the unit under the parent ``head`` that
    opens ``line`` (starting at ``ls``), or None where the masthead names no unit."""
    if not _PARENT.match(head.strip()):
        return None
    rest_at = ls + line.index(head) + len(head)
    end = text.find("\n", rest_at)
    end = len(text) if end < 0 else end
    nxt = text.find("\n", end + 1)
    nxt = len(text) if nxt < 0 else nxt
    # the rest of the name line, then the next line (a menu line is no name: its parts are
    # single words or more than three)
    for a, b in ((rest_at, end), (end + 1, nxt)):
        seg = text[a:b]
        if not seg.strip() or len(_SEP.split(seg.strip())) > 4:
            continue
        found = None
        for m in _parts(seg, a):
            c = _body(m[0], lang)
            if c is None:
                if found:
                    break
                continue
            if not _STRUCTURAL.match(m[0]):
                found = (m[0], c, m[1])
            if not m[2]:  # a part closed by no breadcrumb arrow: the chain ends here
                break
        if found:
            return found
        if seg.strip() and _body(_SEP.split(seg.strip())[0], lang) is None:
            break  # a line that names no body ends the masthead
    return None


def _parts(seg: str, a: int):
    """The parts of a masthead line between separators: (text, offset, followed by an arrow)."""
    pos = 0
    for m in list(_SEP.finditer(seg)) + [None]:
        stop = m.start() if m else len(seg)
        part = seg[pos:stop]
        if part.strip():
            lead = len(part) - len(part.lstrip())
            yield part.strip(), a + pos + lead, bool(m and _CHAIN.fullmatch(m.group()))
        if m:
            pos = m.end()


# the line under a site's name line that is its breadcrumb ("Nauka › Projekty badawcze",
# "Home > What we do > Migration") or a short menu ("Aktualności | Nauka | Granty",
# "Aktualności  Projekty  Publikacje"): short parts, no sentence, no figures
_CRUMB = re.compile(r"[^\S\n]*[^\W\d][^\n›>»|·•.:;!?\d]{0,40}?(?:[^\S\n]*[›>»][^\S\n]*[^\W\d][^\n›>»|·•.:;!?\d]{0,40}?)+[^\S\n]*(?=\n|$)")
_MENU = re.compile(r"[^\S\n]*[^\W\d][^\n|·•.:;!?\d]{0,25}?(?:(?:[^\S\n]*[|·•][^\S\n]*|[^\S\n]{2,})[^\W\d][^\n|·•.:;!?\d]{0,25}?){2,}[^\S\n]*(?=\n|$)")


# the line break under a name line, and one blank line if any ("Network X\n\nNews | Projects | …")
_GAP = re.compile(r"\n(?:[^\S\n]*\n)?")


def site_nav_under(text: str, pos: int, head: str) -> bool:
    """The line right after ``pos`` (the end of a name line) is a site's breadcrumb or menu:
    the name line is the site's masthead (any language). A name line of several names
    ("X · Y · Town") is no one body's name."""
    gap = _GAP.match(text, pos)
    if gap is None or re.search(r"[·•]", head):
        return False
    return bool(_CRUMB.match(text, gap.end()) or _MENU.match(text, gap.end()))
