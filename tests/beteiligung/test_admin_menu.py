"""The admin menu "Beteiligung" shows each role what it moderates."""

import pytest

pytestmark = pytest.mark.django_db


def menu(client, user):
    client.force_login(user)
    return client.get("/admin/").content.decode()


def test_the_moderator_finds_every_queue(client, moderator):
    html = menu(client, moderator)
    # The sidebar is JSON in the page, so look for the queues' addresses.
    for queue in ("contribution", "reusereport", "joinrequest", "feedback"):
        assert f"/admin/beteiligung_{queue}/" in html, queue


def test_a_kommune_editor_finds_contributions_but_no_declarations(client, olpe_editor):
    html = menu(client, olpe_editor)
    assert "/admin/beteiligung_contribution/" in html
    assert "/admin/beteiligung_joinrequest/" not in html


def test_the_agentur_edits_the_dna_check_questions(client, agentur_editor):
    client.force_login(agentur_editor)
    response = client.get("/admin/snippets/beteiligung/dnacheckquestion/")
    assert response.status_code == 200
    assert "Wurden Bürgerinnen und Bürger" in response.content.decode()
