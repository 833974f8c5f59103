"""Render time of the dashboards at the size of the region (for the README).

Adds generated Kommunen (pages and areas) up to --kommunen, generated
indicators up to --indicators, with values for 2015 to 2025, then renders the
Olpe dashboard and the regional dashboard --runs times each through Django's
test client and prints median and 90th percentile. Use a throwaway database.
"""

import statistics
import tempfile
import time
from pathlib import Path

from django.core.management import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.utils.text import slugify

from kommunen.demo import seed_indicators
from kommunen.example_data import (
    load_metadata,
    scaled_areas,
    scaled_indicators,
    write_example_files,
)
from kommunen.importer import import_files
from kommunen.indicators import Area
from kommunen.models import KommuneIndexPage, KommunePage


class Command(BaseCommand):
    help = "Misst die Renderzeit der Dashboards mit vielen Kommunen, Indikatoren und Jahren."

    def add_arguments(self, parser):
        parser.add_argument("--kommunen", type=int, default=59)
        parser.add_argument("--indicators", type=int, default=50)
        parser.add_argument("--runs", type=int, default=20)
        parser.add_argument(
            "--build-only", action="store_true", help="Nur die Daten anlegen (für make bench)."
        )

    def handle(self, *args, kommunen, indicators, runs, build_only=False, **options):
        index = KommuneIndexPage.objects.first()
        if index is None or not KommunePage.objects.filter(slug="olpe").exists():
            raise CommandError("Erst `manage.py seed_demo` ausführen.")
        build_region(index, kommunen, indicators)
        if build_only:
            return
        client = Client(HTTP_HOST="localhost")
        self.stdout.write(
            f"{connection.vendor}: {KommunePage.objects.count()} Kommunen, "
            f"{indicators} Indikatoren, 11 Jahre"
        )
        for label, url in (
            ("Dashboard Olpe", "/kommunen/olpe/dashboard/"),
            ("Regionales Dashboard", "/kommunen/dashboard/"),
        ):
            client.get(url)
            # Django resets connection.queries per request; count through a wrapper.
            queries = []

            def counting(run, sql, *args, queries=queries):
                queries.append(sql)
                return run(sql, *args)

            with connection.execute_wrapper(counting):
                client.get(url)
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - start) * 1000)
                if response.status_code != 200:
                    raise CommandError(f"{url}: Status {response.status_code}")
            times.sort()
            self.stdout.write(
                f"{label:22} Median {statistics.median(times):7.1f} ms   "
                f"p90 {times[int(len(times) * 0.9) - 1]:7.1f} ms   {len(queries)} SQL-Abfragen"
            )


def build_region(index, kommunen, indicators):
    """Generated Kommunen (pages and areas) and indicators with 2015–2025 values."""
    # The demo's own data first (links the pilots' areas), then the generated rest.
    seed_indicators({k.slug: k for k in KommunePage.objects.all()})
    areas = scaled_areas(kommunen)
    with tempfile.TemporaryDirectory() as tmp:
        write_example_files(tmp, areas=areas, indicators=scaled_indicators(indicators))
        load_metadata(tmp)
        files = [
            (p.name, p.read_text(encoding="utf-8"))
            for p in sorted(Path(tmp).glob("*.csv"))
            if p.name.startswith(("indicator_", "werte_"))
        ]
        report = import_files(files)
        if not report.ok:
            raise CommandError("\n".join(report.errors[:10]))
    for area in Area.objects.filter(kind="kommune", kommune__isnull=True):
        page = KommunePage(
            title=area.name,
            slug=slugify(area.name),
            kreis="olpe",
            kurzbeschreibung="Erzeugte Beispielkommune für Messungen.",
            ags="",
        )
        index.add_child(instance=page)
        area.kommune = page
        area.save(update_fields=["kommune"])
