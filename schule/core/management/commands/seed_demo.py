from django.conf import settings
from django.core.management import BaseCommand, CommandError, call_command

from schule.core.demo import Seeder


class Command(BaseCommand):
    help = "Baut die Demo-Website mit Beispielinhalten auf (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=int,
            default=0,
            metavar="N",
            help="Zusätzlich N erzeugte Leitfäden und N/10 Leitprojekte (für Benchmarks).",
        )

    def handle(self, *args, scale=0, **options):
        if scale < 0:
            raise CommandError("--scale muss 0 oder größer sein.")
        # Demo accounts with printed passwords never exist on a production site.
        accounts = settings.DEBUG or settings.SETTINGS_MODULE.endswith(".test")
        created = Seeder(self.stdout).run(scale=scale, accounts=accounts)
        if created:
            call_command("update_index", verbosity=0)
            self.stdout.write(self.style.SUCCESS(f"{created} Seiten angelegt."))
        else:
            self.stdout.write("Nichts zu tun: die Demo-Inhalte sind vollständig.")
