from django import template

from ..structured_data import page_meta as build_page_meta

register = template.Library()


@register.inclusion_tag("api/page_meta.html", takes_context=True)
def page_meta(context):
    """<link rel="canonical">, Open Graph tags and schema.org JSON-LD of the page."""
    return build_page_meta(context)
