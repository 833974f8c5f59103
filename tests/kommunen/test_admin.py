"""Agentur editors browse, correct and import indicator data in the Wagtail admin."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from kommunen.indicators import Observation

from .test_import import OPEN_SDG

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    client.force_login(get_user_model().objects.create_superuser("a", "a@example.org", "x"))
    return client


def upload(client, *files):
    return client.post(
        reverse("kommunen_indicator_import"),
        {"files": [SimpleUploadedFile(name, text.encode()) for name, text in files]},
    )


def test_admin_upload_imports_and_shows_the_report(admin_client, areas, co2):
    response = upload(admin_client, ("indicator_13-2-a.csv", OPEN_SDG))
    assert response.status_code == 200
    assert "2 Zeilen gelesen: 2 neu, 0 geändert, 0 unverändert." in response.content.decode()
    assert Observation.objects.count() == 2


def test_admin_upload_with_errors_shows_file_and_line_and_saves_nothing(admin_client, areas, co2):
    response = upload(admin_client, ("indicator_13-2-a.csv", OPEN_SDG.replace("8.1", "acht")))
    html = response.content.decode()
    assert "1 Fehler gefunden – nichts wurde gespeichert." in html
    assert "indicator_13-2-a.csv, Zeile 3: „acht“ ist keine Zahl." in html
    assert Observation.objects.count() == 0


def test_upload_is_refused_without_permission(client, areas, co2):
    user = get_user_model().objects.create_user("r", "r@example.org", "x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert upload(client, ("indicator_13-2-a.csv", OPEN_SDG)).status_code in (302, 403)
    assert Observation.objects.count() == 0


def test_indicator_data_is_browsable_and_correctable(admin_client, areas, co2):
    observation = Observation.objects.create(indicator=co2, area=areas["olpe"], year=2020, value=8)
    for name in ("indikatoren", "beobachtungen", "gebiete", "sdg-unterziele", "indikator-importe"):
        assert admin_client.get(reverse(f"{name}:index")).status_code == 200, name
    url = reverse("beobachtungen:edit", args=[observation.pk])
    assert admin_client.get(url).status_code == 200
    response = admin_client.post(
        url,
        {
            "indicator": co2.pk,
            "area": areas["olpe"].pk,
            "year": 2020,
            "disaggregation": "",
            "value": "8.4",
            "status": "estimated",
            "footnote": "korrigiert",
            "datenstand": "",
            "source": "",
        },
    )
    assert response.status_code == 302
    observation.refresh_from_db()
    assert observation.value == 8.4 and observation.status == "estimated"
