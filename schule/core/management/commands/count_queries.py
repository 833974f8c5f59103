"""SQL queries per page, uncached, for the benchmark table."""

from django.core.management import BaseCommand
from django.db import connection
from django.test import Client, override_settings


class Command(BaseCommand):
    help = "Zählt die SQL-Abfragen je URL (ohne Seiten-Cache)."

    def add_arguments(self, parser):
        parser.add_argument("urls", nargs="+")
        parser.add_argument("--sql", action="store_true", help="die Abfragen selbst ausgeben")

    def handle(self, *args, urls, sql=False, **options):
        client = Client(HTTP_HOST="127.0.0.1", headers={"x-forwarded-proto": "https"})
        with override_settings(PAGE_CACHE_ENABLED=False, SECURE_SSL_REDIRECT=False):
            for url in urls:
                client.get(url)  # warm Wagtail's site-root cache
                queries = []

                def counting(run, sql, *args, queries=queries):
                    queries.append(sql)
                    return run(sql, *args)

                with connection.execute_wrapper(counting):
                    status = client.get(url).status_code
                self.stdout.write(f"{len(queries)}\t{status}\t{url}")
                if sql:
                    for query in queries:
                        self.stdout.write(f"    {query}")
