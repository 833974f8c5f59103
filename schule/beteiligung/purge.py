"""Blanking the personal data of rejected submissions after the retention period."""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .models import REJECTED, Contribution, JoinRequest, ReuseReport

MODELS = (Contribution, ReuseReport, JoinRequest)


def retention_days():
    return getattr(settings, "BETEILIGUNG_RETENTION_DAYS", 90)


@transaction.atomic
def purge_personal_data(days=None, now=None):
    """Blank the personal fields of submissions rejected ``days`` ago; a count per model."""
    days = retention_days() if days is None else days
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(days=days)
    counts = {}
    for model in MODELS:
        stale = model.objects.filter(
            moderation=REJECTED, moderated_at__lte=cutoff, personal_data_removed_at__isnull=True
        )
        blank = {name: "" for name in model.personal_fields}
        counts[model._meta.verbose_name_plural] = stale.update(
            **blank, personal_data_removed_at=now
        )
    return counts
