from django.core.management.base import BaseCommand

from schule.beteiligung.purge import purge_personal_data, retention_days


class Command(BaseCommand):
    help = (
        "Löscht Namen, Organisation und E-Mail-Adressen abgelehnter Einsendungen nach "
        "BETEILIGUNG_RETENTION_DAYS Tagen (täglich per Zeitplan ausführen)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days", type=int, default=None, help="Abweichende Frist in Tagen (Standard: Setting)."
        )

    def handle(self, *args, days=None, **options):
        days = retention_days() if days is None else days
        counts = purge_personal_data(days)
        for name, count in counts.items():
            self.stdout.write(f"{name}: {count} bereinigt (älter als {days} Tage abgelehnt)")
