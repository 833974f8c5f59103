"""Events: the hosting Kommune's editors propose and edit them, the Agentur publishes."""

import pytest

from schule.veranstaltungen.models import VeranstaltungPage

from ..factories import VeranstaltungIndexPageFactory, VeranstaltungPageFactory
from .conftest import assert_refused, edit_url, post_edit, state

pytestmark = pytest.mark.django_db


@pytest.fixture
def event_index(home, roles):
    index = VeranstaltungIndexPageFactory(parent=home)
    from schule.redaktion.roles import sync_roles

    sync_roles()  # the new index gets the Kommune groups' add permission
    return index


@pytest.fixture
def olpe_event(event_index, olpe):
    return VeranstaltungPageFactory(parent=event_index, title="Schule vor Ort Olpe", kommune=olpe)


@pytest.fixture
def soest_event(event_index, soest):
    return VeranstaltungPageFactory(parent=event_index, title="Schule vor Ort Soest", kommune=soest)


@pytest.fixture
def agentur_event(event_index):
    return VeranstaltungPageFactory(parent=event_index, title="Jahreskonferenz", kommune=None)


def test_olpe_editor_edits_an_event_olpe_hosts_but_cannot_publish_it(
    client, olpe_editor, olpe_event
):
    client.force_login(olpe_editor)
    response = post_edit(client, olpe_event, action="action-publish", title="Neu in Olpe")
    assert response.status_code == 302
    olpe_event.refresh_from_db()
    assert olpe_event.draft_title == "Neu in Olpe"
    assert olpe_event.title == "Schule vor Ort Olpe"  # the live version is unchanged


@pytest.mark.parametrize("other", ["soest_event", "agentur_event"])
def test_olpe_editor_cannot_edit_events_of_soest_or_the_agentur(
    client, olpe_editor, other, request
):
    event = request.getfixturevalue(other)
    client.force_login(olpe_editor)
    before = state(event)
    assert_refused(client.get(edit_url(event)))
    assert_refused(client.post(edit_url(event), {"title": "Gekapert"}))
    assert state(event) == before


def test_agentur_editor_publishes_any_event(client, agentur_editor, soest_event):
    client.force_login(agentur_editor)
    response = post_edit(client, soest_event, action="action-publish", title="Veröffentlicht")
    assert response.status_code == 302
    assert VeranstaltungPage.objects.get(pk=soest_event.pk).title == "Veröffentlicht"
