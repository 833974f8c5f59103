"""PostgreSQL with prepared statements (ENGINE ``schule.postgresql``): see ``base``.

``planned_per_run()`` is importable on any database (on SQLite it changes nothing).
"""

import contextlib
from contextvars import ContextVar

_per_run = ContextVar("planned_per_run", default=False)


@contextlib.contextmanager
def planned_per_run():
    """Statements executed here are planned for their values on every run, never prepared."""
    token = _per_run.set(True)
    try:
        yield
    finally:
        _per_run.reset(token)
