"""Calendar files parsed back with the icalendar library: RFC 5545, Europe/Berlin, stable UIDs."""

import datetime
import zoneinfo

import pytest
from icalendar import Calendar

from schule.veranstaltungen.models import VeranstaltungPage

from ..factories import VeranstaltungPageFactory, event_format
from .conftest import days_from_now

pytestmark = pytest.mark.django_db

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def vevents(calendar):
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def published(**fields):
    """An event published through a revision, as an editor would."""
    page = VeranstaltungPageFactory(**fields)
    page.save_revision().publish()
    return VeranstaltungPage.objects.get(pk=page.pk)


def test_event_ics_has_uid_berlin_times_summary_location_and_url(client, event_index, settings):
    settings.SITE_BASE_URL = "https://schule.suedwestfalen.example.org"
    start = days_from_now(20, 9, 30)
    page = published(
        parent=event_index,
        title="Jahreskonferenz 2030",
        beginn=start,
        ende=start + datetime.timedelta(hours=7, minutes=30),
        ort="Stadthalle",
        adresse="Am Markt 2\n58706 Menden (Sauerland)",
    )
    response = client.get(f"/kalender/veranstaltung-{page.pk}.ics")
    assert f'filename="{page.slug}.ics"' in response["Content-Disposition"]
    calendar = parse(response)
    assert str(calendar["VERSION"]) == "2.0" and "Smart Cities: Schule" in str(calendar["PRODID"])
    (event,) = calendar.walk("VEVENT")
    assert str(event["UID"]) == f"veranstaltung-{page.pk}@schule.suedwestfalen.example.org"
    assert str(event["SUMMARY"]) == "Jahreskonferenz 2030"
    assert str(event["LOCATION"]) == "Stadthalle, Am Markt 2, 58706 Menden (Sauerland)"
    assert str(event["URL"]) == f"http://testserver{page.url}"
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert event["DTEND"].params["TZID"] == "Europe/Berlin"
    dtstart, dtend = event.decoded("DTSTART"), event.decoded("DTEND")
    assert dtstart == start and dtend == page.ende
    assert dtstart.replace(tzinfo=None) == start.astimezone(BERLIN).replace(tzinfo=None)
    assert str(event["STATUS"]) == "CONFIRMED"
    assert event.decoded("DTSTAMP") == page.last_published_at.replace(microsecond=0)
    assert "Jahreskonferenz" in event["CATEGORIES"].to_ical().decode()
    (tz,) = calendar.walk("VTIMEZONE")
    assert str(tz["TZID"]) == "Europe/Berlin"


def test_the_vtimezone_gives_berlin_offsets_in_summer_and_winter(client, event_index):
    page = published(parent=event_index)
    calendar = parse(client.get(f"/kalender/veranstaltung-{page.pk}.ics"))
    (vtimezone,) = calendar.walk("VTIMEZONE")
    described = vtimezone.to_tz()
    for year in (2022, 2026, 2031):
        for month, day, hour in [(1, 15, 12), (3, 29, 1), (7, 1, 12), (10, 30, 4), (12, 24, 18)]:
            moment = datetime.datetime(year, month, day, hour)
            assert described.utcoffset(moment) == BERLIN.utcoffset(moment), moment


def test_all_day_event_uses_dates_with_the_exclusive_end(client, event_index):
    first = days_from_now(30).date()
    page = published(
        parent=event_index,
        title="Zukunftswerkstatt",
        ganztaegig=True,
        beginn=days_from_now(30, 14),
        ende=days_from_now(31, 9),
    )
    calendar = parse(client.get(f"/kalender/veranstaltung-{page.pk}.ics"))
    (event,) = calendar.walk("VEVENT")
    assert event["DTSTART"].params.get("VALUE") == "DATE"
    assert event.decoded("DTSTART") == first
    assert event.decoded("DTEND") == first + datetime.timedelta(days=2)
    assert not calendar.walk("VTIMEZONE")  # no local times, no time zone needed


def test_event_spanning_midnight_ends_on_the_next_day(client, event_index):
    start = days_from_now(10, 20)
    page = published(parent=event_index, beginn=start, ende=start + datetime.timedelta(hours=5))
    (event,) = parse(client.get(f"/kalender/veranstaltung-{page.pk}.ics")).walk("VEVENT")
    dtstart, dtend = event.decoded("DTSTART"), event.decoded("DTEND")
    assert dtstart.astimezone(BERLIN).hour == 20 and dtend.astimezone(BERLIN).hour == 1
    assert dtend.astimezone(BERLIN).date() == dtstart.astimezone(
        BERLIN
    ).date() + datetime.timedelta(days=1)


def test_a_change_raises_sequence_and_keeps_the_uid(client, event_index):
    page = published(parent=event_index, title="Austausch", beginn=days_from_now(9, 17))
    # Published an hour ago, so the new version's stamp is later to the second.
    an_hour_ago = page.last_published_at - datetime.timedelta(hours=1)
    VeranstaltungPage.objects.filter(pk=page.pk).update(last_published_at=an_hour_ago)
    url = f"/kalender/veranstaltung-{page.pk}.ics"
    (before,) = parse(client.get(url)).walk("VEVENT")

    page.ende = page.ende + datetime.timedelta(hours=1)
    page.ort = "Hörsaal 2"
    page.save_revision().publish()
    (after,) = parse(client.get(url)).walk("VEVENT")
    assert str(after["UID"]) == str(before["UID"])
    assert after["SEQUENCE"] == before["SEQUENCE"] + 1
    assert after.decoded("DTSTAMP") > before.decoded("DTSTAMP")
    assert after.decoded("LAST-MODIFIED") > before.decoded("LAST-MODIFIED")
    assert str(after["LOCATION"]) == "Hörsaal 2"

    # A change no calendar shows (the results summary) leaves SEQUENCE alone.
    page = VeranstaltungPage.objects.get(pk=page.pk)
    page.ergebnisse = "<p>Ergebnisse folgen.</p>"
    page.save_revision().publish()
    (again,) = parse(client.get(url)).walk("VEVENT")
    assert again["SEQUENCE"] == after["SEQUENCE"]


def test_an_unpublished_draft_change_does_not_reach_calendars(client, event_index):
    page = published(parent=event_index, beginn=days_from_now(9, 17))
    url = f"/kalender/veranstaltung-{page.pk}.ics"
    (before,) = parse(client.get(url)).walk("VEVENT")
    page.beginn += datetime.timedelta(days=1)
    page.ende += datetime.timedelta(days=1)
    page.save_revision()  # a draft, not published
    (after,) = parse(client.get(url)).walk("VEVENT")
    assert after.decoded("DTSTART") == before.decoded("DTSTART")
    assert after["SEQUENCE"] == before["SEQUENCE"]


def test_a_cancelled_event_is_cancelled_in_the_calendar(client, event_index):
    page = published(parent=event_index, beginn=days_from_now(9, 17))
    page.abgesagt = True
    page.save_revision().publish()
    (event,) = parse(client.get(f"/kalender/veranstaltung-{page.pk}.ics")).walk("VEVENT")
    assert str(event["STATUS"]) == "CANCELLED"
    assert event["SEQUENCE"] == 1


def test_drafts_have_no_calendar_file(client, event_index):
    page = published(parent=event_index)
    page.unpublish()
    assert client.get(f"/kalender/veranstaltung-{page.pk}.ics").status_code == 404


def test_feed_holds_upcoming_events_in_order_with_one_timezone(client, event_index, olpe):
    published(parent=event_index, title="Übermorgen", beginn=days_from_now(2, 9))
    published(parent=event_index, title="Nächste Woche", beginn=days_from_now(7, 9), kommune=olpe)
    published(parent=event_index, title="Letzte Woche", beginn=days_from_now(-7, 9))
    published(parent=event_index, title="Letztes Jahr", beginn=days_from_now(-365, 9))
    calendar = parse(client.get("/kalender/veranstaltungen.ics"))
    summaries = [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]
    # Recent past events stay a while, so they do not vanish from subscribed calendars.
    assert summaries == ["Letzte Woche", "Übermorgen", "Nächste Woche"]
    assert len(calendar.walk("VTIMEZONE")) == 1
    assert "Smart Cities: Schule" in str(calendar["X-WR-CALNAME"])
    assert len({str(event["UID"]) for event in calendar.walk("VEVENT")}) == 3


def test_feed_filters_like_the_listing(client, event_index, olpe, hf):
    published(parent=event_index, title="Konferenz", beginn=days_from_now(5, 9), kommune=olpe)
    published(
        parent=event_index,
        title="Austausch Energie",
        format=event_format("austausch"),
        beginn=days_from_now(6, 17),
        handlungsfelder=[hf["energie"]],
    )
    assert list(vevents(parse(client.get("/kalender/veranstaltungen.ics?format=austausch")))) == [
        "Austausch Energie"
    ]
    assert list(vevents(parse(client.get("/kalender/veranstaltungen.ics?kommune=olpe")))) == [
        "Konferenz"
    ]
    assert list(
        vevents(parse(client.get("/kalender/veranstaltungen.ics?handlungsfeld=energie")))
    ) == ["Austausch Energie"]
    # An unknown value is ignored, as on the listing.
    assert len(vevents(parse(client.get("/kalender/veranstaltungen.ics?format=zirkus")))) == 2
