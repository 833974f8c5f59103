"""A citizen finds a guide through the catalogue, its tags and the search."""

import re

from playwright.sync_api import expect


def test_citizen_filters_opens_follows_a_tag_and_searches(page, base_url):
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Smart Cities: Schule")

    page.get_by_role("link", name="Leitfäden entdecken").click()
    expect(page).to_have_url(re.compile(r"/leitfaeden/$"))

    filters = page.get_by_role("form", name="Filtern")
    filters.get_by_role("group", name=re.compile("^Handlungsfeld")).get_by_label(
        re.compile("^Mobilität")
    ).check()
    filters.get_by_role("group", name=re.compile("^Südwestfalen-DNA")).get_by_label(
        re.compile("^nachhaltig")
    ).check()
    filters.get_by_role("button", name="Filter anwenden").click()
    expect(page).to_have_url(re.compile(r"handlungsfeld=mobilitaet"))
    expect(page).to_have_url(re.compile(r"dna=nachhaltig"))
    active = page.get_by_role("list", name="Aktive Filter")
    expect(active.get_by_role("link")).to_have_count(2)

    page.get_by_role("link", name="Ein Mobilitätskonzept für Dörfer erarbeiten").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Ein Mobilitätskonzept für Dörfer erarbeiten"
    )

    page.get_by_role("list", name="Einordnung").get_by_role(
        "link", name=re.compile("Umwelt & Klima")
    ).first.click()
    expect(page).to_have_url(re.compile(r"/leitfaeden/\?handlungsfeld=umwelt-klima$"))
    expect(page.get_by_role("heading", name=re.compile(r"^\d+ Ergebnisse?$"))).to_be_visible()

    search = page.get_by_role("search").first
    search.get_by_label("Suche im Portal").fill("Datenportal")
    search.get_by_role("button", name="Suchen").click()
    expect(page).to_have_url(re.compile(r"/suche/\?q=Datenportal"))
    expect(page.get_by_label("Suchbegriff")).to_have_value("Datenportal")
    page.get_by_role("link", name="Open Data: ein kommunales Datenangebot starten").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Open Data: ein kommunales Datenangebot starten"
    )
