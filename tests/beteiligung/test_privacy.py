"""The sender's e-mail address never leaves the admin: no public page, feed, API or export."""

import io
import zipfile

import pytest

from ..factories import ReuseReportFactory
from .conftest import SECRET_EMAIL

pytestmark = pytest.mark.django_db


@pytest.fixture
def everything_published(guide, project, published):
    ReuseReportFactory(page=guide, email=SECRET_EMAIL, moderation="veroeffentlicht")
    ReuseReportFactory(page=project, email=SECRET_EMAIL, moderation="veroeffentlicht")


PUBLIC = [
    "/",
    "/leitfaeden/",
    "/leitprojekte/",
    "/beteiligung/nachnutzungen/",
    "/feeds/leitfaeden.rss",
    "/feeds/leitprojekte.atom",
    "/api/v1/",
    "/api/v1/leitfaeden/",
    "/api/v1/leitprojekte/",
    "/sitemap.xml",
    "/suche/?q=Wenden",
]


def test_no_public_page_feed_or_api_answer_contains_the_email(
    client, everything_published, guide, project
):
    for url in [*PUBLIC, guide.url, project.url]:
        response = client.get(url)
        assert response.status_code == 200, url
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert SECRET_EMAIL.encode() not in body, url


def test_the_open_data_bulk_download_does_not_contain_the_email(client, everything_published):
    response = client.get("/api/v1/offene-daten.zip")
    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.content
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        for name in archive.namelist():
            assert SECRET_EMAIL.encode() not in archive.read(name), name


def test_the_admin_exports_do_not_contain_the_email(client, moderator, everything_published):
    client.force_login(moderator)
    for url in ("/admin/beteiligung_contribution/", "/admin/beteiligung_reusereport/"):
        # CSV: the same columns as XLSX (list_export), in plain bytes.
        response = client.get(url, {"export": "csv"})
        assert response.status_code == 200, url
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert body.count(b"\r\n") >= 2, url  # a heading and at least one row
        assert SECRET_EMAIL.encode() not in body, url
