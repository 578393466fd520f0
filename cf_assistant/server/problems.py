"""Errors as RFC 9457 problem details: `application/problem+json`, one-line detail, no traceback.

`install(app)` registers handlers for the project's own errors (`CfaError`: 422, the message the
CLI prints), request validation (malformed JSON 400, wrong or missing fields 422), HTTP errors
(404, 405, ...) and anything unexpected (500 with a fixed detail; the traceback goes to the server
log only). `Problem` is raised by the server itself (503 overload with Retry-After, 504-like time
limits answered as 503, 413 oversize bodies). `BodyLimit` is a small ASGI middleware that refuses
bodies over the limit with a 413 problem: the pinned Starlette's own `max_body_size` answers a
`text/plain` 413, which would break the contract that every error is problem+json.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from cf_assistant.errors import CfaError

MEDIA_TYPE = "application/problem+json"
DRAIN_BYTES = 64 << 20  # an oversize body is read (and dropped) up to this much before the 413
log = logging.getLogger("cf_assistant.server")


class Problem(Exception):
    """An HTTP error the server answers as problem+json."""

    def __init__(self, status: int, title: str, detail: str, headers: dict[str, str] | None = None,
                 **extensions: Any):
        super().__init__(detail)
        self.status, self.title, self.detail = status, title, detail
        self.headers = headers or {}
        self.extensions = extensions


def problem_response(status: int, title: str, detail: str, headers: dict[str, str] | None = None,
                     **extensions: Any) -> JSONResponse:
    body = {"type": "urn:cf-assistant:problem:" + title.lower().replace(" ", "-"),
            "title": title, "status": status, "detail": _one_line(detail), **extensions}
    return JSONResponse(body, status_code=status, headers=headers, media_type=MEDIA_TYPE)


def _one_line(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= 500 else text[:497] + "..."


def _validation_detail(exc: RequestValidationError) -> tuple[int, str]:
    errors = exc.errors()
    if any(e.get("type") == "json_invalid" for e in errors):
        return 400, "the body is not valid JSON"
    first = errors[0] if errors else {}
    where = ".".join(str(p) for p in first.get("loc", ()) if p != "body") or "body"
    return 422, f"{where}: {first.get('msg', 'invalid value')}" + (
        f" (and {len(errors) - 1} more problem(s))" if len(errors) > 1 else "")


def cfa_error_response(exc: CfaError) -> JSONResponse:
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return problem_response(422, "Bad input", message, error=type(exc).__name__)


def install(app: FastAPI) -> None:
    """Register the problem+json handlers on `app`."""

    async def on_problem(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, Problem)
        return problem_response(exc.status, exc.title, exc.detail, exc.headers, **exc.extensions)

    async def on_cfa(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, CfaError)
        return cfa_error_response(exc)

    async def on_validation(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        status, detail = _validation_detail(exc)
        return problem_response(status, "Bad request" if status == 400 else "Invalid request", detail)

    async def on_http(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        title = {404: "Not found", 405: "Method not allowed", 413: "Content too large"}.get(
            exc.status_code, "HTTP error")
        return problem_response(exc.status_code, title, str(exc.detail), dict(exc.headers or {}))

    async def on_unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.error("unexpected error on %s %s: %r", request.method, request.url.path, exc, exc_info=exc)
        return problem_response(500, "Internal error", "the server failed on this request; it is logged")

    app.add_exception_handler(Problem, on_problem)
    app.add_exception_handler(CfaError, on_cfa)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(Exception, on_unexpected)


class _TooLarge(StarletteHTTPException):
    """Raised while the body is read; an HTTPException so that FastAPI's body parsing re-raises it
    (it turns other exceptions into a 400) and the HTTP handler answers 413."""

    def __init__(self, limit: int):
        super().__init__(413, f"the request body is over the limit of {limit:,} bytes")


class BodyLimit:
    """Refuse request bodies over `max_bytes` (over `max_upload_bytes` on `upload_paths`) with 413."""

    def __init__(self, app: ASGIApp, max_bytes: int, max_upload_bytes: int, upload_paths: tuple[str, ...]):
        self.app, self.max_bytes, self.max_upload = app, max_bytes, max_upload_bytes
        self.upload_paths = upload_paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.max_upload if scope.get("path") in self.upload_paths else self.max_bytes
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit():
            if int(declared) > limit:
                await self._refuse(scope, receive, send, limit)
            else:  # the HTTP parser delivers no more than the declared length: nothing to count
                await self.app(scope, receive, send)
            return
        seen, started, finished = 0, False, False

        async def limited_receive() -> Message:
            nonlocal seen, finished
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                finished = not message.get("more_body", False)
                if seen > limit:
                    raise _TooLarge(limit)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await self._refuse(scope, receive, send, limit, drain=not finished)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, limit: int,
                      drain: bool = True) -> None:
        """Answer 413 after reading what is left of the body (up to DRAIN_BYTES), so that a
        client still sending reads the answer instead of a reset connection."""
        drained = 0
        while drain and drained <= DRAIN_BYTES:
            try:
                message = await receive()
            except Exception:  # the client went away
                return
            if message["type"] != "http.request":
                break
            drained += len(message.get("body", b""))
            if not message.get("more_body", False):
                break
        error = _TooLarge(limit)
        await problem_response(413, "Content too large", str(error.detail))(scope, receive, send)
