from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "schule.api"
    label = "api"
    verbose_name = "Offene Daten"
