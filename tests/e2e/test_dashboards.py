"""The dashboards in the browser: readable, navigable, accessible."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import assert_no_axe_violations


@pytest.mark.parametrize(
    "path",
    [
        "/kommunen/dashboard/",
        "/kommunen/dashboard/?indikator=13-2-a&jahr=2020&sortierung=wert&richtung=ab",
        "/kommunen/olpe/dashboard/diagramm/13-2-a/",
    ],
)
def test_dashboard_pages_have_no_wcag_violations(page, path):
    page.goto(path)
    assert_no_axe_violations(page)


def test_a_citizen_goes_from_the_profile_to_the_dashboard_and_compares(page):
    page.goto("/kommunen/olpe/")
    page.get_by_role("link", name=re.compile("^Dashboard von Olpe")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Dashboard Olpe")
    expect(page.get_by_role("heading", name="Teilziele der Strategie")).to_be_visible()
    expect(page.get_by_role("img", name=re.compile("^Verlauf Olpe")).first).to_be_visible()
    page.get_by_role("link", name=re.compile("^„CO₂-Emissionen.*Verlauf und Vergleich")).click()
    chart = page.get_by_role("img", name=re.compile("^Entwicklung: CO₂-Emissionen"))
    expect(chart).to_be_visible()
    expect(page.get_by_role("img", name=re.compile("^Vergleich"))).to_be_visible()
    page.get_by_role("link", name="Alle Kommunen im Vergleich").click()
    page.get_by_label("Indikator", exact=True).select_option("13-2-a")
    page.get_by_label("Jahr", exact=True).select_option("2020")
    page.get_by_role("button", name="Anzeigen").click()
    expect(page).to_have_url(re.compile(r"indikator=13-2-a.*jahr=2020"))
    page.get_by_role("link", name=re.compile("^Wert")).click()
    expect(page.locator("th[aria-sort]")).to_have_attribute("aria-sort", "ascending")


def test_dashboard_has_no_sideways_scrolling_on_a_phone(page):
    page.set_viewport_size({"width": 375, "height": 740})
    for path in ("/kommunen/olpe/dashboard/", "/kommunen/olpe/dashboard/indikator/13-2-a/"):
        page.goto(path)
        assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
