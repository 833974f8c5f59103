"""Routing a request with one or two queries instead of two per path segment.

Wagtail's ``Page.route`` walks the tree: for every URL segment it loads the
child page (one query) and then its specific page (another). The site's root
page (``HomePage.route``) uses the ``url_path`` Wagtail keeps on every page
instead: one query loads every page on the requested path, one more the
specific page that serves it. Below a page with children or routes of its own
(a catalogue, a Kommune) the pages above are kept per content version with
the types of their children, the last one as its specific page (``_parents``);
where those children are all of one type, one query loads the specific page
itself (``_child``): a Leitfaden, a Leitprojekt and a Kommune are found with
one query, a dashboard with none. The site's sections, the pages right below
its root (the catalogues, the Kommunen, Impressum), are kept as specific pages
too (``_sections``): found without a query.

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

from django.contrib.contenttypes.models import ContentType
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


def _on_path(root, components):
    """{url_path: page} of the pages on the path ``components`` below ``root``: one query."""
    prefixes = [
        root.url_path + "".join(f"{part}/" for part in components[:n])
        for n in range(1, len(components) + 1)
    ]
    return {
        page.url_path: page
        for page in Page.objects.filter(
            slug__in=components, url_path__in=prefixes, path__startswith=root.path
        )
    }


def _parents(root, components):
    """The pages on the path ``components`` and the page types of the last one's children.

    Kept under the content version where the last page has children or routes
    of its own: the pages a request is most likely to go through (the
    catalogues, the Kommunen). None where a page on the path is missing, or the
    last is a plain leaf: nothing is kept for those, so unknown URLs add nothing.
    """

    def load():
        found = _on_path(root, components)
        last = found.get(root.url_path + "".join(f"{part}/" for part in components))
        if len(found) != len(components) or last is None:
            return None
        cls = last.specific_class
        if not last.numchild and not (cls and issubclass(cls, RoutablePageMixin)):
            return None
        kinds = Page.objects.child_of(last).order_by().values_list("content_type", flat=True)
        # Kept as its specific page: it serves its own routes (a Kommune's dashboard,
        # the regional dashboard) without a query for it.
        found[last.url_path] = last.get_specific()
        return found, sorted(set(kinds))

    return memo(f"route:{root.pk}:{'/'.join(components)}", load)


def _sections(root):
    """{url_path: specific page} of the pages right below ``root``: the site's few sections.

    Kept under the content version: a catalogue, the Kommunen, the search's
    neighbours in the navigation are found without a query.
    """
    return memo(
        f"route-sections:{root.pk}",
        lambda: {page.url_path: page for page in Page.objects.child_of(root).specific()},
    )


def _child(parent, slug, kinds):
    """The child ``slug`` of ``parent``: the specific page where all children are of one type.

    One query either way; with children of several types the specific page costs
    a second one (``page.specific``), as in Wagtail.
    """
    model = ContentType.objects.get_for_id(kinds[0]).model_class() if len(kinds) == 1 else None
    pages = (model or Page)._default_manager.filter(
        slug=slug,
        url_path=f"{parent.url_path}{slug}/",
        path__startswith=parent.path,
        depth=parent.depth + 1,
    )
    return pages.first()


def route(root, request, components):
    """Route ``components`` (the URL's path segments) below ``root``, as Page.route does.

    A section comes from ``_sections``; the pages above the last segment come
    from ``_parents`` (kept per content version) where it keeps them, then the
    last page is one query. Otherwise one query loads every page on the path.
    Kept pages are shared by the worker's requests: a generic one's specific
    page is read with ``get_specific()``, which leaves it unchanged, and a kept
    specific page is served as it is (serving a page changes nothing on it;
    what it caches on itself, such as prefetched relations, belongs to the same
    content version).
    """
    kept = (_sections(root), None) if len(components) == 1 else _parents(root, components[:-1])
    on_path, kinds = kept if kept is not None else (_on_path(root, components), None)
    page, rest = root, list(components)
    while rest:
        if page is not root and _claims(page, rest):
            return page.get_specific().route(request, rest)
        child = on_path.get(page.url_path + rest[0] + "/")
        if child is None and kinds and len(rest) == 1:
            child = _child(page, rest[0], kinds)
        if child is None:
            raise Http404
        # As Wagtail's route does: get_parent() (and the breadcrumb) need no query.
        child._cached_parent_obj = page
        page, rest = child, rest[1:]
    if page is root:
        return Page.route(root, request, [])
    return page.get_specific().route(request, [])
