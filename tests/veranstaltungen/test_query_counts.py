"""Query counts of the event pages, calendars and feeds do not grow with the items.

Counted with few and with many events, sessions and documents
(tests/querycount.py): equal, and within the budget of 15. Documents of a
StreamField come in one query per stream (Wagtail's bulk conversion); the
listing cards read their material from the raw stream data and fetch all
documents of a page of results in one query.
"""

import datetime

import pytest
import wagtail_factories

from schule.veranstaltungen.models import VeranstaltungPage

from ..factories import LeitfadenPageFactory, VeranstaltungPageFactory
from ..querycount import assert_constant
from .conftest import days_from_now

pytestmark = pytest.mark.django_db


def document_block(document, art="folien"):
    return {"type": "dokument", "value": {"document": document.pk, "art": art, "title": ""}}


def recording_block(n):
    url = f"https://medien.example.org/{n}"
    return {"type": "aufzeichnung", "value": {"url": url, "title": f"Mitschnitt {n}", "dauer": ""}}


def session_block(n, document):
    return {
        "type": "sitzung",
        "value": {
            "tag": None,
            "beginn": f"{9 + n % 8:02d}:00",
            "ende": None,
            "titel": f"Programmpunkt {n}",
            "raum": "Saal",
            "referierende": [{"name": f"Person {n}", "rolle": "Vortrag", "organisation": "X"}],
            "abstract": "Worum es geht.",
            "material": [document_block(document), recording_block(n)],
            "ergebnisse": "Ergebnis.",
        },
    }


def tagging(dna, hf, sdg, n):
    return {
        "dna": [dna["digital"], dna["nachhaltig"]],
        "handlungsfelder": [hf["energie"], hf["mobilitaet"]],
        "sdgs": [sdg[7], sdg[11]],
        "tags": [f"tag{n}", "gemeinsam"],
    }


@pytest.fixture
def make_events(event_index, olpe, dna, hf, sdg):
    """Past and upcoming events, each with material, so every card shows some."""

    def make(count):
        for n in range(count):
            days = -10 - n if n % 2 else 10 + n
            document = wagtail_factories.DocumentFactory()
            VeranstaltungPageFactory(
                parent=event_index,
                kommune=olpe,
                beginn=days_from_now(days, 10),
                programm=[session_block(n, document)],
                material=[document_block(document, "dokumentation"), recording_block(n)],
                **tagging(dna, hf, sdg, n),
            )

    return make


@pytest.mark.parametrize(
    "url",
    [
        "/veranstaltungen/",
        "/veranstaltungen/?format=jahreskonferenz&kommune=olpe&handlungsfeld=energie&dna=digital",
    ],
)
def test_event_listing(client, make_events, url, settings):
    # Every card on one page, upcoming and past, with their material.
    settings.PORTAL_PAGE_SIZE = 50
    assert_constant(client, url, make_events)


def test_upcoming_events_calendar(client, make_events):
    assert_constant(client, "/kalender/veranstaltungen.ics?kommune=olpe", make_events)


def test_event_feed(client, make_events):
    assert_constant(client, "/feeds/veranstaltungen.rss", make_events)


def test_home_page_with_events(client, make_events):
    assert_constant(client, "/", make_events)


@pytest.mark.parametrize("past", [True, False], ids=["past", "upcoming"])
def test_event_page_with_many_sessions_documents_and_links(
    client, event_index, leitfaden_index, olpe, past
):
    start = days_from_now(-5 if past else 5, 9)
    event = VeranstaltungPageFactory(
        parent=event_index,
        kommune=olpe,
        beginn=start,
        ende=start + datetime.timedelta(days=1, hours=8),
    )

    def grow(count):
        page = VeranstaltungPage.objects.get(pk=event.pk)
        documents = [wagtail_factories.DocumentFactory() for _ in range(count)]
        offset = len(page.programm)
        page.programm = list(page.programm.raw_data) + [
            session_block(offset + n, document) for n, document in enumerate(documents)
        ]
        page.material = list(page.material.raw_data) + [
            document_block(document, "dokumentation") for document in documents
        ]
        page.save()
        page.leitfaeden.add(*[LeitfadenPageFactory(parent=leitfaden_index) for _ in range(count)])
        page.tags.add(*[f"stichwort{offset + n}" for n in range(count)])
        page.save()

    assert_constant(client, event.url, grow)


def test_event_calendar_file_with_many_sessions(client, event_index):
    event = VeranstaltungPageFactory(parent=event_index)

    def grow(count):
        page = VeranstaltungPage.objects.get(pk=event.pk)
        document = wagtail_factories.DocumentFactory()
        page.programm = list(page.programm.raw_data) + [
            session_block(n, document) for n in range(count)
        ]
        page.save()

    assert_constant(client, f"/kalender/veranstaltung-{event.pk}.ics", grow)
