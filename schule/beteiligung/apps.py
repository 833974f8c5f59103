from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BeteiligungConfig(AppConfig):
    name = "schule.beteiligung"
    label = "beteiligung"
    verbose_name = _("Beteiligung")

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from .models import Contribution, DNACheckResult, Feedback, JoinRequest, ReuseReport
        from .permissions import ScopedPermissionPolicy

        # The one rule for who sees and moderates what, asked by every admin view.
        for model in (Contribution, ReuseReport, Feedback, DNACheckResult, JoinRequest):
            register_permission_policy(model, ScopedPermissionPolicy(model))
