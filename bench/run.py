"""The benchmark: a scaled data set, gunicorn with production settings, wrk.

    .venv/bin/python bench/run.py [--scale 5000] [--duration 10] [--keep]

Builds (once per scale) a PostgreSQL database ``schule_bench_<scale>`` with the
demo seed's ``--scale`` (N Leitfäden, N/10 Leitprojekte), 59 Kommunen with
50 indicators × 11 years, starts gunicorn (2 sync workers, production
settings, Redis cache) on 127.0.0.1 and measures every page with wrk
(16 connections), uncached (a server with PAGE_CACHE=off: each request
renders its page) and cached. Prints one table with requests/s, p50/p99 latency, the
ratio to the static file (measured again right before each page) and the SQL
queries per page.
Only loopback traffic; every run is bounded by --duration.
"""

import argparse
import contextlib
import json
import os
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
PORT = 8790
STATIC_SECONDS = 5  # the static file before each page
PAGES = [
    ("Startseite", "/"),
    ("Katalog", "/leitfaeden/"),
    ("Katalog, 3 Filter", "/leitfaeden/?dna=digital&handlungsfeld=energie&sdg=7"),
    ("Leitfaden", "/leitfaeden/beispiel-leitfaden-00001/"),
    ("Leitprojekt", "/leitprojekte/beispiel-leitprojekt-00001/"),
    ("Kommune", "/kommunen/olpe/"),
    ("Dashboard Kommune", "/kommunen/olpe/dashboard/"),
    ("Dashboard Region", "/kommunen/dashboard/"),
    ("Suche", "/suche/?q=Energie"),
    ("API-Liste", "/api/v1/leitfaeden/"),
]


def bench_env(scale, tmp):
    """Production settings on the data set of ``scale``, Redis, files in ``tmp``."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "schule.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/schule_bench_{scale}",
        "REDIS_URL": "redis://127.0.0.1:6379/3",
        # One client address: the API's rate limit would answer 429 after 120 requests.
        "API_RATE_LIMIT": "0",
        "SECURE_SSL_REDIRECT": "off",
        "STATIC_ROOT": f"{tmp}/static",
        "MEDIA_ROOT": f"{tmp}/media",
    }


def run(cmd, env, **kwargs):
    return subprocess.run(cmd, env=env, cwd=ROOT, check=True, **kwargs)


def psql(sql):
    subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", sql], check=True)


def is_built(name, scale):
    """True when an earlier run finished building this data set."""
    query = (
        "SELECT (SELECT count(*) FROM leitfaeden_leitfadenpage),"
        " (SELECT count(*) FROM kommunen_observation)"
    )
    out = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", name, "-tAc", query],
        capture_output=True,
        text=True,
    )
    if out.returncode:
        return False
    guides, observations = (int(n) for n in out.stdout.strip().split("|"))
    return guides >= scale and observations >= 59 * 50 * 11


def build(env, scale, fresh):
    name = env["DATABASE_URL"].rsplit("/", 1)[1]
    if fresh or not is_built(name, scale):
        psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        psql(f'CREATE DATABASE "{name}"')
        start = time.time()
        run([PY, "manage.py", "migrate", "--noinput", "-v0"], env)
        # The demo, then the region's 59 Kommunen, then the generated pages spread over them.
        run([PY, "manage.py", "seed_demo"], env, stdout=subprocess.DEVNULL)
        run(
            [
                PY,
                "manage.py",
                "bench_dashboards",
                "--build-only",
                "--kommunen",
                "59",
                "--indicators",
                "50",
            ],
            env,
        )
        run([PY, "manage.py", "seed_demo", "--scale", str(scale)], env, stdout=subprocess.DEVNULL)
        # Bulk-loaded tables need fresh planner statistics (autovacuum would get there later).
        subprocess.run(
            ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", name, "-qc", "VACUUM ANALYZE"],
            check=True,
        )
        print(f"Datensatz {name} gebaut in {time.time() - start:.0f} s", file=sys.stderr)
    else:
        # A data set from an older checkout: bring its schema up to date.
        run([PY, "manage.py", "migrate", "--noinput", "-v0"], env)
    run([PY, "manage.py", "collectstatic", "--noinput", "-v0"], env)


def wrk(url, duration, headers=()):
    cmd = ["wrk", "-t2", "-c16", f"-d{duration}s", "--latency", "--timeout", "10s"]
    for header in headers:
        cmd += ["-H", header]
    out = subprocess.run(cmd + [url], capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))

    def latency(pct):
        value, unit = re.search(rf"\s{pct}%\s+([\d.]+)(us|ms|s)", out).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rps, latency(50), latency(99), int(errors.group(1)) if errors else 0


@contextlib.contextmanager
def gunicorn(env, tmp):
    """gunicorn with 2 sync workers on PORT, answering, for the ``with`` block."""
    server = subprocess.Popen(
        [
            GUNICORN,
            "schule.wsgi:application",
            "-b",
            f"127.0.0.1:{PORT}",
            "-w",
            "2",
            "--access-logfile",
            "/dev/null",
            "--error-logfile",
            f"{tmp}/gunicorn.log",
        ],
        env=env,
        cwd=ROOT,
    )
    try:
        for _ in range(60):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}/", timeout=2)  # noqa: S310 - loopback
                break
            except OSError:
                time.sleep(0.5)
        yield
    finally:
        server.terminate()
        server.wait(timeout=20)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=5000)
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--fresh", action="store_true", help="Datensatz neu bauen")
    parser.add_argument("--build-only", action="store_true", help="nur den Datensatz bauen")
    args = parser.parse_args()
    if not args.build_only and not shutil.which("wrk"):
        sys.exit("wrk fehlt: auf Debian mit „apt-get install wrk“ installieren.")
    tmp = tempfile.mkdtemp(prefix="schule-bench-")
    env = bench_env(args.scale, tmp)
    build(env, args.scale, args.fresh)
    if args.build_only:
        return
    subprocess.run(["redis-cli", "-n", "3", "flushdb"], check=False, capture_output=True)
    manifest = json.loads((Path(tmp) / "static" / "staticfiles.json").read_text())
    static = "/static/" + manifest["paths"]["css/theme.css"]
    counts = {}
    out = subprocess.run(
        [PY, "manage.py", "count_queries", *[p for _l, p in PAGES]],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for line in out.splitlines():
        n, status, url = line.split("\t")
        counts[url] = (int(n), status)
    base = f"http://127.0.0.1:{PORT}"
    rows = []
    served = [path for _l, path in PAGES if counts.get(path, (0, "404"))[1] == "200"]
    # The static file is measured again right before each page, and each page's
    # ratio is to that measurement: this machine's speed drifts by a third within
    # minutes (README "Benchmark results"), so one static run for all pages made
    # the ratios of pages measured minutes later swing with the drift.
    ceilings, static_errors = [], []

    def ceiling():
        wrk(base + static, 1)  # the workers finish what the previous page left queued
        rps = wrk(base + static, STATIC_SECONDS)
        ceilings.append(rps[0])
        if rps[3]:
            static_errors.append(("Statische Datei", rps[3]))
        return rps[0]

    # Uncached: a server with the page cache off, so every request renders its page,
    # as for an anonymous visitor whose request the page cache cannot answer.
    with gunicorn({**env, "PAGE_CACHE": "off"}, tmp):
        uncached = {}
        for path in served:
            before = ceiling()
            # Two seconds first: the workers finish what the previous run left queued.
            wrk(base + path, 2)
            uncached[path] = (*wrk(base + path, args.duration), before)
    with gunicorn(env, tmp):
        for label, path in PAGES:
            if path not in served:
                rows.append((label, path, None, None, f"übersprungen ({counts[path][1]})"))
                continue
            before = ceiling()
            wrk(base + path, 1)  # fill the page cache
            cached = (*wrk(base + path, args.duration), before)
            rows.append((label, path, uncached[path], cached, counts[path][0]))
    static_rps = statistics.median(ceilings)
    print(
        f"\n{args.scale} Leitfäden, {args.scale // 10} Leitprojekte, 59 Kommunen × 50 "
        f"Indikatoren × 11 Jahre; gunicorn 2 Worker, wrk 16 Verbindungen, {args.duration} s"
    )
    print(
        "| Seite | ungecacht req/s | p50 ms | p99 ms | % statisch | gecacht req/s | p50 ms |"
        " p99 ms | % statisch | SQL |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    print(f"| Statische Datei (Decke, Median) | {static_rps:.0f} | | | 100 % | | | | | |")
    for label, _path, uncached, cached, queries in rows:
        if uncached is None:
            print(f"| {label} | – | | | | | | | | {queries} |")
            continue
        u, c = (
            f"{run[0]:.0f} | {run[1]:.1f} | {run[2]:.1f} | {100 * run[0] / run[4]:.1f} %"
            for run in (uncached, cached)
        )
        print(f"| {label} | {u} | {c} | {queries} |")
    print(
        f"\nStatische Datei: {min(ceilings):.0f} bis {max(ceilings):.0f} req/s in "
        f"{len(ceilings)} Messungen; jedes % bezieht sich auf die Messung direkt vor der Seite."
    )
    # A page answered with errors (a 429, a 500) measures the error, not the page.
    failed = static_errors + [
        (label, run[3])
        for label, _p, *runs, _q in rows
        for run in runs
        if run is not None and run[3]
    ]
    for label, errors in failed:
        print(f"WARNUNG: {label}: {errors} Antworten mit Fehlerstatus, Wert ungültig")
    shutil.rmtree(tmp, ignore_errors=True)
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
