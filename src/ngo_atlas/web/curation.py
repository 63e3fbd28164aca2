"""Curators' pages: log in and out, correct a project's field, see its history, revert a change."""

from __future__ import annotations

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from ngo_atlas.web import auth
from ngo_atlas.web.correction_values import FIELDS, BadValue, format_value, parse_value
from ngo_atlas.web.render import render, translator

router = APIRouter(include_in_schema=False)


def _atlas(request: Request):  # noqa: ANN202 - the store's Atlas
    return request.app.state.atlases.get()


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/") -> HTMLResponse:  # noqa: A002 - the URL's name
    return render(request, "login.html", {"next": auth.safe_next(next), "error": None})


@router.post("/login")
def login(
    request: Request,
    name: str = Form(""),
    password: str = Form(""),
    csrf: str = Form(""),
    next: str = Form("/"),
) -> Response:  # noqa: A002
    auth.check_csrf(request, csrf)
    t = translator(request)
    throttle = request.app.state.login_throttle
    keys = (f"ip:{request.client.host if request.client else '?'}", f"user:{name.strip()}")
    if throttle.blocked(*keys):
        ctx = {"next": auth.safe_next(next), "error": t("login.throttled")}
        return render(request, "login.html", ctx, 429)
    user = _atlas(request).user_by_name(name.strip())
    # The same answer for a wrong name and a wrong password: no hint which one exists.
    if user is None or not auth.verify_password(user["password_hash"], password):
        throttle.failed(*keys)
        ctx = {"next": auth.safe_next(next), "error": t("login.failed")}
        return render(request, "login.html", ctx, 401)
    throttle.succeeded(*keys)
    response = RedirectResponse(auth.safe_next(next), status_code=303)
    auth.start_session(request, response, int(user["id"]))
    return response


@router.post("/logout")
def logout(request: Request, csrf: str = Form("")) -> Response:
    auth.check_csrf(request, csrf)
    response = RedirectResponse("/", status_code=303)
    auth.end_session(request, response)
    return response


def _project_or_404(request: Request, project_id: int) -> dict:
    rec = _atlas(request).project(project_id)
    if rec is None:
        raise HTTPException(404, f"no project with id {project_id}")
    return rec


@router.get("/projects/{project_id}/edit", response_class=HTMLResponse)
def edit_form(request: Request, project_id: int, field: str = "title") -> HTMLResponse:
    auth.require_user(request)
    rec = _project_or_404(request, project_id)
    if field not in FIELDS:
        raise HTTPException(400, f"unknown field {field!r}")
    return render(
        request,
        "edit.html",
        {
            "rec": rec,
            "field": field,
            "fields": FIELDS,
            "value": format_value(field, rec.get(field)),
            "error": None,
        },
    )


@router.post("/projects/{project_id}/corrections")
def add_correction(
    request: Request,
    project_id: int,
    field: str = Form(...),
    value: str = Form(""),
    wrong: str = Form(""),
    csrf: str = Form(""),
) -> Response:
    auth.check_csrf(request, csrf)
    user = auth.require_user(request)
    rec = _project_or_404(request, project_id)
    try:
        parsed = None if wrong else parse_value(field, value)
    except BadValue as e:
        return render(
            request,
            "edit.html",
            {"rec": rec, "field": field, "fields": FIELDS, "value": value, "error": str(e)},
            400,
        )
    _atlas(request).correct(project_id, field, parsed, user["name"], wrong=bool(wrong))
    return RedirectResponse(f"/projects/{project_id}#history", status_code=303)


@router.post("/corrections/{correction_id}/revert")
def revert(
    request: Request, correction_id: int, project_id: int = Form(...), csrf: str = Form("")
) -> Response:
    auth.check_csrf(request, csrf)
    user = auth.require_user(request)
    try:
        _atlas(request).revert_correction(correction_id, user["name"])
    except KeyError:
        raise HTTPException(404, f"no correction with id {correction_id}") from None
    return RedirectResponse(f"/projects/{project_id}#history", status_code=303)
