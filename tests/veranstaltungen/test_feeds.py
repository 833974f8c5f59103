"""RSS and Atom feeds of new Leitfäden, Leitprojekte and events, read by a feed parser."""

import datetime
import re

import feedparser
import pytest
from django.utils import timezone
from wagtail.models import Page

from schule.veranstaltungen.models import VeranstaltungPage

from ..factories import LeitfadenPageFactory, LeitprojektPageFactory, VeranstaltungPageFactory
from .conftest import days_from_now

pytestmark = pytest.mark.django_db

FEEDS = {
    "/feeds/leitfaeden.rss": ("Neue Leitfäden", "Leitfaden"),
    "/feeds/leitfaeden.atom": ("Neue Leitfäden", "Leitfaden"),
    "/feeds/leitprojekte.rss": ("Neue Leitprojekte", "Leitprojekt"),
    "/feeds/leitprojekte.atom": ("Neue Leitprojekte", "Leitprojekt"),
    "/feeds/veranstaltungen.rss": ("Neue Veranstaltungen", "Veranstaltung"),
    "/feeds/veranstaltungen.atom": ("Neue Veranstaltungen", "Veranstaltung"),
}


def publish(page, days_ago):
    """Publish through a revision, then date the publication back."""
    page.save_revision().publish()
    moment = timezone.now() - datetime.timedelta(days=days_ago)
    Page.objects.filter(pk=page.pk).update(first_published_at=moment, last_published_at=moment)
    return page


@pytest.fixture
def content(leitfaden_index, leitprojekt_index, event_index, olpe, hf, dna):
    for n, days_ago in enumerate([30, 2, 10]):
        publish(
            LeitfadenPageFactory(
                parent=leitfaden_index,
                title=f"Leitfaden {n}",
                zusammenfassung=f"Zusammenfassung {n}",
                handlungsfelder=[hf["energie"]],
                dna=[dna["digital"]],
            ),
            days_ago,
        )
        publish(
            LeitprojektPageFactory(
                parent=leitprojekt_index, title=f"Leitprojekt {n}", federfuehrung=olpe
            ),
            days_ago,
        )
        publish(
            VeranstaltungPageFactory(
                parent=event_index,
                title=f"Veranstaltung {n}",
                beginn=days_from_now(20 + n, 10),
                ort="Stadthalle",
            ),
            days_ago,
        )
    draft = LeitfadenPageFactory(parent=leitfaden_index, title="Leitfaden Entwurf", live=False)
    return draft


@pytest.mark.parametrize("url", FEEDS)
def test_feed_parses_and_lists_the_newest_first(client, content, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    expected_title, noun = FEEDS[url]
    assert feed.feed.title.startswith(expected_title)
    assert feed.version == ("atom10" if url.endswith(".atom") else "rss20")
    assert [entry.title for entry in feed.entries] == [f"{noun} 1", f"{noun} 2", f"{noun} 0"]
    for entry in feed.entries:
        assert entry.link.startswith("http://testserver/")
        assert entry.published_parsed
    assert "Entwurf" not in response.content.decode()


def test_guide_entries_carry_summary_and_categories(client, content):
    feed = feedparser.parse(client.get("/feeds/leitfaeden.rss").content)
    entry = feed.entries[0]
    assert entry.summary == "Zusammenfassung 1"
    assert {tag.term for tag in entry.tags} == {"digital", "Energie"}
    assert entry.link == "http://testserver/leitfaeden/leitfaden-1/"


def test_event_entries_say_when_and_where(client, content):
    feed = feedparser.parse(client.get("/feeds/veranstaltungen.atom").content)
    summary = feed.entries[0].summary
    assert "Jahreskonferenz" in summary and "Stadthalle" in summary
    assert re.search(r"\d{1,2}\. \w+ \d{4}, 10:00 Uhr", summary)


@pytest.mark.parametrize("path", ["/", "/leitfaeden/", "/veranstaltungen/", "/kommunen/olpe/"])
def test_every_page_links_the_feeds_in_its_head(client, content, path):
    html = client.get(path).content.decode()
    head = html.split("</head>")[0]
    links = re.findall(r'<link rel="alternate" type="([^"]+)" title="([^"]+)" href="([^"]+)"', head)
    rss = {href for kind, _title, href in links if kind == "application/rss+xml"}
    atom = {href for kind, _title, href in links if kind == "application/atom+xml"}
    assert rss == {"/feeds/leitfaeden.rss", "/feeds/leitprojekte.rss", "/feeds/veranstaltungen.rss"}
    assert atom == {
        "/feeds/leitfaeden.atom",
        "/feeds/leitprojekte.atom",
        "/feeds/veranstaltungen.atom",
    }
    for href in rss | atom:
        assert client.get(href).status_code == 200


def test_event_pages_offer_their_calendar_as_alternate(client, content):
    page = VeranstaltungPage.objects.get(title="Veranstaltung 0")
    head = client.get(page.url).content.decode().split("</head>")[0]
    ics = f"/kalender/veranstaltung-{page.pk}.ics"
    assert f'type="text/calendar" title="Veranstaltung 0 (iCalendar)" href="{ics}"' in head
