"""Response headers and failure handling that every request goes through.

Kept free of model imports on purpose: LOGGING refers to ``CacheOutageFilter``
here, and logging is configured before Django's app registry is ready.
"""

import logging

from csp.constants import HEADER
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config
from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)

# Seconds a client (or a crawler) should wait before asking again while the
# database is away; long enough for a restart or a failover.
RETRY_AFTER_SECONDS = 30

# Used only if 503.html itself cannot be rendered: a failure page must not fail.
_FALLBACK_503 = (
    '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">'
    "<title>Vorübergehend nicht erreichbar – Smart Cities: Schule</title></head>"
    "<body><h1>Vorübergehend nicht erreichbar</h1>"
    "<p>Das Portal ist gerade nicht erreichbar. Bitte versuchen Sie es in einigen Minuten "
    "noch einmal.</p></body></html>"
)


def is_admin_path(path):
    """True for the Wagtail admin, the only place that gets the looser policy."""
    return path.startswith(tuple(settings.ADMIN_PATH_PREFIXES))


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with the choice of policy by path, in this one place.

    The public site gets ``CONTENT_SECURITY_POLICY``; the Wagtail admin, which
    needs inline scripts and styles, gets ``ADMIN_CONTENT_SECURITY_POLICY``.
    A per-view policy set with django-csp's decorators still wins. A view whose
    response has ``embeddable = True`` (a chart for Kommunen to show on their own
    sites) may be framed by the ancestors in ``EMBED_FRAME_ANCESTORS``.
    """

    def process_response(self, request, response):
        if is_admin_path(request.path_info):
            # Wagtail renders a preview by running this middleware stack on a fake
            # request for the page's public URL, which sets the public policy; its
            # frame-ancestors 'none' would forbid the admin to frame its own preview.
            del response[HEADER]
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        if is_admin_path(request.path_info):
            if parts.config is None:
                parts.config = default_config(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"])
        elif getattr(response, "embeddable", False):
            parts.replace = {
                **(parts.replace or {}),
                "frame-ancestors": list(settings.EMBED_FRAME_ANCESTORS),
            }
        return parts


class PermissionsPolicyMiddleware:
    """Sends ``Permissions-Policy`` from ``settings.PERMISSIONS_POLICY`` on every response.

    The portal uses no camera, microphone, location or similar browser feature,
    so switching them off keeps injected or embedded code from asking for them.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(_allowlist_item(item) for item in allowed)})"
            for feature, allowed in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        if self.header and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = self.header
        return response


def _allowlist_item(item):
    # Keywords stay bare; origins must be quoted strings in the header syntax.
    return item if item in {"self", "*", "src"} else f'"{item}"'


class DatabaseUnavailableMiddleware:
    """Answers 503 with the static 503.html when the database cannot be reached.

    A database outage is not a bug in a page: the visitor gets a German
    "try again later" page with ``Retry-After`` instead of the 500 page, and
    operators get one ERROR log line per request. Views and template rendering
    are where the portal touches the database, which is where
    ``process_exception`` sees the error.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        if settings.DEBUG:
            return None  # developers want Django's technical page with the traceback
        logger.error(
            "Database unavailable, answered 503 for %s %s",
            request.method,
            request.path,
            exc_info=exception,
        )
        return service_unavailable_response()


def service_unavailable_response():
    """The 503 page. Rendered without a request: no context processor may query the database."""
    try:
        body = loader.get_template("503.html").render()
    except Exception:  # a failure page must never fail itself
        logger.exception("503.html could not be rendered; sent the built-in fallback")
        body = _FALLBACK_503
    response = HttpResponse(body, status=503, content_type="text/html; charset=utf-8")
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    # A proxy must not keep serving the outage page after the database is back.
    add_never_cache_headers(response)
    return response


class CacheOutageFilter(logging.Filter):
    """Turns django-redis's "Exception ignored" records into one WARNING line each.

    With ``IGNORE_EXCEPTIONS`` the site keeps serving pages when Redis goes
    away, so an ignored cache error is a warning, not an error; django-redis
    logs it with ``logger.exception`` (ERROR and a traceback on every cache call).
    """

    def filter(self, record):
        if record.exc_info and record.exc_info[1] is not None:
            record.msg = "Cache unavailable, request served without it: %s"
            record.args = (record.exc_info[1],)
            record.exc_info = None
            record.exc_text = None
        record.levelno = logging.WARNING
        record.levelname = logging.getLevelName(logging.WARNING)
        return True


class CurrentSiteMiddleware:
    """Finds the request's Wagtail site (and its home page) once per content version.

    It also scopes ``memo`` to the request (``request_memo``): the content version
    and each memoised value are read from the cache once per request.

    Wagtail looks the site up in the database on every request and then loads its
    root page twice over; ``Site.find_for_request`` keeps what it found on the
    request (``request._wagtail_site``), so handing it the memoised site saves
    those queries for every part of Wagtail that asks. Without a database the
    lookup is left to Wagtail, so the view fails where the 503 handling sees it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from wagtail.models import Site

        from .page_cache import memo, request_memo

        def find():
            site = Site.find_for_request(request)
            if site is not None:
                site.root_page.specific  # noqa: B018 - loaded now, kept with the site
            return site

        with request_memo():
            try:
                key = f"site:{request.get_host()}:{request.get_port()}"
                request._wagtail_site = memo(key, find)
            except (OperationalError, InterfaceError):
                if hasattr(request, "_wagtail_site"):
                    del request._wagtail_site
            return self.get_response(request)
