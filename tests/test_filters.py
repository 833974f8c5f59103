"""The shared filter: each facet alone and combined, with correct counts."""

import re

import pytest

from leitfaeden.models import LeitfadenIndexPage, LeitfadenPage
from schule.taxonomy.filters import filter_pages

from .factories import KommunePageFactory, LeitfadenPageFactory, LeitprojektPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(leitfaden_index, olpe, soest, dna, hf, sdg):
    """Four guides with known tags, so every count below can be checked by hand."""

    def guide(title, dnas, fields, goals, kommunen, tags=()):
        return LeitfadenPageFactory(
            parent=leitfaden_index,
            title=title,
            dna=[dna[s] for s in dnas],
            handlungsfelder=[hf[s] for s in fields],
            sdgs=[sdg[n] for n in goals],
            kommunen=kommunen,
            tags=list(tags),
        )

    return {
        "a": guide("Alpha", ["digital"], ["mobilitaet"], [11], [olpe], ["bus"]),
        "b": guide("Beta", ["digital", "nachhaltig"], ["energie"], [7, 13], [soest], ["solar"]),
        "c": guide("Gamma", ["nachhaltig"], ["mobilitaet", "energie"], [11, 13], [olpe], ["bus"]),
        "d": guide("Delta", ["authentisch"], ["kultur-tourismus"], [4], [soest]),
    }


def titles(response):
    return sorted(item.title for item in response.context["items"])


def counts(response, key):
    state = next(s for s in response.context["filter"].facets if s.key == key)
    return {option.value: option.count for option in state.options}


def test_unfiltered_catalogue_lists_everything_with_counts(client, catalogue):
    response = client.get("/leitfaeden/")
    assert titles(response) == ["Alpha", "Beta", "Delta", "Gamma"]
    assert counts(response, "dna") == {"digital": 2, "nachhaltig": 2, "authentisch": 1}
    assert counts(response, "handlungsfeld") == {
        "mobilitaet": 2,
        "energie": 2,
        "kultur-tourismus": 1,
    }
    assert counts(response, "sdg") == {"4": 1, "7": 1, "11": 2, "13": 2}
    assert counts(response, "kommune") == {"olpe": 2, "soest": 2}
    assert counts(response, "tag") == {"bus": 2, "solar": 1}


@pytest.mark.parametrize(
    "query, expected",
    [
        ("dna=digital", ["Alpha", "Beta"]),
        ("handlungsfeld=energie", ["Beta", "Gamma"]),
        ("sdg=13", ["Beta", "Gamma"]),
        ("kommune=olpe", ["Alpha", "Gamma"]),
        ("tag=bus", ["Alpha", "Gamma"]),
        ("zielgruppe=verwaltung", ["Alpha", "Beta", "Delta", "Gamma"]),
    ],
)
def test_each_facet_alone(client, catalogue, query, expected):
    assert titles(client.get(f"/leitfaeden/?{query}")) == expected


def test_values_within_one_facet_are_ored(client, catalogue):
    response = client.get("/leitfaeden/?dna=digital&dna=authentisch")
    assert titles(response) == ["Alpha", "Beta", "Delta"]


def test_facets_are_anded(client, catalogue):
    response = client.get("/leitfaeden/?dna=nachhaltig&handlungsfeld=mobilitaet")
    assert titles(response) == ["Gamma"]
    response = client.get("/leitfaeden/?dna=digital&handlungsfeld=mobilitaet&kommune=soest")
    assert titles(response) == []


def test_counts_are_disjunctive_over_the_other_facets(client, catalogue):
    response = client.get("/leitfaeden/?dna=digital&handlungsfeld=energie")
    assert titles(response) == ["Beta"]
    # DNA counts ignore the DNA selection but respect the Handlungsfeld: Beta, Gamma.
    assert counts(response, "dna") == {"digital": 1, "nachhaltig": 2}
    # Handlungsfeld counts respect the DNA selection: Alpha (mobilitaet), Beta (energie).
    assert counts(response, "handlungsfeld") == {"mobilitaet": 1, "energie": 1}
    # Other facets count the actual results.
    assert counts(response, "sdg") == {"7": 1, "13": 1}


@pytest.mark.parametrize(
    "query",
    [
        "dna=digital&dna=nachhaltig&handlungsfeld=energie&sdg=13",
        "dna=nachhaltig&handlungsfeld=mobilitaet&kommune=olpe&tag=bus",
        "handlungsfeld=energie&sdg=7&zielgruppe=verwaltung",
        "dna=authentisch&handlungsfeld=energie&sdg=13",
    ],
)
def test_each_count_is_the_number_of_results_with_that_value_instead(client, catalogue, query):
    """With several facets selected (the counts then read only the pages that pass
    all selections but one), each option's count equals the number of results of
    the listing with that facet set to that value alone."""
    response = client.get(f"/leitfaeden/?{query}")
    others = query.split("&")
    checked = 0
    for state in response.context["filter"].facets:
        kept = "&".join(p for p in others if not p.startswith(f"{state.key}="))
        for option in state.options:
            alone = client.get(f"/leitfaeden/?{kept}&{state.key}={option.value}")
            assert option.count == alone.context["items"].paginator.count, (state.key, option)
            checked += 1
    assert checked >= 5


def test_active_filters_are_shown_and_removable_one_by_one(client, catalogue):
    response = client.get("/leitfaeden/?dna=digital&handlungsfeld=energie")
    active = response.context["filter"].active
    assert [(a.facet_label, a.label) for a in active] == [
        ("Südwestfalen-DNA", "digital"),
        ("Handlungsfeld", "Energie"),
    ]
    assert active[0].remove_url == "?handlungsfeld=energie"
    assert active[1].remove_url == "?dna=digital"
    html = response.content.decode()
    assert "Aktive Filter" in html and 'href="?handlungsfeld=energie"' in html


def test_selected_value_with_no_results_stays_visible(client, catalogue):
    response = client.get("/leitfaeden/?handlungsfeld=kultur-tourismus&dna=digital")
    assert titles(response) == []
    assert counts(response, "dna")["digital"] == 0
    assert "Kein Leitfaden passt zu dieser Auswahl." in response.content.decode()


def test_pagination_keeps_filters(client, leitfaden_index, dna, settings):
    settings.PORTAL_PAGE_SIZE = 2
    for n in range(5):
        LeitfadenPageFactory(parent=leitfaden_index, title=f"Guide {n}", dna=[dna["digital"]])
    response = client.get("/leitfaeden/?dna=digital&page=2")
    assert [i.title for i in response.context["items"]] == ["Guide 2", "Guide 3"]
    assert 'href="?dna=digital&amp;page=3"' in response.content.decode()


def test_pagination_links_the_ends_and_the_neighbours_not_every_page(
    client, leitfaden_index, settings
):
    settings.PORTAL_PAGE_SIZE = 1
    for n in range(12):
        LeitfadenPageFactory(parent=leitfaden_index, title=f"Guide {n:02}")
    html = client.get("/leitfaeden/?page=6").content.decode()
    nav = html.split('class="pagination"', 1)[1].split("</nav>", 1)[0]
    linked = [int(n) for n in re.findall(r'href="\?page=(\d+)"', nav)]
    # Previous, 1, …, 4 5 [6] 7 8, …, 12, next.
    assert sorted(set(linked)) == [1, 4, 5, 6, 7, 8, 12]
    assert nav.count('<li aria-hidden="true">…</li>') == 2
    assert 'href="?page=6" aria-current="page"' in nav


@pytest.fixture
def three_projects(leitprojekt_index, olpe, soest, kommune_index):
    """P1 led by Olpe with Soest, P2 led by Soest (an idea), P3 led by Arnsberg with Olpe."""
    arnsberg = KommunePageFactory(parent=kommune_index, title="Arnsberg", slug="arnsberg")
    LeitprojektPageFactory(
        parent=leitprojekt_index, title="P1", federfuehrung=olpe, beteiligte_kommunen=[soest]
    )
    LeitprojektPageFactory(parent=leitprojekt_index, title="P2", federfuehrung=soest, status="idee")
    LeitprojektPageFactory(
        parent=leitprojekt_index, title="P3", federfuehrung=arnsberg, beteiligte_kommunen=[olpe]
    )


def test_leitprojekt_kommune_facet_counts_lead_and_participation(client, three_projects):
    response = client.get("/leitprojekte/")
    assert counts(response, "kommune") == {"olpe": 2, "soest": 2, "arnsberg": 1}
    assert counts(response, "status") == {"umsetzung": 2, "idee": 1}
    assert titles(client.get("/leitprojekte/?kommune=olpe")) == ["P1", "P3"]
    assert titles(client.get("/leitprojekte/?kommune=olpe&status=idee")) == []


def test_kommune_list_filters_by_kreis_and_role(client, kommune_index, olpe, soest, dna):
    KommunePageFactory(
        parent=kommune_index,
        title="Lennestadt",
        kreis="olpe",
        rolle="mitmacher",
        dna=[dna["digital"]],
    )
    response = client.get("/kommunen/")
    assert counts(response, "kreis") == {"olpe": 2, "soest": 1}
    assert counts(response, "rolle") == {"pionier": 2, "mitmacher": 1}
    assert titles(client.get("/kommunen/?kreis=olpe")) == ["Lennestadt", "Olpe"]
    assert titles(client.get("/kommunen/?kreis=olpe&rolle=mitmacher")) == ["Lennestadt"]
    assert titles(client.get("/kommunen/?dna=digital")) == ["Lennestadt"]


def test_drafts_are_not_listed_or_counted(client, catalogue):
    catalogue["a"].unpublish()
    response = client.get("/leitfaeden/")
    assert titles(response) == ["Beta", "Delta", "Gamma"]
    assert counts(response, "tag") == {"bus": 1, "solar": 1}


def test_a_draft_kommune_is_never_a_facet_value(client, leitfaden_index, olpe, kommune_index):
    draft = KommunePageFactory(parent=kommune_index, title="Geheimhausen", slug="geheimhausen")
    LeitfadenPageFactory(parent=leitfaden_index, title="Alpha", kommunen=[olpe, draft])
    draft.unpublish()
    response = client.get("/leitfaeden/")
    assert counts(response, "kommune") == {"olpe": 1}
    assert "Geheimhausen" not in response.content.decode()
    filtered = client.get("/leitfaeden/?kommune=geheimhausen")
    assert "Geheimhausen" not in filtered.content.decode()  # only the slug is echoed back
    assert not filtered.context["filter"].active


def test_options_keep_the_terms_order_and_labels(client, catalogue):
    response = client.get("/leitfaeden/?sdg=7")
    sdgs = next(s for s in response.context["filter"].facets if s.key == "sdg")
    # By number, not as text ("11" before "4"); labelled with it.
    assert [o.value for o in sdgs.options] == ["4", "7", "11", "13"]
    assert sdgs.options[1].label.startswith("SDG 7: ") and sdgs.options[1].selected
    assert sdgs.options[1].colour
    assert response.context["items"].paginator.count == 1


def test_kommune_counts_over_lead_and_participation_are_disjunctive(client, three_projects):
    response = client.get("/leitprojekte/?kommune=olpe")
    assert titles(response) == ["P1", "P3"]
    assert counts(response, "kommune") == {"olpe": 2, "soest": 2, "arnsberg": 1}
    assert counts(response, "status") == {"umsetzung": 2}
    response = client.get("/leitprojekte/?status=idee")
    assert counts(response, "kommune") == {"soest": 1}
    assert counts(response, "status") == {"umsetzung": 2, "idee": 1}


def test_a_draft_kommune_leading_a_project_is_never_a_facet_value(
    client, leitprojekt_index, olpe, kommune_index
):
    draft = KommunePageFactory(parent=kommune_index, title="Geheimhausen", slug="geheimhausen")
    LeitprojektPageFactory(
        parent=leitprojekt_index, title="P1", federfuehrung=draft, beteiligte_kommunen=[olpe]
    )
    draft.unpublish()
    assert counts(client.get("/leitprojekte/"), "kommune") == {"olpe": 1}


def test_a_listing_that_can_match_nothing_counts_nothing(rf, catalogue):
    result = filter_pages(
        LeitfadenPage.objects.none(), rf.get("/?dna=digital").GET, LeitfadenIndexPage.facets()
    )
    assert result.count == 0 and list(result.queryset) == []
    assert [o.count for o in result.facets[0].options] == [0]  # the selected value stays
