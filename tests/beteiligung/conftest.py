"""Content of two Kommunen, their editors and the Agentur, and helpers to post the forms."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from schule.beteiligung.models import Moderation
from schule.redaktion.roles import AGENTUR_MODERATION, AGENTUR_REDAKTION, sync_roles

from ..factories import (
    ContributionFactory,
    LeitfadenPageFactory,
    LeitprojektPageFactory,
    VeranstaltungIndexPageFactory,
    VeranstaltungPageFactory,
)

SECRET_EMAIL = "geheim.adresse@example.org"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def guide(leitfaden_index, olpe):
    return LeitfadenPageFactory(parent=leitfaden_index, title="Olpes Leitfaden", kommunen=[olpe])


@pytest.fixture
def soest_guide(leitfaden_index, soest):
    return LeitfadenPageFactory(parent=leitfaden_index, title="Soests Leitfaden", kommunen=[soest])


@pytest.fixture
def project(leitprojekt_index, olpe):
    return LeitprojektPageFactory(
        parent=leitprojekt_index, title="Olpes Projekt", federfuehrung=olpe
    )


@pytest.fixture
def event(home):
    index = VeranstaltungIndexPageFactory(parent=home)
    return VeranstaltungPageFactory(parent=index, title="Austausch in Olpe")


@pytest.fixture
def roles(olpe, soest, leitfaden_index, leitprojekt_index):
    sync_roles()


def make_user(username, *group_names, email=None):
    user = get_user_model().objects.create_user(
        username, email or f"{username}@example.org", "ein-sicheres-Passwort-2026"
    )
    user.groups.add(*Group.objects.filter(name__in=group_names))
    return user


@pytest.fixture
def moderator(roles):
    return make_user("agentur-moderation", AGENTUR_MODERATION, email="moderation@example.org")


@pytest.fixture
def agentur_editor(roles):
    return make_user("agentur-redaktion", AGENTUR_REDAKTION)


@pytest.fixture
def olpe_editor(roles):
    return make_user("redaktion-olpe", "Redaktion Olpe")


@pytest.fixture
def soest_editor(roles):
    return make_user("redaktion-soest", "Redaktion Soest")


@pytest.fixture
def published(guide):
    return ContributionFactory(
        page=guide,
        text="Bei uns hat Schritt 2 länger gedauert.",
        name="Erika Muster",
        organisation="Gemeinde Wenden",
        email=SECRET_EMAIL,
        moderation=Moderation.PUBLISHED,
        status="in-pruefung",
        antwort="Danke, wir ergänzen den Hinweis.",
    )


def contribution_data(**overrides):
    data = {
        "beitrag-art": "erfahrung",
        "beitrag-text": "Wir haben den Leitfaden in Wenden ausprobiert.",
        "beitrag-name": "Erika Muster",
        "beitrag-organisation": "Gemeinde Wenden",
        "beitrag-email": SECRET_EMAIL,
        "beitrag-einwilligung": "on",
        "beitrag-homepage": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def reuse_data(**overrides):
    data = {
        "nachnutzung-organisation": "Gemeinde Wenden",
        "nachnutzung-ort": "Wenden",
        "nachnutzung-zeitraum": "seit Frühjahr 2025",
        "nachnutzung-aenderungen": "Wir haben die Checkliste gekürzt.",
        "nachnutzung-name": "Max Beispiel",
        "nachnutzung-email": SECRET_EMAIL,
        "nachnutzung-einwilligung": "on",
        "nachnutzung-homepage": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


COMMITMENTS = ["leitbild", "buergerbeteiligung", "fortschritt", "sdg", "open-source"]


def join_data(**overrides):
    data = {
        "beitritt-kommune": "Wenden",
        "beitritt-kreis": "olpe",
        "beitritt-kontakt_name": "Erika Muster",
        "beitritt-kontakt_funktion": "Digitalisierung",
        "beitritt-kontakt_email": SECRET_EMAIL,
        "beitritt-kontakt_telefon": "",
        "beitritt-verpflichtungen": COMMITMENTS,
        "beitritt-nachricht": "",
        "beitritt-einwilligung": "on",
        "beitritt-homepage": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}
