from django.core.management import BaseCommand

from schule.redaktion.roles import sync_roles


class Command(BaseCommand):
    help = (
        "Legt die Redaktionsrollen (Agentur, je Kommune), ihre Sammlungen und den "
        "Freigabe-Workflow an, soweit sie fehlen (idempotent)."
    )

    def handle(self, *args, **options):
        result = sync_roles()
        for change in result.changes:
            self.stdout.write(f"  {change}")
        if result:
            self.stdout.write(self.style.SUCCESS(f"{len(result.changes)} Änderungen."))
        else:
            self.stdout.write("Nichts zu tun: die Redaktionsrollen sind vollständig.")
