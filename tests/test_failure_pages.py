"""Failure pages in the site design: 404, 500, 503 when the database is away,
and pages keep coming when Redis is away."""

import logging
import socket
from unittest import mock

import pytest
from django.db import InterfaceError, OperationalError

from schule.core.middleware import service_unavailable_response
from schule.core.models import HomePage

from .test_security import production_settings

SECRET = "streng-geheim"


class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(record)


@pytest.fixture
def request_log():
    """Records of the django.request logger (it does not propagate, so caplog misses it)."""
    handler = ListHandler()
    logger = logging.getLogger("django.request")
    logger.addHandler(handler)
    yield handler.records
    logger.removeHandler(handler)


def assert_site_shell(html):
    assert '<html lang="de">' in html
    assert 'class="site-header"' in html
    assert "css/theme" in html
    assert "Traceback" not in html
    assert SECRET not in html


def test_404_in_site_design(client, home):
    response = client.get("/gibt-es-nicht/")
    assert response.status_code == 404
    html = response.content.decode()
    assert_site_shell(html)
    assert "Seite nicht gefunden" in html
    assert "Zur Startseite" in html
    # The full shell of base.html, with search and footer, as on every page.
    assert 'role="search"' in html
    assert 'class="site-footer"' in html


@pytest.mark.urls("tests.urls_test_views")
def test_500_is_the_german_page_without_traceback(client, home, request_log):
    client.raise_request_exception = False
    response = client.get("/kaputt/")
    assert response.status_code == 500
    html = response.content.decode()
    assert_site_shell(html)
    assert "Technischer Fehler" in html
    assert "RuntimeError" not in html
    assert "Content-Security-Policy" in response
    # ... and operators learn about it: django.request logs it at ERROR.
    errors = [r for r in request_log if r.levelno == logging.ERROR]
    assert errors and errors[0].exc_info[0] is RuntimeError


@pytest.mark.parametrize(
    "error",
    [
        OperationalError(f'connection to server at "db.intern", password "{SECRET}" failed'),
        InterfaceError(f"connection already closed ({SECRET})"),
    ],
)
def test_503_when_the_database_is_unreachable(client, home, error, caplog):
    with mock.patch.object(HomePage, "get_context", side_effect=error):
        response = client.get("/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert_site_shell(html)
    assert "Vorübergehend nicht erreichbar" in html
    assert "db.intern" not in html
    assert "Content-Security-Policy" in response
    assert any(
        r.levelno == logging.ERROR and r.name == "schule.core.middleware" for r in caplog.records
    )


def test_503_when_the_database_goes_away_while_rendering(client, home):
    # The site shell's context processor queries during template rendering, after the view.
    error = OperationalError("server closed the connection unexpectedly")
    with mock.patch("schule.core.context_processors.SiteLinks.for_site", side_effect=error):
        response = client.get("/")
    assert response.status_code == 503
    assert "Vorübergehend nicht erreichbar" in response.content.decode()


def test_other_errors_stay_500(client, home):
    client.raise_request_exception = False
    with mock.patch.object(HomePage, "get_context", side_effect=ValueError("kaputt")):
        response = client.get("/")
    assert response.status_code == 500
    assert "Technischer Fehler" in response.content.decode()


def test_503_page_needs_no_database():
    # No db fixture: any query here would raise, and the fallback has no site header.
    response = service_unavailable_response()
    assert response.status_code == 503
    assert_site_shell(response.content.decode())


def _closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_site_serves_pages_when_redis_is_down(client, leitfaden_index, settings, caplog):
    # The production configuration, as REDIS_URL makes it, pointed at a port nobody listens on.
    redis_url = f"redis://127.0.0.1:{_closed_port()}/0"
    caches = production_settings("CACHES", REDIS_URL=redis_url)["CACHES"]
    assert caches["default"]["BACKEND"] == "django_redis.cache.RedisCache"
    assert caches["default"]["LOCATION"] == redis_url
    settings.CACHES = caches

    with caplog.at_level(logging.WARNING, logger="schule.cache"):
        for url in ("/", "/leitfaeden/"):
            assert client.get(url).status_code == 200, url

    cache_records = [r for r in caplog.records if r.name == "schule.cache"]
    assert cache_records, "the pages never asked the cache"
    assert {r.levelno for r in cache_records} == {logging.WARNING}
    assert all(r.exc_info is None for r in cache_records)


def test_without_redis_url_the_cache_is_local_memory():
    # The embedded default (one process); production insists on REDIS_URL (test_settings.py).
    caches = production_settings(
        "CACHES", DJANGO_SETTINGS_MODULE="schule.settings.dev", REDIS_URL=""
    )["CACHES"]
    assert caches["default"]["BACKEND"] == "django.core.cache.backends.locmem.LocMemCache"
