"""The Kommune dashboard and the regional dashboard show exactly the data."""

import csv
import datetime
import io
import json
import re

import pytest

from kommunen.indicators import Indicator, Observation
from kommunen.models import Fortschritt

from ..factories import (
    KommunePageFactory,
    LeitfadenPageFactory,
    LeitprojektPageFactory,
    VeranstaltungIndexPageFactory,
    VeranstaltungPageFactory,
)
from ..querycount import QUERY_BUDGET, count_queries

pytestmark = pytest.mark.django_db


def observe(indicator, area, values):
    for year, value in values.items():
        Observation.objects.create(indicator=indicator, area=area, year=year, value=value)


@pytest.fixture
def data(areas, co2):
    observe(co2, areas["olpe"], {2015: 10.0, 2020: 8.5, 2024: 7.25})
    observe(co2, areas["soest"], {2024: 6.5})
    observe(co2, areas["kreis"], {2015: 9.0, 2024: 7.0})
    observe(co2, areas["nrw"], {2024: 8.0})
    observe(co2, areas["de"], {2024: 7.5})
    return areas


def test_dashboard_shows_latest_value_trend_assessment_and_comparisons(client, olpe, data):
    response = client.get("/kommunen/olpe/dashboard/")
    assert response.status_code == 200
    view = response.context["data"]["indicators"][0]
    assert view.latest_year == 2024
    assert view.latest_value == 7.25
    assert view.change == pytest.approx(-2.75)
    assert view.references == [
        ("Kreis Olpe", 7.0),
        ("Nordrhein-Westfalen", 8.0),
        ("Deutschland", 7.5),
    ]
    assert view.assessment.code == "moderate"  # 10 → 7.25 by 2024; 5 needed by 2030
    # Lower is better: best first, then Kreis, NRW, Germany.
    assert view.comparison == [
        ("Soest", 6.5, False),
        ("Olpe", 7.25, True),
        ("Kreis Olpe", 7.0, False),
        ("Nordrhein-Westfalen", 8.0, False),
        ("Deutschland", 7.5, False),
    ]
    html = response.content.decode()
    assert "7,2 t je Einw." in html or "7,3 t je Einw." in html
    assert "mäßiger Fortschritt" in html
    assert "Kreis Olpe" in html and "Nordrhein-Westfalen" in html


def comparison_bars(html):
    bars = html.split('id="vergleich-13-2-a"', 1)[1].split("</svg>", 1)[0]
    return re.findall(r'data-series="([^"]+)" data-value="([\d.]+)"', bars)


def test_every_chart_point_is_in_its_table(client, olpe, data):
    html = client.get("/kommunen/olpe/dashboard/indikator/13-2-a/").content.decode()
    trend = html.split('id="trend-13-2-a"', 1)[1].split("</svg>", 1)[0]
    points = re.findall(r'data-year="(\d+)" data-value="([\d.]+)"', trend)
    assert sorted(points) == sorted(
        [
            ("2015", "10.0"),
            ("2020", "8.5"),
            ("2024", "7.25"),
            ("2015", "9.0"),
            ("2024", "7.0"),
            ("2024", "8.0"),
            ("2024", "7.5"),
        ]
    )
    table = html.split("Werte je Jahr in t je Einw.", 1)[1].split("</table>", 1)[0]
    for year, value in points:
        assert year in table
        shown = f"{float(value):.1f}".replace(".", ",")
        assert shown in table, (year, value)
    assert "<title" in trend and "<desc" in trend
    # The indicator's page ranks every Kommune, then its Kreis, NRW and Germany ...
    expected = [
        ("Soest", "6.5"),
        ("Olpe", "7.25"),
        ("Kreis Olpe", "7.0"),
        ("Nordrhein-Westfalen", "8.0"),
        ("Deutschland", "7.5"),
    ]
    assert comparison_bars(html) == expected
    table = html.split("Vergleich 2024 in t je Einw.", 1)[1].split("</table>", 1)[0]
    for label, value in expected:
        assert label in table and f"{float(value):.1f}".replace(".", ",") in table
    # ... and so does the chart to embed.
    chart = client.get("/kommunen/olpe/dashboard/diagramm/13-2-a/").content.decode()
    assert comparison_bars(chart) == expected


def test_dashboard_gives_rank_median_and_trend_line_and_links_the_indicator(client, olpe, data):
    html = client.get("/kommunen/olpe/dashboard/").content.decode()
    facts = html.split('id="ind-', 1)[1].split("</section>", 1)[0]
    assert "Rang unter den Kommunen" in facts and "2 von 2" in facts
    assert "Median der Kommunen" in facts and "6,9 t je Einw." in facts  # (6.5 + 7.25) / 2
    # The small trend line names what it shows; the full charts are on the indicator's page.
    assert 'class="sparkline"' in facts
    assert 'aria-label="Verlauf Olpe: von 10,0 (2015) auf 7,2 t je Einw. (2024)"' in facts
    assert 'href="/kommunen/olpe/dashboard/indikator/13-2-a/"' in facts
    assert 'id="trend-13-2-a"' not in html


def test_an_import_changes_every_dashboards_comparison_at_once(client, olpe, data):
    """All Kommunen's values are kept per content version (``values_in``): an
    import of another Kommune's value shows on the next request."""
    from kommunen.importer import import_files

    def facts():
        html = client.get("/kommunen/olpe/dashboard/").content.decode()
        return html.split('id="ind-', 1)[1].split("</section>", 1)[0]

    assert "2 von 2" in facts()
    report = import_files([("werte.csv", "indicator,area,year,value\n13-2-a,05974040,2024,9.5\n")])
    assert report.ok, report.errors
    assert "1 von 2" in facts()  # Soest now 9.5: Olpe's 7.25 is the best


def test_indicator_page_has_breadcrumb_and_404s(client, kommune_index, olpe, data):
    response = client.get("/kommunen/olpe/dashboard/indikator/13-2-a/")
    assert response.status_code == 200
    html = response.content.decode()
    crumbs = html.split('class="breadcrumb__list"', 1)[1].split("</ol>", 1)[0]
    assert '<a href="/kommunen/olpe/dashboard/">Dashboard</a>' in crumbs
    assert 'aria-current="page">CO₂-Emissionen' in crumbs
    assert client.get("/kommunen/olpe/dashboard/indikator/gibt-es-nicht/").status_code == 404
    # A Kommune without indicator data: a 404, for the page and the embed (not a 500).
    KommunePageFactory(parent=kommune_index, title="Attendorn", slug="attendorn")
    for view in ("indikator", "diagramm"):
        assert client.get(f"/kommunen/attendorn/dashboard/{view}/13-2-a/").status_code == 404


def test_teilziele_are_derived_from_content_and_progress_entries(
    client, olpe, soest, leitprojekt_index, leitfaden_index, data
):
    goals = client.get("/kommunen/olpe/dashboard/").context["data"]["teilziele"]
    assert [g.status for g in goals] == ["offen", "offen", "offen"]
    LeitprojektPageFactory(
        parent=leitprojekt_index, title="Gemeinsam", federfuehrung=soest, beteiligte_kommunen=[olpe]
    )
    LeitfadenPageFactory(parent=leitfaden_index, title="Anleitung", kommunen=[olpe])
    olpe.fortschritte = [
        Fortschritt(
            teilziel=2,
            datum=datetime.date(2022, 5, 20),
            titel="Strategie beschlossen",
            status="erreicht",
        )
    ]
    olpe.save_revision().publish()
    response = client.get("/kommunen/olpe/dashboard/")
    goals = response.context["data"]["teilziele"]
    assert [g.status for g in goals] == ["in-arbeit", "erreicht", "erreicht"]
    assert "Beteiligt an: Gemeinsam" in goals[0].evidence
    assert "Leitfaden: Anleitung" in goals[2].evidence
    html = response.content.decode()
    assert "Strategie beschlossen" in html


def test_for_each_sdg_the_kommunes_content_tagged_with_it(client, olpe, leitfaden_index, data, sdg):
    LeitfadenPageFactory(
        parent=leitfaden_index, title="Klima-Leitfaden", kommunen=[olpe], sdgs=[sdg[13]]
    )
    data = client.get("/kommunen/olpe/dashboard/").context["data"]
    block = next(b for b in data["sdgs"] if b["sdg"].number == 13)
    assert block["content"]["leitfaeden"] == 1 and block["content"]["leitprojekte"] == 0
    assert [v.indicator.code for v in block["indicators"]] == ["13-2-a"]
    # The count links to the catalogue filtered by Kommune and SDG, which lists it.
    catalogue = client.get(block["content"]["leitfaeden_url"]).content.decode()
    assert block["content"]["leitfaeden_url"] == "/leitfaeden/?kommune=olpe&sdg=13"
    assert "Klima-Leitfaden" in catalogue


def test_long_lists_show_the_first_few_and_link_to_all(client, olpe, leitfaden_index, settings):
    settings.PORTAL_SHORTLIST_SIZE = 3
    for n in range(5):
        LeitfadenPageFactory(parent=leitfaden_index, title=f"Leitfaden {n}", kommunen=[olpe])
    profile = client.get("/kommunen/olpe/").content.decode()
    assert "Leitfaden 2" in profile and "Leitfaden 3" not in profile
    assert 'href="/leitfaeden/?kommune=olpe">Alle 5 im Katalog ansehen' in profile
    dashboard = client.get("/kommunen/olpe/dashboard/").content.decode()
    assert "… und 2 weitere" in dashboard


def test_lists_leave_out_drafts_and_private_pages_and_count_only_the_rest(
    client, olpe, soest, leitfaden_index, leitprojekt_index, settings
):
    from wagtail.models import PageViewRestriction

    settings.PORTAL_SHORTLIST_SIZE = 3
    for n in range(4):
        LeitfadenPageFactory(parent=leitfaden_index, title=f"Leitfaden {n}", kommunen=[olpe])
    LeitfadenPageFactory(parent=leitfaden_index, title="Entwurf", kommunen=[olpe]).unpublish()
    secret = LeitfadenPageFactory(parent=leitfaden_index, title="Intern", kommunen=[olpe])
    PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    LeitprojektPageFactory(
        parent=leitprojekt_index,
        title="Mitgemacht",
        federfuehrung=soest,
        beteiligte_kommunen=[olpe],
    )
    profile = client.get("/kommunen/olpe/").content.decode()
    assert "Entwurf" not in profile and "Intern" not in profile
    assert 'href="/leitfaeden/?kommune=olpe">Alle 4 im Katalog ansehen' in profile
    # A joined project is listed with its lead.
    assert '>Mitgemacht</a> <span class="kern-body--muted">(Soest)</span>' in profile
    dashboard = client.get("/kommunen/olpe/dashboard/").content.decode()
    assert "Entwurf" not in dashboard and "Intern" not in dashboard
    assert "… und 1 weitere" in dashboard


def test_query_count_does_not_grow_with_the_kommunes_content(
    client, home, olpe, leitfaden_index, leitprojekt_index, data
):
    """Its Leitfäden, Leitprojekte and hosted events, as shortlists: one query each."""
    events = VeranstaltungIndexPageFactory(parent=home)

    def add(n):
        for _ in range(n):
            LeitfadenPageFactory(parent=leitfaden_index, kommunen=[olpe])
            LeitprojektPageFactory(parent=leitprojekt_index, federfuehrung=olpe)
            VeranstaltungPageFactory(parent=events, kommune=olpe)

    add(1)
    few = {
        url: count_queries(client, url) for url in ("/kommunen/olpe/", "/kommunen/olpe/dashboard/")
    }
    add(6)
    for url, count in few.items():
        assert count_queries(client, url) == count <= QUERY_BUDGET, url


def test_profile_links_to_the_dashboard(client, olpe, data):
    assert 'href="/kommunen/olpe/dashboard/"' in client.get("/kommunen/olpe/").content.decode()


def test_csv_download_has_every_value_with_unit_source_licence_and_datenstand(client, olpe, data):
    Observation.objects.update(datenstand="2026-03-31")
    response = client.get("/kommunen/olpe/dashboard/daten/csv/")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    own = [(r["jahr"], r["wert"]) for r in rows if r["gebiet"] == "Olpe"]
    assert own == [("2015", "10.0"), ("2020", "8.5"), ("2024", "7.25")]
    assert {r["einheit"] for r in rows} == {"t je Einw."}
    assert {r["quelle"] for r in rows} == {"Testquelle"}
    assert {r["lizenz"] for r in rows} == {"DL-DE-BY-2.0"}
    assert {r["datenstand"] for r in rows} == {"2026-03-31"}


def test_json_download(client, olpe, data):
    payload = json.loads(client.get("/kommunen/olpe/dashboard/daten/json/").content)
    assert payload["kommune"] == "Olpe"
    assert "DL-DE-BY-2.0" in payload["lizenz"]
    indicator = payload["indikatoren"][0]
    assert indicator["einheit"] == "t je Einw." and indicator["bewertung"] == "moderate"
    assert len(indicator["werte"]) == 7
    assert [t["teilziel"] for t in payload["teilziele"]] == [1, 2, 3]


def test_unknown_download_format_is_a_404(client, olpe, data):
    assert client.get("/kommunen/olpe/dashboard/daten/xml/").status_code == 404


def test_embedded_chart_sets_no_cookie_and_may_be_framed(client, olpe, data):
    response = client.get("/kommunen/olpe/dashboard/diagramm/13-2-a/")
    assert response.status_code == 200
    assert not response.cookies
    assert "X-Frame-Options" not in response
    html = response.content.decode()
    assert "<script" not in html
    assert 'id="trend-13-2-a"' in html
    assert client.get("/kommunen/olpe/dashboard/diagramm/gibt-es-nicht/").status_code == 404


def test_kommune_without_data_says_so(client, olpe, soest):
    html = client.get("/kommunen/olpe/dashboard/").content.decode()
    assert "Für diese Kommune liegen noch keine Indikatorwerte vor." in html


def test_regional_dashboard_year_and_sorting(client, kommune_index, olpe, data, co2):
    observe(co2, data["soest"], {2020: 9.9})
    response = client.get("/kommunen/dashboard/", {"indikator": "13-2-a", "jahr": "2024"})
    assert response.status_code == 200
    assert [o.area.name for o in response.context["kommune_values"]] == ["Olpe", "Soest"]
    response = client.get(
        "/kommunen/dashboard/",
        {"indikator": "13-2-a", "jahr": "2024", "sortierung": "wert", "richtung": "ab"},
    )
    assert [(o.area.name, o.value) for o in response.context["kommune_values"]] == [
        ("Olpe", 7.25),
        ("Soest", 6.5),
    ]
    html = response.content.decode()
    assert 'aria-sort="descending"' in html
    response = client.get("/kommunen/dashboard/", {"indikator": "13-2-a", "jahr": "2020"})
    assert [(o.area.name, o.value) for o in response.context["kommune_values"]] == [
        ("Olpe", 8.5),
        ("Soest", 9.9),
    ]


@pytest.mark.parametrize(
    "query", [{"jahr": "abc"}, {"jahr": "1800"}, {"indikator": "<x>"}, {"sortierung": "evil"}]
)
def test_regional_dashboard_bad_input_gives_a_normal_page(client, kommune_index, data, query):
    assert client.get("/kommunen/dashboard/", query).status_code == 200


def make_indicators(areas, sdg, count, years):
    start = Indicator.objects.count()
    for n in range(start, start + count):
        indicator = Indicator.objects.create(
            code=f"x-{n}",
            title=f"Indikator {n}",
            sdg=sdg[1 + n % 17],
            unit="%",
            source="Test",
            base_year=years[0],
        )
        for area in areas.values():
            observe(indicator, area, {year: 10.0 + n + i for i, year in enumerate(years)})


@pytest.mark.parametrize(
    "url",
    [
        "/kommunen/olpe/dashboard/",
        "/kommunen/olpe/dashboard/indikator/x-0/",  # the first of make_indicators
        "/kommunen/dashboard/",
    ],
)
def test_query_count_does_not_grow_with_indicators(client, kommune_index, olpe, areas, sdg, url):
    make_indicators(areas, sdg, 2, range(2015, 2018))
    few = count_queries(client, url)
    make_indicators(areas, sdg, 38, range(2015, 2018))
    assert count_queries(client, url) == few <= QUERY_BUDGET


@pytest.mark.parametrize(
    "url",
    [
        "/kommunen/olpe/dashboard/",
        "/kommunen/olpe/dashboard/indikator/x-0/",  # the first of make_indicators
        "/kommunen/dashboard/",
    ],
)
def test_query_count_does_not_grow_with_years(client, kommune_index, olpe, areas, sdg, url):
    make_indicators(areas, sdg, 3, range(2015, 2018))
    few = count_queries(client, url)
    Observation.objects.all().delete()
    for indicator in Indicator.objects.all():
        for area in areas.values():
            observe(indicator, area, {year: float(year) for year in range(2015, 2026)})
    assert count_queries(client, url) == few <= QUERY_BUDGET


def test_counts_take_each_published_page_once(
    client, olpe, soest, leitprojekt_index, leitfaden_index, hf, dna, sdg, data
):
    """A Leitprojekt Olpe leads and also takes part in counts once; drafts not at all."""
    field, criterion = next(iter(hf.values())), next(iter(dna.values()))
    LeitprojektPageFactory(
        parent=leitprojekt_index,
        title="Eigenes",
        federfuehrung=olpe,
        beteiligte_kommunen=[olpe, soest],
        handlungsfelder=[field],
        dna=[criterion],
        sdgs=[sdg[13]],
    )
    LeitprojektPageFactory(
        parent=leitprojekt_index, federfuehrung=soest, beteiligte_kommunen=[olpe], sdgs=[sdg[13]]
    )
    LeitfadenPageFactory(parent=leitfaden_index, kommunen=[olpe], handlungsfelder=[field])
    draft = LeitfadenPageFactory(parent=leitfaden_index, kommunen=[olpe, soest], sdgs=[sdg[13]])
    draft.unpublish()
    data = client.get("/kommunen/olpe/dashboard/").context["data"]
    counts = {row["term"].pk: row["count"] for row in data["handlungsfelder"]}
    assert counts[field.pk] == 2  # the Leitprojekt and the Leitfaden
    assert {row["term"].pk: row["count"] for row in data["dna"]}[criterion.pk] == 1
    block = next(b for b in data["sdgs"] if b["sdg"].number == 13)
    assert block["content"]["leitprojekte"] == 2 and block["content"]["leitfaeden"] == 0

    # The regional dashboard counts the same pages per Kommune.
    response = client.get("/kommunen/dashboard/")
    rows = {row["kommune"].title: row for row in response.context["data"]["rows"]}
    assert (rows["Olpe"]["leads"], rows["Olpe"]["joins"], rows["Olpe"]["guides"]) == (1, 2, 1)
    assert (rows["Soest"]["leads"], rows["Soest"]["joins"], rows["Soest"]["guides"]) == (1, 1, 0)
    html = response.content.decode()
    olpe_row = html.split('href="/kommunen/olpe/dashboard/">Olpe</a>', 1)[1].split("</tr>", 1)[0]
    assert "1 geführt, 2 beteiligt" in olpe_row and "1 Leitfaden" in olpe_row
    assert 'class="status-badge status-badge--erreicht">erreicht' in olpe_row


def test_texts_of_the_indicator_sections_are_escaped(client, olpe, data, co2):
    co2.title = "CO₂ <b>& mehr</b>"
    co2.source = "Amt <für> Statistik"
    co2.save()
    html = client.get("/kommunen/olpe/dashboard/").content.decode()
    assert "CO₂ &lt;b&gt;&amp; mehr&lt;/b&gt; <span" in html
    assert "„CO₂ &lt;b&gt;&amp; mehr&lt;/b&gt;“: Verlauf und Vergleich" in html
    assert "Quelle: Amt &lt;für&gt; Statistik" in html
    assert "<b>& mehr" not in html
    # The link to all Kommunen, built without loading the index page.
    assert 'href="/kommunen/dashboard/">Alle Kommunen im Vergleich' in html


def test_indicator_without_values_for_the_kommune(client, olpe, data, energy, areas):
    observe(energy, areas["soest"], {2024: 40.0})
    html = client.get("/kommunen/olpe/dashboard/").content.decode()
    section = html.split(f'id="ind-{energy.pk}"', 1)[1].split("</section>", 1)[0]
    assert "Keine Werte für diese Kommune." in section
    assert "Rang unter den Kommunen" not in section
