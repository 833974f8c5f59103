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
