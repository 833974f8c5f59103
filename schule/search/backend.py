"""Wagtail's database search backend; on PostgreSQL the hits carry their total.

modelsearch counts the hits of a search in a statement of its own and then
ranks them in a second one, matching the full-text index twice (~4 of ~11 ms
of SQL for a frequent word at 5,000 Leitfäden). Here the ranking statement
also counts its matches (``COUNT(*) OVER ()``, computed before the page's
LIMIT), so the search view takes the total from the page it fetched
(``search_total``) and the separate count is not needed.
"""

from django.db.models import Count, Window
from modelsearch.backends import database
from modelsearch.backends.database.postgres.postgres import (
    PostgresSearchBackend,
    PostgresSearchResults,
)

TOTAL = "_search_total"


class CountingResults(PostgresSearchResults):
    def get_queryset(self):
        queryset = super().get_queryset()
        return queryset.annotate(**{TOTAL: Window(Count("pk"))})


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    backend = database.SearchBackend(params)
    if isinstance(backend, PostgresSearchBackend):
        backend.results_class = CountingResults
    return backend


def search_total(hits):
    """The number of all hits as the first fetched one carries it, or None."""
    return getattr(hits[0], TOTAL, None) if hits else None
