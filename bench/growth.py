"""How a page's time grows with the data: one request at a time, no page cache.

    .venv/bin/python bench/growth.py --scale 5000     # after bench/run.py --build-only

Requests each page of ``PAGES`` through Django's test client against the
benchmark's PostgreSQL data set (``schule_bench_N``, built by bench/run.py),
with the page cache off, once to warm up and then ``--runs`` times. Prints the
median time of a request and the median part of it spent in SQL, in
milliseconds, and the number of queries. Asserts nothing; it is not a test.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGES = [
    ("Katalog", "/leitfaeden/"),
    ("Katalog, 3 Filter", "/leitfaeden/?dna=digital&handlungsfeld=energie&sdg=7"),
    ("Suche „Energie“", "/suche/?q=Energie"),
    ("Dashboard Kommune (Olpe)", "/kommunen/olpe/dashboard/"),
    ("Dashboard Region", "/kommunen/dashboard/"),
    ("Leitfaden", "/leitfaeden/beispiel-leitfaden-00001/"),
    ("Kommune (Olpe)", "/kommunen/olpe/"),
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ["DJANGO_SETTINGS_MODULE"] = "schule.settings.test"  # page cache off
    os.environ["DATABASE_URL"] = f"postgres://postgres@127.0.0.1:5432/schule_bench_{args.scale}"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection
    from django.test import Client

    client = Client()
    print(f"{args.scale} Leitfäden, Median aus {args.runs} Anfragen (ms, davon SQL)")
    for label, url in PAGES:
        client.get(url)
        totals, sqls, count = [], [], 0
        for _ in range(args.runs):
            spent = []

            def timed(execute, sql, params, many, context, spent=spent):
                start = time.perf_counter()
                try:
                    return execute(sql, params, many, context)
                finally:
                    spent.append(time.perf_counter() - start)

            start = time.perf_counter()
            with connection.execute_wrapper(timed):
                response = client.get(url)
            totals.append((time.perf_counter() - start) * 1000)
            sqls.append(sum(spent) * 1000)
            count = len(spent)
            if response.status_code != 200:
                sys.exit(f"{url}: Status {response.status_code}")
        print(
            f"{label:26} {statistics.median(totals):7.0f} ms  (SQL {statistics.median(sqls):5.0f})"
            f"  {count} Abfragen"
        )


if __name__ == "__main__":
    main()
