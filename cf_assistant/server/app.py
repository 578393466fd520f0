"""The HTTP API of `cfa serve`: a FastAPI app over the assistant API, transport only.

`create_app(settings, assistant=None)` builds the app. Its lifespan pins torch's threads per
model call (`settings.threads()`; `settings.models()` model calls at once), loads and warms the
models of `settings.langs` on a model thread (`Assistant.load`), and only then answers `/readyz`
with 200. Routes (OpenAPI at `/docs`):

- `POST /v1/suggest` {text, lang="cf", k=5, values?, range?, today?}: what `cfa suggest --json`
  prints, each CF candidate with `officejs: {type, props}` for Excel's JavaScript API (for
  `range`, default A2:A100). Requests are micro-batched (`batching`): one model call for what
  arrives together; no valid candidate is a 200 with an empty list, as `--json` prints it.
- `POST /v1/rule` {rule, values?, today?}: what `cfa rule --json` prints.
- `POST /v1/validate` multipart `file` (+ `today`): `{"path": filename, "rules": [...]}`.
- `POST /v1/apply` multipart `file`, `rule`, `range`, `sheet?`: a NEW workbook to download; the
  upload is saved to a private temporary folder, never modified, and deleted after the answer.
- `GET /healthz` (alive), `GET /readyz` (models warm), `GET /stats` (batch sizes, counts), and the
  task pane page at `/` (`static/`).
- `GET /docs` (Swagger UI) and `GET /redoc` (ReDoc) over `/openapi.json`, their scripts and styles
  served by the app itself from the `fastapi-offline` package's copies at `/docs-assets/`, so
  that they work offline (FastAPI's own pages load them from a CDN).

Every error is problem+json (`problems`); each request has a time limit (`settings.timeout_s`,
then 503 with Retry-After, as for a full queue). The server never executes generated code (CF
rules run in the project's own executor), and holds no state between requests.
"""

from __future__ import annotations

import asyncio
import datetime as _dt
import json
import logging
import re
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Optional, Union

from fastapi import FastAPI, File, Form, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, model_validator
from starlette.background import BackgroundTask

from cf_assistant.assistant.cells import cell_text
from cf_assistant.errors import CfaError, NoValidCandidateError
from cf_assistant.server import problems
from cf_assistant.server.batching import Batcher, Overloaded
from cf_assistant.server.problems import Problem
from cf_assistant.server.settings import Settings

STATIC = Path(__file__).parent / "static"
DOCS_ASSETS = "/docs-assets"  # Swagger UI's and ReDoc's scripts, styles and icon (fastapi-offline's copies)
UPLOAD_PATHS = ("/v1/validate", "/v1/apply")
INLINE_VALUES = 200  # a request with more values is checked on the work pool, not the event loop
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
log = logging.getLogger("cf_assistant.server")

Value = Union[str, int, float, bool, None]


class _Body(BaseModel):
    """A JSON body: unknown fields refused, and text that is not Unicode (lone surrogates, which
    JSON's \\ud800 escapes can spell) refused before it reaches anything."""

    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="after")
    def _unicode(self):
        for name, value in self:
            for text in value if isinstance(value, list) else [value]:
                if isinstance(text, str) and not _encodable(text):
                    raise ValueError(f"{name} is not valid Unicode text (it holds a lone surrogate)")
        return self


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


class SuggestBody(_Body):
    text: str = Field(description="What the rule (or command, or code) should do.")
    lang: str = Field("cf", description="cf, bash or python.")
    k: int = Field(5, description="Candidates to generate (1..64).")
    values: Optional[list[Value]] = Field(None, description="The column's values (CF only).")
    range: Optional[str] = Field(None, description="Where the rule goes, e.g. B2:B50 (officejs formulas).")
    today: Optional[_dt.date] = Field(None, description="Reference date for date rules, YYYY-MM-DD.")


class RuleBody(_Body):
    rule: str = Field(description="A CF rule, e.g. GreaterThan(5).")
    values: Optional[list[Value]] = None
    today: Optional[_dt.date] = None


@dataclass
class _Job:
    request: Any  # SuggestRequest (its today pins the officejs formulas' dates too)
    range: str | None


@dataclass
class State:
    """What the app holds while it runs (no request state)."""

    settings: Settings
    assistant: Any
    model_pool: ThreadPoolExecutor
    work_pool: ThreadPoolExecutor  # checks before the model, /v1/rule, /v1/validate, /v1/apply
    finish_pool: ThreadPoolExecutor  # suggest's work after the model
    batcher: Batcher | None = None
    ready: bool = False
    error: str | None = None
    office: dict[str, Any] = field(default_factory=dict)  # lang -> its Office.js payload module


def create_app(settings: Settings | None = None, assistant: Any = None) -> FastAPI:
    """The app; `assistant` defaults to `Assistant(seed=settings.seed, **settings.extra)`."""
    settings = settings or Settings()
    app = FastAPI(title="cf-assistant", version=_version(), lifespan=_lifespan, docs_url=None,
                  redoc_url=None,
                  description="Natural language to Excel conditional-formatting rules, Bash and Python.")
    app.state.settings, app.state.given_assistant = settings, assistant
    problems.install(app)
    app.add_middleware(problems.BodyLimit, max_bytes=settings.max_body_bytes,
                       max_upload_bytes=settings.max_upload_bytes, upload_paths=UPLOAD_PATHS)
    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                           allow_methods=["GET", "POST"], allow_headers=["Content-Type"])
    _routes(app)
    _docs(app)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def _docs(app: FastAPI) -> None:
    """/docs and /redoc with their assets served from the `fastapi-offline` package's folder."""
    import fastapi_offline
    from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html

    assets = Path(fastapi_offline.__file__).parent / "static"
    app.mount(DOCS_ASSETS, StaticFiles(directory=assets), name="docs-assets")
    redirect = app.swagger_ui_oauth2_redirect_url

    async def swagger(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "")
        return get_swagger_ui_html(
            openapi_url=f"{root}{app.openapi_url}", title=f"{app.title} - Swagger UI",
            oauth2_redirect_url=redirect, swagger_js_url=f"{root}{DOCS_ASSETS}/swagger-ui-bundle.js",
            swagger_css_url=f"{root}{DOCS_ASSETS}/swagger-ui.css",
            swagger_favicon_url=f"{root}{DOCS_ASSETS}/favicon.png")

    async def redoc(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "")
        return get_redoc_html(
            openapi_url=f"{root}{app.openapi_url}", title=f"{app.title} - ReDoc",
            redoc_js_url=f"{root}{DOCS_ASSETS}/redoc.standalone.js",
            redoc_favicon_url=f"{root}{DOCS_ASSETS}/favicon.png", with_google_fonts=False)

    async def oauth2_redirect() -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()

    app.get("/docs", include_in_schema=False)(swagger)
    app.get("/redoc", include_in_schema=False)(redoc)
    if redirect:
        app.get(redirect, include_in_schema=False)(oauth2_redirect)


def app_from_env() -> FastAPI:
    """The app with the settings of `CFA_SERVE_SETTINGS` (uvicorn's factory for --workers N)."""
    return create_app(Settings.from_env())


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("cf-assistant")
    except PackageNotFoundError:
        return "0"


@asynccontextmanager
async def _lifespan(app: FastAPI):
    settings: Settings = app.state.settings
    from cf_assistant.languages.cf import officejs

    with _threads(settings.threads(), settings.engine != "numpy") as init:
        state = State(settings, _assistant(settings, app.state.given_assistant),
                      ThreadPoolExecutor(settings.models(), "cfa-model", initializer=init),
                      ThreadPoolExecutor(settings.work_threads, "cfa-work", initializer=init),
                      ThreadPoolExecutor(settings.finish_threads, "cfa-finish", initializer=init))
        app.state.cfa = state
        state.office = {"cf": officejs}
        _pipelines(state)
        state.batcher = Batcher(lambda *a: state.assistant.sample(*a), lambda *a: _finish(state, *a),
                                state.model_pool, state.finish_pool, settings.max_batch,
                                settings.max_wait_ms, settings.queue_size, settings.models())
        warm = asyncio.create_task(_warm(state))
        try:
            yield
        finally:
            warm.cancel()
            await state.batcher.close()
            state.model_pool.shutdown(wait=False, cancel_futures=True)
            state.work_pool.shutdown(wait=False, cancel_futures=True)
            state.finish_pool.shutdown(wait=False, cancel_futures=True)


def _pipelines(state: State) -> None:
    """Each language's pipeline, created once here (their models load lazily): requests on several
    threads then never race to create one."""
    from cf_assistant.languages import language_names

    try:
        for lang in language_names():
            state.assistant.suggester(lang)
    except Exception as exc:  # e.g. a model folder given for a language that does not exist
        state.error = f"{type(exc).__name__}: {exc}".splitlines()[0]


@contextmanager
def _threads(n: int, uses_torch: bool = True) -> Iterator[Callable[[], None]]:
    """Torch (when the engine may use it) and numpy's BLAS on `n` threads per model call while
    the app runs, pinned (loading a model does not put the loader's default back), one inter-op
    thread; gives the initializer of the app's thread pools: MKL counts its threads per thread,
    and a new thread's first matrix product would otherwise run on all the cores."""
    from cf_assistant.diffusion.runtime import pinned_threads, set_threads

    if uses_torch:
        import torch

        try:
            torch.set_num_interop_threads(1)
        except RuntimeError:  # only possible before any parallel work; already set in this process
            pass
    with pinned_threads(n):
        yield set_threads


async def _warm(state: State) -> None:
    """Load each language on the model thread; then ready (or not ready, saying why)."""
    loop = asyncio.get_running_loop()
    try:
        for lang in state.settings.langs:
            await loop.run_in_executor(state.model_pool, state.assistant.load, lang)
        state.ready = True
        log.info("ready: %s", ", ".join(state.settings.langs) or "no model loaded")
    except Exception as exc:  # a missing or corrupt model: alive, never ready, and says why
        state.error = f"{type(exc).__name__}: {exc}".splitlines()[0]
        log.error("not ready: %s", state.error)


def _assistant(settings: Settings, given: Any) -> Any:
    """The given assistant, else a new one (its models load lazily, so this is quick)."""
    if given is not None:
        return given
    from cf_assistant.assistant import Assistant

    return Assistant(seed=settings.seed, **{"engine": settings.engine, "precision": settings.precision,
                                            **settings.extra})


def _state(request: Request) -> State:
    return request.app.state.cfa


def _texts(values: list[Value] | None) -> list[str] | None:
    """JSON values as the texts a user would paste (the preview's own `cell_text`: null "",
    numbers as written, TRUE/FALSE)."""
    return None if values is None else [cell_text(v) for v in values]


def _finish(state: State, job: _Job, samples: list, batch: dict) -> bytes:
    """The per-request work after the model (on the work pool): the result as JSON + officejs,
    rendered to the answer's bytes here, off the event loop (`_json_bytes`)."""
    try:
        result = state.assistant.finish(job.request, samples)
    except NoValidCandidateError as exc:
        result = getattr(exc, "result", None)
        if result is None:
            raise
    doc = result.to_json()
    doc["timing_ms"] = {**doc.get("timing_ms", {}), "model": batch["model_ms"], "batch": batch["size"]}
    office = state.office.get(doc.get("lang", ""))
    if office is not None:
        for cand in doc["candidates"]:
            cand["officejs"] = office.from_code(cand["code"], job.range, job.request.today)
    return _json_bytes(doc)


def _json_bytes(doc: Any) -> bytes:
    """`doc` as Starlette's JSONResponse renders it (the same bytes)."""
    return json.dumps(doc, ensure_ascii=False, allow_nan=False, indent=None, separators=(",", ":")).encode("utf-8")


class _RenderedJSON(JSONResponse):
    """A JSON answer whose bytes were rendered already (`_json_bytes`, on the work pool); other
    content renders as JSONResponse does."""

    def render(self, content: Any) -> bytes:
        return content if isinstance(content, bytes) else super().render(content)


async def _limited(state: State, awaitable) -> Any:
    """`awaitable` within the time limit; else 503 with Retry-After (`asyncio.timeout`: no task
    of its own per request, as `wait_for` makes)."""
    try:
        async with asyncio.timeout(state.settings.timeout_s):
            return await awaitable
    except TimeoutError:
        raise Problem(503, "Timed out", f"the request took over {state.settings.timeout_s:g} s; try again",
                      {"Retry-After": "1"}) from None
    except Overloaded as exc:
        raise Problem(503, "Overloaded", str(exc), {"Retry-After": "1"}) from None


async def _work(state: State, fn: Callable, *args: Any) -> Any:
    """`fn(*args)` on the work pool (never on the event loop), within the time limit."""
    loop = asyncio.get_running_loop()
    return await _limited(state, loop.run_in_executor(state.work_pool, fn, *args))


def _routes(app: FastAPI) -> None:
    app.post("/v1/suggest", summary="Ranked candidates for a request")(suggest)
    app.post("/v1/rule", summary="One CF rule described")(rule)
    app.post("/v1/validate", summary="Every CF rule of a workbook and the cells it formats")(validate)
    app.post("/v1/apply", summary="A new workbook with the rule applied", response_class=FileResponse,
             responses={200: {"content": {XLSX: {}}}})(apply)
    app.get("/healthz", summary="Alive")(healthz)
    app.get("/readyz", summary="Models loaded and warm")(readyz)
    app.get("/stats", summary="Batch-size histogram and request counts")(stats)
    app.get("/", include_in_schema=False)(index)


async def suggest(body: SuggestBody, request: Request) -> JSONResponse:
    state = _ready(request)
    return _RenderedJSON(await _limited(state, _suggest(state, body)))


async def _suggest(state: State, body: SuggestBody) -> bytes:
    """Check the input (off the event loop, before any model work), then queue for a batch."""
    from cf_assistant.assistant import SuggestRequest
    from cf_assistant.languages import get_language

    lang = get_language(body.lang).name  # UnknownLanguageError: 422
    if body.range is not None and lang in state.office:
        state.office[lang].place_of(body.range)  # a bad range is refused before the model
    if body.values is None or len(body.values) <= INLINE_VALUES:  # microseconds: no thread hop
        text, data = _prepare(state.assistant, lang, body)
    else:
        loop = asyncio.get_running_loop()
        text, data = await loop.run_in_executor(state.work_pool, _prepare, state.assistant, lang, body)
    req = SuggestRequest(text=text, lang=lang, k=body.k, data=data, today=body.today)
    assert state.batcher is not None
    return await state.batcher.submit(lang, text, body.k, _Job(req, body.range))


def _prepare(assistant: Any, lang: str, body: SuggestBody) -> tuple[str, Any]:
    """The API's own checks of text, k and values, and the values as the pipeline's data."""
    return assistant.suggester(lang).prepare(body.text, body.k, values=_texts(body.values))


async def rule(body: RuleBody, request: Request) -> JSONResponse:
    state = _state(request)
    return JSONResponse(await _work(state, state.assistant.rule, body.rule, _texts(body.values), body.today))


def _ready(request: Request) -> State:
    state = _state(request)
    if state.error is not None:
        raise Problem(503, "Not ready", state.error, {"Retry-After": "2"})
    return state


async def _saved(upload: UploadFile, folder: Path) -> Path:
    """The upload written into `folder` (a private temporary folder) as book.xlsx."""
    path = folder / "book.xlsx"
    with path.open("wb") as fh:
        while chunk := await upload.read(1 << 20):
            fh.write(chunk)
    return path


def _workbook_call(name: str, fn: Callable, path: Path, *args: Any) -> Any:
    """A workbook operation on the saved upload `path`; errors name the upload `name`, never the
    server's folder. Any exception other than the project's own comes from a workbook the readers
    could not handle (a hostile or broken file: zlib, zipfile, XML and openpyxl errors of many
    types): a 422, never a 500."""
    try:
        return fn(path, *args)
    except CfaError as exc:
        detail = str(exc).replace(str(path.parent / "out.xlsx"), "the new workbook")
        raise Problem(422, "Bad input", detail.replace(str(path), name), error=type(exc).__name__) from None
    except Exception as exc:
        log.warning("unreadable workbook %s: %r", name, exc)
        raise Problem(422, "Unreadable workbook",
                      f"{name} could not be read as an .xlsx workbook ({type(exc).__name__})") from None


def _name(upload: UploadFile) -> str:
    return Path(upload.filename or "book.xlsx").name or "book.xlsx"


async def validate(request: Request, file: UploadFile = File(...),
                   today: Optional[_dt.date] = Form(None)) -> JSONResponse:
    state = _state(request)
    folder = Path(tempfile.mkdtemp(prefix="cfa-upload-"))
    try:
        path = await _saved(file, folder)
        rules = await _work(state, _workbook_call, _name(file), state.assistant.validate, path, today)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return JSONResponse({"path": _name(file), "rules": rules})


async def apply(request: Request, file: UploadFile = File(...), rule: str = Form(...),
                range: str = Form(...), sheet: Optional[str] = Form(None)) -> FileResponse:
    state = _state(request)
    folder = Path(tempfile.mkdtemp(prefix="cfa-upload-"))
    try:
        src = await _saved(file, folder)
        out = folder / "out.xlsx"
        await _work(state, _workbook_call, _name(file), state.assistant.apply, src, rule, range, out, sheet)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    stem = re.sub(r"[^\w.-]+", "_", Path(file.filename or "book").stem)[:100] or "book"
    return FileResponse(out, media_type=XLSX, filename=f"{stem}-cfa.xlsx",
                        background=BackgroundTask(shutil.rmtree, folder, ignore_errors=True))


async def healthz() -> dict:
    return {"status": "ok"}


async def readyz(request: Request) -> JSONResponse:
    state = _state(request)
    if not state.ready:
        raise Problem(503, "Not ready", state.error or "the models are loading", {"Retry-After": "2"})
    return JSONResponse({"status": "ready", "langs": list(state.settings.langs)})


async def stats(request: Request) -> dict:
    state = _state(request)
    return state.batcher.stats() if state.batcher else {}


async def index() -> FileResponse:
    return FileResponse(STATIC / "index.html", media_type="text/html")
