"""Filtering and pagination for every listing: catalogue, projects, Kommunen, search."""

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.utils.translation import gettext as _

from schule.taxonomy.filters import filter_pages


def paginate(request, items, per_page=None):
    """Return (page, messages); a bad page number shows a page and says why, never a 500."""
    paginator = Paginator(items, per_page or settings.PORTAL_PAGE_SIZE)
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
    return page, messages


def listing_context(request, queryset, facets, prefetch=(), order_by=("title",)):
    """Filtered, counted, paginated listing; the context every index template expects."""
    result = filter_pages(queryset, request.GET, facets)
    items = result.queryset.order_by(*order_by).prefetch_related(*prefetch)
    page, page_messages = paginate(request, items)
    return {
        "filter": result,
        "items": page,
        "listing_messages": result.messages + page_messages,
    }
