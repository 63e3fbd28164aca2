"""Nominatives of Polish town names written in Cyrillic after "в/у" that the dictionaries miss."""

from __future__ import annotations

import re

# An adjective in the locative tells the gender of the two-word name it opens ("у Новому
# Сончі", "в Новом Сонче": masculine; "у Зеленій Гурі", "в Белой Подляске": feminine),
# and its nominative ending; the noun after it follows the same gender.
_ADJ_LOC = (
    ("uk", re.compile(r"(?:ому|ім)$"), "masc", "ий"),
    ("uk", re.compile(r"ій$"), "femn", "а"),
    ("ru", re.compile(r"(?:ом|ем)$"), "masc", "ый"),
    ("ru", re.compile(r"ой$"), "femn", "ая"),
)
_CAP_WORD = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+$")


def two_word_town(adj: str, noun: str, lang: str) -> str | None:
    """"Новому Сончі" -> "Новий Сонч", "Зеленій Гурі" -> "Зелена Гура", "Белой Подляске" ->
    "Белая Подляска": a capitalised adjective in the locative and the capitalised noun it
    agrees with, or None when the pair does not read so."""
    if not (_CAP_WORD.match(adj) and _CAP_WORD.match(noun)):
        return None
    for lg, rx, gender, ending in _ADJ_LOC:
        m = rx.search(adj)
        if lg == lang and m and len(adj) - len(m.group()) >= 3:
            head = _noun_nominative(noun, gender, lang)
            return f"{adj[:m.start()]}{ending} {head}" if head else None
    return None


def _noun_nominative(noun: str, gender: str, lang: str) -> str | None:
    """The noun of a two-word town in the nominative, from its locative ending."""
    if gender == "masc":  # "Сончі", "Сонче", "Тарге": the bare stem
        return noun[:-1] if noun[-1] in "іеу" else None
    if noun[-1] not in "іе":
        return None
    stem = noun[:-1]
    if stem.endswith("ц"):  # "Підлясці" -> "Підляска": the locative softened the k
        return stem[:-1] + "ка"
    return stem + ("я" if stem.endswith("л") else "а")


def ukrainian_iv(form: str, guessed: str) -> str:
    """"у Тарнові" -> "Тарнів", not the Russian-looking "Тарнов": a Ukrainian town in -ів
    (Polish -ów) has o in its other cases, and the guesser keeps that o."""
    if form.endswith("ові") and guessed.endswith("ов") and form[:-3] == guessed[:-2]:
        return guessed[:-2] + "ів"
    return guessed
