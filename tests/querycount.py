"""The query budget of public pages, shared by every query-count test.

A page is requested once first: that warms what is kept per content version
(site, navigation, view restrictions, taxonomy terms: ``memo`` in
schule/core/page_cache.py) as every page after a content change does once.
The second request is counted. The count must not grow with the data and
stays within ``QUERY_BUDGET`` (issue 9: at most 15 for any public page).
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext

QUERY_BUDGET = 15


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context)


def assert_constant(client, url, grow, *, first=3, then=30, budget=QUERY_BUDGET):
    """Count ``url`` with ``first`` and then ``then`` items made by ``grow``; equal, in budget."""
    grow(first)
    few = count_queries(client, url)
    grow(then - first)
    many = count_queries(client, url)
    assert few == many, f"{url}: {few} queries with {first} items, {many} with {then}"
    assert many <= budget, f"{url}: {many} queries, budget {budget}"
    return many
