"""Joining as a Mitmacherkommune: from the form to a draft KommunePage with its Redaktion."""

import pytest
from django.contrib.auth.models import Group

from kommunen.models import KommunePage
from schule.beteiligung.models import JoinRequest, JoinState
from schule.redaktion.models import KommuneRedaktion

from ..factories import JoinRequestFactory, KommunePageFactory
from .conftest import COMMITMENTS, SECRET_EMAIL, join_data

pytestmark = pytest.mark.django_db

FORM = "/beteiligung/mitmachen/"


def action_url(item, action):
    return f"/admin/beteiligung/joinrequest/{item.pk}/{action}/"


def test_the_form_lists_every_commitment_as_a_checkbox_in_a_fieldset(client, home):
    html = client.get(FORM).content.decode()
    assert '<legend class="kern-label">Unsere Verpflichtungen als Mitmacherkommune</legend>' in html
    for value in COMMITMENTS:
        assert f'name="beitritt-verpflichtungen" value="{value}"' in html
    assert "2030 ist Südwestfalen die smarteste Region in Deutschland" in html
    assert "Open Source" in html


def test_a_valid_declaration_is_stored_pending(client, home, moderator):
    response = client.post(FORM, join_data())
    assert response.status_code == 302
    item = JoinRequest.objects.get()
    assert item.moderation == JoinState.PENDING
    assert item.verpflichtungen == COMMITMENTS
    assert "Vielen Dank für Ihre Absichtserklärung" in client.get(FORM).content.decode()


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"beitritt-verpflichtungen": COMMITMENTS[:4]}, "Bitte bestätigen Sie alle fünf"),
        ({"beitritt-verpflichtungen": None}, "Bitte bestätigen Sie alle fünf"),
        ({"beitritt-einwilligung": None}, "Bitte willigen Sie in die Verarbeitung"),
        ({"beitritt-kreis": "berlin"}, "einen der fünf Kreise Südwestfalens"),
        ({"beitritt-kontakt_email": ""}, "Bitte geben Sie eine E-Mail-Adresse an."),
        ({"beitritt-kommune": "x" * 101}, "höchstens 100 Zeichen"),
        ({"beitritt-homepage": "spam"}, "konnte nicht angenommen werden"),
        ({"beitritt-nachricht": "<script>x</script>"}, "reinen Text ohne HTML"),
    ],
    ids=[
        "one-commitment-missing",
        "no-commitment",
        "missing-consent",
        "unknown-kreis",
        "missing-email",
        "too-long",
        "honeypot-filled",
        "script-tag",
    ],
)
def test_invalid_declarations_are_refused_and_nothing_stored(client, home, overrides, message):
    response = client.post(FORM, join_data(**overrides))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not JoinRequest.objects.exists()


def test_the_commitment_group_is_described_by_its_error(client, home):
    html = client.post(FORM, join_data(**{"beitritt-verpflichtungen": None})).content.decode()
    assert (
        'aria-describedby="id_beitritt-verpflichtungen_helptext id_beitritt-verpflichtungen_error"'
        in html
    )
    assert 'href="#id_beitritt-verpflichtungen_0"' in html


def test_the_rate_limit_covers_declarations(client, home, settings):
    settings.BETEILIGUNG_MAX_SUBMISSIONS_PER_HOUR = 1
    client.post(FORM, join_data())
    assert client.post(FORM, join_data(**{"beitritt-kommune": "Attendorn"})).status_code == 429
    assert JoinRequest.objects.count() == 1


def test_from_the_form_to_a_draft_kommune_page_with_its_role(client, home, moderator, olpe):
    client.post(FORM, join_data())
    item = JoinRequest.objects.get()
    client.force_login(moderator)
    assert client.get(action_url(item, "annehmen")).status_code == 200
    response = client.post(action_url(item, "annehmen"))
    page = KommunePage.objects.get(title="Wenden")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{page.pk}/edit/"
    assert page.live is False and page.rolle == "mitmacher" and page.kreis == "olpe"
    assert page.get_parent().specific_class.__name__ == "KommuneIndexPage"
    assert page.beitritt == item.created_at.date()
    assert Group.objects.filter(name="Redaktion Wenden").exists()
    assert KommuneRedaktion.objects.get(kommune=page).collection.name == "Wenden"
    item.refresh_from_db()
    assert item.moderation == JoinState.ACCEPTED and item.kommune_page == page
    # Once the Agentur publishes the profile, its dashboard works.
    page.save_revision().publish()
    client.logout()
    assert client.get(page.url + "dashboard/").status_code == 200
    assert SECRET_EMAIL not in client.get(page.url).content.decode()


def test_a_kommune_that_exists_is_not_created_twice(client, moderator, olpe):
    item = JoinRequestFactory(kommune="Olpe")
    client.force_login(moderator)
    client.post(action_url(item, "annehmen"))
    assert KommunePage.objects.filter(title="Olpe").count() == 1
    item.refresh_from_db()
    assert item.moderation == JoinState.PENDING


def test_a_rejected_declaration_creates_nothing(client, moderator, olpe):
    item = JoinRequestFactory(kommune="Wenden")
    client.force_login(moderator)
    client.post(action_url(item, "ablehnen"))
    item.refresh_from_db()
    assert item.moderation == JoinState.REJECTED
    assert not KommunePage.objects.filter(title="Wenden").exists()
    client.post(action_url(item, "annehmen"))
    assert not KommunePage.objects.filter(title="Wenden").exists()


def test_kommune_editors_cannot_see_or_accept_declarations(client, olpe_editor):
    item = JoinRequestFactory(kommune="Wenden")
    client.force_login(olpe_editor)
    assert client.post(action_url(item, "annehmen")).status_code in {302, 403}
    assert client.get("/admin/beteiligung_joinrequest/").status_code in {302, 403}
    assert not KommunePage.objects.filter(title="Wenden").exists()


def test_the_kommune_list_shows_pionier_and_mitmacher_apart(client, kommune_index, olpe):
    KommunePageFactory(parent=kommune_index, title="Wenden", slug="wenden", rolle="mitmacher")
    html = client.get(kommune_index.url).content.decode()
    pionier = html.index('id="rolle-pionier"')
    mitmacher = html.index('id="rolle-mitmacher"')
    assert pionier < html.index(">Olpe</a>") < mitmacher < html.index(">Wenden</a>")
    assert 'href="/beteiligung/mitmachen/"' in html


def test_the_kommune_list_without_mitmacher_has_no_empty_heading(client, kommune_index, olpe):
    html = client.get(kommune_index.url).content.decode()
    assert 'id="rolle-pionier"' in html and 'id="rolle-mitmacher"' not in html
