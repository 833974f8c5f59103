"""WSGI entry point; gunicorn serves ``schule.wsgi:application``."""

import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "schule.settings.production")
application = get_wsgi_application()

# Everything loaded so far (Django, Wagtail, the models, the URL conf) lives as
# long as the worker. Frozen, the garbage collector's full passes no longer walk
# it again and again: they cost a few milliseconds per request on the larger
# pages before (bench/run.py, README "Benchmark").
gc.freeze()
