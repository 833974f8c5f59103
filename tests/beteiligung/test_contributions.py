"""Contributions: stored and not public until moderated; every bad input refused, nothing stored."""

import pytest
from django.core import mail

from schule.beteiligung.models import Contribution, Moderation

from ..factories import ContributionFactory
from .conftest import SECRET_EMAIL, contribution_data

pytestmark = pytest.mark.django_db


def url(page):
    return f"/beteiligung/beitrag/{page.pk}/"


def test_the_guide_links_to_the_contribution_form(client, guide):
    html = client.get(guide.url).content.decode()
    assert f'href="{url(guide)}"' in html
    assert "Eigenen Beitrag schreiben" in html


def test_the_form_page_has_labels_consent_and_a_link_to_the_privacy_page(client, guide):
    response = client.get(url(guide))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'for="id_beitrag-text"' in html
    assert '<legend class="kern-label">Was möchten Sie teilen?</legend>' in html
    assert 'name="beitrag-einwilligung"' in html
    assert "csrfmiddlewaretoken" in html


def test_a_valid_contribution_is_stored_pending_and_not_public(client, guide, moderator):
    response = client.post(url(guide), contribution_data())
    assert response.status_code == 302
    assert response["Location"] == guide.url + "#beteiligung"
    item = Contribution.objects.get()
    assert item.page_id == guide.pk
    assert item.moderation == Moderation.PENDING
    assert item.einwilligung_am is not None
    follow = client.get(guide.url)
    html = follow.content.decode()
    assert "Vielen Dank für Ihren Beitrag" in html
    assert "Wir haben den Leitfaden in Wenden ausprobiert." not in html


def test_the_moderators_get_an_email_without_the_senders_address(client, guide, moderator):
    client.post(url(guide), contribution_data())
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["moderation@example.org"]
    assert "Olpes Leitfaden" in message.body
    assert "/admin/beteiligung_contribution/edit/" in message.body
    assert SECRET_EMAIL not in message.body


def test_a_contribution_on_a_leitprojekt_and_on_an_event_is_accepted(client, project, event):
    assert client.post(url(project), contribution_data()).status_code == 302
    assert client.post(url(event), contribution_data()).status_code == 302
    assert set(Contribution.objects.values_list("page_id", flat=True)) == {project.pk, event.pk}


def test_other_pages_take_no_contributions(client, olpe, home):
    assert client.get(url(olpe)).status_code == 404
    assert client.post(url(home), contribution_data()).status_code == 404
    assert not Contribution.objects.exists()


def test_an_unpublished_page_takes_no_contributions(client, guide):
    guide.unpublish()
    assert client.post(url(guide), contribution_data()).status_code == 404
    assert not Contribution.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"beitrag-einwilligung": None}, "Bitte willigen Sie in die Verarbeitung"),
        ({"beitrag-text": "x" * 2001}, "höchstens 2000 Zeichen"),
        ({"beitrag-name": "x" * 101}, "höchstens 100 Zeichen"),
        ({"beitrag-text": ""}, "Bitte schreiben Sie Ihren Beitrag."),
        ({"beitrag-art": None}, "Bitte wählen Sie, was Sie teilen möchten."),
        ({"beitrag-email": "keine-adresse"}, "gültige E-Mail-Adresse"),
        ({"beitrag-homepage": "http://spam.example"}, "konnte nicht angenommen werden"),
        ({"beitrag-text": "Hallo <script>alert(1)</script>"}, "reinen Text ohne HTML"),
        ({"beitrag-name": '<img src=x onerror="alert(1)">'}, "reinen Text ohne HTML"),
    ],
    ids=[
        "missing-consent",
        "text-too-long",
        "name-too-long",
        "text-missing",
        "type-missing",
        "bad-email",
        "honeypot-filled",
        "script-tag",
        "html-in-name",
    ],
)
def test_invalid_input_is_refused_with_a_message_and_nothing_stored(
    client, guide, moderator, overrides, message
):
    response = client.post(url(guide), contribution_data(**overrides))
    html = response.content.decode()
    assert response.status_code == 400
    assert "Bitte prüfen Sie Ihre Angaben" in html
    assert message in html
    assert "Es wurde nichts gespeichert." in html
    assert not Contribution.objects.exists()
    assert not mail.outbox


def test_a_field_with_an_error_is_marked_invalid_and_described(client, guide):
    html = client.post(url(guide), contribution_data(**{"beitrag-text": ""})).content.decode()
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_beitrag-text_helptext id_beitrag-text_error"' in html
    assert 'id="id_beitrag-text_error"' in html
    assert 'href="#id_beitrag-text"' in html
    assert "<title>Fehler:" in html


def test_the_script_is_shown_back_escaped_never_executed(client, guide):
    html = client.post(
        url(guide), contribution_data(**{"beitrag-text": "<script>alert(1)</script>"})
    ).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_the_rate_limit_answers_429_in_german_and_stores_nothing(client, guide, settings):
    settings.BETEILIGUNG_MAX_SUBMISSIONS_PER_HOUR = 2
    for _ in range(2):
        assert client.post(url(guide), contribution_data()).status_code == 302
    response = client.post(url(guide), contribution_data())
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    html = response.content.decode()
    assert "Zu viele Einsendungen" in html
    assert "höchstens 2 Einsendungen pro Stunde" in html
    assert Contribution.objects.count() == 2


def test_the_rate_limit_counts_per_address(client, guide, settings):
    settings.BETEILIGUNG_MAX_SUBMISSIONS_PER_HOUR = 1
    assert client.post(url(guide), contribution_data()).status_code == 302
    other = client.post(url(guide), contribution_data(), REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 302
    assert Contribution.objects.count() == 2


def test_the_form_refuses_other_methods(client, guide):
    assert client.put(url(guide)).status_code == 405
    assert client.delete(url(guide)).status_code == 405


def test_the_form_needs_a_csrf_token(guide):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    assert strict.post(url(guide), contribution_data()).status_code == 403
    assert not Contribution.objects.exists()


def test_a_published_contribution_shows_with_reply_and_status_but_no_email(
    client, guide, published
):
    html = client.get(guide.url).content.decode()
    assert "Bei uns hat Schritt 2 länger gedauert." in html
    assert "Erika Muster, Gemeinde Wenden" in html
    assert "Danke, wir ergänzen den Hinweis." in html
    assert "Stand: in Prüfung" in html
    assert SECRET_EMAIL not in html


def test_pending_and_rejected_contributions_stay_hidden(client, guide):
    ContributionFactory(page=guide, text="Noch nicht geprüft.")
    ContributionFactory(page=guide, text="Abgelehnt.", moderation=Moderation.REJECTED)
    html = client.get(guide.url).content.decode()
    assert "Noch nicht geprüft." not in html
    assert "Abgelehnt." not in html


def test_links_become_clickable_only_once_published(client, guide):
    item = ContributionFactory(page=guide, text="Mehr unter https://example.org/bericht")
    assert "https://example.org/bericht" not in client.get(guide.url).content.decode()
    item.moderation = Moderation.PUBLISHED
    item.save()
    html = client.get(guide.url).content.decode()
    assert 'href="https://example.org/bericht"' in html
    assert 'rel="nofollow"' in html
