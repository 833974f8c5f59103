"""Browser tests of the event listing and the event page, with axe-core and the Nu checker."""

import json
import re
import shutil
import subprocess
import sys
import urllib.request

import pytest
from playwright.sync_api import expect

from .conftest import ROOT, VNU, assert_no_axe_violations

PAGES = {
    "home-with-events": "/",
    "events": "/veranstaltungen/",
    "events-filtered": "/veranstaltungen/?format=jahreskonferenz&handlungsfeld=mobilitaet",
    "events-no-results": "/veranstaltungen/?format=online-seminar&kommune=menden",
    "conference-past-two-days": "/veranstaltungen/jahreskonferenz-2024/",
    "conference-one-day": "/veranstaltungen/jahreskonferenz-2023/",
    "conference-2026": "/veranstaltungen/jahreskonferenz-2026/",
    "across-midnight": "/veranstaltungen/schule-vor-ort-arnsberg-nacht-der-offenen-daten/",
    "all-day-two-days": "/veranstaltungen/schule-vor-ort-bad-berleburg-zukunftswerkstatt/",
    "cancelled": "/veranstaltungen/schule-vor-ort-soest-werkstatt-leerstand/",
    "online": "/veranstaltungen/online-seminar-barrierefreie-websites/",
}


@pytest.fixture(scope="module", autouse=True)
def events(demo_server):
    """The demo events, in case the site seed does not create them (idempotent)."""
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "seed_veranstaltungen"],
        env=demo_server["env"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_event_page_has_no_wcag_violations(page, path):
    page.goto(path)
    assert_no_axe_violations(page)


def test_each_event_page_has_one_h1_and_the_landmarks(page):
    for path in PAGES.values():
        page.goto(path)
        assert page.locator("h1").count() == 1, path
        assert page.get_by_role("main").count() == 1, path
        assert page.get_by_role("navigation", name="Hauptnavigation").count() == 1, path


def test_visitor_filters_conferences_and_finds_the_material_of_2024(page):
    page.goto("/")
    page.get_by_role("navigation", name="Hauptnavigation").get_by_role(
        "link", name="Veranstaltungen"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Veranstaltungen")

    filters = page.get_by_role("form", name="Filtern")
    filters.get_by_role("group", name=re.compile("^Format")).get_by_label(
        re.compile("^Jahreskonferenz")
    ).check()
    filters.get_by_role("button", name="Filter anwenden").click()
    expect(page).to_have_url(re.compile(r"format=jahreskonferenz"))
    expect(page.get_by_role("heading", name="Archiv 2024")).to_be_visible()
    archive = page.get_by_role("list", name="Archiv 2024")
    expect(archive.get_by_text("Tagungsmaterial")).to_be_visible()

    archive.get_by_role(
        "link", name="Jahreskonferenz 2024: Mobil und versorgt auf dem Land", exact=True
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Jahreskonferenz 2024: Mobil und versorgt auf dem Land"
    )
    material = page.get_by_role("heading", name="Tagungsmaterial", level=2)
    programme = page.get_by_role("heading", name="Programm", level=2)
    assert material.bounding_box()["y"] < programme.bounding_box()["y"]
    expect(
        page.get_by_role("region", name="Tagungsmaterial").get_by_role("link").first
    ).to_be_visible()

    page.get_by_role("navigation", name="Programmtage").get_by_role(
        "link", name=re.compile("^Tag 2")
    ).click()
    expect(page).to_have_url(re.compile(r"#tag-2$"))
    expect(page.get_by_role("heading", name=re.compile("^Tag 2:"))).to_be_in_viewport()
    expect(page.get_by_role("heading", name="Referierende")).to_be_visible()


def test_calendar_files_download_as_icalendar(page, base_url):
    page.goto("/veranstaltungen/")
    href = page.get_by_role("link", name=re.compile("als Kalender abonnieren")).get_attribute(
        "href"
    )
    response = page.request.get(base_url + href)
    assert response.ok
    assert response.headers["content-type"].startswith("text/calendar")
    assert response.text().startswith("BEGIN:VCALENDAR")
    page.goto("/veranstaltungen/jahreskonferenz-2024/")
    ics = page.locator('link[rel="alternate"][type="text/calendar"]').get_attribute("href")
    body = page.request.get(base_url + ics).text()
    assert "SUMMARY:Jahreskonferenz 2024" in body and "TZID=Europe/Berlin" in body


def test_conference_page_does_not_scroll_sideways_on_a_phone(page):
    page.set_viewport_size({"width": 375, "height": 740})
    for path in [PAGES["conference-past-two-days"], PAGES["events"]]:
        page.goto(path)
        assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"), (
            path
        )


@pytest.mark.skipif(not shutil.which("java"), reason="Java fehlt: vnu.jar braucht eine JVM")
def test_event_pages_are_valid_html(demo_server, tmp_path):
    files = []
    for name, path in PAGES.items():
        body = urllib.request.urlopen(demo_server["url"] + path, timeout=10).read()  # noqa: S310
        target = tmp_path / f"{name}.html"
        target.write_bytes(body)
        files.append(str(target))
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or "{}").get("messages", [])
    errors = [
        f"{m['url'].rsplit('/', 1)[-1]}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m.get("type") == "error"
    ]
    assert not errors, "\n".join(errors)
