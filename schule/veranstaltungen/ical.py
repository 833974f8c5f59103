"""iCalendar (RFC 5545) export: one file per event and a feed of upcoming events.

A calendar client recognises an event by its UID (``veranstaltung-<page id>@<host>``,
stable across renames and moves) and takes a new version when SEQUENCE rises
(``VeranstaltungPage.ical_sequence``) or, at equal SEQUENCE, DTSTAMP is later.
Times are local times in Europe/Berlin with the VTIMEZONE in the file; all-day
events are DATE values with the exclusive end date RFC 5545 asks for.
"""

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard

from .models import EVENT_TIME_ZONE

PRODID = "-//Südwestfalen Agentur//Smart Cities: Schule//DE"
TZID = EVENT_TIME_ZONE.key  # the zone the VTIMEZONE below describes
# How often a subscribed calendar should fetch the feed again (RFC 7986).
REFRESH_INTERVAL = datetime.timedelta(hours=6)


def uid_host():
    """The host part of every UID: the configured site, not the requested host name."""
    return urlsplit(settings.SITE_BASE_URL).hostname or "localhost"


def uid_for(page):
    return f"veranstaltung-{page.pk}@{uid_host()}"


def berlin_vtimezone():
    """Europe/Berlin as the EU summer-time rule (in force since 1996), valid for any year."""
    tz = Timezone()
    tz.add("tzid", TZID)
    tz.add("x-lic-location", TZID)
    summer = TimezoneDaylight()
    summer.add("tzname", "CEST")
    summer.add("tzoffsetfrom", datetime.timedelta(hours=1))
    summer.add("tzoffsetto", datetime.timedelta(hours=2))
    summer.add("dtstart", datetime.datetime(1970, 3, 29, 2, 0, 0))
    summer.add("rrule", {"freq": "yearly", "bymonth": 3, "byday": "-1su"})
    winter = TimezoneStandard()
    winter.add("tzname", "CET")
    winter.add("tzoffsetfrom", datetime.timedelta(hours=2))
    winter.add("tzoffsetto", datetime.timedelta(hours=1))
    winter.add("dtstart", datetime.datetime(1970, 10, 25, 3, 0, 0))
    winter.add("rrule", {"freq": "yearly", "bymonth": 10, "byday": "-1su"})
    tz.add_component(summer)
    tz.add_component(winter)
    return tz


def _utc(moment):
    return moment.astimezone(datetime.UTC)


def _description(page, url):
    lines = [page.zusammenfassung.strip()]
    if page.abgesagt:
        lines.insert(0, _("Diese Veranstaltung ist abgesagt."))
    if page.anmeldung_url and not page.abgesagt:
        if page.anmeldeschluss:
            lines.append(
                _("Anmeldung bis %(date)s: %(url)s")
                % {"date": page.anmeldeschluss.strftime("%d.%m.%Y"), "url": page.anmeldung_url}
            )
        else:
            lines.append(_("Anmeldung: %(url)s") % {"url": page.anmeldung_url})
    if page.online and page.online_url:
        lines.append(_("Online-Teilnahme: %(url)s") % {"url": page.online_url})
    lines.append(_("Programm und Material: %(url)s") % {"url": url})
    return "\n\n".join(line for line in lines if line)


def vevent(page, request=None):
    """The VEVENT of one event page."""
    url = page.get_full_url(request)
    event = Event()
    event.add("uid", uid_for(page))
    event.add("sequence", page.ical_sequence)
    changed = page.last_published_at or page.latest_revision_created_at or timezone.now()
    # DTSTAMP is when this version was made, so two downloads of an unchanged
    # event are identical and an edit always carries a later stamp.
    event.add("dtstamp", _utc(changed))
    event.add("last-modified", _utc(changed))
    if page.first_published_at:
        event.add("created", _utc(page.first_published_at))
    event.add("summary", page.title)
    if page.ganztaegig:
        event.add("dtstart", page.erster_tag)
        event.add("dtend", page.letzter_tag + datetime.timedelta(days=1))
    else:
        event.add("dtstart", page.beginn_lokal)
        # DTEND must lie after DTSTART; an event without an end gets none.
        if page.hat_ende:
            event.add("dtend", page.ende_lokal)
    location = page.ort_text
    if location:
        event.add("location", location)
    event.add("url", url)
    event.add("description", _description(page, url))
    event.add("categories", [page.format.name])
    event.add("status", "CANCELLED" if page.abgesagt else "CONFIRMED")
    event.add("transp", "TRANSPARENT" if page.ganztaegig else "OPAQUE")
    event.add("class", "PUBLIC")
    return event


def calendar(pages, request=None, name=None):
    """A VCALENDAR with the events and the one time zone they use, as bytes."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    if name:
        cal.add("name", name)
        cal.add("x-wr-calname", name)
        cal.add("x-wr-timezone", TZID)
        cal.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
        cal.add("x-published-ttl", REFRESH_INTERVAL)
    pages = list(pages)
    events = [vevent(page, request) for page in pages]
    if any(not page.ganztaegig for page in pages):
        cal.add_component(berlin_vtimezone())
    for event in events:
        cal.add_component(event)
    return cal.to_ical()
