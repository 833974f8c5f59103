from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RedaktionConfig(AppConfig):
    name = "schule.redaktion"
    label = "redaktion"
    verbose_name = _("Redaktion")

    def ready(self):
        from wagtail.models import Page
        from wagtail.permissions import register_permission_policy

        from . import signals
        from .ownership import RedaktionPagePermissionPolicy

        # One page policy for the whole admin, so Wagtail's own querysets
        # (reports, a later API) follow the same ownership rule as the views.
        register_permission_policy(Page, RedaktionPagePermissionPolicy(Page))
        signals.connect()
