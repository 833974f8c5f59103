"""CORS for GET on the API only, ETags, the per-IP rate limit, read-only methods."""

import pytest

pytestmark = pytest.mark.django_db


def test_api_is_open_for_cross_origin_reading(client, portal):
    response = client.get("/api/v1/leitfaeden/", HTTP_ORIGIN="https://example.org")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]


def test_preflight_allows_get_only(client, portal):
    response = client.options(
        "/api/v1/leitfaeden/",
        HTTP_ORIGIN="https://example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert response.status_code == 204
    assert response["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS"


@pytest.mark.parametrize("url", ["/", "/leitfaeden/", "/sitemap.xml", "/feeds/leitfaeden.rss"])
def test_site_outside_the_api_sends_no_cors_header(client, portal, url):
    assert "Access-Control-Allow-Origin" not in client.get(url, HTTP_ORIGIN="https://example.org")


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_writing_is_a_405_in_german(client, portal, method):
    response = getattr(client, method)("/api/v1/leitfaeden/")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, OPTIONS"
    assert "nur gelesen" in response.json()["fehler"]


def test_unchanged_answer_is_a_304_by_etag(client, portal):
    first = client.get("/api/v1/kommunen/")
    etag = first["ETag"]
    assert first["Cache-Control"].startswith("public, max-age=")
    again = client.get("/api/v1/kommunen/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    portal["soest"].kurzbeschreibung = "Neu beschrieben."
    portal["soest"].save_revision().publish()
    changed = client.get("/api/v1/kommunen/", HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag


def test_downloads_and_catalogue_have_etags_too(client, portal):
    for url in ("/api/v1/offene-daten.zip", "/api/v1/katalog.ttl", "/api/v1/daten/kommunen.csv"):
        etag = client.get(url)["ETag"]
        assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304, url


def test_beyond_the_limit_a_client_gets_429_with_retry_after(client, portal, settings):
    settings.API_RATE_LIMIT = 3
    for _ in range(3):
        assert client.get("/api/v1/taxonomien/").status_code == 200
    response = client.get("/api/v1/taxonomien/")
    assert response.status_code == 429
    assert int(response["Retry-After"]) >= 1
    assert "Zu viele Anfragen" in response.json()["fehler"]
    assert response["Access-Control-Allow-Origin"] == "*"
    # Another IP address has its own budget; the site itself has none.
    assert client.get("/api/v1/taxonomien/", REMOTE_ADDR="10.0.0.2").status_code == 200
    assert client.get("/leitfaeden/").status_code == 200


def test_rate_limit_is_reported_in_headers(client, portal, settings):
    settings.API_RATE_LIMIT = 10
    response = client.get("/api/v1/")
    assert response["X-RateLimit-Limit"] == "10"
    assert response["X-RateLimit-Remaining"] == "9"
