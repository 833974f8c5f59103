"""Bad input never breaks a page: a normal page with a message, or a 404."""

import pytest

from .factories import LeitfadenPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def guides(leitfaden_index, dna, settings):
    settings.PORTAL_PAGE_SIZE = 2
    for n in range(3):
        LeitfadenPageFactory(parent=leitfaden_index, title=f"Guide {n}", dna=[dna["digital"]])


@pytest.mark.parametrize(
    "query, message",
    [
        ("dna=gibtsnicht", "Den Filterwert „gibtsnicht“ für „Südwestfalen-DNA“ gibt es nicht"),
        ("sdg=99", "Den Filterwert „99“ für „Nachhaltigkeitsziel (SDG)“"),
        ("sdg=%27%3B+DROP+TABLE", "gibt es nicht"),
        ("kommune=%3Cscript%3E", "„&lt;script&gt;“"),
        ("handlungsfeld=" + "x" * 5000, "gibt es nicht"),
        ("zielgruppe=niemand", "„niemand“ für „Zielgruppe“"),
        ("page=abc", "„abc“ ist keine Seitenzahl"),
        ("page=-1", "Seite -1 gibt es nicht"),
        ("page=999999999999999999999", "gibt es nicht"),
        ("page=2.5", "keine Seitenzahl"),
    ],
)
def test_bad_listing_parameters_give_a_normal_page_with_a_message(client, guides, query, message):
    response = client.get(f"/leitfaeden/?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert "<script>" not in html.split("<main")[1]


def test_page_past_the_end_shows_the_last_page(client, guides):
    response = client.get("/leitfaeden/?page=7")
    assert response.status_code == 200
    assert response.context["items"].number == 2
    assert "Seite 7 gibt es nicht; angezeigt wird Seite 2." in response.content.decode()


def test_unknown_value_is_ignored_but_known_ones_still_filter(client, guides):
    response = client.get("/leitfaeden/?dna=digital&dna=unsinn")
    assert response.status_code == 200
    assert len(response.context["filter"].active) == 1
    assert response.context["items"].paginator.count == 3


def test_many_repeated_values_are_capped(client, guides):
    query = "&".join(f"tag=t{n}" for n in range(500))
    assert client.get(f"/leitfaeden/?{query}").status_code == 200


@pytest.mark.parametrize("q", ["", "   ", "a" * 1000, "ü" * 1000, "<b>&\"'", "AND OR NOT", "*"])
def test_odd_search_queries_give_a_normal_page(client, guides, q):
    response = client.get("/suche/", {"q": q})
    assert response.status_code == 200
    assert "Suche" in response.content.decode()


@pytest.mark.parametrize("q", ["", "   ", "*", "„“"])
def test_search_without_words_shows_the_form_error(client, home, q):
    response = client.get("/suche/", {"q": q})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Bitte geben Sie mindestens ein Wort ein" in html
    assert 'aria-invalid="true"' in html
    assert "<title>Fehler:" in html


def test_search_page_without_query_shows_no_error(client, home):
    html = client.get("/suche/").content.decode()
    assert "Bitte geben Sie mindestens ein Wort ein" not in html


def test_long_search_is_shortened_with_a_message(client, guides):
    response = client.get("/suche/", {"q": "wort " * 200})
    assert "Ihr Suchbegriff war sehr lang" in response.content.decode()
    assert len(response.context["search_query"]) <= 200


def test_bad_search_page_number(client, guides):
    response = client.get("/suche/", {"q": "Guide", "page": "x"})
    assert response.status_code == 200


def test_unknown_url_is_a_404_in_the_site_design(client, home):
    response = client.get("/leitfaeden/gibt-es-nicht/")
    assert response.status_code == 404
    assert "Seite nicht gefunden" in response.content.decode()
