"""The home page shows the next events; the site search finds events."""

import datetime

import pytest
from django.core.management import call_command

from ..factories import VeranstaltungPageFactory
from .conftest import days_from_now

pytestmark = pytest.mark.django_db


def test_home_shows_the_next_three_events_soonest_first(client, event_index):
    for title, days in [("In einem Monat", 30), ("Morgen", 1), ("Vorbei", -2), ("Übermorgen", 2)]:
        VeranstaltungPageFactory(parent=event_index, title=title, beginn=days_from_now(days, 10))
    VeranstaltungPageFactory(parent=event_index, title="In einem Jahr", beginn=days_from_now(365))
    response = client.get("/")
    assert [e.title for e in response.context["naechste_veranstaltungen"]] == [
        "Morgen",
        "Übermorgen",
        "In einem Monat",
    ]
    html = response.content.decode()
    section = html.split("Nächste Veranstaltungen</h2>")[1].split("</section>")[0]
    assert "Morgen" in section and "Vorbei" not in section and "In einem Jahr" not in section
    assert 'href="/veranstaltungen/"' in section


def test_home_without_upcoming_events_says_so(client, event_index):
    VeranstaltungPageFactory(
        parent=event_index,
        beginn=days_from_now(-3),
        ende=days_from_now(-3) + datetime.timedelta(hours=2),
    )
    html = client.get("/").content.decode()
    assert "Zurzeit ist keine Veranstaltung angekündigt." in html


def test_site_search_finds_events_by_programme_and_place(client, event_index):
    VeranstaltungPageFactory(
        parent=event_index,
        title="Jahreskonferenz am See",
        ort="Tagungszentrum Bigge",
        programm__0__sitzung__titel="Rufbus im Sauerland",
    )
    call_command("update_index", verbosity=0)
    for query in ["Jahreskonferenz", "Rufbus", "Bigge"]:
        hits = [hit.title for hit in client.get("/suche/", {"q": query}).context["results"]]
        assert hits == ["Jahreskonferenz am See"], query
    html = client.get("/suche/", {"q": "Rufbus"}).content.decode()
    assert "Veranstaltung" in html
