from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "schule.search"
    label = "search"
    verbose_name = "Suche"
