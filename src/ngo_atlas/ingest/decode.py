"""Bytes to str: BOMs, declared charsets verified, legacy Polish/Cyrillic encodings detected."""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from collections import Counter

import charset_normalizer

from ngo_atlas.model import IngestError

# Legacy encodings of the sector's languages, tried when the bytes are not UTF-8.
# Order breaks ties: a Russian text decodes identically as KOI8-R and KOI8-U.
LEGACY = ("cp1250", "iso8859_2", "cp1251", "koi8_r", "koi8_u", "iso8859_5", "cp1252")
_BOMS = ((codecs.BOM_UTF32_LE, "utf_32"), (codecs.BOM_UTF32_BE, "utf_32"),
         (codecs.BOM_UTF8, "utf_8_sig"), (codecs.BOM_UTF16_LE, "utf_16"),
         (codecs.BOM_UTF16_BE, "utf_16"))
_POLISH = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
_FINE_SYMBOLS = set("«»„”“‘’‚–—…€°§©®™•·×\u00a0")
_LOWER = "".join(c for c in map(chr, range(0xC0, 0x500)) if c.islower())
_UPPER = "".join(c for c in map(chr, range(0xC0, 0x500)) if c.isupper())
_CASE_FLIP = re.compile(f"[{_LOWER}][{_UPPER}A-Z]|[a-z][{_UPPER}]")
_MIXED_SCRIPT = re.compile("[a-zA-Z][\u0400-\u04ff]|[\u0400-\u04ff][a-zA-Z]")
_CTRL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
SAMPLE_BYTES = 8192  # of lines with non-ASCII bytes: hundreds of telling letters
MAX_UTF8_ERRORS = 20
MIN_SCORE = 0.6  # mean plausibility per non-ASCII character; real text scores 1.5-2
TOP_SCORE = 2.0  # the highest plausibility there is (every character one of our letters)


def canonical(name: str | None) -> str | None:
    """The codec name Python knows an encoding label by, or None when it is unknown."""
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("'\"")).name
    except LookupError:
        return None


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` and say how; a declared charset is used only if the bytes agree.

    Raises IngestError for empty input, binary data and invalid UTF-8 that no legacy
    encoding explains. U+FFFD replaces bytes only in UTF-8 with a few broken sequences
    (see _nearly_utf8), and the reader counts them in Document.meta: never silently.
    """
    if not data.strip():
        raise IngestError(source, "empty file (no text)")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as e:
                raise IngestError(source, f"invalid {enc} after its byte-order mark: {e.reason} "
                                          f"at byte {e.start}") from None
    if b"\x00" in data:
        return _decode_with_nuls(data, source)
    declared = canonical(declared)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        utf8_error = e
    else:
        if declared in (None, "utf-8") or _is_ascii(data):
            return _check_not_binary(text, source), "utf-8"
        # Bytes that are valid UTF-8 but declared otherwise: trust the bytes if they read well.
        return _best_of(data, source, _scored(_sample(data), ["utf-8", declared]))
    if _nearly_utf8(data):
        # Real pages carry the odd truncated character ("papieros\xc3..."); keep the page,
        # mark the bytes with U+FFFD (readers count them in Document.meta).
        return _check_not_binary(data.decode("utf-8", errors="replace"), source), "utf-8"
    return _best_of(data, source, _candidates(data, declared), utf8_error)


def _candidates(data: bytes, declared: str | None) -> list[tuple[float, str]]:
    """(plausibility, encoding) for the declared charset and our languages' code pages,
    plus charset-normalizer's guess when none of ours reads plausibly: it is the slow
    step (half a second on a large page) and the rare case."""
    sample = _sample(data)
    ours = list(dict.fromkeys(([declared] if declared and declared != "utf-8" else [])
                              + [canonical(e) or e for e in LEGACY]))
    scored = _scored(sample, ours)
    if not any(score >= MIN_SCORE for score, _ in scored):
        guess = charset_normalizer.from_bytes(sample).best()
        if guess is not None:
            enc = canonical(guess.encoding) or guess.encoding
            scored.append((_score(sample, enc), enc))
    return scored


def _scored(sample: bytes, encodings: list[str]) -> list[tuple[float, str]]:
    """(plausibility, encoding) of each encoding in turn, up to the first with TOP_SCORE:
    no later one can score higher, and _best_of keeps the first of equal scores, so the
    choice is the same (a cp1250 page declared as such is decoded once, not seven times)."""
    scored = []
    for enc in encodings:
        scored.append((_score(sample, enc), enc))
        if scored[-1][0] >= TOP_SCORE:
            break
    return scored


def _score(sample: bytes, enc: str) -> float:
    try:
        return plausibility(sample.decode(enc))
    except (UnicodeDecodeError, LookupError):
        return float("-inf")


def _best_of(data: bytes, source: str, scored: list[tuple[float, str]],
             utf8_error: UnicodeDecodeError | None = None) -> tuple[str, str]:
    # max() keeps the first of equal scores: the declared charset, then LEGACY's order.
    score, enc = max(scored, key=lambda se: se[0], default=(float("-inf"), ""))
    if score < MIN_SCORE:
        if utf8_error is not None and _mostly_utf8(data):
            raise IngestError(source, f"invalid UTF-8 at byte {utf8_error.start} "
                                      f"({utf8_error.reason}) and no other encoding fits")
        raise IngestError(source, "binary data, not text (no encoding gives readable text)")
    try:
        return _check_not_binary(data.decode(enc), source), enc
    except UnicodeDecodeError as e:  # the sample decoded, a later part does not
        raise IngestError(source, f"bytes undecodable as {enc} at byte {e.start}") from None


def plausibility(text: str) -> float:
    """Mean score per non-ASCII character: letters of our languages high, controls very low.

    A wrong single-byte decoding shows up as stray symbols (cp1250 'ą' read as ISO-8859-2
    gives '±'), C1 controls, or Cyrillic words in odd case (KOI8-R read as cp1251 gives
    'рТЙЧЕФ' for 'Привет').
    """
    counts = Counter(text)  # counted in C; then each distinct character is scored once
    total = 0.0
    count = 0
    for ch, n in counts.items():
        if ch >= "\x80":
            total += n * _char_score(ch)
            count += n
    if count == 0:
        return 2.0
    total -= 3.0 * _odd_words(text)
    return total / count


@functools.lru_cache(maxsize=4096)
def _char_score(ch: str) -> float:
    cat = unicodedata.category(ch)
    if cat[0] == "L":
        return 2.0 if ch in _POLISH or "\u0400" <= ch <= "\u04ff" else 1.0
    if cat in ("Cc", "Co", "Cn", "Cs") or ch == "\ufffd":
        return -5.0
    return 0.0 if ch in _FINE_SYMBOLS else -2.0


def _odd_words(text: str) -> int:
    """Script mixing or a capital after a small letter inside a word (not in plain ASCII):
    the marks of a wrong code page."""
    return len(_MIXED_SCRIPT.findall(text)) + len(_CASE_FLIP.findall(text))


def _sample(data: bytes) -> bytes:
    """The lines holding non-ASCII bytes, up to SAMPLE_BYTES: what tells encodings apart."""
    if len(data) <= SAMPLE_BYTES:
        return data
    out = bytearray()
    for line in data.split(b"\n"):
        if not line.isascii():
            out += _cut(line, SAMPLE_BYTES) + b"\n"
            if len(out) >= SAMPLE_BYTES:
                break
    return bytes(out) or data[:SAMPLE_BYTES]


def _cut(line: bytes, size: int) -> bytes:
    """At most ``size`` bytes, never ending inside a UTF-8 sequence."""
    if len(line) <= size:
        return line
    while size > 0 and line[size] & 0xC0 == 0x80:
        size -= 1
    return line[:size]


def _mostly_utf8(data: bytes) -> bool:
    bad, good = _utf8_counts(data)
    return good >= bad


def _nearly_utf8(data: bytes) -> bool:
    """At most one broken sequence per 200 well-formed multi-byte characters (and at most 20)."""
    bad, good = _utf8_counts(data)
    return bad <= MAX_UTF8_ERRORS and good >= 200 * bad


def _utf8_counts(data: bytes) -> tuple[int, int]:
    """(broken sequences, well-formed non-ASCII characters) when read as UTF-8."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    return bad, len(text) - len(text.encode("ascii", errors="ignore")) - bad


def _is_ascii(data: bytes) -> bool:
    return data.isascii()


def _decode_with_nuls(data: bytes, source: str) -> tuple[str, str]:
    """NUL bytes mean UTF-16 without a byte-order mark, or binary data."""
    even, odd = data[0::2], data[1::2]
    for enc, zeros in (("utf_16_le", odd), ("utf_16_be", even)):
        if len(data) % 2 == 0 and zeros.count(0) > 0.3 * len(zeros):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if plausibility(text) >= MIN_SCORE and not _too_many_controls(text):
                return text, enc
    raise IngestError(source, "binary data, not text (contains NUL bytes)")


def _too_many_controls(text: str) -> bool:
    return len(_CTRL.findall(text[:SAMPLE_BYTES])) > 0.01 * min(len(text), SAMPLE_BYTES) + 1


def _check_not_binary(text: str, source: str) -> str:
    if _too_many_controls(text):
        raise IngestError(source, "binary data, not text (control characters)")
    return text
