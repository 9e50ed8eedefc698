"""A real, throw-away PostgreSQL server for the tests and the benchmark (nothing mocked).

Finds Debian's server binaries (/usr/lib/postgresql/*/bin), apt-installs ``postgresql`` if they are
missing and we are root (otherwise the tests skip, saying why), runs ``initdb`` in a temporary
folder and starts the server on a free port on 127.0.0.1. The server refuses to run as root, so as
root the folder is given to the ``postgres`` user and the commands run through ``runuser``.

One server per test process, started on first use and stopped when the process exits; each test
that writes gets its own fresh database (``pg_db``), so tests never see each other's rows.
"""
from __future__ import annotations

import atexit
import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from typing import Optional

import pytest


class PostgresUnavailable(RuntimeError):
    pass


def find_bin() -> Optional[Path]:
    """The newest installed server's bin folder, or None."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                   key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    return Path(found[-1]).parent if found else None


def ensure_installed() -> Path:
    b = find_bin()
    if b is not None:
        return b
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        raise PostgresUnavailable("PostgreSQL server not installed (no /usr/lib/postgresql/*/bin/pg_ctl) and not "
                                  "root with apt-get to install it; run `apt-get install -y postgresql`")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for cmd in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", "postgresql"]):
        r = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=900)
        if r.returncode != 0:
            raise PostgresUnavailable(f"{' '.join(cmd)} failed: {r.stderr.strip()[-500:]}")
    b = find_bin()
    if b is None:
        raise PostgresUnavailable("apt-get installed postgresql but no pg_ctl found under /usr/lib/postgresql")
    return b


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class TempPostgres:
    """``with TempPostgres() as pg: pg.url`` — a private server, removed on exit."""

    def __init__(self, durable: bool = False):
        # durable=False trades crash safety for speed (fsync off): right for tests, whose data is
        # thrown away; the benchmark passes durable=True to measure what a real server does.
        self.durable = durable
        self.dir: Optional[str] = None
        self.port: Optional[int] = None
        self.bin: Optional[Path] = None
        self._as_postgres = os.geteuid() == 0

    def _run(self, *args: str, timeout: int = 120) -> None:
        cmd = [str(self.bin / args[0]), *args[1:]]
        if self._as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd="/")
        if r.returncode != 0:
            log = ""
            if self.dir and os.path.exists(os.path.join(self.dir, "log")):
                log = Path(self.dir, "log").read_text(errors="replace")[-1500:]
            raise PostgresUnavailable(f"{' '.join(args[:2])} failed: {(r.stderr or r.stdout).strip()[-800:]}\n{log}")

    def start(self) -> str:
        self.bin = ensure_installed()
        self.dir = tempfile.mkdtemp(prefix="marsad-pg-")
        if self._as_postgres:
            import pwd

            try:
                pw = pwd.getpwnam("postgres")
            except KeyError:
                raise PostgresUnavailable("running as root but there is no `postgres` user to run the server as")
            os.chmod(self.dir, 0o700)
            os.chown(self.dir, pw.pw_uid, pw.pw_gid)
        data = os.path.join(self.dir, "data")
        # C.UTF-8 rather than C: a realistic UTF-8 locale, so the schema's explicit COLLATE "C" is tested
        self._run("initdb", "-D", data, "-U", "marsad", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
        opts = [f"-p {{port}}", f"-k {self.dir}", "-c listen_addresses=127.0.0.1", "-c max_connections=200"]
        if not self.durable:
            opts += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        for attempt in range(3):  # a free port can be taken between finding and binding it
            self.port = free_port()
            try:
                self._run("pg_ctl", "-D", data, "-l", os.path.join(self.dir, "log"), "-w", "-t", "60",
                          "-o", " ".join(opts).format(port=self.port), "start")
                break
            except PostgresUnavailable:
                if attempt == 2:
                    raise
        return self.url

    @property
    def url(self) -> str:
        return f"postgresql://marsad@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        if self.dir is None:
            return
        try:
            self._run("pg_ctl", "-D", os.path.join(self.dir, "data"), "-m", "immediate", "-w", "stop")
        except PostgresUnavailable:
            pass
        shutil.rmtree(self.dir, ignore_errors=True)
        self.dir = None

    def __enter__(self) -> "TempPostgres":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def create_database(url: str, name: str) -> str:
    """A new empty database on the server of ``url``; returns its URL."""
    import psycopg
    from psycopg import sql

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return url.rsplit("/", 1)[0] + "/" + name


_server: Optional[TempPostgres] = None
_failure: Optional[str] = None
_names = itertools.count(1)


def server_url() -> str:
    """The URL of this process's test server, starting it on first use."""
    global _server, _failure
    if _failure:
        raise PostgresUnavailable(_failure)
    if _server is None:
        s = TempPostgres()
        try:
            s.start()
        except PostgresUnavailable as e:
            s.stop()
            _failure = str(e)
            raise
        atexit.register(s.stop)
        _server = s
    return _server.url


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """URL of a running PostgreSQL server (its default database)."""
    pytest.importorskip("psycopg", reason="psycopg not installed: pip install -e '.[scale]'")
    try:
        return server_url()
    except PostgresUnavailable as e:
        pytest.skip(f"no PostgreSQL server: {e}")


@pytest.fixture
def pg_db(postgres_url) -> str:
    """URL of a fresh, empty database for one test."""
    return create_database(postgres_url, f"t{os.getpid()}_{next(_names)}")
