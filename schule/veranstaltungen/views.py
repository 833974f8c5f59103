"""Calendar downloads: one event, and the upcoming events filtered like the listing."""

import datetime

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _

from schule.taxonomy.filters import filter_pages

from . import ical
from .models import VeranstaltungIndexPage, VeranstaltungPage

CONTENT_TYPE = "text/calendar; charset=utf-8"
# A subscribed calendar deletes what leaves the feed; events of the last weeks
# stay in it so last week's conference does not vanish from people's calendars.
FEED_KEEPS_PAST = datetime.timedelta(days=30)


def _events():
    return VeranstaltungPage.objects.live().public().select_related("format")


def event_ics(request, page_id):
    page = get_object_or_404(_events(), pk=page_id)
    response = HttpResponse(ical.calendar([page], request), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{page.slug}.ics"'
    return response


def upcoming_ics(request):
    """All upcoming events; ``?format=…&kommune=…`` filter as on the listing page."""
    result = filter_pages(_events(), request.GET, VeranstaltungIndexPage.facets())
    since = timezone.now() - FEED_KEEPS_PAST
    events = result.queryset.filter(ende__gte=since).order_by("beginn", "pk")
    name = _("Veranstaltungen – Smart Cities: Schule Südwestfalen")
    response = HttpResponse(ical.calendar(events, request, name=name), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = 'inline; filename="veranstaltungen.ics"'
    return response
