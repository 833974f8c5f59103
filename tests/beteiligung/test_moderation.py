"""Moderation in the admin: the Agentur publishes, rejects, replies; a Kommune only its own."""

import pytest
from django.contrib.auth.models import Group, Permission

from schule.beteiligung.models import Contribution, Moderation, ReuseReport
from schule.redaktion.roles import AGENTUR_MODERATION, AGENTUR_REDAKTION, sync_roles

from ..factories import ContributionFactory, ReuseReportFactory
from .conftest import SECRET_EMAIL

pytestmark = pytest.mark.django_db

INDEX = "/admin/beteiligung_contribution/"


def action_url(item, action):
    return f"/admin/beteiligung/{item._meta.model_name}/{item.pk}/{action}/"


@pytest.fixture
def pending(guide):
    return ContributionFactory(
        page=guide, text="Olpe: bitte Beispiel ergänzen.", email=SECRET_EMAIL
    )


@pytest.fixture
def soest_pending(soest_guide):
    return ContributionFactory(page=soest_guide, text="Soest: ein Hinweis.")


def test_the_moderator_sees_the_queue_with_filters(client, moderator, pending, soest_pending):
    client.force_login(moderator)
    html = client.get(INDEX).content.decode()
    assert "Olpe: bitte Beispiel ergänzen." in html
    assert "Soest: ein Hinweis." in html
    filtered = client.get(INDEX, {"moderation": "veroeffentlicht"}).content.decode()
    assert "Olpe: bitte Beispiel ergänzen." not in filtered


def test_the_moderator_publishes_after_confirming(client, moderator, pending, guide):
    client.force_login(moderator)
    confirm = client.get(action_url(pending, "veroeffentlichen"))
    assert confirm.status_code == 200
    assert "Olpe: bitte Beispiel ergänzen." in confirm.content.decode()
    pending.refresh_from_db()
    assert pending.moderation == Moderation.PENDING  # a GET changes nothing
    response = client.post(action_url(pending, "veroeffentlichen"))
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.moderation == Moderation.PUBLISHED
    assert pending.moderated_by == moderator and pending.moderated_at
    client.logout()
    html = client.get(guide.url).content.decode()
    assert "Olpe: bitte Beispiel ergänzen." in html
    assert SECRET_EMAIL not in html


def test_the_moderator_rejects(client, moderator, pending, guide):
    client.force_login(moderator)
    client.post(action_url(pending, "ablehnen"))
    pending.refresh_from_db()
    assert pending.moderation == Moderation.REJECTED
    client.logout()
    assert "Olpe: bitte Beispiel ergänzen." not in client.get(guide.url).content.decode()


def test_the_moderator_replies_and_sets_the_status_in_the_edit_form(
    client, moderator, pending, guide
):
    client.force_login(moderator)
    edit = f"{INDEX}edit/{pending.pk}/"
    page = client.get(edit)
    assert page.status_code == 200
    assert SECRET_EMAIL in page.content.decode()  # moderators need it to answer
    response = client.post(
        edit,
        {"moderation": "veroeffentlicht", "status": "uebernommen", "antwort": "Ist ergänzt."},
    )
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.status == "uebernommen" and pending.antwort == "Ist ergänzt."
    assert pending.moderated_by == moderator
    client.logout()
    html = client.get(guide.url).content.decode()
    assert "Ist ergänzt." in html and "Stand: übernommen" in html


def test_the_edit_form_cannot_change_what_the_visitor_wrote(client, moderator, pending):
    client.force_login(moderator)
    client.post(
        f"{INDEX}edit/{pending.pk}/",
        {"moderation": "ausstehend", "status": "eingegangen", "antwort": "", "text": "Anders"},
    )
    pending.refresh_from_db()
    assert pending.text == "Olpe: bitte Beispiel ergänzen."


def test_nobody_adds_contributions_in_the_admin(client, admin_user, guide):
    client.force_login(admin_user)
    assert client.get(f"{INDEX}new/").status_code in {302, 403}
    assert not Contribution.objects.exists()


def test_a_kommune_editor_sees_and_moderates_only_their_own_content(
    client, olpe_editor, pending, soest_pending
):
    client.force_login(olpe_editor)
    html = client.get(INDEX).content.decode()
    assert "Olpe: bitte Beispiel ergänzen." in html
    assert "Soest: ein Hinweis." not in html
    client.post(action_url(pending, "veroeffentlichen"))
    pending.refresh_from_db()
    assert pending.moderation == Moderation.PUBLISHED


def test_a_kommune_editor_cannot_moderate_another_kommunes_content(
    client, olpe_editor, soest_pending
):
    client.force_login(olpe_editor)
    assert client.post(action_url(soest_pending, "veroeffentlichen")).status_code == 404
    assert client.get(f"{INDEX}edit/{soest_pending.pk}/").status_code == 404
    edit = client.post(
        f"{INDEX}edit/{soest_pending.pk}/",
        {"moderation": "veroeffentlicht", "status": "uebernommen", "antwort": "Von Olpe"},
    )
    assert edit.status_code == 404
    assert client.get(f"{INDEX}history/{soest_pending.pk}/").status_code == 404
    soest_pending.refresh_from_db()
    assert soest_pending.moderation == Moderation.PENDING and soest_pending.antwort == ""


def test_a_kommune_editor_moderates_reuse_reports_of_their_own_content(
    client, olpe_editor, guide, soest_guide
):
    own = ReuseReportFactory(page=guide, organisation="Wenden")
    other = ReuseReportFactory(page=soest_guide, organisation="Lippstadt")
    client.force_login(olpe_editor)
    html = client.get("/admin/beteiligung_reusereport/").content.decode()
    assert "Wenden" in html and "Lippstadt" not in html
    client.post(action_url(own, "veroeffentlichen"))
    assert client.post(action_url(other, "veroeffentlichen")).status_code == 404
    assert ReuseReport.objects.get(pk=own.pk).moderation == Moderation.PUBLISHED
    assert ReuseReport.objects.get(pk=other.pk).moderation == Moderation.PENDING


def test_the_moderation_actions_refuse_other_methods(client, moderator, pending):
    client.force_login(moderator)
    assert client.put(action_url(pending, "veroeffentlichen")).status_code == 405
    assert client.get(action_url(pending, "loeschen")).status_code == 404


def test_the_export_has_no_email(client, moderator, pending):
    client.force_login(moderator)
    response = client.get(INDEX, {"export": "csv"})
    assert response.status_code == 200
    content = (
        b"".join(response.streaming_content).decode()
        if response.streaming
        else (response.content.decode())
    )
    assert "Olpe: bitte Beispiel ergänzen." in content
    assert SECRET_EMAIL not in content


def test_sync_roles_grants_the_moderation_permissions(roles):
    def codenames(name):
        return set(
            Permission.objects.filter(
                group__name=name, content_type__app_label="beteiligung"
            ).values_list("codename", flat=True)
        )

    assert {"change_contribution", "moderate_all", "change_joinrequest"} <= codenames(
        AGENTUR_MODERATION
    )
    assert {"change_dnacheckquestion", "moderate_all"} <= codenames(AGENTUR_REDAKTION)
    kommune = codenames("Redaktion Olpe")
    assert "change_contribution" in kommune
    assert "moderate_all" not in kommune and "change_joinrequest" not in kommune
    assert not sync_roles()  # a second run changes nothing
    assert Group.objects.filter(name="Redaktion Soest").exists()
