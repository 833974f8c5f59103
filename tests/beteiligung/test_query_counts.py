"""The Beteiligung section adds a fixed number of queries to a detail page, whatever it shows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from schule.beteiligung.models import DNACheckResult

from ..factories import ContributionFactory, ReuseReportFactory

pytestmark = pytest.mark.django_db


def count(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context)


def grow(page, n):
    for _ in range(n):
        ContributionFactory(page=page, moderation="veroeffentlicht", antwort="Danke.")
        ReuseReportFactory(page=page, moderation="veroeffentlicht")


@pytest.mark.parametrize("kind", ["guide", "project"])
def test_detail_pages_with_3_and_30_contributions_need_the_same_queries(client, request, kind):
    page = request.getfixturevalue(kind)
    if kind == "project":
        DNACheckResult.objects.create(leitprojekt=page, punkte={"digital": 50})
    grow(page, 3)
    few = count(client, page.url)
    grow(page, 27)
    assert count(client, page.url) == few
    # The section: contributions, reuse reports (and the attached DNA check with its criteria).
    assert few <= 33
