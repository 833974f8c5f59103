"""sitemap.xml lists every public page (and the dashboards) and no draft or private page."""

import xml.etree.ElementTree as ET

import pytest
from wagtail.models import Page

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 (our own response)
    return [loc.text for loc in root.findall("s:url/s:loc", NS)]


def test_sitemap_lists_every_public_page_and_no_draft(client, portal):
    listed = locations(client)
    public = Page.objects.live().public().filter(depth__gt=1)
    assert sorted(listed[: public.count()]) == sorted(p.full_url for p in public)
    for key in ("draft", "private", "draft_event", "hidden_kommune"):
        assert portal[key].full_url not in listed, key


def test_sitemap_lists_the_dashboards(client, portal):
    listed = locations(client)
    assert "http://testserver/kommunen/dashboard/" in listed
    assert "http://testserver/kommunen/olpe/dashboard/" in listed
    assert "http://testserver/kommunen/geheimer-entwurf-k/dashboard/" not in listed


def test_robots_txt_points_to_the_sitemap(client, home):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()
