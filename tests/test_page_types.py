"""Each page type renders with all its parts, and the tree rules hold."""

import pytest
from wagtail.models import Page

from kommunen.models import KommuneIndexPage, KommunePage, KommunePrioritaet
from leitfaeden.models import LeitfadenIndexPage, LeitfadenPage
from leitprojekte.models import LeitprojektIndexPage, LeitprojektPage
from schule.core.models import HomePage, StandardPage

from .factories import LeitfadenPageFactory, LeitprojektPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def projekt(leitprojekt_index, olpe, soest, dna, hf, sdg):
    return LeitprojektPageFactory(
        parent=leitprojekt_index,
        title="Offene Daten für alle",
        federfuehrung=olpe,
        beteiligte_kommunen=[soest],
        status="umsetzung",
        quellcode_url="https://code.example.org/offene-daten",
        dna=[dna["digital"]],
        handlungsfelder=[hf["verwaltung-teilhabe"]],
        sdgs=[sdg[16]],
        tags=["open-data"],
    )


@pytest.fixture
def leitfaden(leitfaden_index, olpe, projekt, dna, hf, sdg):
    return LeitfadenPageFactory(
        parent=leitfaden_index,
        title="Ein Datenportal starten",
        zusammenfassung="So veröffentlichen Sie offene Daten.",
        schritte__0__schritt__title="Daten sichten",
        kommunen=[olpe],
        leitprojekte=[projekt],
        dna=[dna["digital"], dna["nachhaltig"]],
        handlungsfelder=[hf["verwaltung-teilhabe"]],
        sdgs=[sdg[11]],
        tags=["open-data", "transparenz"],
    )


def test_home_page_leads_to_everything_and_shows_whats_new(client, leitfaden, projekt):
    html = client.get("/").content.decode()
    assert "Smart Cities: Schule" in html
    assert 'href="/leitfaeden/"' in html
    assert 'href="/leitprojekte/"' in html
    assert 'href="/kommunen/"' in html
    assert "Ein Datenportal starten" in html
    assert "Offene Daten für alle" in html
    assert "Olpe" in html


def test_leitfaden_page_shows_all_its_parts(client, leitfaden):
    response = client.get(leitfaden.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1" in html and html.count("<h1") == 1
    for part in [
        "Ein Datenportal starten",
        "So veröffentlichen Sie offene Daten.",
        "Daten sichten",
        "Verwaltung",  # Zielgruppe
        "CC BY 4.0",
        "Offene Daten für alle",  # related Leitprojekt
        'href="/kommunen/olpe/"',  # authoring Kommune
        'href="/leitfaeden/?dna=digital"',
        'href="/leitfaeden/?handlungsfeld=verwaltung-teilhabe"',
        'href="/leitfaeden/?sdg=11"',
        'href="/leitfaeden/?tag=transparenz"',
    ]:
        assert part in html, part


def test_leitprojekt_page_shows_lead_participants_and_guides(client, leitfaden, projekt):
    html = client.get(projekt.url).content.decode()
    for part in [
        "Offene Daten für alle",
        "Umsetzung",
        'href="/kommunen/olpe/"',
        'href="/kommunen/soest/"',
        'href="https://code.example.org/offene-daten"',
        "Ein Datenportal starten",
        'href="/leitprojekte/?dna=digital"',
    ]:
        assert part in html, part


def test_kommune_page_shows_projects_it_leads_and_joins_and_its_guides(
    client, olpe, soest, leitfaden, projekt, hf
):
    KommunePrioritaet.objects.create(page=olpe, handlungsfeld=hf["energie"], sort_order=0)
    olpe_html = client.get(olpe.url).content.decode()
    assert "Leitprojekte unter eigener Federführung" in olpe_html
    assert "Offene Daten für alle" in olpe_html
    assert "Ein Datenportal starten" in olpe_html
    assert "Energie" in olpe_html
    assert "Kreis Olpe" in olpe_html
    soest_html = client.get(soest.url).content.decode()
    lead_section, part_section = soest_html.split("Beteiligt an")
    assert "Offene Daten für alle" not in lead_section.split("Federführung")[-1]
    assert "Offene Daten für alle" in part_section


def test_standard_page_renders(client, home):
    page = StandardPageFactory(parent=home, title="Impressum", intro="Angaben nach § 5 DDG.")
    html = client.get(page.url).content.decode()
    assert "Impressum" in html and "Angaben nach § 5 DDG." in html


def test_index_pages_render(client, leitfaden, projekt, olpe):
    for url, title in [
        ("/leitfaeden/", "Ein Datenportal starten"),
        ("/leitprojekte/", "Offene Daten für alle"),
        ("/kommunen/", "Olpe"),
    ]:
        response = client.get(url)
        assert response.status_code == 200
        assert title in response.content.decode()


@pytest.mark.parametrize(
    "child, parent, allowed",
    [
        (HomePage, Page, True),
        (LeitfadenIndexPage, HomePage, True),
        (LeitfadenPage, LeitfadenIndexPage, True),
        (LeitfadenPage, HomePage, False),
        (LeitfadenPage, LeitprojektIndexPage, False),
        (LeitprojektIndexPage, HomePage, True),
        (LeitprojektPage, LeitprojektIndexPage, True),
        (LeitprojektPage, LeitfadenIndexPage, False),
        (KommuneIndexPage, HomePage, True),
        (KommunePage, KommuneIndexPage, True),
        (KommunePage, HomePage, False),
        (StandardPage, HomePage, True),
        (StandardPage, KommunePage, True),
        (StandardPage, LeitfadenIndexPage, False),
        (LeitfadenIndexPage, KommunePage, False),
    ],
)
def test_parent_child_rules(child, parent, allowed):
    assert (child in parent.allowed_subpage_models()) is allowed
    assert (parent in child.allowed_parent_page_models()) is allowed


def test_only_one_catalogue_of_each_kind(leitfaden_index, leitprojekt_index, kommune_index, home):
    for model in (LeitfadenIndexPage, LeitprojektIndexPage, KommuneIndexPage, HomePage):
        assert not model.can_create_at(home)
