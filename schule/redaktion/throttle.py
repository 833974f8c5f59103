"""Admin login throttling: after too many failures per user and IP address, a wait.

The Wagtail admin login form (``WAGTAILADMIN_USER_LOGIN_FORM``) counts failed
attempts per (username, client IP) in Django's cache (Redis in production, so
the count holds across workers). After ``REDAKTION_LOGIN_MAX_FAILURES``
failures within ``REDAKTION_LOGIN_LOCKOUT_MINUTES`` further attempts are
refused, the correct password included, until that time has passed.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm

logger = logging.getLogger(__name__)


def max_failures():
    return getattr(settings, "REDAKTION_LOGIN_MAX_FAILURES", 5)


def lockout_minutes():
    return getattr(settings, "REDAKTION_LOGIN_LOCKOUT_MINUTES", 15)


def client_ip(request):
    # REMOTE_ADDR only: a forwarded header can be set by anyone. Behind a
    # reverse proxy, have the proxy pass the client address as REMOTE_ADDR.
    return (request.META.get("REMOTE_ADDR") or "unbekannt") if request else "unbekannt"


def _key(kind, username, ip):
    digest = hashlib.sha256(f"{username.casefold()}\n{ip}".encode()).hexdigest()
    return f"redaktion:login:{kind}:{digest}"


def is_locked(username, ip):
    return cache.get(_key("locked", username, ip)) is not None


def register_failure(username, ip):
    """Count a failed attempt; returns True when this one locks the login."""
    timeout = lockout_minutes() * 60
    failures_key = _key("failures", username, ip)
    cache.add(failures_key, 0, timeout)
    try:
        failures = cache.incr(failures_key)
    except ValueError:  # expired between add and incr
        cache.set(failures_key, 1, timeout)
        failures = 1
    if failures >= max_failures():
        cache.set(_key("locked", username, ip), True, timeout)
        cache.delete(failures_key)
        logger.warning("Admin-Anmeldung gesperrt nach %s Fehlversuchen: %r", failures, username)
        return True
    return False


def reset(username, ip):
    cache.delete(_key("failures", username, ip))


class ThrottledLoginForm(LoginForm):
    """Wagtail's login form, refusing attempts while a (username, IP) is locked."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail's field has no label of its own, so it would read "Password".
        self.fields["password"].label = _("Passwort")

    def locked_error(self):
        return ValidationError(
            _(
                "Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie %(minutes)d "
                "Minuten und versuchen Sie es dann erneut."
            ),
            code="too_many_attempts",
            params={"minutes": lockout_minutes()},
        )

    def clean(self):
        username = self.cleaned_data.get("username") or ""
        ip = client_ip(self.request)
        if username and is_locked(username, ip):
            raise self.locked_error()
        try:
            cleaned_data = super().clean()
        except ValidationError:
            if username and register_failure(username, ip):
                raise self.locked_error() from None
            raise
        if username:
            reset(username, ip)
        return cleaned_data
