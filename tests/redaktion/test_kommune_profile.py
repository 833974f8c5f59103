"""A Kommune editor edits their Kommune's profile and its subpages, and nothing of another Kommune.

Every refused action goes through the real admin view and must leave the page
as it was.
"""

import pytest
from django.urls import reverse
from wagtail.models import Page

from schule.core.models import StandardPage

from .conftest import add_url, assert_refused, edit_url, post_create, post_edit, state

pytestmark = pytest.mark.django_db


def test_olpe_editor_can_edit_olpe_profile_as_a_draft(client, olpe_editor, olpe):
    client.force_login(olpe_editor)
    response = post_edit(client, olpe, title="Olpe am Biggesee")
    assert response.status_code == 302
    olpe.refresh_from_db()
    assert olpe.draft_title == "Olpe am Biggesee"
    assert olpe.title == "Olpe"  # a draft: not live until the Agentur approves
    assert olpe.get_latest_revision().user == olpe_editor


def test_olpe_editor_cannot_edit_soest_profile(client, olpe_editor, soest):
    client.force_login(olpe_editor)
    before = state(soest)
    assert_refused(client.get(edit_url(soest)))
    # A forged POST with the form of Olpe's own profile changes nothing either.
    assert_refused(client.post(edit_url(soest), {"title": "Gekapert", "slug": "soest"}))
    assert state(soest) == before


def test_olpe_editor_cannot_publish_olpe_profile_directly(client, olpe_editor, olpe):
    client.force_login(olpe_editor)
    response = post_edit(client, olpe, action="action-publish", title="Olpe live?")
    assert response.status_code == 302
    olpe.refresh_from_db()
    assert olpe.title == "Olpe"
    assert olpe.has_unpublished_changes
    assert not olpe.revisions.filter(approved_go_live_at__isnull=False).exists()
    assert olpe.live_revision is None or olpe.live_revision.user != olpe_editor


def test_olpe_editor_is_not_offered_publishing(client, olpe_editor, olpe):
    client.force_login(olpe_editor)
    content = client.get(edit_url(olpe)).content.decode()
    assert 'name="action-submit"' in content
    assert 'name="action-publish"' not in content


def test_olpe_editor_can_add_a_page_below_olpe(client, olpe_editor, olpe):
    client.force_login(olpe_editor)
    response = post_create(
        client, StandardPage, olpe, title="Digitales Rathaus", slug="digitales-rathaus"
    )
    assert response.status_code == 302
    page = StandardPage.objects.get(slug="digitales-rathaus")
    assert page.get_parent().pk == olpe.pk
    assert not page.live


def test_olpe_editor_cannot_publish_a_new_page_directly(client, olpe_editor, olpe):
    client.force_login(olpe_editor)
    post_create(
        client, StandardPage, olpe, action="action-publish", title="Sofort live?", slug="sofort"
    )
    assert not StandardPage.objects.get(slug="sofort").live


def test_olpe_editor_cannot_add_a_page_below_soest(client, olpe_editor, soest):
    client.force_login(olpe_editor)
    children = soest.get_children().count()
    assert_refused(client.get(add_url(StandardPage, soest)))
    assert_refused(client.post(add_url(StandardPage, soest), {"title": "Fremd", "slug": "fremd"}))
    assert soest.get_children().count() == children


def test_olpe_editor_can_edit_pages_below_olpe_but_not_below_soest(
    client, olpe_editor, olpe_subpage, soest_subpage
):
    client.force_login(olpe_editor)
    assert client.get(edit_url(olpe_subpage)).status_code == 200
    before = state(soest_subpage)
    assert_refused(client.get(edit_url(soest_subpage)))
    assert_refused(client.post(edit_url(soest_subpage), {"title": "x"}))
    assert state(soest_subpage) == before


@pytest.mark.parametrize("view", ["delete", "unpublish", "move", "copy", "lock"])
def test_olpe_editor_cannot_delete_unpublish_move_copy_or_lock_soest_profile(
    client, olpe_editor, soest, view
):
    client.force_login(olpe_editor)
    before = state(soest)
    url = reverse(f"wagtailadmin_pages:{view}", args=[soest.pk])
    assert_refused(client.get(url))
    assert_refused(client.post(url, {"new_title": "Kopie", "new_slug": "kopie"}))
    assert state(soest) == before
    assert Page.objects.filter(slug="kopie").count() == 0


@pytest.mark.parametrize("view", ["delete", "unpublish", "move"])
def test_olpe_editor_cannot_delete_unpublish_or_move_the_live_olpe_profile(
    client, olpe_editor, olpe, view
):
    # Deleting, unpublishing or moving a live page would change the live site
    # without the Agentur's review.
    client.force_login(olpe_editor)
    before = state(olpe)
    url = reverse(f"wagtailadmin_pages:{view}", args=[olpe.pk])
    assert_refused(client.get(url))
    assert_refused(client.post(url))
    assert state(olpe) == before


def test_olpe_editor_cannot_move_an_olpe_draft_below_soest(client, olpe_editor, olpe, soest):
    client.force_login(olpe_editor)
    draft = StandardPage(title="Entwurf", slug="entwurf", live=False)
    olpe.add_child(instance=draft)
    before = state(draft)
    # The confirmation page only asks; the move itself is refused.
    url = reverse("wagtailadmin_pages:move_confirm", args=[draft.pk, soest.pk])
    assert_refused(client.post(url))
    assert state(draft) == before


def test_move_chooser_does_not_offer_soest_to_an_olpe_editor(
    client, olpe_editor, olpe, soest, kommune_index
):
    client.force_login(olpe_editor)
    draft = StandardPage(title="Entwurf", slug="entwurf", live=False)
    olpe.add_child(instance=draft)
    response = client.get(
        reverse("wagtailadmin_choose_page_child", args=[kommune_index.pk]),
        {"user_perms": "move_to", "target_pages[]": [draft.pk]},
    )
    assert response.status_code == 200
    html = response.json()["html"]
    # Wagtail links a choosable page; the others are listed as plain text.
    choosable = chooser_links(html)
    assert olpe.pk in choosable
    assert soest.pk not in choosable


def chooser_links(html):
    from wagtail.test.utils import WagtailTestUtils

    soup = WagtailTestUtils.get_soup(html)
    return {int(link["data-id"]) for link in soup.select("a.choose-page") if link.get("data-id")}


def test_agentur_editor_publishes_any_profile_directly(client, agentur_editor, soest):
    client.force_login(agentur_editor)
    response = post_edit(client, soest, action="action-publish", title="Soest (Börde)")
    assert response.status_code == 302
    soest.refresh_from_db()
    assert soest.title == "Soest (Börde)"
    assert soest.live_revision.user == agentur_editor
