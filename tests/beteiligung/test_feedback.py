"""'War diese Seite hilfreich?': anonymous, counted per Leitfaden for its editors."""

import pytest

from schule.beteiligung.models import Feedback

pytestmark = pytest.mark.django_db

REPORT = "/admin/beteiligung/hilfreich-je-leitfaden/"


def url(page):
    return f"/beteiligung/hilfreich/{page.pk}/"


def test_every_guide_asks_whether_it_helped(client, guide):
    html = client.get(guide.url).content.decode()
    assert "War diese Seite hilfreich?" in html
    assert f'action="{url(guide)}"' in html and 'method="get"' in html


def test_projects_do_not_ask(client, project):
    assert "War diese Seite hilfreich?" not in client.get(project.url).content.decode()
    assert client.get(url(project)).status_code == 404


def test_the_answer_from_the_guide_is_preselected_and_counted_only_when_sent(client, guide):
    page = client.get(url(guide), {"feedback-hilfreich": "nein"})
    html = page.content.decode()
    assert page.status_code == 200
    assert 'id="id_feedback-hilfreich_1" required checked' in html
    assert not Feedback.objects.exists()
    response = client.post(
        url(guide), {"feedback-hilfreich": "nein", "feedback-kommentar": "Schritt 3 fehlt."}
    )
    assert response.status_code == 302
    item = Feedback.objects.get()
    assert item.hilfreich is False and item.kommentar == "Schritt 3 fehlt."
    assert "Danke für Ihre Rückmeldung" in client.get(guide.url).content.decode()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Bitte wählen Sie „Ja“ oder „Nein“."),
        ({"feedback-hilfreich": "ja", "feedback-kommentar": "x" * 501}, "höchstens 500 Zeichen"),
        ({"feedback-hilfreich": "ja", "feedback-homepage": "spam"}, "nicht angenommen"),
        ({"feedback-hilfreich": "ja", "feedback-kommentar": "<b>fett</b>"}, "ohne HTML"),
    ],
    ids=["no-answer", "too-long", "honeypot-filled", "html"],
)
def test_invalid_feedback_is_refused_and_nothing_stored(client, guide, data, message):
    response = client.post(url(guide), data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Feedback.objects.exists()


def test_the_rate_limit_covers_feedback(client, guide, settings):
    settings.BETEILIGUNG_MAX_SUBMISSIONS_PER_HOUR = 1
    client.post(url(guide), {"feedback-hilfreich": "ja"})
    assert client.post(url(guide), {"feedback-hilfreich": "ja"}).status_code == 429
    assert Feedback.objects.count() == 1


def test_feedback_is_never_shown_publicly(client, guide):
    Feedback.objects.create(page=guide, hilfreich=False, kommentar="Ganz geheimer Kommentar")
    assert "Ganz geheimer Kommentar" not in client.get(guide.url).content.decode()


def test_editors_see_the_counts_per_guide_of_their_kommune(
    client, guide, soest_guide, olpe_editor, moderator
):
    for helpful in (True, True, False):
        Feedback.objects.create(page=guide, hilfreich=helpful)
    Feedback.objects.create(page=soest_guide, hilfreich=True, kommentar="Gut")
    client.force_login(olpe_editor)
    html = client.get(REPORT).content.decode()
    assert "Olpes Leitfaden</a></th><td>2</td><td>1</td><td>0</td>" in html
    assert "Soests Leitfaden" not in html
    client.force_login(moderator)
    html = client.get(REPORT).content.decode()
    assert "Soests Leitfaden</a></th><td>1</td><td>0</td><td>1</td>" in html


def test_visitors_without_admin_access_get_no_report(client, guide):
    assert client.get(REPORT).status_code == 302  # to the admin login
