"""ORG-L (round 27): the column of bodies under a plural list heading of partners or members.

A page lists its partners, members or a consortium under a heading of their own, one body a
line, without bullets ("Członkowie sieci:\\nMiasto X\\nGmina Y\\nFundacja Z", "Consortium\\n
Masaryk University (Czech Republic) – coordinator\\nVilnius University (Lithuania)", "Наші
партнери в проєкті:\\nУніверситет X – курси …;\\nФундація «Y» з Холма – …"), or in one long line of
commas ("WSPÓŁORGANIZATORZY:\\nA – Dom B, Rada Dzielnicy C, Stowarzyszenie D"), or under a heading
that a bracket or a lower-case word qualifies and no colon closes ("Członkowie sieci
(konsorcjum)", "Partnerzy instytucjonalni", "Konsorcjum projektu"). The label reader took
only the first line of such a column (or a bullet list), no line over 120 characters, and no
heading whose line went on after the label word. Here a plural heading (the list says its
items are bodies, so a name with no kind word, a foreign name or an acronym counts) takes every
line of the column up to a blank line, a label's line or a line of prose; the organisation
reader then splits the items and cuts each one's seat and gloss. A singular label ("Partner:",
"Lider:") keeps one value: the lines under it are its address.
"""

from __future__ import annotations

import re

# the heads of a plural heading of bodies: the list under it names several
_PLURAL_HEAD = re.compile(
    r"(?i:(?<![\w-])(?:partnerzy|partnerki|partners|партн[её]ры|партнери|członkowie|members|члены|члени|"
    r"учасники|участники|consortium|konsorcjum|консорциум|консорціум|współorganizatorzy|co-organi[sz]ers|"
    r"соорганизаторы|співорганізатори|organizacje\s+członkowskie|member\s+organi[sz]ations)(?![\w-]))")
# what may follow the label word in its line when no colon closes it: a bracketed qualifier
# ("(konsorcjum)", "(alphabetical)") or up to three lower-case words ("instytucjonalni", "projektu",
# "w projekcie"), and an optional colon
# (words and a colon make a qualified label, read by labels._with_qualified_partners)
_QUALIFIER_REST = re.compile(
    r"[^\S\n]*(?:\([^()\n]{1,40}\)[^\S\n]*:?|(?:[^\S\n]*[a-ząćęłńóśźżа-яёіїєґ][\w'’-]*){1,3})[^\S\n]*")
# a line of a column: a body's name, maybe its seat or country in brackets and a gloss after a
# dash; no sentence stops inside it (prose under a heading is no column)
_MAX_LINE = 160
# (a word of three letters at least before the stop: "Św. Wojciech", "im. X" are abbreviations)
_SENTENCE_STOP = re.compile(r"[a-ząćęłńóśźżа-яёіїєґ]{3}[.!?][^\S\n]+[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ]")
_LINE_OPENS = re.compile(r"[^\S\n]*(?:[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ„“\"«]|\d{1,2}[.)][^\S\n]+[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ„“\"«])")
# a wrapped name's last words on a line of their own: "Stowarzyszenie Ukraiński Dom\nw Warszawie"
_GLOSS_DASH = re.compile(r"[^\S\n][–—-][^\S\n]")
_WRAPPED_TAIL = re.compile(r"[^\S\n]*(?:w|we|z|ze|im\.|in|of|at|в|у|з|із|им\.|імені)[^\S\n]+\S[^\n]{0,40}$")


def plural_heading(label: str) -> bool:
    """The label names several bodies: "Partnerzy projektu", "Consortium", "Члени мережі"."""
    return _PLURAL_HEAD.search(label) is not None


# qualifiers that make the listed members people: "Członkowie zespołu", "Members of the board"
_PEOPLE_QUALIFIER = re.compile(r"(?i:[^\S\n]*(?:of[^\S\n]+(?:the[^\S\n]+)?)?(?:zesp|zarząd|rad[yz]?\b|komisj|jury|kapitu|"
                               r"team|board|staff|committee|команд|правлін|правлен|жюри|журі|совет|ради\b))")


def qualified_alone(text: str, vs: int, ve: int) -> bool:
    """The rest of a heading's line after its label word only qualifies it (a bracket, lower-case
    words): the heading stands alone on its line and its value is under it (not a heading of
    people: "Członkowie zespołu")."""
    return _QUALIFIER_REST.fullmatch(text, vs, ve) is not None and not _PEOPLE_QUALIFIER.match(text, vs, ve)


def enumeration_line(line: str) -> bool:
    """A long first line under a plural heading that lists names with commas, no prose."""
    s = line.strip()
    return len(s) <= 250 and ("," in s or ";" in s) and not _SENTENCE_STOP.search(s) and not s.endswith(".")


def column_line(line: str, prev: str) -> bool:
    """A line that goes on a column of names: short, opening with a capital (or a number and a
    capital), no sentence inside; or a wrapped name's tail under a line with no closing stop."""
    s = line.strip()
    if not s or len(s) > _MAX_LINE or _SENTENCE_STOP.search(s) or bulleted(prev):
        return False
    if s.endswith(".") and not _GLOSS_DASH.search(s):
        return False  # "Prowadzi kluby sąsiedzkie.": a card's line saying what the body above does
    if _LINE_OPENS.match(line):
        return True
    return _WRAPPED_TAIL.fullmatch(line) is not None and not prev.rstrip().endswith((".", ",", ";", ":"))


_BULLETED = re.compile(r"[^\S\n]*(?:[•*●·–—▪◦‣∙►▶→›-]|\d{1,2}[.)])[^\S\n]")


def bulleted(line: str) -> bool:
    return _BULLETED.match(line) is not None


def column_lines(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A label's value cut into its lines when they are a column of names with no bullets (one
    name a line; a wrapped name's tail joins the line above); any other value stays whole."""
    if "\n" not in text[s:e]:
        return [(s, e)]
    out: list[tuple[int, int]] = []
    a = s
    while a <= e:
        b = text.find("\n", a, e)
        b = e if b < 0 else b
        if _BULLETED.match(text, a, b):
            return [(s, e)]  # (a bulleted list: the list reader splits it at its bullets)
        if out and _WRAPPED_TAIL.fullmatch(text, a, b) and not _LINE_OPENS.match(text, a, b):
            out[-1] = (out[-1][0], b)
        elif text[a:b].strip():
            out.append((a, b))
        a = b + 1
    return out


def listed_name(item: str) -> bool:
    """An item of a column that may name a body: one marked as a list entry (its seat or country
    in brackets, or a gloss after a dash: "Masarykova univerzita (Czechy) – koordynator"), or one
    whose words after the first are not all in lower case ("Biblioteki gminne", "Teachers and
    parents", "Zapraszamy do współpracy" name a class or say something; they name no body)."""
    if "(" in item or _GLOSS_DASH.search(item):
        return True
    words = item.split()
    return len(words) < 2 or any(not w[:1].islower() for w in words[1:])
