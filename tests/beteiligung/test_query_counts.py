"""The Beteiligung section adds a fixed number of queries to a detail page, whatever it shows."""

import pytest

from schule.beteiligung.models import DNACheckResult

from ..factories import ContributionFactory, ReuseReportFactory
from ..querycount import QUERY_BUDGET, count_queries

pytestmark = pytest.mark.django_db


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
    few = count_queries(client, page.url)
    grow(page, 27)
    assert count_queries(client, page.url) == few
    # The section: contributions, reuse reports (and the attached DNA check with its criteria).
    assert few <= QUERY_BUDGET
