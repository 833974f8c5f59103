"""Test settings: fast hashing, local memory cache, nothing to set."""

from .base import *  # noqa: F403
from .base import BASE_DIR, DATABASES, IS_POSTGRES

SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = BASE_DIR / "test-media"
WAGTAILADMIN_BASE_URL = "http://testserver"
# Serve static files straight from the finders; no collectstatic needed.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# Tests count the queries of uncached pages; tests/test_page_cache.py switches it on.
PAGE_CACHE_ENABLED = False
if IS_POSTGRES:
    # Test data need no durability: commits (migrations, browser tests) do not wait for the disk.
    DATABASES["default"]["OPTIONS"]["options"] += " -c synchronous_commit=off"
