"""Security headers on every response, one CSP for the site and one for the admin,
and production settings that pass Django's deployment checklist."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from schule.core.middleware import is_admin_path

ROOT = Path(__file__).resolve().parent.parent


def parse_csp(header):
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def production_env(**env):
    """The environment of a configured production process, minus what the caller's shell set."""
    skip = {"SECRET_KEY", "ALLOWED_HOSTS", "SECURE_SSL_REDIRECT", "REDIS_URL"}
    environment = {k: v for k, v in os.environ.items() if k not in skip}
    environment.update(
        DJANGO_SETTINGS_MODULE="schule.settings.production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="portal.example.org",
        REDIS_URL="redis://127.0.0.1:6379/9",
    )
    environment.update(env)
    return environment


def production_settings(*names, **env):
    """Values of settings as a production process sees them (a fresh interpreter)."""
    code = (
        "import json, django; from django.conf import settings; django.setup(); "
        f"print(json.dumps({{n: getattr(settings, n) for n in {list(names)!r}}}, default=str))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=production_env(**env),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def check_deploy(**env):
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_env(**env),
        capture_output=True,
        text=True,
        timeout=120,
    )


def assert_common_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] in {
        "strict-origin-when-cross-origin",
        "same-origin",
        "strict-origin",
        "no-referrer",
    }
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    policy = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "browsing-topics=()"):
        assert feature in policy


def test_public_page_sends_the_strict_policy(client, home):
    response = client.get("/")
    assert response.status_code == 200
    assert_common_headers(response)
    assert response["X-Frame-Options"] == "DENY"
    csp = parse_csp(response["Content-Security-Policy"])
    assert csp["default-src"] == ["'self'"]
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    # Only style attributes (the SDG badge colours) may be inline, never scripts.
    assert csp["style-src-attr"] == ["'unsafe-inline'"]
    assert csp["img-src"] == ["'self'", "data:"]
    assert csp["font-src"] == ["'self'"]
    assert csp["connect-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["form-action"] == ["'self'"]
    assert csp["base-uri"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]


def test_public_pages_never_allow_inline_scripts(client, leitfaden_index):
    for url in ("/", "/leitfaeden/", "/suche/?q=Daten", "/gibt-es-nicht/"):
        response = client.get(url)
        assert response.status_code in {200, 404}, url
        csp = parse_csp(response["Content-Security-Policy"])
        assert "'unsafe-inline'" not in csp["script-src"], url
        assert "'unsafe-eval'" not in csp["script-src"], url
        assert csp["frame-ancestors"] == ["'none'"], url


def test_admin_login_sends_the_admin_policy(client, db, home):
    public = client.get("/")["Content-Security-Policy"]
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert_common_headers(response)
    admin = response["Content-Security-Policy"]
    assert admin != public
    csp = parse_csp(admin)
    assert "'unsafe-inline'" in csp["script-src"]
    # The admin shows page previews in an iframe of its own, nobody else may frame it.
    assert csp["frame-ancestors"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]


def test_static_files_get_the_headers_too(client):
    response = client.get("/static/css/theme.css")
    assert response.status_code == 200
    assert "Content-Security-Policy" in response
    assert "Permissions-Policy" in response
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    "path, admin",
    [
        ("/admin/", True),
        ("/admin/pages/3/edit/preview/", True),
        ("/", False),
        ("/administration/", False),
        ("/suche/", False),
        ("/leitfaeden/admin/", False),
    ],
)
def test_admin_policy_is_chosen_by_path_prefix_only(path, admin):
    assert is_admin_path(path) is admin


def test_check_deploy_prints_no_warnings():
    result = check_deploy()
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "System check identified no issues (0 silenced)." in output, output


def test_ssl_redirect_can_be_switched_off_and_check_deploy_says_so():
    # The CI smoke run serves plain HTTP on 127.0.0.1 with the redirect off;
    # the deployment check must not hide that.
    result = check_deploy(SECURE_SSL_REDIRECT="off")
    assert result.returncode != 0
    assert "security.W008" in result.stdout + result.stderr


def test_production_https_settings():
    values = production_settings(
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SESSION_COOKIE_SECURE",
        "SESSION_COOKIE_HTTPONLY",
        "CSRF_COOKIE_SECURE",
        "X_FRAME_OPTIONS",
    )
    assert values == {
        "SECURE_SSL_REDIRECT": True,
        "SECURE_HSTS_SECONDS": 31536000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SESSION_COOKIE_SECURE": True,
        "SESSION_COOKIE_HTTPONLY": True,
        "CSRF_COOKIE_SECURE": True,
        "X_FRAME_OPTIONS": "DENY",
    }


def test_page_preview_in_the_admin_gets_the_admin_policy(client, home, django_user_model):
    # Wagtail runs the site's middleware on a fake request for the page's public URL;
    # the admin's own policy must still win, or it could not frame its preview.
    admin = django_user_model.objects.create_superuser(
        username="redaktion", email="redaktion@example.org", password="ein-langes-passwort"
    )
    client.force_login(admin)
    response = client.get(f"/admin/pages/{home.pk}/view_draft/")
    assert response.status_code == 200
    assert parse_csp(response["Content-Security-Policy"])["frame-ancestors"] == ["'self'"]


@pytest.mark.urls("tests.urls_test_views")
def test_an_embeddable_response_may_be_framed_elsewhere_and_nothing_else_changes(client, db):
    response = client.get("/einbetten/")
    csp = parse_csp(response["Content-Security-Policy"])
    assert csp["frame-ancestors"] == ["*"]
    assert csp["script-src"] == ["'self'"]
    assert "X-Frame-Options" not in response
