"""Site search across every content type, on Wagtail's database backend."""

import re

from django.template.response import TemplateResponse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from wagtail.models import Page

from schule.core.listing import catalogue_url, paginate
from schule.search.backend import search_total
from schule.taxonomy.models import TaggedPageMixin
from schule.taxonomy.prefetch import prefetch_taxonomy

MAX_QUERY_LENGTH = 200
WORD = re.compile(r"\w+")
SEARCH_PAGE_SIZE = 10


def _prepare_hits(pages):
    """Tags (one query for all types) and the catalogue to link them to (memoised)."""
    prefetch_taxonomy(pages)
    for page in pages:
        if isinstance(page, TaggedPageMixin):
            page.listing_url = catalogue_url(type(page))


def _requested_page(request, results):
    """(the hits of the requested page, its number); page 1 for anything but a number."""
    try:
        number = max(int(request.GET.get("page", "1")), 1)
    except ValueError:
        number = 1
    start = (number - 1) * SEARCH_PAGE_SIZE
    return list(results[start : start + SEARCH_PAGE_SIZE]), number


def search(request):
    raw = request.GET.get("q", "")
    query = " ".join(raw.split())
    messages = []
    if len(query) > MAX_QUERY_LENGTH:
        query = query[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0] or query[:MAX_QUERY_LENGTH]
        messages.append(
            _("Ihr Suchbegriff war sehr lang; gesucht wurde nach den ersten %(n)s Zeichen.")
            % {"n": MAX_QUERY_LENGTH}
        )
    page, error = None, None
    # Search for words only: quotes and operators are not a query language here,
    # and SQLite's FTS5 would reject some of them.
    words = " ".join(WORD.findall(query))
    if words:
        results = Page.objects.live().public().specific().search(words, operator="and")
        # The requested page first: on PostgreSQL its hits carry the total, so
        # the search is not run a second time only to count (schule/search/backend.py).
        hits, number = _requested_page(request, results)
        total = search_total(hits)
        page, page_messages = paginate(request, results, SEARCH_PAGE_SIZE, count=total)
        if page.number == number:  # not a page out of range, shown as the last one
            page.object_list = hits
        messages += page_messages
        _prepare_hits(page.object_list)
    elif "q" in request.GET:
        error = _("Bitte geben Sie mindestens ein Wort ein, nach dem gesucht werden soll.")
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "search_query": query,
            "error": error,
            "results": page,
            "querystring": urlencode({"q": query}),
            "listing_messages": messages,
        },
    )
