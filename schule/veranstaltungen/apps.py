from django.apps import AppConfig


class VeranstaltungenConfig(AppConfig):
    name = "schule.veranstaltungen"
    label = "veranstaltungen"
    verbose_name = "Veranstaltungen"
