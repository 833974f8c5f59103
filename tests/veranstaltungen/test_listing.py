"""The event listing: upcoming first, then the archive by year; the shared filter."""

import datetime

import pytest
from django.utils import timezone

from schule.veranstaltungen.models import EVENT_TIME_ZONE

from ..factories import VeranstaltungPageFactory, event_format
from .conftest import days_from_now

pytestmark = pytest.mark.django_db


def titles(events):
    return [event.title for event in events]


def event(parent, title, days, **fields):
    start = days_from_now(days, 10)
    return VeranstaltungPageFactory(
        parent=parent,
        title=title,
        beginn=start,
        ende=fields.pop("ende", start + datetime.timedelta(hours=6)),
        **fields,
    )


@pytest.fixture
def calendar(event_index, olpe, soest, hf):
    """Two upcoming, one running, three past events in two earlier years."""
    now = timezone.localtime(timezone.now(), EVENT_TIME_ZONE)
    last_year = now.year - 1
    return {
        "soon": event(event_index, "Bald", 3, kommune=olpe, handlungsfelder=[hf["energie"]]),
        "later": event(event_index, "Später", 60, format=event_format("austausch"), kommune=soest),
        "running": event(
            event_index, "Läuft gerade", -1, ende=timezone.now() + datetime.timedelta(hours=1)
        ),
        "recent": event(
            event_index,
            "Neulich",
            -(now.timetuple().tm_yday + 10),  # in last year's December (or earlier)
            kommune=olpe,
            format=event_format("austausch"),
            handlungsfelder=[hf["energie"], hf["mobilitaet"]],
        ),
        "old": event(event_index, "Vor zwei Jahren", -(366 + now.timetuple().tm_yday + 40)),
        "older": event(event_index, "Noch früher", -(366 + now.timetuple().tm_yday + 80)),
        "last_year": last_year,
    }


def test_upcoming_soonest_first_then_the_archive_newest_first_by_year(client, calendar):
    context = client.get("/veranstaltungen/").context
    assert titles(context["upcoming"]) == ["Läuft gerade", "Bald", "Später"]
    archive = context["archive"]
    assert [year for year, _events in archive] == [
        calendar["last_year"],
        calendar["last_year"] - 1,
    ]
    assert [titles(events) for _year, events in archive] == [
        ["Neulich"],
        ["Vor zwei Jahren", "Noch früher"],
    ]
    html = client.get("/veranstaltungen/").content.decode()
    assert html.index("Demnächst") < html.index(f"Archiv {calendar['last_year']}")
    assert html.index(f"Archiv {calendar['last_year']}") < html.index(
        f"Archiv {calendar['last_year'] - 1}"
    )


def test_the_archive_continues_on_the_next_page_in_the_same_order(client, calendar, settings):
    settings.PORTAL_PAGE_SIZE = 4
    first = client.get("/veranstaltungen/").context
    second = client.get("/veranstaltungen/?page=2").context
    assert titles(first["upcoming"]) == ["Läuft gerade", "Bald", "Später"]
    assert [titles(e) for _y, e in first["archive"]] == [["Neulich"]]
    assert second["upcoming"] == []
    assert [titles(e) for _y, e in second["archive"]] == [["Vor zwei Jahren", "Noch früher"]]


@pytest.mark.parametrize(
    "query, upcoming, archived",
    [
        ("format=austausch", ["Später"], ["Neulich"]),
        ("kommune=olpe", ["Bald"], ["Neulich"]),
        ("handlungsfeld=energie", ["Bald"], ["Neulich"]),
        ("format=austausch&kommune=olpe", [], ["Neulich"]),
        ("kommune=olpe&kommune=soest", ["Bald", "Später"], ["Neulich"]),
    ],
)
def test_filters_by_format_kommune_and_handlungsfeld(client, calendar, query, upcoming, archived):
    context = client.get(f"/veranstaltungen/?{query}").context
    assert titles(context["upcoming"]) == upcoming
    assert [title for _y, events in context["archive"] for title in titles(events)] == archived


def test_facet_counts_come_from_the_shared_filter(client, calendar):
    facets = {
        state.key: state for state in client.get("/veranstaltungen/").context["filter"].facets
    }
    assert {o.value: o.count for o in facets["format"].options} == {
        "jahreskonferenz": 4,
        "austausch": 2,
    }
    assert {o.value: o.count for o in facets["kommune"].options} == {"olpe": 2, "soest": 1}
    assert {o.value: o.count for o in facets["handlungsfeld"].options} == {
        "energie": 2,
        "mobilitaet": 1,
    }


def test_unknown_filter_values_are_ignored_with_a_message(client, calendar):
    response = client.get("/veranstaltungen/?format=zirkus")
    assert len(response.context["upcoming"]) == 3
    assert "zirkus" in response.content.decode()


def test_no_match_says_so(client, calendar):
    html = client.get("/veranstaltungen/?format=online-seminar").content.decode()
    assert "Keine Veranstaltung passt zu dieser Auswahl." in html


def test_calendar_link_carries_the_active_filters(client, calendar):
    html = client.get("/veranstaltungen/?format=austausch&kommune=olpe").content.decode()
    assert 'href="/kalender/veranstaltungen.ics?format=austausch&amp;kommune=olpe"' in html


def test_past_event_cards_show_their_material_first(client, event_index):
    past = event(
        event_index,
        "Konferenz vom letzten Jahr",
        -300,
        material__0__dokument__title="Tagungsdokumentation",
        material__1__aufzeichnung__title="Mitschnitt",
        programm__0__sitzung__titel="Keynote",
        programm__0__sitzung__material__0__dokument__title="Folien der Keynote",
    )
    event(event_index, "Kommende Konferenz", 30, material__0__dokument__title="Programmheft")
    html = client.get("/veranstaltungen/").content.decode()
    card = html.split("Konferenz vom letzten Jahr</a>")[1].split("</article>")[0]
    assert card.index("Tagungsmaterial") < card.index(past.zusammenfassung)
    assert "Folien: Tagungsdokumentation" in card
    assert "Aufzeichnung: Mitschnitt" in card
    # Two pieces for the whole event, one for the keynote.
    assert "Alles Material (3 Einträge)" in card
    upcoming_card = html.split("Kommende Konferenz</a>")[1].split("</article>")[0]
    assert "Tagungsmaterial" not in upcoming_card and "Programmheft" not in upcoming_card


def test_drafts_are_not_listed(client, calendar):
    calendar["soon"].unpublish()
    assert "Bald" not in titles(client.get("/veranstaltungen/").context["upcoming"])
