"""Admin login: after five failures per user and IP address a wait, with a clear German message."""

import time

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.urls import reverse

pytestmark = pytest.mark.django_db

PASSWORD = "ein-sicheres-Passwort-2026"
LOCKED = (
    "Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie 15 Minuten und versuchen "
    "Sie es dann erneut."
)


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user("redaktion-olpe", "o@example.org", PASSWORD)


def login(client, username, password, ip="203.0.113.7"):
    return client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password},
        REMOTE_ADDR=ip,
    )


def logged_in(client):
    return "_auth_user_id" in client.session


def fail(client, times, username="redaktion-olpe", ip="203.0.113.7"):
    for _ in range(times):
        response = login(client, username, "falsch", ip)
        assert response.status_code == 200


def test_correct_login_works(client, editor):
    assert login(client, "redaktion-olpe", PASSWORD).status_code == 302
    assert logged_in(client)


def test_after_five_failures_even_the_right_password_must_wait(client, editor):
    fail(client, 4)
    response = login(client, "redaktion-olpe", "falsch")
    assert LOCKED in response.content.decode()
    response = login(client, "redaktion-olpe", PASSWORD)
    assert response.status_code == 200
    assert LOCKED in response.content.decode()
    assert not logged_in(client)


def test_the_lock_is_per_user_and_ip_address(client, editor):
    other = get_user_model().objects.create_user("redaktion-soest", "s@example.org", PASSWORD)
    fail(client, 5)
    assert login(client, "redaktion-olpe", PASSWORD, ip="198.51.100.1").status_code == 302
    client.logout()
    assert login(client, other.username, PASSWORD).status_code == 302


def test_the_username_is_compared_without_case(client, editor):
    fail(client, 5, username="Redaktion-Olpe")
    assert LOCKED in login(client, "redaktion-olpe", PASSWORD).content.decode()


def test_a_successful_login_resets_the_count(client, editor):
    fail(client, 4)
    assert login(client, "redaktion-olpe", PASSWORD).status_code == 302
    client.logout()
    fail(client, 4)
    assert login(client, "redaktion-olpe", PASSWORD).status_code == 302


def test_after_the_wait_the_login_works_again(client, editor, monkeypatch):
    fail(client, 5)
    now = time.time()
    monkeypatch.setattr(time, "time", lambda: now + 15 * 60 + 1)
    assert login(client, "redaktion-olpe", PASSWORD).status_code == 302


def test_password_validators_are_on():
    names = {v["NAME"].rsplit(".", 1)[-1] for v in settings.AUTH_PASSWORD_VALIDATORS}
    assert {
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
        "UserAttributeSimilarityValidator",
    } <= names
    for weak in ("passwort123", "123456789012", "kurz"):
        with pytest.raises(ValidationError):
            validate_password(weak)
