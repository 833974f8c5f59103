"""Python instructions per request, counted with callgrind: the same on every run.

    .venv/bin/python bench/instructions.py [--scale 5000] [--requests 10] [URL ...]

Requests/s on a shared machine drift by a third within minutes (README
"Benchmark results"); the number of instructions the Python process executes
for a page does not, so a change to the code can be measured by itself. Runs
the pages of ``bench/run.py`` (or the URLs given) through Django's test client
with production settings on the data set of ``--scale`` (``bench/run.py
--build-only`` builds it), under valgrind's callgrind with counting switched
on only around the measured requests (after three requests of warm-up per
page). The database's own work is not counted: see EXPLAIN ANALYZE for that.
Needs valgrind (Debian: ``apt-get install valgrind``). Asserts nothing.
"""

import argparse
import gc
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import PAGES, PY, ROOT, bench_env, build  # noqa: E402


def measure(urls, requests):
    """In the process under callgrind: warm up, then count ``requests`` of each URL."""
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.test import Client

    client, pid = Client(), str(os.getpid())
    for url in urls:
        for _ in range(3):
            status = client.get(url).status_code
            if status != 200:
                sys.exit(f"{url}: {status}")
    gc.collect()
    gc.freeze()  # as schule/wsgi.py does
    for url in urls:
        subprocess.run(["callgrind_control", "-i", "on", pid], check=True, capture_output=True)
        for _ in range(requests):
            client.get(url)
        subprocess.run(["callgrind_control", "-i", "off", pid], check=True, capture_output=True)
        subprocess.run(["callgrind_control", "-d", pid], check=True, capture_output=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=5000)
    parser.add_argument("--requests", type=int, default=10)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("urls", nargs="*")
    args = parser.parse_args()
    urls = args.urls or [path for _label, path in PAGES]
    if args.worker:
        return measure(urls, args.requests)
    if not shutil.which("valgrind"):
        sys.exit("valgrind fehlt: auf Debian mit „apt-get install valgrind“ installieren.")
    tmp = tempfile.mkdtemp(prefix="schule-instr-")
    env = {**bench_env(args.scale, tmp), "PAGE_CACHE": "off", "PYTHONHASHSEED": "0"}
    build(env, args.scale, fresh=False)
    command = [
        "valgrind",
        "--tool=callgrind",
        "--instr-atstart=no",
        f"--callgrind-out-file={tmp}/callgrind.%p",
        PY,
        __file__,
        "--worker",
        f"--requests={args.requests}",
        *urls,
    ]
    subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True)
    dumps = sorted(Path(tmp).glob("callgrind.*.*"), key=lambda p: int(p.suffix[1:]))
    print(f"| Seite | Mio. Python-Instruktionen je Anfrage ({args.requests} Anfragen) |")
    print("|---|---|")
    for url, dump in zip(urls, dumps, strict=True):
        total = int(re.search(r"^totals: (\d+)", dump.read_text(), re.M).group(1))
        print(f"| {url} | {total / args.requests / 1e6:.1f} |")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
