"""Clean decoded text for extraction: NFC, one newline convention, line structure kept."""

from __future__ import annotations

import re
import unicodedata

from ngo_atlas.ingest.hyphenbreaks import join_hyphen_breaks, rest_of_line

_NEWLINES = re.compile(r"\r\n|\r|\u2028|\u2029|\x85|\x0b|\x0c")
# Control characters, and characters that are invisible in print but split words for
# search and rules, all dropped in one pass (str.translate with a dict looks up every
# character of a non-Latin-1 text in Python's dict: ten times slower).
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_TRAILING = re.compile(r"[ \t\u00a0]+$", re.MULTILINE)
_BLANK_RUNS = re.compile(r"\n{3,}")
# A hard-wrapped page (a PDF's or a report's text) breaks a word at the line's end with a
# hyphen: "realizowany przez Stowarzyszenie Ko-\nbiety w Drodze". The word's first part, the
# hyphen (repeated at the next line's start where it is a compound's own) and the lower-case
# rest on the next line, with the punctuation that closes it.
_BROKEN_WORD = re.compile(r"([^\W\d_]+)-\n(-?)([a-ząćęłńóśźż]+[^\w\s]*)[ \t]*")


def normalize_text(text: str) -> str:
    """NFC; CR/LF, CR and Unicode separators to \\n; control and invisible characters
    dropped; trailing spaces and runs of blank lines trimmed; a word broken by a hyphen at a
    line's end made whole on its first line. Lines are never joined: the extractor reads
    labels line by line."""
    text = unicodedata.normalize("NFC", text)
    text = _NEWLINES.sub("\n", text)
    text = _CONTROLS.sub("", text)
    text = _TRAILING.sub("", text)
    text = _BLANK_RUNS.sub("\n\n", text)
    if "-\n" in text:
        text = _BROKEN_WORD.sub(_join_broken_word, text)
        text = join_hyphen_breaks(text)  # Cyrillic words, "Bielsko-\nBiała"
    return text.strip("\n")


def _join_broken_word(m: re.Match[str]) -> str:
    """The broken word whole at the end of its first line ("Kobiety\nw Drodze"): the lines
    stay as many as they were, the name is no longer cut at "Ko". A compound's own hyphen is
    told by Polish typography's rule, which repeats it at the next line's start
    ("polsko-\n-ukraińskiej" -> "polsko-ukraińskiej"); a hyphen not repeated is the line
    break's ("cudzo-\nziemskich" -> "cudzoziemskich"). (Round 19 first kept the hyphen of any
    first part in -o before an adjective: that made "cudzo-ziemskich", "ogólno-polskiej",
    "nisko-progowe" of the most common determinative compounds, and Morfeusz reads every
    "-o" + adjective compound as a word, so it cannot tell the two kinds apart.)"""
    first, repeated, rest = m.group(1), m.group(2), m.group(3)
    return f"{first}{repeated}{rest}" + rest_of_line(m)


def join_cells(cells: list[str]) -> str:
    """One table row as one line: cells joined by " | ", except that a label cell ending
    in ":" is followed by its value directly ("Grantodawca: FAMI"), as prose writes it."""
    out = ""
    for cell in cells:
        if not out:
            out = cell
        else:
            out += (" " if out.endswith(":") else " | ") + cell
    return out
