"""Configuration lives in one place; production refuses to start half-configured."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_check(settings_module, **env):
    environment = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    environment.update(DJANGO_SETTINGS_MODULE=settings_module, **env)
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    "env, missing",
    [
        ({"ALLOWED_HOSTS": "portal.example.org"}, "SECRET_KEY"),
        ({"SECRET_KEY": "x" * 60}, "ALLOWED_HOSTS"),
    ],
)
def test_production_refuses_to_start_without_required_variable(env, missing):
    result = run_check("schule.settings.production", **env)
    assert result.returncode != 0
    assert f"Die Umgebungsvariable {missing} fehlt" in result.stderr


def test_production_starts_when_configured():
    result = run_check(
        "schule.settings.production", SECRET_KEY="x" * 60, ALLOWED_HOSTS="portal.example.org"
    )
    assert result.returncode == 0, result.stderr


def test_dev_needs_nothing_set():
    assert run_check("schule.settings.dev").returncode == 0


def test_database_follows_database_url():
    # The settings module as configured, before pytest-django renames the test database.
    from schule.settings import base

    if os.environ.get("DATABASE_URL"):
        assert base.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"
        assert base.WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] == "german"
    else:
        assert base.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"
        assert base.DATABASES["default"]["NAME"] == ROOT / "db.sqlite3"
