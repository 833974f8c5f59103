"""Browser tests: Debian's Chromium driven by Playwright against a live demo server.

The server is a real ``runserver`` process on a database of its own (a SQLite
file, or a PostgreSQL database named after DATABASE_URL's with ``_e2e``), seeded
once per session with ``seed_demo``.
"""

import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

if not CHROMIUM.exists():
    if os.environ.get("E2E_REQUIRED"):
        raise RuntimeError(f"E2E_REQUIRED ist gesetzt, aber {CHROMIUM} fehlt.")
    pytest.skip(
        f"Browsertests übersprungen: kein Chromium unter {CHROMIUM} "
        "(Debian: apt-get install chromium).",
        allow_module_level=True,
    )


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _database_url(tmp):
    base = os.environ.get("DATABASE_URL", "")
    if not base.startswith("postgres"):
        return f"sqlite:///{tmp}/e2e.sqlite3"
    import psycopg

    server, name = base.rsplit("/", 1)
    name = f"{name}_e2e"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"{server}/{name}"


@pytest.fixture(scope="session")
def demo_server():
    """Start the seeded demo; yields its base URL and the seed's output."""
    tmp = tempfile.mkdtemp(prefix="schule-e2e-")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "schule.settings.test",
        "DATABASE_URL": _database_url(tmp),
        "MEDIA_ROOT": f"{tmp}/media",
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--noinput", "-v0"], env=env, check=True, cwd=ROOT)
    seed = subprocess.run(
        [*manage, "seed_demo"], env=env, check=True, cwd=ROOT, capture_output=True, text=True
    )
    port = _free_port()
    server = subprocess.Popen(
        [*manage, "runserver", f"127.0.0.1:{port}", "--noreload"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base_url + "/", timeout=2)  # noqa: S310
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError("Der Demo-Server ist nicht gestartet.")
        yield {"url": base_url, "seed_output": seed.stdout, "env": env}
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="session")
def base_url(demo_server):
    return demo_server["url"]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # The real CSP stays on: axe is evaluated through the DevTools protocol, not injected.
    return {**browser_context_args, "locale": "de-DE", "reduced_motion": "reduce"}


def axe_violations(page):
    """Run axe-core on the current page with the WCAG 2.0/2.1 A and AA rules."""
    page.evaluate(AXE.read_text(encoding="utf-8") + "\n;void 0")
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        WCAG_TAGS,
    )
    return [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [n["target"] for n in v["nodes"]][:5],
        }
        for v in result["violations"]
    ]


def assert_no_axe_violations(page):
    violations = axe_violations(page)
    assert not violations, f"{page.url}:\n{json.dumps(violations, indent=2, ensure_ascii=False)}"


@pytest.fixture(autouse=True)
def _allow_sync_playwright_with_django(monkeypatch):
    # Playwright's sync API runs an event loop; these tests never touch the ORM in-process.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
