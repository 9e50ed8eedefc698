"""Stores: SQLite by default (one file, FTS5 search), PostgreSQL for teams (``postgresql://`` URLs)."""
from __future__ import annotations


def open_store(db: str, readonly: bool = False):
    if db.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore

        return PostgresStore(db, readonly=readonly)
    from .sqlite import SQLiteStore

    return SQLiteStore(db, readonly=readonly)
