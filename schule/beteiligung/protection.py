"""Abuse protection of the public forms: plain text only, a honeypot, a limit per IP and hour."""

import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from schule.redaktion.throttle import client_ip

# Anything that looks like the start of an HTML tag, a comment or a declaration.
HTML_TAG = re.compile(r"<\s*[/!?]?\s*[a-zA-Z]")
WINDOW_SECONDS = 60 * 60


def plain_text(value):
    """Refuse markup: text is stored and shown as typed, so HTML has no place in it."""
    if value and HTML_TAG.search(value):
        raise ValidationError(
            _(
                "Bitte schreiben Sie reinen Text ohne HTML. Zeichen wie „<“ direkt vor einem "
                "Buchstaben sind nicht erlaubt."
            ),
            code="html",
        )


def _key(request):
    # A salted hash: the raw address is never stored, not even in the cache.
    digest = hashlib.sha256(f"{settings.SECRET_KEY}\n{client_ip(request)}".encode()).hexdigest()
    return f"beteiligung:submissions:{digest}"


def limit():
    return getattr(settings, "BETEILIGUNG_MAX_SUBMISSIONS_PER_HOUR", 10)


def is_limited(request):
    """True once this address has sent ``limit()`` submissions within the hour."""
    maximum = limit()
    return bool(maximum) and (cache.get(_key(request)) or 0) >= maximum


def count_submission(request):
    key = _key(request)
    cache.add(key, 0, WINDOW_SECONDS)
    try:
        cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, WINDOW_SECONDS)
