"""Kommune editors submit, the Agentur Moderation approves (publishes) or rejects with a comment.

Every step is in Wagtail's history with the user who took it.
"""

import pytest
from django.urls import reverse
from wagtail.models import PageLogEntry, TaskState, WorkflowState

from kommunen.models import KommunePage
from leitfaeden.models import LeitfadenPage

from .conftest import assert_refused, edit_url, post_create, post_edit, state

pytestmark = pytest.mark.django_db

COMMENT = "Bitte die Quelle der Einwohnerzahl ergänzen."


def submit(client, editor, page, **changes):
    client.force_login(editor)
    response = post_edit(client, page, action="action-submit", **changes)
    assert response.status_code == 302
    return page.specific_class.objects.get(pk=page.pk).current_workflow_state


def workflow_action(client, page, action, comment=""):
    task_state = page.specific_class.objects.get(pk=page.pk).current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {"comment": comment})


def test_submitting_puts_the_change_in_review_without_publishing(client, olpe_editor, olpe):
    workflow_state = submit(client, olpe_editor, olpe, title="Olpe, Kreisstadt")
    assert workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert workflow_state.requested_by == olpe_editor
    olpe.refresh_from_db()
    assert olpe.title == "Olpe"
    assert olpe.draft_title == "Olpe, Kreisstadt"


def test_moderator_sees_the_submission_on_the_dashboard(client, olpe_editor, moderator, olpe):
    submit(client, olpe_editor, olpe, title="Olpe, Kreisstadt")
    client.force_login(moderator)
    content = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Olpe, Kreisstadt" in content
    assert edit_url(olpe) in content


def test_moderator_approves_and_the_change_goes_live(client, olpe_editor, moderator, olpe):
    submit(client, olpe_editor, olpe, title="Olpe, Kreisstadt")
    client.force_login(moderator)
    assert workflow_action(client, olpe, "approve").status_code == 302
    olpe = KommunePage.objects.get(pk=olpe.pk)
    assert olpe.title == "Olpe, Kreisstadt"
    assert not olpe.has_unpublished_changes
    assert olpe.current_workflow_state is None
    publish = PageLogEntry.objects.filter(page=olpe, action="wagtail.publish").latest("timestamp")
    assert publish.user == moderator
    assert client.get(olpe.url).status_code == 200
    assert "Olpe, Kreisstadt" in client.get(olpe.url).content.decode()


def test_moderator_approves_from_the_edit_view(client, olpe_editor, moderator, olpe_leitfaden):
    submit(client, olpe_editor, olpe_leitfaden, title="Leitfaden, freigegeben")
    client.force_login(moderator)
    assert client.get(edit_url(olpe_leitfaden)).status_code == 200
    approve = {"workflow-action-name": "approve"}
    response = post_edit(client, olpe_leitfaden, action="action-workflow-action", **approve)
    assert response.status_code == 302
    assert LeitfadenPage.objects.get(pk=olpe_leitfaden.pk).title == "Leitfaden, freigegeben"


def test_moderator_rejects_with_a_comment_the_editor_sees(client, olpe_editor, moderator, olpe):
    submit(client, olpe_editor, olpe, title="Olpe, Kreisstadt")
    before_live_title = KommunePage.objects.get(pk=olpe.pk).title
    client.force_login(moderator)
    assert workflow_action(client, olpe, "reject", COMMENT).status_code == 302
    olpe = KommunePage.objects.get(pk=olpe.pk)
    assert olpe.title == before_live_title
    workflow_state = olpe.current_workflow_state
    assert workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert workflow_state.current_task_state.status == TaskState.STATUS_REJECTED
    assert workflow_state.current_task_state.comment == COMMENT
    # The editor sees the comment on the dashboard and in the page's workflow history.
    client.force_login(olpe_editor)
    assert COMMENT in client.get(reverse("wagtailadmin_home")).content.decode()
    history = client.get(reverse("wagtailadmin_pages:workflow_history", args=[olpe.pk]))
    assert history.status_code == 200
    detail = client.get(
        reverse("wagtailadmin_pages:workflow_history_detail", args=[olpe.pk, workflow_state.pk])
    )
    assert COMMENT in detail.content.decode()


def test_editor_resubmits_after_changes_and_the_moderator_approves(
    client, olpe_editor, moderator, olpe
):
    submit(client, olpe_editor, olpe, title="Olpe, Kreisstadt")
    client.force_login(moderator)
    workflow_action(client, olpe, "reject", COMMENT)
    client.force_login(olpe_editor)
    post_edit(client, olpe, action="action-submit", title="Olpe (Biggesee)")
    client.force_login(moderator)
    workflow_action(client, olpe, "approve")
    assert KommunePage.objects.get(pk=olpe.pk).title == "Olpe (Biggesee)"


@pytest.mark.parametrize("who", ["olpe_editor", "soest_editor", "agentur_editor"])
def test_only_the_moderation_approves(request, client, olpe_editor, olpe, who):
    submit(client, olpe_editor, olpe, title="Olpe, Kreisstadt")
    before = state(olpe)
    client.force_login(request.getfixturevalue(who))
    for action in ("approve", "reject"):
        assert_refused(workflow_action(client, olpe, action, "ich darf das"))
    assert state(olpe) == before
    assert KommunePage.objects.get(pk=olpe.pk).current_workflow_state.status == "in_progress"


def test_moderator_has_no_page_rights_outside_a_review(client, moderator, soest):
    client.force_login(moderator)
    before = state(soest)
    assert_refused(client.get(edit_url(soest)))
    assert_refused(client.post(reverse("wagtailadmin_pages:unpublish", args=[soest.pk])))
    assert state(soest) == before


def test_every_step_is_in_the_history_with_its_user(
    client, olpe_editor, moderator, agentur_editor, olpe, leitfaden_index
):
    client.force_login(olpe_editor)
    post_create(
        client,
        LeitfadenPage,
        leitfaden_index,
        title="Audit",
        slug="audit",
        zusammenfassung="Kurz.",
        kommunen=[olpe.pk],
    )
    page = LeitfadenPage.objects.get(slug="audit")
    post_edit(client, page, title="Audit, zweite Fassung")
    submit(client, olpe_editor, page)
    client.force_login(moderator)
    workflow_action(client, page, "reject", COMMENT)
    client.force_login(olpe_editor)
    post_edit(client, page, action="action-submit", title="Audit, dritte Fassung")
    client.force_login(moderator)
    workflow_action(client, page, "approve", "Danke!")
    client.force_login(agentur_editor)
    post_edit(client, page, action="action-publish", title="Audit, von der Agentur")

    entries = list(
        PageLogEntry.objects.filter(page=page)
        .order_by("timestamp", "pk")
        .values_list("action", "user__username")
    )
    for expected in [
        ("wagtail.create", "redaktion-olpe"),
        ("wagtail.edit", "redaktion-olpe"),
        ("wagtail.workflow.start", "redaktion-olpe"),
        ("wagtail.workflow.reject", "agentur-moderation"),
        ("wagtail.workflow.resume", "redaktion-olpe"),
        ("wagtail.workflow.approve", "agentur-moderation"),
        ("wagtail.publish", "agentur-moderation"),
        ("wagtail.publish", "agentur-redaktion"),
    ]:
        assert expected in entries, expected
    reject = PageLogEntry.objects.get(page=page, action="wagtail.workflow.reject")
    assert reject.data["comment"] == COMMENT
    # The Agentur reads the same history in the admin.
    history = client.get(reverse("wagtailadmin_pages:history", args=[page.pk]))
    assert history.status_code == 200
    content = history.content.decode()
    assert "agentur-moderation" in content and "redaktion-olpe" in content
