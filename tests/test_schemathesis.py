"""Schemathesis against the live ASGI app's OpenAPI description (``/api/openapi.json``).

Every operation is called with generated inputs (valid and invalid: wrong types, out-of-range
numbers, strings off the patterns, Unicode everywhere) and every response is checked against the
description: no 5xx, status codes and content types documented, bodies matching their schemas.

The default run is bounded (a few examples per operation); ``MARSAD_FUZZ=long`` runs many more and is
marked ``slow``-free so it can be selected by the env var alone.
"""
from __future__ import annotations

import os

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402

from test_web_api import build_store  # noqa: E402

LONG = os.environ.get("MARSAD_FUZZ", "").lower() == "long"
EXAMPLES = 300 if LONG else 12


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    from marsad.web.app import create_app

    db = tmp_path_factory.mktemp("schemathesis") / "store.db"
    build_store(db)
    return create_app(str(db))


@pytest.fixture(scope="module")
def api_schema(app):
    from starlette.testclient import TestClient

    with TestClient(app):  # run the lifespan once so the caches warm like a served app
        pass
    return schemathesis.openapi.from_asgi("/api/openapi.json", app)


MODES = ("positive", "negative")


def _run(api_schema, mode: str) -> list[str]:
    """Every operation, ``EXAMPLES`` generated cases each; the failures as text (all of them, not the first)."""
    from hypothesis import given

    gm = schemathesis.GenerationMode(mode)
    failures: list[str] = []
    ops = [r.ok() for r in api_schema.get_all_operations()]
    assert len(ops) >= 8, [o.label for o in ops]
    for op in ops:
        if mode == "negative" and not list(op.iter_parameters()):
            continue  # nothing to make invalid (/api/stats takes no input)
        @given(case=op.as_strategy(generation_mode=gm))
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=not LONG, database=None,
                  suppress_health_check=list(HealthCheck))
        def one(case):
            response = case.call()
            if response.status_code == 414:  # the app's URL limit, before validation: a refusal too
                from marsad.web.app import MAX_URL

                assert len(response.request.url.encode()) > MAX_URL
                return
            case.validate_response(response)

        try:
            one()
        except Exception as err:  # noqa: BLE001 - collect every operation's failure, then report all
            failures.append(f"{op.label} [{mode}]: {type(err).__name__}: {str(err)[:1500]}")
    return failures


@pytest.mark.parametrize("mode", MODES)
def test_api_matches_its_description(api_schema, mode):
    failures = _run(api_schema, mode)
    assert not failures, "\n\n".join(failures)
