#!/usr/bin/env python
"""Production smoke run for CI: the real production settings behind gunicorn.

Migrates and seeds a PostgreSQL database of its own (created if missing),
collects the static files with the manifest storage, starts gunicorn on
127.0.0.1, fetches every page type of the demo and checks status codes and
security headers. Exits non-zero on any failure; bounded to under 3 minutes.

    .venv/bin/python scripts/smoke.py [--database-url URL] [--port 8765]

TLS ends at a reverse proxy in production. Here gunicorn serves plain HTTP, so
the run switches SECURE_SSL_REDIRECT off and sends ``X-Forwarded-Proto: https``
on every request, as the proxy would (without it Django sends no HSTS header).
The deployment check runs first, with the redirect on, as in production.
"""

import argparse
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/schule_smoke"
BUDGET_SECONDS = 170  # the whole run, the CI job allows 3 minutes
REQUEST_TIMEOUT = 10
ONE_YEAR = 31536000
REFERRER_POLICIES = {
    "strict-origin-when-cross-origin",
    "strict-origin",
    "same-origin",
    "no-referrer",
}
STARTED = time.monotonic()


class SmokeError(Exception):
    pass


def remaining(at_most):
    left = BUDGET_SECONDS - (time.monotonic() - STARTED)
    if left <= 0:
        raise SmokeError(f"Zeitbudget von {BUDGET_SECONDS} s überschritten.")
    return min(left, at_most)


def step(title):
    print(f"== {title} ({time.monotonic() - STARTED:.0f} s)", flush=True)


def run(args, env, timeout):
    try:
        # Only this script's own commands run here, never outside input.
        result = subprocess.run(  # noqa: S603
            args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=remaining(timeout)
        )
    except subprocess.TimeoutExpired as error:
        raise SmokeError(f"Zeitüberschreitung: {' '.join(args)}") from error
    if result.returncode != 0:
        raise SmokeError(
            f"Fehlgeschlagen ({result.returncode}): {' '.join(args)}\n"
            f"{result.stdout[-3000:]}{result.stderr[-3000:]}"
        )
    return result


def ensure_database(url):
    """Create the PostgreSQL database named in the URL if it does not exist yet."""
    parts = urllib.parse.urlsplit(url)
    if not parts.scheme.startswith("postgres"):
        return
    import psycopg
    from psycopg import sql

    name = parts.path.lstrip("/")
    server = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    try:
        with psycopg.connect(server, autocommit=True, connect_timeout=10) as conn:
            query = "SELECT 1 FROM pg_database WHERE datname = %s"
            if not conn.execute(query, (name,)).fetchone():
                conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
                print(f"   Datenbank {name} angelegt.")
    except psycopg.Error as error:
        raise SmokeError(
            f"PostgreSQL nicht erreichbar oder Anlegen fehlgeschlagen: {error}"
        ) from error


# --- HTTP ----------------------------------------------------------------------
class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a redirect is a result to check, not to follow


# No proxy from the environment: the server is on 127.0.0.1.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect)


def fetch(base, path):
    request = urllib.request.Request(  # noqa: S310 (always http://127.0.0.1)
        base + path, headers={"X-Forwarded-Proto": "https", "User-Agent": "schule-smoke"}
    )
    try:
        with _OPENER.open(request, timeout=REQUEST_TIMEOUT) as response:
            return response.status, response.headers, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode("utf-8", "replace")


def parse_csp(header):
    directives = {}
    for part in header.split(";"):
        if part.strip():
            name, *values = part.split()
            directives[name] = values
    return directives


def header_problems(headers, kind):
    """What is missing or wrong in the security headers; kind is public, admin or static."""
    problems = []
    csp = headers.get("Content-Security-Policy")
    if not csp:
        problems.append("CSP fehlt")
    else:
        directives = parse_csp(csp)
        scripts = directives.get("script-src", directives.get("default-src", []))
        if kind != "admin" and "'unsafe-inline'" in scripts:
            problems.append("script-src erlaubt 'unsafe-inline'")
        ancestors = directives.get("frame-ancestors")
        if not ancestors:
            problems.append("frame-ancestors fehlt")
        elif kind != "admin" and ancestors != ["'none'"]:
            problems.append(f"frame-ancestors {' '.join(ancestors)}")
    hsts = headers.get("Strict-Transport-Security", "")
    age = re.search(r"max-age=(\d+)", hsts)
    if not age or int(age.group(1)) < ONE_YEAR or "includesubdomains" not in hsts.lower():
        problems.append(f"HSTS: {hsts or 'fehlt'}")
    if headers.get("X-Content-Type-Options") != "nosniff":
        problems.append("X-Content-Type-Options fehlt")
    if headers.get("Referrer-Policy") not in REFERRER_POLICIES:
        problems.append(f"Referrer-Policy: {headers.get('Referrer-Policy') or 'fehlt'}")
    if "camera=()" not in headers.get("Permissions-Policy", ""):
        problems.append("Permissions-Policy fehlt")
    if kind == "public" and headers.get("X-Frame-Options") != "DENY":
        problems.append("X-Frame-Options nicht DENY")
    return problems


def first_link(html, prefix):
    match = re.search(rf'href="({re.escape(prefix)}[a-z0-9-]+/)"', html)
    return match.group(1) if match else None


def check_site(base):
    """Fetch every page type; returns rows of (label, path, status, problems)."""
    rows = []

    def check(label, path, expected=200, kind="public", contains=None):
        if path is None:
            rows.append((label, "-", "-", ["kein Link auf der Übersicht gefunden"]))
            return ""
        status, headers, body = fetch(base, path)
        problems = [] if status == expected else [f"erwartet {expected}"]
        problems += header_problems(headers, kind)
        if contains and contains not in body:
            problems.append(f"Text {contains!r} fehlt")
        if "Traceback" in body:
            problems.append("Traceback in der Antwort")
        rows.append((label, path, status, problems))
        return body if status == expected else ""

    home = check("Startseite", "/", contains="Smart Cities: Schule")
    leitfaeden = check("Leitfäden", "/leitfaeden/")
    check("Leitfaden", first_link(leitfaeden, "/leitfaeden/"))
    leitprojekte = check("Leitprojekte", "/leitprojekte/")
    check("Leitprojekt", first_link(leitprojekte, "/leitprojekte/"))
    check("Kommunen", "/kommunen/")
    check("Kommune", "/kommunen/olpe/", contains="Olpe")
    check("Impressum", "/impressum/")
    check("Barrierefreiheit", "/barrierefreiheit/")
    check("Suche", "/suche/?q=Daten")
    missing = f"/gibt-es-nicht-{secrets.token_hex(4)}/"
    check("Nicht gefunden", missing, expected=404, contains="Seite nicht gefunden")
    check("Admin-Anmeldung", "/admin/login/", kind="admin")

    # The stylesheet as the pages link it: hashed by the manifest, cached "forever".
    css = re.search(r'href="(/static/css/theme\.[0-9a-f]{12}\.css)"', home)
    if not css:
        rows.append(("Stylesheet", "-", "-", ["kein gehashter theme.css-Link auf /"]))
    else:
        status, headers, _ = fetch(base, css.group(1))
        problems = [] if status == 200 else ["erwartet 200"]
        problems += header_problems(headers, "static")
        if not headers.get("Content-Type", "").startswith("text/css"):
            problems.append(f"Content-Type {headers.get('Content-Type')}")
        if "immutable" not in headers.get("Cache-Control", ""):
            problems.append(f"Cache-Control: {headers.get('Cache-Control')}")
        rows.append(("Stylesheet", css.group(1), status, problems))
    return rows


def print_table(rows):
    width = max(len(path) for _, path, _, _ in rows)
    print(f"{'Seite':<18} {'Pfad':<{width}} Status  Ergebnis")
    for label, path, status, problems in rows:
        result = "ok" if not problems else "FEHLER: " + "; ".join(problems)
        print(f"{label:<18} {path:<{width}} {status!s:<7} {result}")


# --- the server ------------------------------------------------------------------
def port_in_use(port):
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def start_gunicorn(env, port, log):
    gunicorn = ROOT / ".venv" / "bin" / "gunicorn"
    if not gunicorn.exists():
        gunicorn = Path(sys.executable).with_name("gunicorn")
    args = [str(gunicorn), "schule.wsgi:application", "-b", f"127.0.0.1:{port}", "-w", "2"]
    args += ["--timeout", "30", "--graceful-timeout", "5"]
    if int(version("gunicorn").split(".")[0]) >= 27:
        # No control socket in $HOME: it would clash with any other gunicorn of this user.
        args.append("--no-control-socket")
    # A session of its own, so a stuck server can be killed with its workers, and only those.
    return subprocess.Popen(  # noqa: S603 (our own command line)
        args, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
    )


def wait_until_up(server, base):
    deadline = time.monotonic() + remaining(30)
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SmokeError(f"gunicorn hat sich beendet (Code {server.returncode}).")
        try:
            fetch(base, "/")
            return
        except OSError:
            time.sleep(0.3)
    raise SmokeError("gunicorn antwortet nicht.")


def stop(server):
    if server.poll() is not None:
        return
    server.terminate()  # the master stops its workers gracefully
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait(timeout=5)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--database-url",
        default=os.environ.get("SMOKE_DATABASE_URL", DEFAULT_DATABASE_URL),
        help=f"Datenbank für den Lauf (Standard: $SMOKE_DATABASE_URL oder {DEFAULT_DATABASE_URL})",
    )
    parser.add_argument("--port", type=int, default=8765)
    options = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="schule-smoke-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "schule.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": options.database_url,
        "REDIS_URL": "redis://127.0.0.1:6379/2",
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
    }
    env.pop("SECURE_SSL_REDIRECT", None)
    manage = [sys.executable, "manage.py"]
    base = f"http://127.0.0.1:{options.port}"
    server = None
    log = open(workdir / "gunicorn.log", "w+")  # noqa: SIM115 (read back in finally)
    failed = True
    try:
        step("Deployment-Check (wie in Produktion, mit HTTPS-Weiterleitung)")
        run([*manage, "check", "--deploy", "--fail-level", "WARNING"], env, 60)
        # From here on gunicorn serves plain HTTP; see the module docstring.
        env["SECURE_SSL_REDIRECT"] = "off"
        step(f"Datenbank {urllib.parse.urlsplit(options.database_url).path.lstrip('/')}")
        ensure_database(options.database_url)
        run([*manage, "migrate", "--noinput", "-v0"], env, 120)
        step("collectstatic")
        run([*manage, "collectstatic", "--noinput", "-v0"], env, 90)
        step("seed_demo")
        print("   " + run([*manage, "seed_demo"], env, 90).stdout.strip().replace("\n", "\n   "))
        if port_in_use(options.port):
            raise SmokeError(f"Port {options.port} ist schon belegt.")
        step(f"gunicorn auf {base}")
        server = start_gunicorn(env, options.port, log)
        wait_until_up(server, base)
        step("Seiten abrufen")
        rows = check_site(base)
        print_table(rows)
        failed = any(problems for *_, problems in rows)
    except SmokeError as error:
        print(f"FEHLER: {error}", file=sys.stderr)
    finally:
        if server is not None:
            stop(server)
        if failed and server is not None:
            log.seek(0)
            print("--- gunicorn (Ende) ---\n" + log.read()[-4000:], file=sys.stderr)
        log.close()
        shutil.rmtree(workdir, ignore_errors=True)
    print(
        f"Smoke-Lauf {'FEHLGESCHLAGEN' if failed else 'bestanden'} nach "
        f"{time.monotonic() - STARTED:.0f} s."
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
