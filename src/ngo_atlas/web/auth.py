"""Curator accounts: argon2 password hashes, session cookies, CSRF tokens, `ngo-atlas user add`."""

from __future__ import annotations

import argparse
import getpass
import hashlib
import hmac
import secrets
import sys
from datetime import datetime, timedelta, timezone
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import HTTPException, Request
from fastapi.responses import Response

SESSION_COOKIE = "atlas_session"
CSRF_COOKIE = "atlas_csrf"
SESSION_HOURS = 12
MIN_PASSWORD = 10
_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def token_hash(token: str) -> str:
    """Sessions are stored by hash, so a copy of the database does not log anyone in."""
    return hashlib.sha256(token.encode()).hexdigest()


def current_user(request: Request) -> dict[str, Any] | None:
    """The logged-in curator, once per request."""
    if not hasattr(request.state, "user"):
        token = request.cookies.get(SESSION_COOKIE)
        atlas = request.app.state.atlases.get()
        request.state.user = atlas.session_user(token_hash(token)) if token else None
    return request.state.user


def require_user(request: Request) -> dict[str, Any]:
    user = current_user(request)
    if user is None:
        raise HTTPException(401, "log in as a curator to change the atlas")
    return user


def cookie_secure(request: Request) -> bool:
    """Secure cookies over https, and always when the operator says a TLS proxy is in front
    (NGO_ATLAS_SECURE_COOKIES=1): the app then sees http, the browser https."""
    return request.url.scheme == "https" or request.app.state.settings.secure_cookies


def csrf_token(request: Request) -> str:
    """The visitor's CSRF token (double-submit cookie); a new one if there is none yet."""
    if not hasattr(request.state, "csrf"):
        request.state.csrf = request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(32)
    return request.state.csrf


def set_csrf_cookie(request: Request, response: Response) -> None:
    token = csrf_token(request)
    if request.cookies.get(CSRF_COOKIE) != token:
        response.set_cookie(
            CSRF_COOKIE,
            token,
            httponly=True,
            samesite="strict",
            secure=cookie_secure(request),
        )


def check_csrf(request: Request, submitted: str | None) -> None:
    """Every POST carries the token of its form; a forged cross-site form cannot read it."""
    cookie = request.cookies.get(CSRF_COOKIE) or ""
    if not cookie or not submitted or not hmac.compare_digest(cookie, submitted):
        raise HTTPException(403, "the form's security token is missing or stale; reload the page")


def start_session(request: Request, response: Response, user_id: int) -> None:
    token = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + timedelta(hours=SESSION_HOURS)
    request.app.state.atlases.get().create_session(user_id, token_hash(token), expires)
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=SESSION_HOURS * 3600,
        httponly=True,
        samesite="lax",  # lax: a link from another site still arrives logged in, a POST not
        secure=cookie_secure(request),
    )


def end_session(request: Request, response: Response) -> None:
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        request.app.state.atlases.get().delete_session(token_hash(token))
    # The same attributes as when it was set, or a browser may keep the Secure one.
    response.delete_cookie(
        SESSION_COOKIE, httponly=True, samesite="lax", secure=cookie_secure(request)
    )


def safe_next(target: str | None) -> str:
    """Only local paths: a login link must not redirect to another site."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return "/"


def user_command(args: argparse.Namespace) -> int:
    """`ngo-atlas user add NAME`: the password is read from the terminal or from stdin."""
    from ngo_atlas.store import open_atlas

    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass(f"password for {args.name}: ")
        if getpass.getpass("again: ") != password:
            print("error: the passwords differ", file=sys.stderr)
            return 2
    if len(password) < MIN_PASSWORD:
        print(f"error: a password needs at least {MIN_PASSWORD} characters", file=sys.stderr)
        return 2
    with open_atlas(args.db) as atlas:
        if atlas.user_by_name(args.name) is not None:
            print(f"error: user {args.name!r} exists already", file=sys.stderr)
            return 1
        atlas.add_user(args.name, hash_password(password))
    print(f"curator {args.name!r} added to {args.db}")
    return 0
