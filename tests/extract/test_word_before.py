"""text.word_before reads the last word before a position as the regex it replaced did."""

import random
import re

from ngo_atlas.extract.text import word_before

_ALL_SPACE = re.compile(r"(\S+)\s+$")
_LINE_SPACE = re.compile(r"(\S+)[^\S\n]+$")


def _regex(rx: re.Pattern[str], text: str, floor: int, at: int) -> tuple[int, str] | None:
    m = rx.search(text[floor:at])
    return None if m is None else (floor + m.start(1), m.group(1))


def test_examples():
    text = "Zarząd Helsińska Fundacja"
    assert word_before(text, 0, text.index("Fundacja")) == (7, "Helsińska")
    assert word_before(text, 7, 7) is None
    assert word_before("Dom\n  Pomocy", 0, 6) == (0, "Dom")
    assert word_before("Dom\n  Pomocy", 0, 6, newline=False) is None
    assert word_before("Dom  \nX", 0, 6, newline=False) == (0, "Dom")  # "$" before a final break
    assert word_before("Dom", 0, 3) is None


def test_same_as_the_regex_on_random_strings():
    rnd = random.Random(7)
    alphabet = ["a", "Ż", " ", "\n", "\t", "\xa0", ".", "\u2028"]
    for _ in range(20000):
        body = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 8)))
        text = "ab " + body + "cd"
        floor, at = 3, 3 + len(body)
        assert word_before(text, floor, at) == _regex(_ALL_SPACE, text, floor, at)
        assert word_before(text, floor, at, newline=False) == _regex(_LINE_SPACE, text, floor, at)
