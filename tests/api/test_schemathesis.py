"""Schemathesis against the API through the WSGI app: no server errors, no schema breaks.

Runs offline on the test database (the ``portal`` fixture): for every
operation of /api/v1/openapi.json, generated valid and invalid inputs, each
response checked against the document (status code, content type, headers,
body schema) and invalid input rejected with a 4xx. ``SCHEMATHESIS_MAX_EXAMPLES``
raises the examples per operation and mode; ``scripts/schemathesis.sh`` runs
the schemathesis CLI against a server with the demo content.
"""

import os

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis.errors import Unsatisfiable
from schemathesis.generation.modes import GenerationMode

MAX_EXAMPLES = int(os.environ.get("SCHEMATHESIS_MAX_EXAMPLES", "10"))

pytestmark = pytest.mark.django_db


@pytest.fixture
def keep_test_connection():
    """The real WSGI handler closes the database connection after each request, which
    ends the test's transaction on PostgreSQL; Django's test client unhooks it the same way."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


def operations(schema):
    for result in schema.get_all_operations():
        yield result.ok()


def test_api_has_no_server_error_and_keeps_its_schema(portal, settings, keep_test_connection):
    settings.API_RATE_LIMIT = 0  # thousands of requests from one "IP" within a minute
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())
    tested = []
    for operation in operations(schema):
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):

            @hypothesis_settings(
                max_examples=MAX_EXAMPLES,
                deadline=None,
                suppress_health_check=list(HealthCheck),
                derandomize=True,
                database=None,
            )
            @given(case=operation.as_strategy(generation_mode=mode))
            def check(case):
                case.call_and_validate()

            try:
                check()
            except Unsatisfiable:
                # No parameters to get wrong: there is no invalid request to make.
                assert mode == GenerationMode.NEGATIVE, operation.label
                continue
            tested.append((operation.label, mode))
    assert len(tested) >= 20, tested
