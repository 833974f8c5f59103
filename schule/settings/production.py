"""Production: everything secret or host-specific comes from the environment."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, REDIS_URL, SECRET_KEY, SSL_REDIRECT

# REDIS_URL too: the content version that keeps the page cache and the memoised
# lookups (navigation, private sections) fresh must be one for all workers; a
# local-memory cache per worker would let each keep its own.
for _name, _value in (
    ("SECRET_KEY", SECRET_KEY),
    ("ALLOWED_HOSTS", ALLOWED_HOSTS),
    ("REDIS_URL", REDIS_URL),
):
    if not _value:
        raise ImproperlyConfigured(
            f"Die Umgebungsvariable {_name} fehlt: Produktion startet nicht ohne sie. "
            f"(Missing environment variable {_name}.)"
        )

DEBUG = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Hashed files (every {% static %} URL) are cached for ten years as "immutable" by
# WhiteNoise itself; this is for the unhashed names only, which change in place on a
# deploy and so must not stick in browsers for long.
WHITENOISE_MAX_AGE = 3600

# --- HTTPS: TLS ends at the reverse proxy, which sets X-Forwarded-Proto ------
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = SSL_REDIRECT
# One year, all subdomains; "preload" only states consent, the list entry is a
# separate, deliberate submission at hstspreload.org.
SECURE_HSTS_SECONDS = 31536000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
