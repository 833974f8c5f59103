"""WSGI entry point; gunicorn serves ``schule.wsgi:application``."""

import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "schule.settings.production")
application = get_wsgi_application()

# The release's fingerprint (the content version's key) is read from the files once:
# now, rather than in the first request.
from schule.core.page_cache import version_key  # noqa: E402 - needs the apps loaded

version_key()

# Everything loaded so far (Django, Wagtail, the models, the URL conf) lives as
# long as the worker. Frozen, the garbage collector's full passes no longer walk
# it again and again: they cost a few milliseconds per request on the larger
# pages before (bench/run.py, README "Benchmark").
gc.freeze()
