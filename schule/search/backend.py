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

from schule.postgresql import planned_per_run

TOTAL = "_search_total"
VECTOR = "_vector_"  # modelsearch's name for the matched vector


class CountingResults(PostgresSearchResults):
    def get_queryset(self):
        queryset = super().get_queryset().annotate(**{TOTAL: Window(Count("pk"))})
        # modelsearch selects the document vector it matches (title || body) as a
        # column: PostgreSQL builds it for every hit before the LIMIT, ~4 of ~16 ms
        # for a frequent word. Matched in WHERE, it need not be selected (as
        # ``alias()`` would have it).
        query = queryset.query
        query.set_annotation_mask([name for name in query.annotations if name != VECTOR])
        return queryset

    def _do_search(self):
        # Planned for the words searched each time: a kept generic plan cannot
        # know how many pages match them (schule/postgresql/base.py).
        with planned_per_run():
            return super()._do_search()


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    backend = database.SearchBackend(params)
    if isinstance(backend, PostgresSearchBackend):
        backend.results_class = CountingResults
    return backend


def search_total(hits):
    """The number of all hits as the first fetched one carries it, or None."""
    return getattr(hits[0], TOTAL, None) if hits else None
