import datetime

import pytest
from django.utils import timezone

from ..factories import VeranstaltungIndexPageFactory


@pytest.fixture
def event_index(home):
    return VeranstaltungIndexPageFactory(parent=home)


@pytest.fixture
def now():
    return timezone.now()


def days_from_now(days, hour=10, minute=0):
    """An instant ``days`` from today at a local (Europe/Berlin) time of day."""
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))
