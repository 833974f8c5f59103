"""Facets over foreign keys and over a choice of a related row, counted like the site's."""

import pytest

pytestmark = pytest.mark.django_db


def facet(client, url, key):
    data = client.get(url).json()
    state = next(f for f in data["facetten"] if f["schluessel"] == key)
    return {v["wert"]: (v["name"], v["anzahl"]) for v in state["werte"]}, data["anzahl"]


def test_observation_facets_count_over_the_other_facets(client, portal):
    url = "/api/v1/beobachtungen/?indikator=13-2-a"
    indicators, total = facet(client, url, "indikator")
    assert total == 9
    assert indicators == {"13-2-a": ("CO₂-Emissionen", 9), "7-2-a": ("Erneuerbarer Strom", 3)}
    areas, _total = facet(client, url, "gebiet")
    assert areas == {
        "DE": ("Deutschland", 3),
        "05966": ("Kreis Olpe", 3),
        "05966024": ("Olpe", 3),
    }
    # A choice of the observation's area (``area__kind``).
    levels, _total = facet(client, url, "ebene")
    assert levels == {"kommune": ("Kommune", 3), "kreis": ("Kreis", 3), "bund": ("Bund", 3)}
    levels, total = facet(client, "/api/v1/beobachtungen/?ebene=kreis", "ebene")
    assert total == 3
    assert levels == {"kommune": ("Kommune", 6), "kreis": ("Kreis", 3), "bund": ("Bund", 3)}
