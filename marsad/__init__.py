"""Marsad: an engine that reads Arabic news the way an analyst does."""
from .document import Document, Entity, Event, Quantity, Quote, Time
from .pipeline import analyze

__version__ = "0.1.0"


def open(db: str = "marsad.db"):  # noqa: A001 - mirrors sqlite3.connect / datasette's naming
    """Open (creating if needed) a Marsad store: a SQLite path or a postgresql:// URL."""
    from .store import open_store

    return open_store(db)


__all__ = ["Document", "Entity", "Event", "Quantity", "Quote", "Time", "analyze", "open", "__version__"]
