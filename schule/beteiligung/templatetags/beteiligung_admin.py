"""Template tags of the moderation admin."""

from django import template
from django.template.loader import render_to_string

from ..admin_views import submission_rows

register = template.Library()


@register.simple_tag
def submission_details(obj):
    """The submission as the moderator reads it: plain text, links not clickable."""
    return render_to_string("beteiligung/admin/details.html", {"rows": submission_rows(obj)})
