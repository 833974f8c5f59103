"""Django's PostgreSQL backend, with statements prepared and their plans kept.

Django binds parameters on the client and never prepares a statement, so
PostgreSQL parses and plans every query of every request again: ~0.9 ms for a
page's routing query that then runs in 0.05 ms. Here parameters are bound on
the server (``server_side_binding``) and psycopg prepares a statement once it
has run ``prepare_threshold`` times on a connection; PostgreSQL then keeps its
plan. Measured at 5,000 Leitfäden (README "Prepared statements"): the database's CPU per
request fell from 2.4 to 0.6 ms for a Leitfaden and from 4.8 to 1.8 ms for a
Kommune page.

A kept plan is a generic one, chosen without the values. Where the values
decide the plan (the share of pages a filter or a search word matches), the
generic plan is slower than planning again: the facet counts and the search
ranking run inside ``planned_per_run()``, which executes without preparing.

``DATABASE_PREPARED_STATEMENTS=off`` switches preparing off, for a connection
pooler in transaction mode that cannot keep prepared statements (README
"Scale-out notes").
"""

from django.db.backends.postgresql import base

from . import _per_run


class Cursor(base.ServerBindingCursor):
    def execute(self, query, params=None, *, prepare=None, binary=None):
        if prepare is None and _per_run.get():
            prepare = False
        return super().execute(query, params, prepare=prepare, binary=binary)


class DatabaseWrapper(base.DatabaseWrapper):
    def get_connection_params(self):
        params = super().get_connection_params()
        if params["cursor_factory"] is base.ServerBindingCursor:
            params["cursor_factory"] = Cursor
        return params
