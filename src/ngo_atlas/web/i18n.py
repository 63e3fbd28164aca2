"""Languages of the UI: picking one per request, translated strings, dates and money."""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from pathlib import Path

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

LANGUAGES = ("pl", "en", "uk")
DEFAULT_LANGUAGE = "pl"
LANG_COOKIE = "lang"
_DIR = Path(__file__).parent / "translations"


@lru_cache(maxsize=None)
def messages(lang: str) -> dict[str, str]:
    """The translation table of one language; English fills keys a language lacks."""
    base = json.loads((_DIR / "en.json").read_text(encoding="utf-8"))
    if lang != "en":
        base.update(json.loads((_DIR / f"{lang}.json").read_text(encoding="utf-8")))
    return base


def negotiate(query_lang: str | None, cookie_lang: str | None, accept_language: str) -> str:
    """The explicit choice (?lang=, then the cookie) wins; then the browser's preference."""
    for choice in (query_lang, cookie_lang):
        if choice in LANGUAGES:
            return choice
    return from_accept_language(accept_language)


def from_accept_language(header: str) -> str:
    """Best supported language in an Accept-Language header, by q weight."""
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate((header or "").split(",")):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        primary = tag.strip().lower().split("-")[0]
        # Russian speakers in Poland read Ukrainian UI less easily than Polish, but
        # "ua" is a common mistaken tag for Ukrainian.
        primary = {"ua": "uk"}.get(primary, primary)
        if primary in LANGUAGES and q > 0:
            ranked.append((-q, i, primary))
    return sorted(ranked)[0][2] if ranked else DEFAULT_LANGUAGE


class Translator:
    """Callable used by templates: t("key", name=value) in the request's language."""

    def __init__(self, lang: str):
        self.lang = lang
        self._m = messages(lang)

    def __call__(self, key: str, **kw: object) -> str:
        text = self._m.get(key, key)
        return text.format(**kw) if kw else text

    def label(self, prefix: str, value: str) -> str:
        """A coded value (theme key, status) in words; a value with no translation as it is."""
        return self._m.get(prefix + value, value)

    def date(self, value: str | None) -> str:
        return format_partial_date(value, self.lang)

    def money(self, amount: float | None, currency: str | None) -> str:
        return format_money(amount, currency, self.lang)

    def number(self, n: float) -> str:
        return format_decimal(n, locale=self.lang)


def format_partial_date(value: str | None, lang: str) -> str:
    """YYYY, YYYY-MM or YYYY-MM-DD shown at the precision the source gave."""
    if not value:
        return ""
    parts = value.split("-")
    try:
        if len(parts) == 1:
            return parts[0]
        if len(parts) == 2:
            return format_date(dt.date(int(parts[0]), int(parts[1]), 1), "LLLL y", locale=lang)
        return format_date(dt.date(*map(int, parts[:3])), "long", locale=lang)
    except (ValueError, TypeError):
        return value  # an odd form from a source is shown as written, not hidden


def format_money(amount: float | None, currency: str | None, lang: str) -> str:
    if amount is None:
        return currency or ""
    if currency and len(currency) == 3 and currency.isalpha():
        return format_currency(amount, currency.upper(), locale=lang)
    return format_decimal(amount, locale=lang)
