"""The web app: the JSON API (``/api/``, described at ``/api/openapi.json``) and the page that reads it.

The page is static HTML + vanilla JS (``static/``) that renders API JSON with ``textContent`` and
DOM calls only, never ``innerHTML``: article text is untrusted, and the one way to never interpret
it as markup is to never hand it to the HTML parser. A strict Content-Security-Policy (scripts from
this origin only) backs that up. Front-end libraries are vendored under ``static/vendor/``: the app
works offline and loads nothing from elsewhere.

The store is opened read-only by default, once per worker thread (sqlite3 connections are not
shared across threads). ``db`` is a SQLite file or a ``postgresql://`` URL: the API reads through
the store's methods and its portable ``query``, so the page is the same over either. Read-only
PostgreSQL sessions run with ``default_transaction_read_only = on`` and never create the schema.
"""
from __future__ import annotations

import threading
from contextlib import asynccontextmanager
from importlib import resources as ilr
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from ..store import open_store
from .api import Cache, router, warm

STATIC = Path(str(ilr.files("marsad.web").joinpath("static")))

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:;"
       " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none';"
       " form-action 'self'")


MAX_URL = 8192          # bytes of path + query string; longer is a 414
MAX_BODY = 64 * 1024    # bytes of a request body (no route reads one); more is a 413


def _too_big(request: Request):
    """A JSON error for a request over the size limits, before any route or store sees it.
    (A body is never read by any route, so a chunked one without a length costs nothing.)"""
    url_len = len(request.scope.get("raw_path") or b"") + len(request.scope.get("query_string") or b"")
    if url_len > MAX_URL:
        return JSONResponse({"detail": f"URL too long (more than {MAX_URL} bytes)"}, status_code=414)
    length = request.headers.get("content-length")
    if length is not None:
        try:
            n = int(length)
        except ValueError:
            return JSONResponse({"detail": "bad Content-Length"}, status_code=400)
        if n > MAX_BODY:
            return JSONResponse({"detail": f"request body too large (more than {MAX_BODY} bytes)"},
                                status_code=413)
    return None


class Stores:
    """One store connection per thread, all opened the same way, all closed at shutdown."""

    def __init__(self, db: str, readonly: bool) -> None:
        self.db, self.readonly = db, readonly
        self._local = threading.local()
        self._all: list = []
        self._lock = threading.Lock()
        self._generation = 0

    def get(self):
        s = getattr(self._local, "store", None)
        if s is None or getattr(self._local, "generation", None) != self._generation:
            # a connection from before a shutdown (the app's lifespan run again) was closed: reopen
            s = open_store(self.db, readonly=self.readonly)
            self._local.store, self._local.generation = s, self._generation
            with self._lock:
                self._all.append(s)
        return s

    def open(self):
        """A connection of the caller's own, which it must close; ``close`` below never touches it."""
        return open_store(self.db, readonly=self.readonly)

    def close(self) -> None:
        with self._lock:
            self._generation += 1
            for s in self._all:
                try:
                    s.close()
                except Exception:  # a connection owned by a finished thread may already be gone
                    pass
            self._all.clear()


def create_app(db: str, readonly: bool = True) -> FastAPI:
    """The app over the store at ``db``; fails now (not at the first request) if it is not a store."""
    stores = Stores(db, readonly)
    stores.get().count()  # a missing file or a non-store raises here, with the store's own message

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        warm(app)
        yield
        stores.close()

    # Swagger UI / ReDoc load their scripts from a CDN, so they are off; the description is served.
    app = FastAPI(title="Marsad", version=__import__("marsad").__version__, lifespan=lifespan,
                  description="Arabic news read as facts: entities, dates, amounts, quotations and events, "
                              "each tied to [start, end) character offsets in the cleaned text.",
                  openapi_url="/api/openapi.json", docs_url=None, redoc_url=None)
    app.state.stores = stores
    app.state.cache = Cache(stores)
    app.state.readonly = readonly
    app.include_router(router)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        # the API only reads: no request needs a body, and no honest URL is longer than a few KB
        too_big = _too_big(request)
        response = too_big or await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        if request.url.path.startswith("/api/"):
            response.headers.setdefault("Cache-Control", "no-store")
        return response

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):  # a JSON error, never a traceback page
        return JSONResponse({"detail": f"internal error: {type(exc).__name__}"}, status_code=500)

    # Only StaticFiles touches the filesystem, and only under static/ (it refuses paths that leave it).
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")

    return app


def serve(db: str, host: str = "127.0.0.1", port: int = 8765, readonly: bool = True) -> None:
    """Run the app with uvicorn until interrupted (``marsad serve``)."""
    import uvicorn

    app = create_app(db, readonly=readonly)
    where = app.state.stores.get().path  # a PostgreSQL URL without its password
    print(f"Marsad: serving {where} at http://{host}:{port}/  (read-only: {readonly}; Ctrl-C to stop)", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
