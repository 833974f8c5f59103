"""The roles are created idempotently, and a new Kommune gets its Redaktion at once."""

import io

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    WorkflowPage,
)

from kommunen.models import KommunePage
from schule.redaktion.models import KommuneRedaktion
from schule.redaktion.roles import (
    AGENTUR_MODERATION,
    AGENTUR_REDAKTION,
    TASK_NAME,
    WORKFLOW_NAME,
    sync_roles,
)
from schule.taxonomy.models import Handlungsfeld

from ..factories import KommunePageFactory
from .conftest import assert_refused, post_create

pytestmark = pytest.mark.django_db


def page_actions(group, page):
    return {
        codename.rsplit("_", 1)[0]
        for codename in GroupPagePermission.objects.filter(group=group, page=page).values_list(
            "permission__codename", flat=True
        )
    }


def snapshot():
    return {
        "groups": sorted(Group.objects.values_list("name", flat=True)),
        "page_permissions": GroupPagePermission.objects.count(),
        "collection_permissions": GroupCollectionPermission.objects.count(),
        "collections": sorted(Collection.objects.values_list("name", flat=True)),
        "links": KommuneRedaktion.objects.count(),
        "group_permissions": sum(g.permissions.count() for g in Group.objects.all()),
    }


def test_each_kommune_gets_a_redaktion_that_edits_but_does_not_publish(
    roles, olpe, leitfaden_index, leitprojekt_index
):
    group = Group.objects.get(name="Redaktion Olpe")
    assert KommuneRedaktion.objects.get(group=group).kommune.specific == olpe
    assert page_actions(group, olpe) == {"add", "change"}
    assert page_actions(group, leitfaden_index) == {"add"}
    assert page_actions(group, leitprojekt_index) == {"add"}
    assert GroupPagePermission.objects.filter(group=group).count() == 4
    assert group.permissions.filter(codename="access_admin").exists()


def test_agentur_roles(roles):
    root = Page.get_first_root_node()
    redaktion = Group.objects.get(name=AGENTUR_REDAKTION)
    assert page_actions(redaktion, root) >= {"add", "change", "publish", "bulk_delete"}
    assert set(redaktion.permissions.values_list("codename", flat=True)) >= {
        "access_admin",
        "change_dnakriterium",
        "change_handlungsfeld",
        "change_sdg",
    }
    if apps.is_installed("schule.veranstaltungen"):
        assert redaktion.permissions.filter(codename="change_veranstaltungsformat").exists()
    moderation = Group.objects.get(name=AGENTUR_MODERATION)
    assert not GroupPagePermission.objects.filter(group=moderation).exists()
    workflow = WorkflowPage.objects.get(page=root).workflow
    assert workflow.name == WORKFLOW_NAME
    task = workflow.tasks.get().specific
    assert task.name == TASK_NAME
    assert list(task.groups.all()) == [moderation]


def test_sync_roles_twice_changes_nothing(roles):
    before = snapshot()
    assert not sync_roles()
    assert snapshot() == before


def test_sync_roles_command_says_when_there_is_nothing_to_do(roles):
    out = io.StringIO()
    call_command("sync_roles", stdout=out)
    assert "Nichts zu tun" in out.getvalue()


def test_sync_roles_restores_a_removed_permission(roles, olpe):
    group = Group.objects.get(name="Redaktion Olpe")
    GroupPagePermission.objects.filter(group=group, page=olpe).delete()
    out = io.StringIO()
    call_command("sync_roles", stdout=out)
    assert page_actions(group, olpe) == {"add", "change"}
    assert "Änderungen" in out.getvalue()


def test_a_new_kommune_page_gets_its_role_at_once(roles, kommune_index):
    neu = KommunePageFactory(parent=kommune_index, title="Meschede", slug="meschede")
    group = Group.objects.get(name="Redaktion Meschede")
    assert page_actions(group, neu) == {"add", "change"}
    assert KommuneRedaktion.objects.get(kommune=neu).collection.name == "Meschede"


def test_a_kommune_page_created_in_the_admin_gets_its_role(client, agentur_editor, kommune_index):
    client.force_login(agentur_editor)
    response = post_create(
        client,
        KommunePage,
        kommune_index,
        title="Lennestadt",
        slug="lennestadt",
        kreis="olpe",
        rolle="mitmacher",
        kurzbeschreibung="Neu dabei.",
    )
    assert response.status_code == 302
    neu = KommunePage.objects.get(slug="lennestadt")
    group = Group.objects.get(name="Redaktion Lennestadt")
    assert page_actions(group, neu) == {"add", "change"}


def test_a_renamed_kommune_renames_its_group_and_collection(roles, olpe):
    olpe.title = "Kreisstadt Olpe"
    olpe.save()
    sync_roles()
    link = KommuneRedaktion.objects.get(kommune=olpe)
    assert link.group.name == "Redaktion Kreisstadt Olpe"
    assert link.collection.name == "Kreisstadt Olpe"
    assert not Group.objects.filter(name="Redaktion Olpe").exists()


def test_agentur_editor_edits_taxonomy_and_a_kommune_editor_cannot(
    client, agentur_editor, olpe_editor
):
    term = Handlungsfeld.objects.order_by("sort_order").first()
    url = reverse("wagtailsnippets_taxonomy_handlungsfeld:edit", args=[term.pk])
    client.force_login(olpe_editor)
    assert_refused(client.get(url))
    assert_refused(client.post(url, {"name": "Umbenannt", "description": ""}))
    term.refresh_from_db()
    assert term.name != "Umbenannt"
    client.force_login(agentur_editor)
    assert client.get(url).status_code == 200
