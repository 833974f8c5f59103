from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "schule.core"
    label = "core"
    verbose_name = "Website"
