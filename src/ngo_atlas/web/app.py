"""The web application: wires the store, the JSON API, the HTML pages, static files and headers."""

from __future__ import annotations

import logging
import sys
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from ngo_atlas.web import (
    api,
    curation,
    entities,
    entity_curation,
    exports,
    insights,
    map_page,
    pages,
)
from ngo_atlas.web.atlas_pool import AtlasPool
from ngo_atlas.web.params import BadParameter
from ngo_atlas.web.render import render
from ngo_atlas.web.security import HEADERS, SecurityHeaders
from ngo_atlas.web.settings import Settings, SettingsError
from ngo_atlas.web.throttle import LoginThrottle

log = logging.getLogger(__name__)

STATIC = Path(__file__).parent / "static"


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def validation_error(errors: Sequence[Any]) -> JSONResponse:
    """A 422 in FastAPI's HTTPValidationError shape, which the OpenAPI description promises:
    ``detail`` is a list of {loc, msg, type}, loc naming the parameter."""
    return JSONResponse({"detail": jsonable_encoder(list(errors))}, status_code=422)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(BadParameter)
    async def bad_parameter(request: Request, exc: BadParameter) -> Response:
        return validation_error(
            [{"loc": ["query", exc.name], "msg": exc.reason, "type": "value_error"}]
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _is_api(request):
            if exc.status_code == 422:  # the one 422 shape the OpenAPI description declares
                return validation_error(
                    [{"loc": ["query"], "msg": str(exc.detail), "type": "value_error"}]
                )
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return render(
            request,
            "error.html",
            {"status": exc.status_code, "message": str(exc.detail)},
            exc.status_code,
        )

    @app.exception_handler(Exception)
    async def crash(request: Request, exc: Exception) -> Response:
        """Any bug or store failure: a logged traceback, a translated page, the same headers."""
        log.exception("error serving %s", request.url.path)
        request.state.user = None  # the error page must not ask the store that just failed
        try:
            response = (
                JSONResponse({"detail": "internal error"}, status_code=500)
                if _is_api(request)
                else render(request, "error.html", {"status": 500, "message": ""}, 500)
            )
        except Exception:  # noqa: BLE001 - the page itself may need the failing store
            response = PlainTextResponse("internal error", status_code=500)
        response.headers.update(HEADERS)  # this handler runs outside SecurityHeaders
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        if _is_api(request):
            return validation_error(exc.errors())
        reasons = "; ".join(f"{'.'.join(map(str, e['loc'][1:]))}: {e['msg']}" for e in exc.errors())
        return render(request, "error.html", {"status": 400, "message": reasons}, 400)


def create_app(db_url: str, settings: Settings | None = None) -> FastAPI:
    """The app over the atlas at ``db_url`` (SQLite path or postgresql://...); ``settings``
    default to the NGO_ATLAS_* environment."""
    pool = AtlasPool(db_url)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        pool.close_all()

    app = FastAPI(
        title="ngo-atlas API",
        version="1",
        description="Projects, organisations and funders of the civil-society sector "
        "working with migrants and refugees in Poland.",
        openapi_url="/api/v1/openapi.json",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.atlases = pool
    app.state.settings = settings if settings is not None else Settings.from_env()
    app.state.login_throttle = LoginThrottle()
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    app.include_router(api.router)
    app.include_router(entities.api)
    app.include_router(exports.router)
    app.include_router(pages.router)
    app.include_router(entities.pages)
    app.include_router(curation.router)
    app.include_router(entity_curation.router)
    app.include_router(insights.router)
    app.include_router(map_page.router)

    @app.get("/api/{rest:path}", include_in_schema=False)
    def api_alias(request: Request, rest: str) -> Response:
        """Unversioned /api/... (issue 2's wording) redirects to the current version."""
        if rest.startswith("v1/"):
            return JSONResponse({"detail": f"no such endpoint: /api/{rest}"}, status_code=404)
        query = f"?{request.url.query}" if request.url.query else ""
        return RedirectResponse(f"/api/v1/{rest}{query}", status_code=307)

    _install_error_handlers(app)
    return app


def serve(
    db_url: str, host: str = "127.0.0.1", port: int = 8000, hide_contacts: bool = False
) -> int:
    """Serve the UI and the API until interrupted; ``hide_contacts`` (the --hide-contacts
    flag) turns the option on whatever NGO_ATLAS_HIDE_CONTACTS says."""
    import uvicorn

    try:
        settings = Settings.from_env()
    except SettingsError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if hide_contacts:
        settings = replace(settings, hide_contacts=True)
    print(f"ngo-atlas: serving {db_url} at http://{host}:{port}/", file=sys.stderr)
    uvicorn.run(create_app(db_url, settings), host=host, port=port, log_level="info")
    return 0
