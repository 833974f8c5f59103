import datetime
import sys
from pathlib import Path

from django.core.management import BaseCommand, CommandError

from kommunen.importer import import_files

PROGRESS_FROM_ROWS = 1000


class Command(BaseCommand):
    help = (
        "Importiert SDG-Indikatorwerte aus CSV-Dateien (Open-SDG-Format oder Langformat). "
        "Alles oder nichts: bei einem Fehler wird nichts gespeichert."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="CSV-Dateien oder Ordner mit CSV-Dateien")
        parser.add_argument(
            "--datenstand",
            type=datetime.date.fromisoformat,
            help="Datenstand (JJJJ-MM-TT) für Zeilen ohne eigenen Datenstand",
        )

    def handle(self, *args, paths, datenstand=None, **options):
        files = []
        for raw in paths:
            path = Path(raw)
            if path.is_dir():
                files += sorted(path.glob("*.csv"))
            elif path.is_file():
                files.append(path)
            else:
                raise CommandError(f"Datei nicht gefunden: {raw}")
        if not files:
            raise CommandError("Keine CSV-Dateien gefunden.")
        texts = []
        for path in files:
            try:
                texts.append((path.name, path.read_text(encoding="utf-8-sig")))
            except UnicodeDecodeError as error:
                raise CommandError(f"{path.name}: keine UTF-8-Datei ({error}).") from error
        report = import_files(texts, datenstand=datenstand, progress=self.progress)
        for error in report.errors:
            self.stderr.write(error)
        if not report.ok:
            raise CommandError(report.summary())
        self.stdout.write(self.style.SUCCESS(report.summary()))

    def progress(self, done, total):
        if total < PROGRESS_FROM_ROWS:
            return
        if done % 500 and done != total:
            return
        width = 30
        filled = width * done // total
        bar = "#" * filled + "." * (width - filled)
        sys.stderr.write(f"\r[{bar}] {100 * done // total:3d} % ({done}/{total})")
        if done == total:
            sys.stderr.write("\n")
