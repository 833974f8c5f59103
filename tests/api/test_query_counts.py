"""API lists, the downloads and the catalogue cost the same number of queries for 3 and 30 items.

The budget: Wagtail's site lookup, the count, the page of items, one prefetch
per relation shown (taxonomy, tags, related pages), one count query per facet
path of the shared filter, the published values of each page facet, Datenstand
and licences. The ZIP and the catalogue read each collection once.
"""

import pytest

from kommunen.indicators import Area, AreaKind, Indicator, Observation

from ..factories import (
    KommunePageFactory,
    LeitfadenPageFactory,
    LeitprojektPageFactory,
    VeranstaltungPageFactory,
)
from ..querycount import QUERY_BUDGET, count_queries
from ..test_query_counts import tagging

pytestmark = pytest.mark.django_db

DOWNLOAD_BUDGET = 60  # 54 today: 8 collections, each with its own relations


@pytest.fixture
def grow(leitfaden_index, leitprojekt_index, kommune_index, event_index, dna, hf, sdg):
    created = {"n": 0}

    def make(count):
        for _ in range(count):
            n = created["n"] = created["n"] + 1
            kommune = KommunePageFactory(
                parent=kommune_index, ags=f"0597{n:04d}", **tagging(dna, hf, sdg, n)
            )
            kommune.prioritaeten.create(handlungsfeld=hf["energie"])
            project = LeitprojektPageFactory(
                parent=leitprojekt_index,
                federfuehrung=kommune,
                beteiligte_kommunen=[kommune],
                **tagging(dna, hf, sdg, n),
            )
            LeitfadenPageFactory(
                parent=leitfaden_index,
                kommunen=[kommune],
                leitprojekte=[project],
                **tagging(dna, hf, sdg, n),
            )
            VeranstaltungPageFactory(parent=event_index, kommune=kommune, leitfaeden=[])
            area = Area.objects.create(key=f"K{n}", name=f"Gebiet {n}", kind=AreaKind.KOMMUNE)
            indicator = Indicator.objects.create(
                code=f"i-{n}",
                title=f"Indikator {n}",
                sdg=sdg[7],
                unit="%",
                source="Q",
                base_year=2015,
            )
            for year in (2015, 2020):
                Observation.objects.create(indicator=indicator, area=area, year=year, value=n)

    return make


URLS = [
    "/api/v1/leitfaeden/?page_size=100",
    "/api/v1/leitfaeden/?dna=digital&handlungsfeld=energie&sdg=7&tag=gemeinsam&page_size=100",
    "/api/v1/leitprojekte/?page_size=100",
    "/api/v1/kommunen/?page_size=100",
    "/api/v1/veranstaltungen/?page_size=100",
    "/api/v1/indikatoren/?page_size=100",
    "/api/v1/beobachtungen/?page_size=100",
    "/api/v1/gebiete/?page_size=100",
]


# The ZIP and the catalogue read every collection: a fixed number above a page's budget.
BUDGETS = {url: QUERY_BUDGET for url in URLS} | {
    "/api/v1/offene-daten.zip": DOWNLOAD_BUDGET,
    "/api/v1/katalog.ttl": DOWNLOAD_BUDGET,
}


def test_api_lists_and_downloads_do_not_grow_with_items(client, grow):
    # One data set for every address: building 30 of each page type is the slow part.
    grow(3)
    few = {url: count_queries(client, url) for url in BUDGETS}
    grow(27)
    many = {url: count_queries(client, url) for url in BUDGETS}
    grown = {url: (few[url], many[url]) for url in BUDGETS if few[url] != many[url]}
    assert not grown, f"queries with 3 and with 30 items: {grown}"
    over = {url: count for url, count in many.items() if count > BUDGETS[url]}
    assert not over, f"over budget: {over}"
