"""Personal data of rejected submissions is deleted after the retention period."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from schule.beteiligung.models import Contribution, JoinRequest, ReuseReport

from ..factories import ContributionFactory, JoinRequestFactory, ReuseReportFactory

pytestmark = pytest.mark.django_db


def rejected(factory, days_ago, **fields):
    return factory(
        moderation="abgelehnt",
        moderated_at=timezone.now() - datetime.timedelta(days=days_ago),
        **fields,
    )


PERSONAL = {"name": "Erika Muster", "organisation": "Wenden", "email": "erika@example.org"}


def test_rejected_contributions_lose_their_personal_data_after_90_days(guide):
    old = rejected(ContributionFactory, 91, page=guide, **PERSONAL)
    recent = rejected(ContributionFactory, 89, page=guide, **PERSONAL)
    published = ContributionFactory(
        page=guide,
        moderation="veroeffentlicht",
        moderated_at=timezone.now() - datetime.timedelta(days=400),
        **PERSONAL,
    )
    out = io.StringIO()
    call_command("purge_personal_data", stdout=out)
    old.refresh_from_db()
    assert (old.name, old.organisation, old.email) == ("", "", "")
    assert old.personal_data_removed_at is not None
    assert old.text  # the text itself carries no contact data
    assert Contribution.objects.get(pk=recent.pk).email == "erika@example.org"
    assert Contribution.objects.get(pk=published.pk).name == "Erika Muster"
    assert "Beiträge: 1 bereinigt" in out.getvalue()


def test_reuse_reports_and_declarations_are_purged_too(guide):
    report = rejected(ReuseReportFactory, 100, page=guide, name="Max", email="max@example.org")
    declaration = rejected(JoinRequestFactory, 100, kontakt_telefon="0271 123")
    call_command("purge_personal_data", stdout=io.StringIO())
    report = ReuseReport.objects.get(pk=report.pk)
    declaration = JoinRequest.objects.get(pk=declaration.pk)
    assert (report.name, report.email) == ("", "")
    assert (declaration.kontakt_name, declaration.kontakt_email, declaration.kontakt_telefon) == (
        "",
        "",
        "",
    )


def test_the_period_is_configurable(guide, settings):
    settings.BETEILIGUNG_RETENTION_DAYS = 30
    item = rejected(ContributionFactory, 31, page=guide, **PERSONAL)
    call_command("purge_personal_data", stdout=io.StringIO())
    assert Contribution.objects.get(pk=item.pk).email == ""


def test_running_it_again_changes_nothing(guide):
    rejected(ContributionFactory, 91, page=guide, **PERSONAL)
    call_command("purge_personal_data", stdout=io.StringIO())
    out = io.StringIO()
    call_command("purge_personal_data", stdout=out)
    assert "Beiträge: 0 bereinigt" in out.getvalue()
