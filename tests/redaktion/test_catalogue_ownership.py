"""Leitfäden and Leitprojekte sit in central catalogues; their Kommune edits them, no other.

Checked through every admin path: edit view, listing buttons, bulk actions,
move, copy, delete, unpublish, revisions, and Wagtail's permission policy
(the querysets a later API uses).
"""

import pytest
from django.urls import reverse
from wagtail.models import Page
from wagtail.permissions import policy_registry

from leitfaeden.models import LeitfadenPage
from schule.redaktion.ownership import editable_pages

from ..factories import LeitfadenPageFactory
from .conftest import assert_refused, edit_url, post_create, post_edit, state

pytestmark = pytest.mark.django_db


def test_olpe_editor_edits_a_leitfaden_of_olpe(client, olpe_editor, olpe_leitfaden):
    client.force_login(olpe_editor)
    response = post_edit(client, olpe_leitfaden, title="Olpes Leitfaden, überarbeitet")
    assert response.status_code == 302
    olpe_leitfaden.refresh_from_db()
    assert olpe_leitfaden.draft_title == "Olpes Leitfaden, überarbeitet"


def test_olpe_editor_edits_a_leitfaden_olpe_wrote_with_arnsberg(
    client, olpe_editor, joint_leitfaden
):
    client.force_login(olpe_editor)
    assert post_edit(client, joint_leitfaden, title="Gemeinsam, neu").status_code == 302


def test_colleague_edits_a_leitfaden_another_olpe_editor_created(
    client, olpe_editor, olpe_colleague, leitfaden_index, olpe
):
    # Ownership is the Kommune's, not the creator's.
    page = LeitfadenPageFactory(parent=leitfaden_index, kommunen=[olpe], owner=olpe_editor)
    client.force_login(olpe_colleague)
    assert client.get(edit_url(page)).status_code == 200


def test_olpe_editor_cannot_edit_a_leitfaden_of_soest(client, olpe_editor, soest_leitfaden):
    client.force_login(olpe_editor)
    before = state(soest_leitfaden)
    assert_refused(client.get(edit_url(soest_leitfaden)))
    assert_refused(client.post(edit_url(soest_leitfaden), {"title": "Gekapert"}))
    assert state(soest_leitfaden) == before


def test_olpe_editor_edits_the_project_olpe_leads(client, olpe_editor, olpe_projekt):
    client.force_login(olpe_editor)
    assert post_edit(client, olpe_projekt, title="Olpes Projekt 2.0").status_code == 302


def test_olpe_editor_cannot_edit_a_project_olpe_only_takes_part_in(
    client, olpe_editor, soest_projekt
):
    client.force_login(olpe_editor)
    before = state(soest_projekt)
    assert_refused(client.get(edit_url(soest_projekt)))
    assert_refused(client.post(edit_url(soest_projekt), {"title": "Gekapert"}))
    assert state(soest_projekt) == before


def test_creating_a_leitfaden_grants_no_edit_once_it_belongs_to_another_kommune(
    client, olpe_editor, agentur_editor, leitfaden_index, olpe, soest
):
    client.force_login(olpe_editor)
    post_create(
        client,
        LeitfadenPage,
        leitfaden_index,
        title="Neu aus Olpe",
        slug="neu-aus-olpe",
        zusammenfassung="Kurz.",
        kommunen=[olpe.pk],
    )
    page = LeitfadenPage.objects.get(slug="neu-aus-olpe")
    assert page.owner == olpe_editor
    client.force_login(agentur_editor)
    post_edit(client, page, action="action-publish", kommunen=[soest.pk])
    assert list(LeitfadenPage.objects.get(pk=page.pk).kommunen.all()) == [soest]
    # Wagtail would let the owner edit; the Kommune's ownership rule does not.
    client.force_login(olpe_editor)
    before = state(page)
    assert_refused(client.get(edit_url(page)))
    assert state(page) == before


@pytest.mark.parametrize(
    "view", ["delete", "unpublish", "move", "copy", "history", "view_draft", "workflow_history"]
)
def test_olpe_editor_cannot_delete_unpublish_move_copy_or_see_revisions_of_soest_leitfaden(
    client, olpe_editor, soest_leitfaden, view
):
    client.force_login(olpe_editor)
    before = state(soest_leitfaden)
    url = reverse(f"wagtailadmin_pages:{view}", args=[soest_leitfaden.pk])
    assert_refused(client.get(url))
    assert_refused(client.post(url, {"new_title": "Kopie", "new_slug": "kopie"}))
    assert state(soest_leitfaden) == before
    assert not Page.objects.filter(slug="kopie").exists()


def test_olpe_editor_cannot_unpublish_or_delete_a_live_leitfaden_of_olpe(
    client, olpe_editor, olpe_leitfaden
):
    client.force_login(olpe_editor)
    before = state(olpe_leitfaden)
    for view in ("unpublish", "delete"):
        url = reverse(f"wagtailadmin_pages:{view}", args=[olpe_leitfaden.pk])
        assert_refused(client.post(url))
    assert state(olpe_leitfaden) == before


def listing(client, index):
    from wagtail.test.utils import WagtailTestUtils

    response = client.get(reverse("wagtailadmin_explore", args=[index.pk]))
    assert response.status_code == 200
    return WagtailTestUtils.get_soup(response.content)


def listing_edit_links(client, index):
    return {link["href"].split("?")[0] for link in listing(client, index).select("a[href]")}


def test_explorer_lists_an_olpe_editor_only_the_catalogue_pages_of_olpe(
    client, olpe_editor, leitfaden_index, olpe_leitfaden, soest_leitfaden
):
    client.force_login(olpe_editor)
    text = listing(client, leitfaden_index).get_text()
    assert "Olpes Leitfaden" in text
    assert "Soests Leitfaden" not in text


def test_listing_offers_edit_only_for_own_pages(
    client, olpe_editor, leitfaden_index, olpe_leitfaden, soest_leitfaden
):
    client.force_login(olpe_editor)
    links = listing_edit_links(client, leitfaden_index)
    assert edit_url(olpe_leitfaden) in links
    assert edit_url(soest_leitfaden) not in links
    for view in ("delete", "move", "copy", "unpublish"):
        assert reverse(f"wagtailadmin_pages:{view}", args=[soest_leitfaden.pk]) not in links


def test_listing_offers_everything_to_the_agentur(
    client, agentur_editor, leitfaden_index, soest_leitfaden
):
    client.force_login(agentur_editor)
    links = listing_edit_links(client, leitfaden_index)
    assert edit_url(soest_leitfaden) in links
    assert reverse("wagtailadmin_pages:delete", args=[soest_leitfaden.pk]) in links


def bulk_url(action, *pages):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", action])
    return url + "?" + "&".join(f"id={page.pk}" for page in pages)


@pytest.mark.parametrize("action", ["delete", "unpublish", "publish"])
def test_bulk_actions_leave_soest_pages_alone(
    client, olpe_editor, soest_leitfaden, soest_projekt, soest_subpage, action
):
    client.force_login(olpe_editor)
    pages = [soest_leitfaden, soest_projekt, soest_subpage]
    before = [state(page) for page in pages]
    response = client.get(bulk_url(action, *pages))
    assert response.status_code == 200
    assert response.context["items"] == []
    assert {item["item"].pk for item in response.context["items_with_no_access"]} == {
        page.pk for page in pages
    }
    client.post(bulk_url(action, *pages), {"include_descendants": ""})
    assert [state(page) for page in pages] == before


def test_bulk_publish_does_not_publish_an_olpe_draft_without_review(
    client, olpe_editor, olpe_leitfaden
):
    client.force_login(olpe_editor)
    post_edit(client, olpe_leitfaden, title="Entwurf")
    before = state(olpe_leitfaden)
    client.post(bulk_url("publish", olpe_leitfaden), {"include_descendants": ""})
    assert state(olpe_leitfaden) == before
    assert LeitfadenPage.objects.get(pk=olpe_leitfaden.pk).title == "Olpes Leitfaden"


def test_bulk_move_leaves_soest_pages_where_they_are(client, olpe_editor, olpe, soest_subpage):
    client.force_login(olpe_editor)
    before = state(soest_subpage)
    client.post(bulk_url("move", soest_subpage), {"chooser": olpe.pk})
    assert state(soest_subpage) == before


def test_agentur_editor_bulk_publishes_a_kommune_draft(
    client, olpe_editor, agentur_editor, olpe_leitfaden
):
    client.force_login(olpe_editor)
    post_edit(client, olpe_leitfaden, title="Geprüft und gut")
    client.force_login(agentur_editor)
    client.post(bulk_url("publish", olpe_leitfaden), {"include_descendants": ""})
    assert LeitfadenPage.objects.get(pk=olpe_leitfaden.pk).title == "Geprüft und gut"


def test_policy_and_permission_tester_agree_for_every_role(
    olpe_editor,
    soest_editor,
    agentur_editor,
    moderator,
    olpe_leitfaden,
    soest_leitfaden,
    joint_leitfaden,
    olpe_projekt,
    soest_projekt,
    olpe_subpage,
    soest_subpage,
):
    # The admin's views ask the tester, Wagtail's querysets (and a later API)
    # ask the policy: both must give the same answer.
    policy = policy_registry.get_by_type(Page)
    pages = Page.objects.filter(depth__gt=1)
    for user in (olpe_editor, soest_editor, agentur_editor, moderator):
        editable = set(editable_pages(user).values_list("pk", flat=True))
        for page in pages:
            can_edit = page.permissions_for_user(user).can_edit()
            assert (page.pk in editable) is can_edit, (user, page)
            assert policy.user_has_permission_for_instance(user, "change", page) is can_edit
    expected = {olpe_leitfaden.pk, joint_leitfaden.pk, olpe_projekt.pk, olpe_subpage.pk}
    olpe_pages = set(editable_pages(olpe_editor).values_list("pk", flat=True))
    assert expected <= olpe_pages
    assert not {soest_leitfaden.pk, soest_projekt.pk, soest_subpage.pk} & olpe_pages
