"""Start and end in Europe/Berlin: events across midnight, all-day and multi-day events."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from schule.veranstaltungen.models import EVENT_TIME_ZONE

from ..factories import VeranstaltungPageFactory
from .conftest import days_from_now

pytestmark = pytest.mark.django_db


def berlin(day, hour, minute=0, second=0):
    return datetime.datetime.combine(day, datetime.time(hour, minute, second), EVENT_TIME_ZONE)


def test_event_spanning_midnight_shows_both_days(client, event_index):
    start = days_from_now(30, 20)
    event = VeranstaltungPageFactory(
        parent=event_index,
        title="Nacht der offenen Daten",
        beginn=start,
        ende=start + datetime.timedelta(hours=5),
    )
    assert event.mehrtaegig and event.letzter_tag == event.erster_tag + datetime.timedelta(days=1)
    html = client.get(event.url).content.decode()
    first, last = event.erster_tag.isoformat(), event.letzter_tag.isoformat()
    assert f'datetime="{first}T20:00:00' in html
    assert f'datetime="{last}T01:00:00' in html
    assert "01:00 Uhr" in html


def test_session_running_past_midnight_ends_the_next_day(event_index):
    from schule.veranstaltungen import programme

    event = VeranstaltungPageFactory(
        parent=event_index,
        beginn=days_from_now(5, 19),
        ende=days_from_now(6, 1),
        programm__0__sitzung__beginn=datetime.time(23, 0),
        programm__0__sitzung__ende=datetime.time(1, 0),
    )
    (day,) = programme.build(event)
    (session,) = day.sessions
    assert session.end - session.start == datetime.timedelta(hours=2)


def test_all_day_event_spans_whole_local_days(client, event_index):
    day = days_from_now(12).date()
    event = VeranstaltungPageFactory(
        parent=event_index,
        title="Digitaltag",
        ganztaegig=True,
        beginn=berlin(day, 14, 30),
        ende=None,
    )
    event.refresh_from_db()
    assert timezone.localtime(event.beginn, EVENT_TIME_ZONE) == berlin(day, 0)
    assert timezone.localtime(event.ende, EVENT_TIME_ZONE) == berlin(day, 23, 59, 59)
    html = client.get(event.url).content.decode()
    assert f'<time datetime="{day.isoformat()}">' in html
    assert "(ganztägig)" in html
    assert "14:30" not in html


def test_multi_day_all_day_event_shows_its_first_and_last_day(client, event_index):
    first = days_from_now(40).date()
    event = VeranstaltungPageFactory(
        parent=event_index,
        ganztaegig=True,
        beginn=berlin(first, 9),
        ende=berlin(first + datetime.timedelta(days=1), 9),
    )
    html = client.get(event.url).content.decode()
    second = (first + datetime.timedelta(days=1)).isoformat()
    assert f'<time datetime="{first.isoformat()}">' in html
    assert f'<time datetime="{second}">' in html


def test_all_day_event_counts_as_upcoming_until_the_day_is_over(event_index):
    today = timezone.localdate(timezone.now(), EVENT_TIME_ZONE)
    event = VeranstaltungPageFactory(
        parent=event_index, ganztaegig=True, beginn=berlin(today, 0), ende=None
    )
    assert not event.is_past()
    assert event.is_past(now=berlin(today + datetime.timedelta(days=1), 0))


def test_missing_end_of_a_timed_event_is_its_start(event_index):
    start = days_from_now(3, 18)
    event = VeranstaltungPageFactory(parent=event_index, beginn=start, ende=None)
    event.refresh_from_db()
    assert event.ende == start and not event.hat_ende


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"ende": days_from_now(1, 9)}, "ende"),  # before the start (days_from_now(2))
        ({"ort": "", "adresse": "", "online": False}, "ort"),
        ({"anmeldeschluss": days_from_now(5).date()}, "anmeldeschluss"),
    ],
)
def test_inconsistent_events_are_rejected(event_index, fields, field):
    event = VeranstaltungPageFactory.build(beginn=days_from_now(2, 10), **fields)
    event.ende = fields.get("ende", days_from_now(2, 12))
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert field in error.value.message_dict
