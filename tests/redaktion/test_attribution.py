"""A Kommune editor attributes Leitfäden and Leitprojekte only to their own Kommune."""

import pytest
from wagtail.models import WorkflowState

from leitfaeden.models import LeitfadenPage
from leitprojekte.models import LeitprojektPage

from .conftest import add_url, edit_url, post_create, post_edit, state

pytestmark = pytest.mark.django_db

OWN_ONLY = "Sie können nur Ihre eigene Kommune eintragen oder austragen."
KEEP_OWN = "Tragen Sie Ihre Kommune ein"


def choices(response, name):
    return {int(str(value)) for value, _ in response.context["form"].fields[name].choices if value}


def field_errors(response, name):
    return " ".join(response.context["form"].errors.get(name, []))


def test_create_form_offers_an_olpe_editor_only_olpe(
    client, olpe_editor, olpe, leitfaden_index, leitprojekt_index
):
    client.force_login(olpe_editor)
    assert choices(client.get(add_url(LeitfadenPage, leitfaden_index)), "kommunen") == {olpe.pk}
    response = client.get(add_url(LeitprojektPage, leitprojekt_index))
    assert choices(response, "federfuehrung") == {olpe.pk}


def test_olpe_editor_creates_a_leitfaden_for_olpe_and_submits_it(
    client, olpe_editor, olpe, leitfaden_index
):
    client.force_login(olpe_editor)
    response = post_create(
        client,
        LeitfadenPage,
        leitfaden_index,
        action="action-submit",
        title="Sensoren im Dorf",
        slug="sensoren-im-dorf",
        zusammenfassung="Kurz.",
        kommunen=[olpe.pk],
    )
    assert response.status_code == 302
    page = LeitfadenPage.objects.get(slug="sensoren-im-dorf")
    assert list(page.kommunen.all()) == [olpe]
    assert not page.live
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert page.current_workflow_state.requested_by == olpe_editor


def test_olpe_editor_cannot_attribute_leitfaden_to_arnsberg(
    client, olpe_editor, olpe, arnsberg, leitfaden_index, olpe_leitfaden
):
    client.force_login(olpe_editor)
    # A new Leitfaden for Arnsberg: the choice is not offered, and a forged one is refused.
    response = post_create(
        client,
        LeitfadenPage,
        leitfaden_index,
        title="Für Arnsberg",
        slug="fuer-arnsberg",
        zusammenfassung="Kurz.",
        kommunen=[arnsberg.pk],
    )
    assert response.status_code == 200
    assert field_errors(response, "kommunen")
    assert not LeitfadenPage.objects.filter(slug="fuer-arnsberg").exists()
    # Adding Arnsberg to a Leitfaden of Olpe.
    before = state(olpe_leitfaden)
    response = post_edit(client, olpe_leitfaden, kommunen=[olpe.pk, arnsberg.pk])
    assert response.status_code == 200
    assert field_errors(response, "kommunen")
    assert state(olpe_leitfaden) == before


def test_olpe_editor_cannot_remove_arnsberg_from_a_joint_leitfaden(
    client, olpe_editor, olpe, joint_leitfaden
):
    client.force_login(olpe_editor)
    before = state(joint_leitfaden)
    response = post_edit(client, joint_leitfaden, kommunen=[olpe.pk])
    assert response.status_code == 200
    assert OWN_ONLY in field_errors(response, "kommunen")
    assert state(joint_leitfaden) == before


def test_olpe_editor_cannot_take_olpe_off_its_own_leitfaden(client, olpe_editor, olpe_leitfaden):
    client.force_login(olpe_editor)
    before = state(olpe_leitfaden)
    response = post_edit(client, olpe_leitfaden, kommunen=[])
    assert response.status_code == 200
    assert KEEP_OWN in field_errors(response, "kommunen")
    assert state(olpe_leitfaden) == before


def test_olpe_editor_cannot_hand_the_lead_of_a_project_to_arnsberg(
    client, olpe_editor, arnsberg, olpe_projekt, leitprojekt_index
):
    client.force_login(olpe_editor)
    before = state(olpe_projekt)
    response = post_edit(client, olpe_projekt, federfuehrung=arnsberg.pk)
    assert response.status_code == 200
    assert field_errors(response, "federfuehrung")
    assert state(olpe_projekt) == before
    response = post_create(
        client,
        LeitprojektPage,
        leitprojekt_index,
        title="Arnsbergs?",
        slug="arnsbergs",
        zusammenfassung="Kurz.",
        federfuehrung=arnsberg.pk,
    )
    assert response.status_code == 200
    assert not LeitprojektPage.objects.filter(slug="arnsbergs").exists()


def test_olpe_editor_creates_a_project_led_by_olpe_with_partners(
    client, olpe_editor, olpe, soest, arnsberg, leitprojekt_index
):
    # Partners are the project's content (reviewed by the Agentur); the lead is ownership.
    client.force_login(olpe_editor)
    response = post_create(
        client,
        LeitprojektPage,
        leitprojekt_index,
        title="Dorfbus",
        slug="dorfbus",
        zusammenfassung="Kurz.",
        federfuehrung=olpe.pk,
        beteiligte_kommunen=[soest.pk, arnsberg.pk],
    )
    assert response.status_code == 302
    page = LeitprojektPage.objects.get(slug="dorfbus")
    assert page.federfuehrung.specific == olpe
    assert set(page.beteiligte_kommunen.all()) == {soest, arnsberg}
    assert client.get(edit_url(page)).status_code == 200


def test_agentur_editor_attributes_to_any_kommune(
    client, agentur_editor, olpe, soest, arnsberg, leitfaden_index
):
    client.force_login(agentur_editor)
    response = client.get(add_url(LeitfadenPage, leitfaden_index))
    assert choices(response, "kommunen") == {olpe.pk, soest.pk, arnsberg.pk}
    response = post_create(
        client,
        LeitfadenPage,
        leitfaden_index,
        action="action-publish",
        title="Regional",
        slug="regional",
        zusammenfassung="Kurz.",
        kommunen=[soest.pk, arnsberg.pk],
    )
    assert response.status_code == 302
    page = LeitfadenPage.objects.get(slug="regional")
    assert page.live
    assert set(page.kommunen.all()) == {soest, arnsberg}
