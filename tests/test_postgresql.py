"""Prepared statements on PostgreSQL (schule/postgresql): kept where a plan fits all values."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from wagtail.models import Page

from schule.postgresql import planned_per_run

from .conftest import requires_postgres
from .factories import LeitfadenPageFactory

pytestmark = [pytest.mark.django_db, requires_postgres]
ROOT = Path(__file__).resolve().parent.parent
RUNS = 5  # more than the prepare threshold (3)


def prepared(marker):
    """The statements this connection has prepared whose text contains ``marker``."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        return [row[0] for row in cursor.fetchall() if marker in row[0]]


def test_a_statement_run_often_is_prepared_with_its_values_as_parameters():
    for pk in range(RUNS):
        list(Page.objects.filter(pk=pk, title="prepared-check"))
    (statement,) = prepared('"wagtailcore_page"."title" = $')
    assert "prepared-check" not in statement  # bound on the server, not in the text


def test_statements_planned_per_run_are_never_prepared():
    with planned_per_run():
        for pk in range(RUNS):
            list(Page.objects.filter(pk=pk, title="per-run-check"))
    assert prepared('"wagtailcore_page"."title" = $') == []


def test_facet_counts_and_search_ranking_are_planned_for_their_values(client, leitfaden_index, dna):
    LeitfadenPageFactory(parent=leitfaden_index, title="Energie im Dorf", dna=[dna["digital"]])
    call_command("update_index", verbosity=0)
    for _ in range(RUNS):
        assert client.get("/leitfaeden/", {"dna": "digital"}).status_code == 200
        assert client.get("/suche/", {"q": "Energie"}).status_code == 200
    assert prepared("WITH listed AS") == []
    assert prepared("ts_rank") == []
    # The listing's own statements are kept.
    assert prepared('ORDER BY "wagtailcore_page"."title"')


@pytest.mark.parametrize("value, expected", [(None, "3"), ("off", "None")])
def test_preparing_can_be_switched_off_for_a_pooler(value, expected):
    code = (
        "from django.conf import settings; o = settings.DATABASES['default']['OPTIONS']; "
        "print(o.get('prepare_threshold'), o.get('server_side_binding'))"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "schule.settings.dev"}
    env.pop("DATABASE_PREPARED_STATEMENTS", None)
    if value is not None:
        env["DATABASE_PREPARED_STATEMENTS"] = value
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    threshold, binding = result.stdout.strip().splitlines()[-1].split()
    assert threshold == expected
    assert binding == ("True" if value is None else "None")
