"""What every response under /api/ gets, in one decorator: ``api_view``.

- only GET and HEAD (OPTIONS answers a CORS preflight); anything else is 405;
- CORS open for reading (``Access-Control-Allow-Origin: *``), on the API only;
- a per-IP request budget per minute (``API_RATE_LIMIT``), 429 beyond it;
- ``ApiError`` becomes a JSON error with a German message, never a 500;
- an ETag over the body and ``Cache-Control``, so an unchanged answer is a 304.
"""

import hashlib
import json
import time
from functools import wraps

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, JsonResponse
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

ALLOWED_METHODS = ("GET", "HEAD", "OPTIONS")
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, If-None-Match, If-Modified-Since",
    "Access-Control-Expose-Headers": (
        "ETag, Retry-After, Content-Disposition, X-RateLimit-Limit, X-RateLimit-Remaining"
    ),
    "Access-Control-Max-Age": "86400",
}
JSON_DUMPS = {"ensure_ascii": False, "indent": 2}


class ApiError(Exception):
    def __init__(self, status, message):
        super().__init__(message)
        self.status = status
        self.message = str(message)


def json_response(data, status=200, content_type="application/json"):
    return JsonResponse(
        data,
        status=status,
        safe=False,
        json_dumps_params=JSON_DUMPS,
        content_type=f"{content_type}; charset=utf-8",
    )


def error_response(status, message):
    return json_response({"fehler": str(message), "status": status}, status=status)


def client_ip(request):
    # REMOTE_ADDR only: a forwarded header can be forged by any client. Behind a
    # reverse proxy, the proxy sets REMOTE_ADDR (e.g. gunicorn --forwarded-allow-ips).
    return request.META.get("REMOTE_ADDR", "unknown")


def _rate_limited(request):
    """(limit, remaining, retry_after); retry_after is set once the budget is spent."""
    limit = settings.API_RATE_LIMIT
    if not limit:
        return None, None, None
    window = settings.API_RATE_WINDOW_SECONDS
    now = time.time()
    slot = int(now // window)
    key = f"api-rate:{client_ip(request)}:{slot}"
    cache.add(key, 0, timeout=window + 5)
    try:
        used = cache.incr(key)
    except ValueError:  # the cache dropped the key (or is away): do not block anyone
        return limit, limit, None
    retry_after = int((slot + 1) * window - now) + 1 if used > limit else None
    return limit, max(limit - used, 0), retry_after


def _finish(request, response, limit, remaining):
    for header, value in CORS_HEADERS.items():
        response[header] = value
    if limit:
        response["X-RateLimit-Limit"] = str(limit)
        response["X-RateLimit-Remaining"] = str(remaining)
    return response


def api_view(view):
    """Wrap a view of the open-data interface; see the module docstring."""

    @csrf_exempt  # read-only: every unsafe method is answered 405 below, never run
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        limit, remaining, retry_after = _rate_limited(request)
        if request.method not in ALLOWED_METHODS:
            response = error_response(405, _("Diese Schnittstelle kann nur gelesen werden (GET)."))
            response["Allow"] = "GET, HEAD, OPTIONS"
            return _finish(request, response, limit, remaining)
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            response["Allow"] = "GET, HEAD, OPTIONS"
            return _finish(request, response, limit, remaining)
        if retry_after is not None:
            response = error_response(
                429,
                _(
                    "Zu viele Anfragen: höchstens %(limit)s je %(seconds)s Sekunden und "
                    "IP-Adresse. Bitte in %(retry)s Sekunden erneut versuchen."
                )
                % {
                    "limit": limit,
                    "seconds": settings.API_RATE_WINDOW_SECONDS,
                    "retry": retry_after,
                },
            )
            response["Retry-After"] = str(retry_after)
            return _finish(request, response, limit, remaining)
        try:
            response = view(request, *args, **kwargs)
        except ApiError as error:
            return _finish(request, error_response(error.status, error.message), limit, remaining)
        if response.status_code == 200 and not response.streaming:
            response["ETag"] = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
            response["Cache-Control"] = f"public, max-age={settings.API_CACHE_SECONDS}"
            patch_vary_headers(response, ["Accept-Encoding"])
            conditional = get_conditional_response(
                request, etag=response["ETag"], response=response
            )
            if conditional is not response:
                response = conditional
        return _finish(request, response, limit, remaining)

    return wrapped


def dumps(data):
    return json.dumps(data, **JSON_DUMPS)
