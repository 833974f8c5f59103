"""Private sections (page view restrictions) read once per content version.

Wagtail asks the database for every view restriction each time a queryset is
narrowed to public pages (``PageQuerySet.public()``: listings, search, feeds,
sitemap, API) and twice more for every page it serves
(``Page.get_view_restrictions``). The restrictions change only with the
content, so they are kept with ``memo`` under the content version
(schule/core/page_cache.py; a new or removed restriction starts a new one).
``install()`` (from CoreConfig.ready) points both Wagtail methods at that
list; the results are the same as Wagtail's own.
"""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet

from .page_cache import memo

_wagtail_get_view_restrictions = Page.get_view_restrictions


def restricted_sections():
    """(path, depth) of every page that has a view restriction."""
    return memo(
        "restricted-sections",
        lambda: list(PageViewRestriction.objects.values_list("page__path", "page__depth")),
    )


def private_q(queryset):
    q = Q()
    for path, depth in restricted_sections():
        q |= Q(path__startswith=path) & Q(depth__gte=depth)
    # Matches no page when no private section exists (as in Wagtail).
    return q if q else Q(pk__in=[])


def get_view_restrictions(page):
    if not restricted_sections():
        return PageViewRestriction.objects.none()
    # Any restriction at all: Wagtail's own lookup (it also follows aliases).
    return _wagtail_get_view_restrictions(page)


def install():
    PageQuerySet.private_q = private_q
    Page.get_view_restrictions = get_view_restrictions
