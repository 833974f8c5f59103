from django.apps import AppConfig


class TaxonomyConfig(AppConfig):
    name = "schule.taxonomy"
    label = "taxonomy"
    verbose_name = "Taxonomie"
