"""Operator settings of the web app, read in one place from NGO_ATLAS_-prefixed environment."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from starlette.config import Config

ENV_PREFIX = "NGO_ATLAS_"


class SettingsError(ValueError):
    """An environment variable with a value the app cannot use (named in the message)."""


@dataclass(frozen=True)
class Settings:
    """``hide_contacts``: people's e-mails and phone numbers are masked for anonymous
    visitors (pages, API, exports, source text); curators still see them.
    ``secure_cookies``: cookies are Secure even when the app itself speaks plain http
    (behind a TLS-terminating proxy); over https they are Secure anyway."""

    hide_contacts: bool = False
    secure_cookies: bool = False

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """NGO_ATLAS_HIDE_CONTACTS and NGO_ATLAS_SECURE_COOKIES: 1/0 or true/false."""
        config = Config(environ=os.environ if environ is None else environ, env_prefix=ENV_PREFIX)
        try:
            return cls(
                hide_contacts=config("HIDE_CONTACTS", cast=bool, default=False),
                secure_cookies=config("SECURE_COOKIES", cast=bool, default=False),
            )
        except ValueError as e:  # starlette names the variable and the value
            raise SettingsError(f"{e} Use 1/0 or true/false.") from None
