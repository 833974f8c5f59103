"""Site search across all content types, German stemming on PostgreSQL."""

import pytest
from django.core.management import call_command

from .conftest import requires_postgres
from .factories import KommunePageFactory, LeitfadenPageFactory, LeitprojektPageFactory
from .querycount import count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(leitfaden_index, leitprojekt_index, kommune_index, hf):
    guide = LeitfadenPageFactory(
        parent=leitfaden_index,
        title="Ein Mobilitätskonzept für Dörfer",
        zusammenfassung="Rufbus und Carsharing zusammendenken.",
        handlungsfelder=[hf["mobilitaet"]],
        tags=["rufbus"],
    )
    kommune = KommunePageFactory(
        parent=kommune_index, title="Bad Berleburg", kurzbeschreibung="Dörfer und Wälder."
    )
    project = LeitprojektPageFactory(
        parent=leitprojekt_index,
        title="Sensoren gegen Starkregen",
        federfuehrung=kommune,
        zusammenfassung="Pegelmessung an kleinen Bächen.",
    )
    call_command("update_index", verbosity=0)
    return guide, project, kommune


def hits(response):
    return [hit.title for hit in response.context["results"]]


def test_search_finds_every_content_type(client, content):
    response = client.get("/suche/", {"q": "Dörfer"})
    assert sorted(hits(response)) == ["Bad Berleburg", "Ein Mobilitätskonzept für Dörfer"]
    assert hits(client.get("/suche/", {"q": "Starkregen"})) == ["Sensoren gegen Starkregen"]


def test_search_keeps_the_query_and_labels_hits_with_type_and_tags(client, content):
    html = client.get("/suche/", {"q": "Rufbus"}).content.decode()
    assert 'value="Rufbus"' in html
    assert "Leitfaden" in html
    assert 'href="/leitfaeden/?handlungsfeld=mobilitaet"' in html
    assert 'href="/leitfaeden/?tag=rufbus"' in html


def test_a_second_type_of_hit_costs_one_query_not_more(client, content):
    """One more query per type for its specific pages (Wagtail's ``specific()``);
    none for where the hits' tags link (the memoised catalogue URLs)."""
    one_type = count_queries(client, "/suche/?q=Rufbus")  # a Leitfaden
    two_types = count_queries(client, "/suche/?q=Dörfer")  # a Leitfaden and a Kommune
    assert two_types == one_type + 1


def test_search_without_hits_says_so(client, content):
    response = client.get("/suche/", {"q": "Raumfahrt"})
    assert response.status_code == 200
    assert "Nichts gefunden" in response.content.decode()


def test_drafts_are_not_found(client, content):
    guide, _project, _kommune = content
    guide.unpublish()
    assert hits(client.get("/suche/", {"q": "Rufbus"})) == []


@requires_postgres
def test_german_stemming_finds_singular_from_plural(client, content):
    assert hits(client.get("/suche/", {"q": "Mobilitätskonzepte"})) == [
        "Ein Mobilitätskonzept für Dörfer"
    ]


# "requested", not "page": pytest-playwright has a fixture of that name.
@pytest.mark.parametrize("requested", ["1", "2", "3", "99", "x"])
def test_the_total_and_every_page_are_right(client, leitfaden_index, requested):
    for n in range(23):
        LeitfadenPageFactory(parent=leitfaden_index, title=f"Wasserstoff {n:02d}")
    call_command("update_index", verbosity=0)
    response = client.get("/suche/", {"q": "Wasserstoff", "page": requested})
    results = response.context["results"]
    assert results.paginator.count == 23
    shown = {"1": 1, "2": 2, "3": 3, "99": 3, "x": 1}[requested]
    assert results.number == shown
    assert len(hits(response)) == (3 if shown == 3 else 10)
    assert "23 Treffer" in response.content.decode()


@requires_postgres
def test_the_hits_are_counted_in_the_ranking_statement(client, content):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/suche/", {"q": "Dörfer"})
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/suche/", {"q": "Dörfer"})
    assert response.context["results"].paginator.count == 2
    # No statement of its own that only counts the hits.
    assert not [q for q in queries if q["sql"].startswith('SELECT COUNT(*) AS "__count"')]
    # The matched document vector is not selected: PostgreSQL would build it for every hit.
    ranking = [q["sql"] for q in queries if "ts_rank" in q["sql"]]
    assert len(ranking) == 1
    assert '"_vector_"' not in ranking[0]
    assert ranking[0].split(" FROM ")[0].count("||") == 0
