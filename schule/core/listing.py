"""Filtering and pagination for every listing: catalogue, projects, Kommunen, search."""

from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count, Window
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from wagtail.fields import StreamField

from schule.taxonomy.filters import filter_pages
from schule.taxonomy.prefetch import prefetch_taxonomy


def paginate(request, items, per_page=None, count=None):
    """Return (page, messages); a bad page number shows a page and says why, never a 500.

    ``count``: the number of items if already known (the filter counts them), saving a query.
    """
    paginator = Paginator(items, per_page or settings.PORTAL_PAGE_SIZE)
    if count is not None:
        paginator.count = count  # a cached property: set, it is not counted again
    raw = request.GET.get("page", "1")
    messages = []
    try:
        page = paginator.page(raw)
    except PageNotAnInteger:
        messages.append(
            _("„%(raw)s“ ist keine Seitenzahl; angezeigt wird Seite 1.") % {"raw": raw[:20]}
        )
        page = paginator.page(1)
    except EmptyPage:
        last = paginator.num_pages
        messages.append(
            _("Seite %(raw)s gibt es nicht; angezeigt wird Seite %(last)s.")
            % {"raw": raw[:20], "last": last}
        )
        page = paginator.page(last)
    # The first and last page and two either side of this one, not a link per page.
    page.page_links = list(paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1))
    return page, messages


def listing_context(request, queryset, facets, prefetch=(), order_by=("title",)):
    """Filtered, counted, paginated listing; the context every index template expects.

    The taxonomy and tags of the cards come with ``prefetch_taxonomy`` (one query);
    ``prefetch`` names any other relation the cards show. A card shows no
    StreamField, so none is read (the steps and downloads of 12 Leitfäden cost
    about a millisecond to fetch and decode).
    """
    result = filter_pages(queryset, request.GET, facets)
    streams = [f.name for f in queryset.model._meta.concrete_fields if isinstance(f, StreamField)]
    items = result.queryset.order_by(*order_by).defer(*streams).prefetch_related(*prefetch)
    page, page_messages = paginate(request, items, count=result.count)
    page.object_list = prefetch_taxonomy(list(page.object_list))
    return {
        "filter": result,
        "items": page,
        "listing_messages": result.messages + page_messages,
    }


# What a list of links to pages ({% page_list %}) reads of each page; a
# Leitprojekt also shows its lead. Loading only these skips the pages' bodies.
LINK_FIELDS = ("title", "url_path")
PROJECT_LINK_FIELDS = (*LINK_FIELDS, "federfuehrung__title", "federfuehrung__url_path")


@dataclass
class Shortlist:
    """The first pages of a related list, how many there are in all, and where to see all."""

    items: list
    total: int
    all_url: str = ""

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __bool__(self):
        return bool(self.items)

    @property
    def more(self):
        return self.total - len(self.items)


def shortlist(queryset, all_url="", limit=None):
    """At most ``limit`` items of ``queryset`` and the total, in one query (a window count).

    For the lists on a Kommune's page and dashboard: they show the first few
    and link to the filtered catalogue, so their cost does not grow with the
    Kommune's content.
    """
    limit = limit or settings.PORTAL_SHORTLIST_SIZE
    # Ties broken by pk: a stable order, and PostgreSQL sorts the few matching
    # rows instead of walking the title index over every page to find them.
    queryset = queryset.order_by(*queryset.query.order_by, "pk")
    items = list(queryset.annotate(shortlist_total=Window(Count("pk")))[:limit])
    return Shortlist(items, items[0].shortlist_total if items else 0, all_url)


def catalogue_url(model, **filters):
    """The URL of the published listing of ``model`` pages, with filters; "" if there is none.

    Index pages name the page type they list (``listed_model``); the URLs are
    kept under the content version.
    """
    from wagtail.models import Page, get_page_models

    from .page_cache import memo

    def urls():
        index_models = [m for m in get_page_models() if getattr(m, "listed_model", None)]
        found = {}
        for index in Page.objects.live().type(*index_models).order_by("path").specific():
            found.setdefault(index.listed_model, index.url)
        return found

    url = memo("catalogue-urls", urls).get(model._meta.label, "")
    query = urlencode(filters)
    return f"{url}?{query}" if url and query else url
