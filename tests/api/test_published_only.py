"""Only published, public content and no personal data leave through API and downloads."""

import io
import json
import re
import zipfile

import pytest

from .conftest import SECRETS

pytestmark = pytest.mark.django_db

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def bulk_files(client):
    response = client.get("/api/v1/offene-daten.zip")
    assert response.status_code == 200
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def test_bulk_zip_holds_no_draft_private_page_or_personal_data(client, portal):
    files = bulk_files(client)
    assert len(files) >= 2 * 8 + 4
    for name, text in files.items():
        for what, secret in SECRETS.items():
            assert secret not in text, f"{what} in {name}"
        assert not EMAIL.search(text), f"e-mail address in {name}: {EMAIL.search(text)[0]}"


def test_bulk_zip_holds_every_published_item(client, portal):
    files = bulk_files(client)
    guides = json.loads(files["leitfaeden.json"])["daten"]
    assert sorted(g["titel"] for g in guides) == ["Energiesparen", "Mobilitätskonzept"]
    kommunen = json.loads(files["kommunen.json"])["daten"]
    assert sorted(k["titel"] for k in kommunen) == ["Olpe", "Soest"]
    events = json.loads(files["veranstaltungen.json"])["daten"]
    assert [e["titel"] for e in events] == ["Jahreskonferenz"]
    assert len(json.loads(files["beobachtungen.json"])["daten"]) == 12
    assert "Mobilitätskonzept" in files["leitfaeden.csv"]


def test_email_in_a_text_is_replaced(client, portal):
    data = client.get(f"/api/v1/leitfaeden/{portal['guide'].pk}/").json()
    assert data["zusammenfassung"] == "Fragen an [E-Mail-Adresse entfernt] richten."


@pytest.mark.parametrize("key", ["draft", "private", "draft_event"])
def test_draft_and_private_pages_have_no_detail(client, portal, key):
    page = portal[key]
    collection = "veranstaltungen" if key == "draft_event" else "leitfaeden"
    assert client.get(f"/api/v1/{collection}/{page.pk}/").status_code == 404


def test_published_page_shows_its_published_version_not_the_draft(client, portal):
    data = client.get(f"/api/v1/leitfaeden/{portal['second_guide'].pk}/").json()
    assert data["titel"] == "Energiesparen"


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/leitfaeden/",
        "/api/v1/leitprojekte/",
        "/api/v1/kommunen/",
        "/api/v1/veranstaltungen/",
        "/api/v1/katalog.ttl",
    ],
)
def test_lists_and_facets_never_name_unpublished_pages(client, portal, url):
    text = client.get(url).content.decode()
    for what, secret in SECRETS.items():
        assert secret not in text, what


def test_kommune_has_no_contact_fields(client, portal):
    data = client.get(f"/api/v1/kommunen/{portal['olpe'].pk}/").json()
    assert not {key for key in data if key.startswith("kontakt")}
    assert data["ags"] == "05966024" and data["gebiet"] == "05966024"


def test_event_programme_has_no_speakers(client, portal):
    data = client.get(f"/api/v1/veranstaltungen/{portal['event'].pk}/").json()
    assert data["programm"][0]["titel"] == "Auftakt"
    assert "referierende" not in data["programm"][0]


def test_project_led_by_an_unpublished_kommune_shows_no_lead(client, portal):
    data = client.get(f"/api/v1/leitprojekte/{portal['project'].pk}/").json()
    assert data["federfuehrung"] is None
    assert [k["slug"] for k in data["beteiligte_kommunen"]] == ["soest"]


def test_every_download_names_licence_and_datenstand(client, portal):
    files = bulk_files(client)
    metadata = json.loads(files["metadaten.json"])["datensaetze"]
    assert metadata["kommunen"]["datenstand"]  # Olpe and Soest were published
    assert metadata["beobachtungen"]["datenstand"] == "2026-03-31"
    assert {lic["code"] for lic in metadata["leitfaeden"]["lizenzen"]} == {
        "cc-by-4.0",
        "cc-by-sa-4.0",
    }
    assert {lic["code"] for lic in metadata["beobachtungen"]["lizenzen"]} == {
        "cc-by-4.0",
        "dl-de-by-2.0",
    }
    for key, meta in metadata.items():
        assert meta["lizenzen"], key
        assert "datenstand" in meta, key
        assert json.loads(files[f"{key}.json"])["metadaten"]["lizenzen"] == meta["lizenzen"]
    assert "DL-DE-BY-2.0" in files["LIZENZ.txt"] and "CC BY 4.0" in files["LIZENZ.txt"]


@pytest.mark.parametrize("key", ["leitfaeden", "kommunen", "beobachtungen", "taxonomien"])
def test_single_downloads_are_csv_and_json(client, portal, key):
    csv_response = client.get(f"/api/v1/daten/{key}.csv")
    assert csv_response["Content-Type"] == "text/csv; charset=utf-8"
    assert f'filename="{key}.csv"' in csv_response["Content-Disposition"]
    json_response = client.get(f"/api/v1/daten/{key}.json")
    payload = json_response.json()
    assert payload["metadaten"]["lizenzen"] and payload["daten"]
