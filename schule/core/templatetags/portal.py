"""Template tags of the public site."""

from django import template
from django.utils.http import urlencode

register = template.Library()


@register.inclusion_tag("components/tag_list.html")
def tag_list(page, listing_url):
    """Every tag of a page as a link to the listing filtered by it."""
    return {
        "dna": page.dna.all(),
        "handlungsfelder": page.handlungsfelder.all(),
        "sdgs": page.sdgs.all(),
        "tags": page.tags.all(),
        "listing_url": listing_url or "",
    }


@register.simple_tag
def filter_url(listing_url, key, value):
    return f"{listing_url}?{urlencode({key: value})}"


@register.simple_tag
def page_url(querystring, number):
    """A pagination link that keeps the active filters (and the search query)."""
    prefix = f"{querystring}&" if querystring else ""
    return f"?{prefix}page={number}"


@register.simple_tag
def breadcrumb_ancestors(page):
    """The page's ancestors below the tree root, top first.

    Routing (schule/core/routing.py) leaves each page's parent on it, so this
    costs no query; a page that was not routed (a preview) asks the database once.
    """
    chain, current = [], page
    while current.depth > 2 and getattr(current, "_cached_parent_obj", None) is not None:
        current = current._cached_parent_obj
        chain.append(current)
    if current.depth > 2:
        return list(page.get_ancestors().filter(depth__gt=1))
    return chain[::-1]
