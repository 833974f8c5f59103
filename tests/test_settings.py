"""Configuration lives in one place; production refuses to start half-configured."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REDIS = "redis://127.0.0.1:6379/9"


def run_check(settings_module, **env):
    skip = {"SECRET_KEY", "ALLOWED_HOSTS", "REDIS_URL"}
    environment = {k: v for k, v in os.environ.items() if k not in skip}
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
        ({"ALLOWED_HOSTS": "portal.example.org", "REDIS_URL": REDIS}, "SECRET_KEY"),
        ({"SECRET_KEY": "x" * 60, "REDIS_URL": REDIS}, "ALLOWED_HOSTS"),
        ({"SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": "portal.example.org"}, "REDIS_URL"),
    ],
)
def test_production_refuses_to_start_without_required_variable(env, missing):
    result = run_check("schule.settings.production", **env)
    assert result.returncode != 0
    assert f"Die Umgebungsvariable {missing} fehlt" in result.stderr


def test_production_starts_when_configured():
    result = run_check(
        "schule.settings.production",
        SECRET_KEY="x" * 60,
        ALLOWED_HOSTS="portal.example.org",
        REDIS_URL=REDIS,
    )
    assert result.returncode == 0, result.stderr


def test_dev_needs_nothing_set():
    assert run_check("schule.settings.dev").returncode == 0


def test_database_follows_database_url():
    # Asked of a fresh process: pytest-django renames the database in this one.
    code = (
        "from django.conf import settings; d = settings.DATABASES['default']; "
        "print(d['ENGINE'], d['NAME'], settings.WAGTAILSEARCH_BACKENDS['default'])"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "schule.settings.dev"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    output = result.stdout.strip().splitlines()[-1]
    if os.environ.get("DATABASE_URL"):
        assert output.startswith("schule.postgresql ")
        assert "'SEARCH_CONFIG': 'german'" in output
    else:
        assert output.startswith(f"django.db.backends.sqlite3 {ROOT / 'db.sqlite3'} ")


@pytest.mark.parametrize("value, enabled", [(None, "True"), ("off", "False"), ("on", "True")])
def test_page_cache_is_on_unless_switched_off(value, enabled):
    """PAGE_CACHE=off (the benchmark's uncached run) is the only way to switch it off."""
    environment = {k: v for k, v in os.environ.items() if k != "PAGE_CACHE"}
    if value is not None:
        environment["PAGE_CACHE"] = value
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "from django.conf import settings; print(settings.PAGE_CACHE_ENABLED)",
        ],
        cwd=ROOT,
        env={**environment, "DJANGO_SETTINGS_MODULE": "schule.settings.dev"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.strip().splitlines()[-1] == enabled
