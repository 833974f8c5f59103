"""With production settings the seed creates the roles but never a demo account."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command

from schule.redaktion.roles import AGENTUR_MODERATION

pytestmark = pytest.mark.django_db


def test_seed_never_creates_demo_accounts_with_production_settings(settings):
    settings.DEBUG = False
    settings.SETTINGS_MODULE = "schule.settings.production"
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    output = out.getvalue()
    assert not get_user_model().objects.exists()
    assert "Passwort" not in output
    # The roles themselves belong to every site.
    assert Group.objects.filter(name="Redaktion Olpe").exists()
    assert Group.objects.filter(name=AGENTUR_MODERATION).exists()
