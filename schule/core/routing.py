"""Routing a request with two queries instead of two per path segment.

Wagtail's ``Page.route`` walks the tree: for every URL segment it loads the
child page (one query) and then its specific page (another). The site's root
page (``HomePage.route``) uses the ``url_path`` Wagtail keeps on every page
instead: one query loads every page on the requested path, one more the
specific page that serves it.

Wagtail's rules stay as they are: a page with its own routes
(``RoutablePageMixin``) serves the rest of the path when one of its routes
matches it, before its children are looked at; any other page that overrides
``route`` is handed the rest of the path; only a live page is served.

Building a page's URL needs the site root paths. Wagtail keeps them in the
cache and keeps a copy on the request, or, where no request is at hand
(``page.url``, ``page.full_url``), on each page object: a listing asked the
cache once per page. ``install()`` (from CoreConfig.ready) reads them through
``memo`` instead, once per request.
"""

from django.http import Http404
from django.urls import Resolver404
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site

from .page_cache import memo

_wagtail_site_root_paths = Site.get_site_root_paths


def site_root_paths():
    """Wagtail's ``Site.get_site_root_paths()``, read once per content version and request."""
    return memo("site-root-paths", _wagtail_site_root_paths)


def install():
    Site.get_site_root_paths = staticmethod(site_root_paths)


def _claims(page, rest):
    """True if ``page`` routes ``rest`` itself rather than by its children."""
    cls = page.specific_class
    if cls is None:
        return False
    if issubclass(cls, RoutablePageMixin):
        if not page.live:
            return False
        try:
            cls.get_resolver().resolve("/" + "".join(f"{part}/" for part in rest))
        except Resolver404:
            return False
        return True
    return cls.route is not Page.route


def route(root, request, components):
    """Route ``components`` (the URL's path segments) below ``root``, as Page.route does."""
    prefixes = [
        root.url_path + "".join(f"{part}/" for part in components[:n])
        for n in range(1, len(components) + 1)
    ]
    on_path = {
        page.url_path: page
        for page in Page.objects.filter(
            slug__in=components, url_path__in=prefixes, path__startswith=root.path
        )
    }
    page, rest = root, list(components)
    while rest:
        if page is not root and _claims(page, rest):
            return page.specific.route(request, rest)
        child = on_path.get(page.url_path + rest[0] + "/")
        if child is None:
            raise Http404
        # As Wagtail's route does: get_parent() (and the breadcrumb) need no query.
        child._cached_parent_obj = page
        page, rest = child, rest[1:]
    if page is root:
        return Page.route(root, request, [])
    return page.specific.route(request, [])
