"""The demo seed creates the roles and, in the demo only, one account per role."""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from schule.redaktion.roles import AGENTUR_MODERATION, AGENTUR_REDAKTION

# Every test starts from the demo, seeded once for the module (tests/conftest.py);
# the production seed, which must start empty, is in test_production_seed.py.
pytestmark = pytest.mark.django_db

DEMO_ACCOUNTS = {
    "redaktion-arnsberg": "Redaktion Arnsberg",
    "redaktion-bad-berleburg": "Redaktion Bad Berleburg",
    "redaktion-menden": "Redaktion Menden (Sauerland)",
    "redaktion-olpe": "Redaktion Olpe",
    "redaktion-soest": "Redaktion Soest",
    "agentur-redaktion": AGENTUR_REDAKTION,
    "agentur-moderation": AGENTUR_MODERATION,
}


def seed():
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


def test_seed_creates_one_account_per_role_and_prints_its_login(client, demo):
    output = demo
    users = get_user_model().objects.filter(username__in=DEMO_ACCOUNTS)
    assert {user.username: [g.name for g in user.groups.all()] for user in users} == {
        username: [group] for username, group in DEMO_ACCOUNTS.items()
    }
    for username in DEMO_ACCOUNTS:
        match = re.search(rf"Benutzer „{username}“, Passwort „([^“]+)“", output)
        assert match, username
        response = client.post(
            reverse("wagtailadmin_login"), {"username": username, "password": match.group(1)}
        )
        assert response.status_code == 302, username
        client.logout()
    assert not any(user.is_superuser or user.is_staff for user in users)


def test_second_seed_keeps_accounts_and_passwords(client, demo):
    before = list(get_user_model().objects.values_list("username", "password"))
    output = seed()
    assert list(get_user_model().objects.values_list("username", "password")) == before
    assert "Passwort „" not in output
