"""The demo seed builds the whole site and running it twice changes nothing."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Revision, Site

from kommunen.models import KommunePage
from leitfaeden.models import LeitfadenPage
from leitprojekte.models import LeitprojektPage
from schule.core.models import HomePage, SiteLinks, StandardPage
from schule.taxonomy.models import DNAKriterium, Handlungsfeld
from schule.veranstaltungen.models import VeranstaltungPage

# Every test starts from the demo, seeded once for the module (tests/conftest.py).
pytestmark = pytest.mark.django_db


def seed(*args):
    out = io.StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


def snapshot():
    return {
        "pages": list(Page.objects.order_by("path").values_list("path", "title", "live")),
        "revisions": Revision.objects.count(),
        "users": list(get_user_model().objects.values_list("username", "password")),
        "sites": list(Site.objects.values_list("hostname", "root_page_id")),
    }


def test_seed_builds_the_site_tree(demo):
    output = demo
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    kommunen = KommunePage.objects.live()
    assert sorted(k.title for k in kommunen) == [
        "Arnsberg",
        "Bad Berleburg",
        "Menden (Sauerland)",
        "Olpe",
        "Soest",
    ]
    assert {k.get_kreis_display() for k in kommunen} == {
        "Hochsauerlandkreis",
        "Kreis Siegen-Wittgenstein",
        "Märkischer Kreis",
        "Kreis Olpe",
        "Kreis Soest",
    }
    guides = LeitfadenPage.objects.live()
    assert guides.count() >= 12
    covered = Handlungsfeld.objects.filter(leitfaeden_leitfadenpage_pages__in=guides).distinct()
    assert covered.count() == 10
    assert (
        DNAKriterium.objects.filter(leitfaeden_leitfadenpage_pages__in=guides).distinct().count()
        == 3
    )
    projects = LeitprojektPage.objects.live()
    assert projects.count() >= 5
    assert all(p.federfuehrung_id for p in projects)
    assert all(p.beteiligte_kommunen.exists() for p in projects)
    assert {p.federfuehrung.title for p in projects} == {k.title for k in kommunen}
    links = SiteLinks.for_site(site)
    assert [p.title for p in links.footer_pages] == [
        "Impressum",
        "Datenschutzerklärung",
        "Erklärung zur Barrierefreiheit",
        "Leichte Sprache",
        "Hinweise zur Nutzung",
    ]
    assert StandardPage.objects.live().count() >= 5
    assert "Benutzer „admin“" in output and "Passwort" in output
    assert get_user_model().objects.get(username="admin").is_superuser


def test_demo_pages_are_marked_as_example_content(client, demo):
    for page in [
        LeitfadenPage.objects.first(),
        KommunePage.objects.first(),
        HomePage.objects.first(),
    ]:
        assert "Beispielinhalt" in client.get(page.url).content.decode()


def test_running_the_seed_twice_changes_nothing(demo):
    before = snapshot()
    output = seed()
    assert snapshot() == before
    assert "Nichts zu tun" in output


def test_seed_scale_adds_generated_guides_projects_and_events(client, demo):
    guides, projects = LeitfadenPage.objects.count(), LeitprojektPage.objects.count()
    events = VeranstaltungPage.objects.count()
    seed("--scale", "50")
    assert LeitfadenPage.objects.count() == guides + 50
    assert LeitprojektPage.objects.count() == projects + 5
    assert VeranstaltungPage.objects.count() == events + 2
    # Generated pages go live without revisions but are in the search index (bulk).
    generated = LeitfadenPage.objects.get(slug="beispiel-leitfaden-00007")
    assert generated.live and generated.first_published_at
    assert generated in LeitfadenPage.objects.live().search("Erzeugter Beispielleitfaden Nr. 7")
    # Written in bulk, the tree is as Wagtail keeps it, and the pages are served.
    assert not any(Page.find_problems())
    assert client.get(generated.url).status_code == 200
    event = VeranstaltungPage.objects.get(slug="beispiel-veranstaltung-00001")
    assert client.get(event.url).status_code == 200
    before = snapshot()
    seed("--scale", "50")
    assert snapshot() == before
