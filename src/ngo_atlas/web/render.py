"""Template rendering with the request's language: translator, language links, the lang cookie."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from ngo_atlas.web.i18n import LANG_COOKIE, LANGUAGES, Translator, negotiate
from ngo_atlas.web.snippet_marks import marked

templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
templates.env.globals["marked_snippet"] = marked


def request_lang(request: Request) -> str:
    return negotiate(
        request.query_params.get("lang"),
        request.cookies.get(LANG_COOKIE),
        request.headers.get("accept-language", ""),
    )


def translator(request: Request) -> Translator:
    return Translator(request_lang(request))


def render(
    request: Request, name: str, context: dict[str, Any], status_code: int = 200
) -> HTMLResponse:
    """Render a page; a ?lang= choice is remembered in a cookie for the next pages."""
    t = translator(request)
    lang_links = [(code, str(request.url.include_query_params(lang=code))) for code in LANGUAGES]
    from ngo_atlas.web.auth import cookie_secure, csrf_token, current_user, set_csrf_cookie

    response = templates.TemplateResponse(
        request,
        name,
        {
            "t": t,
            "lang": t.lang,
            "lang_links": lang_links,
            "user": current_user(request),
            "csrf": csrf_token(request),
            **context,
        },
        status_code=status_code,
    )
    set_csrf_cookie(request, response)
    chosen = request.query_params.get("lang")
    if chosen in LANGUAGES and chosen != request.cookies.get(LANG_COOKIE):
        response.set_cookie(
            LANG_COOKIE,
            chosen,
            max_age=365 * 24 * 3600,
            samesite="lax",
            httponly=True,
            secure=cookie_secure(request),
        )
    return response
