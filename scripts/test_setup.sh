#!/usr/bin/env bash
# System parts the tests use for real: Debian's chromium (browser tests). Installed once, if missing.
set -euo pipefail
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing chromium (Debian) for the browser tests..." >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "warning: chromium not installed and cannot install it; browser tests will be skipped" >&2
  fi
fi
# PostgreSQL server binaries for the PostgreSQL store tests (tests/pg_fixture.py starts a private server).
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing postgresql (Debian) for the store tests..." >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  else
    echo "warning: PostgreSQL not installed and cannot install it; PostgreSQL tests will be skipped" >&2
  fi
fi
