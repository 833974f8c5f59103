"""The demo events: conferences 2022–2026, Austausch, Schule vor Ort; idempotent; real PDFs."""

import io
import re

import pytest
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page, Revision

from kommunen.models import KommunePage
from schule.veranstaltungen import demo_content
from schule.veranstaltungen.demo import seed_veranstaltungen
from schule.veranstaltungen.models import VeranstaltungIndexPage, VeranstaltungPage
from schule.veranstaltungen.pdf import minimal_pdf

from ..factories import KommunePageFactory, LeitfadenPageFactory

pytestmark = pytest.mark.django_db

PILOTS = ["arnsberg", "bad-berleburg", "menden", "olpe", "soest"]


@pytest.fixture
def site(home, kommune_index, leitfaden_index):
    kommunen = {
        slug: KommunePageFactory(parent=kommune_index, slug=slug, title=slug.title())
        for slug in PILOTS
    }
    LeitfadenPageFactory(parent=leitfaden_index, slug="open-data-portal-starten")
    return home, kommunen


def snapshot():
    return {
        "pages": list(Page.objects.order_by("path").values_list("path", "title", "live")),
        "revisions": Revision.objects.count(),
        "documents": list(get_document_model().objects.values_list("title", "file")),
        "collections": Collection.objects.count(),
    }


def assert_valid_pdf(data):
    """Header, trailer and every cross-reference offset pointing at its object."""
    assert data.startswith(b"%PDF-1.4\n") and data.rstrip().endswith(b"%%EOF")
    xref = int(re.search(rb"startxref\n(\d+)\n", data).group(1))
    assert data[xref:].startswith(b"xref\n0 ")
    entries = re.findall(rb"(\d{10}) 00000 n \n", data[xref:])
    assert entries
    for number, offset in enumerate(entries, start=1):
        assert data[int(offset) :].startswith(f"{number} 0 obj".encode()), number


def test_minimal_pdf_is_valid_and_says_it_is_example_material():
    data = minimal_pdf("Folien: Über (Klammern) und Backslash \\", ["Beispielmaterial", "ä ö ü ß"])
    assert_valid_pdf(data)
    assert b"Beispielmaterial" in data
    assert "ä ö ü ß".encode("cp1252") in data  # WinAnsiEncoding, as the fonts declare
    assert rb"\(Klammern\)" in data


def test_seed_builds_conferences_2022_to_2026_with_programme_and_material(site):
    home, kommunen = site
    assert seed_veranstaltungen(home, kommunen) > 0
    index = VeranstaltungIndexPage.objects.get()
    assert index.get_parent().pk == home.pk and index.show_in_menus
    events = VeranstaltungPage.objects.live().select_related("format")
    conferences = sorted(
        (e for e in events if e.format.slug == "jahreskonferenz"), key=lambda e: e.beginn
    )
    assert [e.erster_tag.year for e in conferences] == [2022, 2023, 2024, 2025, 2026]
    for conference in conferences:
        sessions = [b for b in conference.programm if b.block_type == "sitzung"]
        assert len(sessions) >= 5, conference.title
        assert any(b.value["referierende"] for b in sessions), conference.title
        assert conference.material, conference.title
    for conference in conferences[:-1]:  # over on the reference day: material of sessions too
        assert conference.ergebnisse
        assert any(b.value["material"] for b in conference.programm), conference.title
    assert any(c.mehrtaegig for c in conferences)


def test_seed_has_austausch_and_schule_vor_ort_in_each_pilot_town(site):
    home, kommunen = site
    seed_veranstaltungen(home, kommunen)
    events = VeranstaltungPage.objects.live().select_related("format", "kommune")
    assert sum(e.format.slug == "austausch" for e in events) >= 3
    hosts = {e.kommune.slug for e in events if e.format.slug == "schule-vor-ort"}
    assert hosts == set(PILOTS)
    reference = demo_content.REFERENCE_DATE
    assert any(e.letzter_tag < reference for e in events)
    assert any(e.erster_tag > reference for e in events)
    assert any(e.ganztaegig for e in events) and any(e.abgesagt for e in events)
    assert any(not e.ganztaegig and e.mehrtaegig and (e.ende - e.beginn).days == 0 for e in events)
    assert VeranstaltungPage.objects.filter(leitfaeden__slug="open-data-portal-starten").exists()


def test_seed_material_is_generated_pdf_marked_as_example(site):
    home, kommunen = site
    seed_veranstaltungen(home, kommunen)
    documents = get_document_model().objects.all()
    assert documents.count() >= 30
    for document in documents[:5]:
        with document.file.open("rb") as handle:
            data = handle.read()
        assert_valid_pdf(data)
        assert b"Beispielmaterial" in data
        assert document.file_size == len(data)


def test_running_the_event_seed_twice_changes_nothing(site):
    home, kommunen = site
    seed_veranstaltungen(home, kommunen)
    before = snapshot()
    assert seed_veranstaltungen(home, kommunen) == 0
    assert snapshot() == before


def test_site_seed_builds_the_events_and_the_event_seed_changes_nothing_after(client):
    call_command("seed_demo", stdout=io.StringIO())
    assert VeranstaltungPage.objects.live().exists()
    before = snapshot()
    out = io.StringIO()
    call_command("seed_veranstaltungen", stdout=out)
    assert "Nichts zu tun" in out.getvalue()
    assert snapshot() == before
    conference = VeranstaltungPage.objects.get(slug="jahreskonferenz-2024")
    assert KommunePage.objects.get(slug="olpe").pk == conference.kommune_id
    assert set(conference.leitprojekte.values_list("slug", flat=True)) == {
        "mobil-auf-abruf",
        "gesundheitskiosk",
        "erzaehlte-orte",
    }
    html = client.get(conference.url).content.decode()
    assert "Tagungsmaterial" in html and "Beispielinhalt" in html
    assert client.get("/veranstaltungen/").status_code == 200
