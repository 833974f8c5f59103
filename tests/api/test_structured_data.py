"""Detail pages carry schema.org JSON-LD, Open Graph and a canonical URL; no inline script runs."""

import json
import re
from html.parser import HTMLParser

import pytest

pytestmark = pytest.mark.django_db


class Head(HTMLParser):
    """Collects <script> elements (attributes and text), canonical links and og: metas."""

    def __init__(self):
        super().__init__()
        self.scripts, self.canonical, self.og = [], [], {}
        self._script = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            self._script = {"attrs": attrs, "text": ""}
        elif tag == "link" and attrs.get("rel") == "canonical":
            self.canonical.append(attrs["href"])
        elif tag == "meta" and (attrs.get("property") or "").startswith("og:"):
            self.og[attrs["property"]] = attrs.get("content")

    def handle_data(self, data):
        if self._script is not None:
            self._script["text"] += data

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.scripts.append(self._script)
            self._script = None


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    head = Head()
    head.feed(response.content.decode())
    return head


def json_ld(head):
    blocks = [s for s in head.scripts if s["attrs"].get("type") == "application/ld+json"]
    assert len(blocks) == 1
    return json.loads(blocks[0]["text"])


@pytest.mark.parametrize(
    ("key", "expected_type"),
    [
        ("guide", "Article"),
        ("project", "Project"),
        ("event", "Event"),
        ("olpe", ["GovernmentOrganization"]),
    ],
)
def test_detail_page_has_json_ld_of_its_type(client, portal, key, expected_type):
    page = portal[key]
    data = json_ld(parse(client, page.url))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == expected_type
    assert data["url"] == page.full_url


def test_article_names_licence_and_authoring_kommunen(client, portal):
    data = json_ld(parse(client, portal["guide"].url))
    assert data["license"] == "https://creativecommons.org/licenses/by/4.0/deed.de"
    assert [a["name"] for a in data["author"]] == ["Olpe"]  # the unpublished one is left out
    assert "[E-Mail-Adresse entfernt]" in data["description"]


def test_event_has_dates_status_and_place(client, portal):
    data = json_ld(parse(client, portal["event"].url))
    assert data["startDate"].startswith(portal["event"].beginn_lokal.date().isoformat())
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["location"]["@type"] == "Place"
    assert data["organizer"]["name"] == "Olpe"


def test_kommune_has_its_ags_and_no_contact(client, portal):
    data = json_ld(parse(client, portal["olpe"].url))
    assert data["identifier"]["value"] == "05966024"
    assert data["areaServed"]["geo"]["latitude"] == pytest.approx(51.02871)
    assert "erika" not in json.dumps(data).lower()


@pytest.mark.parametrize("key", ["guide", "project", "event", "olpe"])
def test_page_has_canonical_url_and_open_graph(client, portal, key):
    page = portal[key]
    head = parse(client, f"{page.url}?utm_source=newsletter")
    assert head.canonical == [page.full_url]
    assert head.og["og:url"] == page.full_url
    assert head.og["og:title"] == page.title
    assert head.og["og:locale"] == "de_DE"


def test_listing_canonical_drops_the_filter(client, portal):
    head = parse(client, "/leitfaeden/?dna=digital")
    assert head.canonical == ["http://testserver/leitfaeden/"]


def test_dashboard_has_canonical_but_not_the_kommune_json_ld(client, portal):
    head = parse(client, f"{portal['olpe'].url}dashboard/")
    assert head.canonical == [f"{portal['olpe'].full_url}dashboard/"]
    assert not [s for s in head.scripts if s["attrs"].get("type") == "application/ld+json"]


@pytest.mark.parametrize("key", ["guide", "project", "event", "olpe"])
def test_no_inline_script_can_execute(client, portal, key):
    """The public CSP allows no inline script; JSON-LD is data, never run by a browser."""
    for script in parse(client, portal[key].url).scripts:
        if "src" in script["attrs"]:
            continue
        assert script["attrs"].get("type") == "application/ld+json", script
        assert "</" not in script["text"]


def test_json_ld_cannot_close_its_script_element(client, portal):
    guide = portal["guide"]
    guide.zusammenfassung = "</script><script>alert(1)</script>"
    guide.save_revision().publish()
    html = client.get(guide.url).content.decode()
    assert "<script>alert(1)" not in html
    assert len(re.findall(r"<script", html)) == len(re.findall(r"</script>", html))
