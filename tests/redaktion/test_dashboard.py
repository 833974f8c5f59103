"""The dashboard panel of a Kommune editor: in review, due for review, colleagues' changes."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Workflow

from schule.redaktion.panels import KommuneRedaktionPanel
from schule.redaktion.roles import WORKFLOW_NAME

from ..factories import LeitfadenPageFactory
from .conftest import post_edit

pytestmark = pytest.mark.django_db


def months_ago(months):
    return timezone.localdate() - datetime.timedelta(days=round(months * 30.5))


def panel_html(client):
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    content = response.content.decode()
    start = content.find('id="kommune-redaktion')
    return content[start:] if start >= 0 else ""


def start_review(page, user):
    page.save_revision(user=user)
    Workflow.objects.get(name=WORKFLOW_NAME).start(page, user)


def test_panel_lists_the_kommunes_pages_in_review_and_no_others(
    client, olpe_editor, olpe_colleague, soest_editor, olpe, olpe_leitfaden, soest_leitfaden
):
    start_review(olpe, olpe_colleague)
    start_review(olpe_leitfaden, olpe_editor)
    start_review(soest_leitfaden, soest_editor)
    client.force_login(olpe_editor)
    html = panel_html(client)
    assert "Olpe" in html and "Olpes Leitfaden" in html
    assert "Soests Leitfaden" not in html
    assert "Wird von der Agentur geprüft" in html


def test_panel_lists_leitfaeden_whose_review_is_older_than_twelve_months(
    client, olpe_editor, leitfaden_index, olpe, soest
):
    LeitfadenPageFactory(
        parent=leitfaden_index, title="Alt", kommunen=[olpe], zuletzt_geprueft=months_ago(13)
    )
    LeitfadenPageFactory(parent=leitfaden_index, title="Nie geprüft", kommunen=[olpe])
    LeitfadenPageFactory(
        parent=leitfaden_index, title="Frisch", kommunen=[olpe], zuletzt_geprueft=months_ago(2)
    )
    LeitfadenPageFactory(
        parent=leitfaden_index, title="Soest alt", kommunen=[soest], zuletzt_geprueft=months_ago(20)
    )
    client.force_login(olpe_editor)
    html = panel_html(client)
    due = html[html.find("Leitfäden mit fälliger Prüfung") :]
    assert ">Alt<" in due and ">Nie geprüft<" in due and "noch nie geprüft" in due
    assert ">Frisch<" not in due
    assert "Soest alt" not in due


def test_panel_lists_recent_changes_by_colleagues_of_the_kommune(
    client, olpe_editor, olpe_colleague, soest_editor, olpe, soest
):
    client.force_login(olpe_colleague)
    post_edit(client, olpe, title="Olpe, von der Kollegin")
    client.force_login(soest_editor)
    post_edit(client, soest, title="Soest, fremde Änderung")
    client.force_login(olpe_editor)
    post_edit(client, olpe, title="Olpe, meine eigene Änderung")
    html = panel_html(client)
    changes = html[html.find("Letzte Änderungen") :]
    assert "redaktion-olpe-2" in changes
    assert "redaktion-soest" not in changes
    assert "Soest" not in changes


@pytest.mark.parametrize("who", ["agentur_editor", "moderator"])
def test_agentur_sees_no_kommune_panel(request, client, who):
    client.force_login(request.getfixturevalue(who))
    assert panel_html(client) == ""


def test_panel_queries_do_not_grow_with_items(
    rf, olpe_editor, olpe_colleague, leitfaden_index, olpe
):
    def render():
        request = rf.get("/admin/")
        request.user = olpe_editor
        panel = KommuneRedaktionPanel({olpe.pk})
        with CaptureQueriesContext(connection) as queries:
            panel.render_html({"request": request, "csrf_token": ""})
        return len(queries)

    def add_items(start, end):
        for i in range(start, end):
            page = LeitfadenPageFactory(parent=leitfaden_index, title=f"L{i}", kommunen=[olpe])
            start_review(page, olpe_colleague)

    add_items(0, 2)
    few = render()
    add_items(2, 10)
    assert render() == few
