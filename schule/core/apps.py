from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "schule.core"
    label = "core"
    verbose_name = "Website"

    def ready(self):
        from . import clusters, restrictions, routing
        from .page_cache import connect_signals

        connect_signals()
        restrictions.install()
        routing.install()
        clusters.install()
