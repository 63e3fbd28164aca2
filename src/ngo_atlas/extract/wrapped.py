"""Text hard-wrapped at a fixed width (a PDF or e-mail copied as it was laid out): a line break
inside a paragraph is no boundary, and a name may run on over it ("dzięki grantowi
Międzynarodowej\\nOrganizacji do Spraw Migracji"). A caption under a sentence ("… ze środków Unii
Europejskiej\\nFundusz Azylu, Migracji i Integracji") is a short line of its own, not a wrap."""
from __future__ import annotations

import re

from ngo_atlas.extract.text import line_at

# both lines of a wrap fill most of the text's width; a caption or a heading is short
WRAP_WIDTH = 50
_SENTENCE_END = ".:;!?"


def hard_wrap(text: str, nl: int) -> bool:
    """Whether the line break at nl only wraps a paragraph's running text: the line before it is
    long and does not end a sentence, the line after it is long as well, and the next line's
    first word would not have fitted on the line before within the paragraph's widest line (a
    text filled line by line breaks there; a card whose lines are fields "Finansowanie X\nRealizator
    Y" has lines of any length, and one much wider than the rest)."""
    ls = text.rfind("\n", 0, nl) + 1
    before = text[ls:nl].rstrip()
    if len(before) < WRAP_WIDTH or before[-1:] in _SENTENCE_END:
        return False
    le = text.find("\n", nl + 1)
    after = text[nl + 1:len(text) if le < 0 else le].strip()
    if len(after) < WRAP_WIDTH:
        return False
    ps = text.rfind("\n\n", 0, nl)
    pe = text.find("\n\n", nl)
    paragraph = text[0 if ps < 0 else ps + 2:len(text) if pe < 0 else pe]
    width = max(len(line.rstrip()) for line in paragraph.split("\n"))
    return len(before) + 1 + len(after.split(None, 1)[0]) > width



# a line that opens a field ("Kwota: 100 zł", "Operator programu: X") starts a new item, not a run-on
FIELD_START = re.compile(r"[^\W\d_][^\s:]*(?:\s[^\s:]+){0,3}:")


def runs_on(text: str, nl: int) -> bool:
    """Whether a sentence runs on over the line break at nl in text laid out line by line (a
    report's page, ragged rather than filled to one width, so `hard_wrap`'s width test is too
    strict): the line before is long and ends no sentence, the lines before it and after it are
    running text as well (the line above is long; the one below is long or closes the sentence:
    a paragraph's last line is short), and the next line opens with a letter, no field's label."""
    if hard_wrap(text, nl):
        return True
    ls = text.rfind("\n", 0, nl) + 1
    before = text[ls:nl].rstrip()
    if len(before) < WRAP_WIDTH or before[-1:] in _SENTENCE_END or ls < 2:
        return False
    above = text[slice(*line_at(text, ls - 1))].strip()
    after = text[slice(*line_at(text, nl + 1))].strip()
    if len(above) < WRAP_WIDTH or not after[:1].isalpha() or FIELD_START.match(after):
        return False
    return len(after) >= WRAP_WIDTH or after[-1:] in ".;"

# A payer named after the class of body it is, in apposition: "finansuje organizacja
# międzynarodowa X", "фінансує міжнародна організація X", "funded by the international
# organisation X". The class nouns are the hypernyms of a body (an organisation, an institution),
# never the head of a name (a foundation, an association head their names: "Fundacja X"); the
# words around them are lower-case modifiers (up to three before, two after), then the name.
_CLASS_NOUN = re.compile(
    r"(?:the\s+)?(?:[a-ząćęłńóśźżа-яёіїєґ'’-]+\s+){0,3}"
    r"(?:organizacj[aięą]|instytucj[aięą]|organi[sz]ations?|institutions?|"
    r"организаци[яиею]|організаці[яїюєі]|установ[аиіуою]|учреждени[еяю])"
    r"(?:\s+[a-ząćęłńóśźżа-яёіїєґ'’-]+){0,2}?\s+(?=[A-ZĄĆĘŁŃÓŚŹŻА-ЯЁІЇЄҐ„«\"])")


def past_class_noun(text: str, pos: int, end: int) -> int:
    """Where the name starts after a class noun in apposition, or pos where there is none."""
    m = _CLASS_NOUN.match(text, pos, end)
    return m.end() if m else pos
