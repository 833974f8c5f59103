from django.core.management import BaseCommand, CommandError, call_command

from kommunen.models import KommunePage
from schule.core.models import HomePage
from schule.veranstaltungen.demo import seed_veranstaltungen


class Command(BaseCommand):
    help = "Legt die Demo-Veranstaltungen an (idempotent; braucht die Demo von seed_demo)."

    def handle(self, *args, **options):
        home = HomePage.objects.first()
        if home is None:
            raise CommandError("Keine Startseite: zuerst `manage.py seed_demo` ausführen.")
        kommunen = {page.slug: page for page in KommunePage.objects.all()}
        created = seed_veranstaltungen(home, kommunen, stdout=self.stdout)
        if created:
            call_command("update_index", verbosity=0)
        else:
            self.stdout.write("Nichts zu tun: die Demo-Veranstaltungen sind vollständig.")
