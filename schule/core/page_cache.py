"""The page cache: anonymous GETs of public pages, never stale.

Every cached page is stored with the current *content version*. Any change
to published content (publishing, unpublishing, moving or deleting a page,
editing a taxonomy snippet, importing indicators, moderating a contribution:
in short any write to a content model) sets a new version, so every page is
fresh at once: an entry made under an older version is a miss, and the next
request replaces it. One shared key in the cache (Redis in production) keeps
all workers and hosts in step; a hit reads it and the page in one round trip.

Not cached: requests with a session or messages cookie (editors, visitors who
just sent a form), the admin and documents, anything but 200, responses that
set a cookie or carry a CSRF token, or say private/no-store.
"""

import contextlib
import contextvars
import functools
import hashlib
import sys
import time
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse, HttpResponseNotModified
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers
from django.utils.http import http_date, parse_http_date_safe
from django.utils.module_loading import import_string

RENDERING_FILES = (".py", ".html", ".mo")
PREFIX = "portal:page"
# Writes to these apps change what visitors see.
CONTENT_APPS = {
    "core",
    "taxonomy",
    "kommunen",
    "leitprojekte",
    "leitfaeden",
    "veranstaltungen",
    "beteiligung",
    "wagtailcore",
    "wagtailimages",
    "wagtaildocs",
    "wagtailredirects",
    "taggit",
}
# ... except bookkeeping that never shows on a public page.
IGNORED_MODELS = {
    "wagtailcore.revision",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.workflowstate",
    "wagtailcore.taskstate",
    "wagtailcore.pagesubscription",
    "wagtailcore.referenceindex",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailcore.pagelock",
    "wagtailcore.uploadedfile",
    "wagtailimages.rendition",
    # Visitors' submissions that no public page shows (until moderated, if ever;
    # a DNA check once attached to a Leitprojekt: ``shown_on_public_pages``).
    "beteiligung.feedback",
    "beteiligung.joinrequest",
    "beteiligung.dnacheckresult",
}
_MISSING = object()


@functools.cache
def version_key():
    """The cache key of the content version, one per release of the portal.

    A release is a fingerprint of what renders the pages: the portal's code,
    templates and translations, the static files' manifest and the versions of
    Django and Wagtail. A deployment that changes any of them reads a key that is
    not there yet and so starts a new content version: no page or memoised value
    made by the old code is served by the new one, and Last-Modified moves on.
    """
    import django
    import wagtail
    from django.apps import apps

    base = Path(settings.BASE_DIR)
    # The portal's own packages: installed apps in the checkout, not in the virtualenv.
    roots = {
        base / Path(app.path).relative_to(base).parts[0]
        for app in apps.get_app_configs()
        if Path(app.path).is_relative_to(base) and not Path(app.path).is_relative_to(sys.prefix)
    }
    for engine in settings.TEMPLATES:
        roots.update(Path(d) for d in engine.get("DIRS", []))
    roots.update(Path(d) for d in settings.LOCALE_PATHS)
    digest = hashlib.sha256(f"{django.__version__} {wagtail.__version__}".encode())
    files = [p for root in roots for p in root.rglob("*") if p.suffix in RENDERING_FILES]
    files.append(Path(settings.STATIC_ROOT) / "staticfiles.json")
    for path in sorted(set(files)):
        if path.is_file():
            # By its place in the checkout, so that hosts with the same code agree.
            name = path.relative_to(base) if path.is_relative_to(base) else path.name
            digest.update(str(name).encode())
            digest.update(path.read_bytes())
    return f"portal:content-version:{digest.hexdigest()[:16]}"


CACHED_HEADERS = ("Content-Type", "Content-Language", "X-Frame-Options", "Content-Disposition")


# What ``memo`` found during the current request (see ``request_memo``).
_request_memo = contextvars.ContextVar("portal_request_memo", default=None)


def content_version():
    local = _request_memo.get()
    key = version_key()
    if local is not None and key in local:
        return local[key]
    version = cache.get(key)
    if version is None:
        version = bump()
    if local is not None:
        local[key] = version
    return version


def bump(*args, **kwargs):
    """Start a new content version: every cached page is out of date from now on."""
    version = time.time_ns()
    cache.set(version_key(), version, timeout=None)
    local = _request_memo.get()
    if local is not None:
        local.clear()
    return version


@contextlib.contextmanager
def request_memo():
    """Within one request, read the version and each memoised value once."""
    token = _request_memo.set({})
    try:
        yield
    finally:
        _request_memo.reset(token)


def seconds_until_clock_change(version):
    """Seconds until the clock alone changes a page (e.g. an event becomes past), or None.

    Asked of the functions in PAGE_CACHE_CLOCK (each returns the next such moment),
    once per content version and again when that moment has passed.
    """
    key = f"portal:next-change:{version}"
    moment = cache.get(key)
    now = timezone.now()
    if moment is None or (moment != "never" and moment <= now):
        moments = [import_string(path)(now) for path in settings.PAGE_CACHE_CLOCK]
        moments = [m for m in moments if m]
        moment = min(moments) if moments else "never"
        cache.set(key, moment, timeout=settings.PAGE_CACHE_TIMEOUT)
    if moment == "never":
        return None
    return max(int((moment - now).total_seconds()), 1)


def _is_content(sender):
    meta = getattr(sender, "_meta", None)
    return (
        meta is not None
        and meta.app_label in CONTENT_APPS
        and meta.label_lower not in IGNORED_MODELS
    )


def _changed(sender, instance=None, **kwargs):
    # A model that visitors write to may still show on public pages once an editor
    # links it (a DNA check attached to a Leitprojekt): it says so per instance.
    shown = getattr(instance, "shown_on_public_pages", None)
    if _is_content(sender) or (shown is not None and shown()):
        bump()
        # Again once the change is visible to others: a request that read the new
        # version before the commit may have stored what it saw of the old content.
        transaction.on_commit(bump)


# Memoised values of one content version, kept in this process too: a worker
# reads each from the shared cache once per content version, not once per
# request, and then hands out the object it read. One (version, {name: value})
# pair, replaced as a whole, so a thread still working under an older version
# never writes into a newer one.
_process_memo = [(None, {})]


def memo(name, compute):
    """``compute()``, kept in the cache under the current content version.

    For site-wide lookups that every page needs (the site, the navigation, the
    view restrictions): computed once per content change and shared by all
    workers, so even pages the page cache does not serve skip those queries.
    Each worker also keeps the value for as long as the version holds, so only
    the version itself is read from the shared cache per request. The value
    must pickle (for the shared cache) and is one object for every request of
    the worker: callers read it and never change it. (A copy per request,
    unpickled, cost 4 to 9 % of a page's work: 36 instead of 34 million Python
    instructions for a Leitfaden, 136 instead of 125 million for a Kommune
    dashboard, counted with callgrind.) ``None`` is not kept: ``compute`` runs
    again on the next call.
    """
    local = _request_memo.get()
    if local is not None and name in local:
        return local[name]
    version = content_version()
    kept_version, values = _process_memo[0]
    if kept_version != version:
        values = {}
        _process_memo[0] = (version, values)
    value = values.get(name, _MISSING)
    if value is _MISSING:
        key = f"portal:memo:{version}:{name}"
        value = cache.get(key, _MISSING)
        if value is _MISSING:
            value = compute()
            if value is None:  # nothing to keep (e.g. an unknown path): asked again next time
                return None
            cache.set(key, value, timeout=settings.PAGE_CACHE_TIMEOUT)
        values[name] = value
    if local is not None:
        local[name] = value
    return value


def connect_signals():
    """Called from CoreConfig.ready(): any write to a content model bumps the version."""
    for signal in (post_save, post_delete, m2m_changed):
        signal.connect(_changed, dispatch_uid=f"page-cache-{signal!r}")


def _cacheable_request(request):
    if not settings.PAGE_CACHE_ENABLED or request.method not in ("GET", "HEAD"):
        return False
    if request.path_info.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PREFIXES)):
        return False
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def _cacheable_response(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get("CSRF_COOKIE_USED"):
        return False
    control = response.get("Cache-Control", "")
    return not any(word in control for word in ("private", "no-store", "no-cache"))


def _key(request):
    """One entry per URL; it holds the version it was made under (see the middleware)."""
    raw = f"{request.get_host()}{request.get_full_path()}"
    return f"{PREFIX}:{hashlib.sha256(raw.encode()).hexdigest()}"


def _public_headers(response, version, etag, lifetime=None):
    response["ETag"] = etag
    response["Last-Modified"] = http_date(version / 1e9)
    max_age = settings.PAGE_CACHE_MAX_AGE
    if lifetime is not None:
        max_age = min(max_age, lifetime)
    patch_cache_control(response, public=True, max_age=max_age)
    patch_vary_headers(response, ("Cookie",))
    return response


def _not_modified(request, etag, version):
    # If-None-Match, where sent, decides alone (RFC 9110, 13.1.3).
    if "If-None-Match" in request.headers:
        return request.headers["If-None-Match"] == etag
    since = parse_http_date_safe(request.headers.get("If-Modified-Since", ""))
    return since is not None and since >= int(version / 1e9)


class PageCacheMiddleware:
    """Serves anonymous GETs of public pages from the cache (see the module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable_request(request):
            response = self.get_response(request)
            if not request.path_info.startswith("/admin/") and "Cache-Control" not in response:
                # Pages for editors or after a form: a proxy in front must not keep them.
                add_never_cache_headers(response)
                patch_cache_control(response, private=True)
            return response
        # The version and the page in one round trip: the entry names the version
        # it was made under, and an entry of an older version is a miss.
        key = _key(request)
        found = cache.get_many([version_key(), key])
        version = found.get(version_key()) or content_version()
        entry = found.get(key)
        now = time.time()
        if entry is not None and entry[0] == version and (entry[4] is None or entry[4] > now):
            _version, content, headers, etag, until = entry
            lifetime = max(int(until - now), 1) if until is not None else None
            if _not_modified(request, etag, version):
                return _public_headers(HttpResponseNotModified(), version, etag, lifetime)
            response = HttpResponse(content)
            for name, value in headers:
                response[name] = value
            response["Content-Length"] = str(len(content))
            response["X-Page-Cache"] = "hit"
            return _public_headers(response, version, etag, lifetime)
        response = self.get_response(request)
        if not _cacheable_response(request, response):
            if "Cache-Control" not in response:
                add_never_cache_headers(response)
                patch_cache_control(response, private=True)
            return response
        if hasattr(response, "render") and callable(response.render):
            response = response.render()
        etag = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
        headers = [(name, response[name]) for name in CACHED_HEADERS if name in response]
        lifetime = seconds_until_clock_change(version)
        # Until the clock alone changes the page (an event begins), if it does.
        until = now + lifetime if lifetime is not None else None
        timeout = min(settings.PAGE_CACHE_TIMEOUT, lifetime or settings.PAGE_CACHE_TIMEOUT)
        cache.set(key, (version, response.content, headers, etag, until), timeout=timeout)
        response["X-Page-Cache"] = "miss"
        if _not_modified(request, etag, version):
            return _public_headers(HttpResponseNotModified(), version, etag, lifetime)
        return _public_headers(response, version, etag, lifetime)
