"""Reuse reports: moderated, then on the page and on the regional overview."""

import pytest

from schule.beteiligung.models import Moderation, ReuseReport

from ..factories import ReuseReportFactory
from .conftest import SECRET_EMAIL, reuse_data

pytestmark = pytest.mark.django_db

OVERVIEW = "/beteiligung/nachnutzungen/"


def url(page):
    return f"/beteiligung/nachnutzung/{page.pk}/"


def test_guide_and_project_link_to_the_reuse_form_and_the_overview(client, guide, project):
    for page in (guide, project):
        html = client.get(page.url).content.decode()
        assert f'href="{url(page)}"' in html and f'href="{OVERVIEW}"' in html


def test_a_valid_report_is_stored_pending_and_not_public(client, guide, moderator):
    response = client.post(url(guide), reuse_data())
    assert response.status_code == 302
    report = ReuseReport.objects.get()
    assert report.moderation == Moderation.PENDING and report.page_id == guide.pk
    assert "Gemeinde Wenden" not in client.get(guide.url).content.decode()
    assert "Gemeinde Wenden" not in client.get(OVERVIEW).content.decode()


def test_events_take_no_reuse_reports(client, event):
    assert client.post(url(event), reuse_data()).status_code == 404
    assert not ReuseReport.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"nachnutzung-einwilligung": None}, "Bitte willigen Sie in die Verarbeitung"),
        ({"nachnutzung-aenderungen": "x" * 2001}, "höchstens 2000 Zeichen"),
        ({"nachnutzung-ort": ""}, "Bitte nennen Sie den Ort."),
        ({"nachnutzung-homepage": "spam"}, "konnte nicht angenommen werden"),
        ({"nachnutzung-aenderungen": "<script>alert(1)</script>"}, "reinen Text ohne HTML"),
    ],
    ids=["missing-consent", "too-long", "missing-place", "honeypot-filled", "script-tag"],
)
def test_invalid_reports_are_refused_and_nothing_stored(client, guide, overrides, message):
    response = client.post(url(guide), reuse_data(**overrides))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not ReuseReport.objects.exists()


def test_the_rate_limit_covers_reuse_reports(client, guide, settings):
    settings.BETEILIGUNG_MAX_SUBMISSIONS_PER_HOUR = 1
    client.post(url(guide), reuse_data())
    response = client.post(url(guide), reuse_data())
    assert response.status_code == 429
    assert ReuseReport.objects.count() == 1


def test_a_published_report_shows_on_the_page_and_the_overview_without_contact(
    client, guide, project
):
    ReuseReportFactory(
        page=guide,
        organisation="Gemeinde Wenden",
        name="Max Beispiel",
        email=SECRET_EMAIL,
        moderation=Moderation.PUBLISHED,
    )
    ReuseReportFactory(page=project, organisation="Stadt Lennestadt", moderation="veroeffentlicht")
    page_html = client.get(guide.url).content.decode()
    assert "Gemeinde Wenden" in page_html and "Wir haben die Checkliste gekürzt." in page_html
    overview = client.get(OVERVIEW)
    html = overview.content.decode()
    assert overview.status_code == 200
    assert "2 Nachnutzungen" in html
    assert "Gemeinde Wenden" in html and "Stadt Lennestadt" in html
    assert f'href="{guide.url}"' in html
    for text in (page_html, html):
        assert SECRET_EMAIL not in text and "Max Beispiel" not in text


def test_the_overview_leaves_out_reports_on_unpublished_pages(client, guide):
    ReuseReportFactory(page=guide, organisation="Gemeinde Wenden", moderation="veroeffentlicht")
    guide.unpublish()
    assert "Gemeinde Wenden" not in client.get(OVERVIEW).content.decode()
