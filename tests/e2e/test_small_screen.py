"""At 375 px wide: navigation and filters usable, nothing scrolls sideways."""

import re

import pytest
from playwright.sync_api import expect

NO_SIDEWAYS_SCROLL = "() => document.documentElement.scrollWidth <= window.innerWidth"


@pytest.fixture
def phone(page):
    page.set_viewport_size({"width": 375, "height": 740})
    return page


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/leitfaeden/",
        "/leitfaeden/?handlungsfeld=energie",
        "/leitfaeden/open-data-portal-starten/",
        "/leitprojekte/",
        "/kommunen/",
        "/kommunen/olpe/",
        "/suche/?q=Daten",
        "/barrierefreiheit/",
    ],
)
def test_no_horizontal_scrolling(phone, path):
    phone.goto(path)
    assert phone.evaluate(NO_SIDEWAYS_SCROLL), path


def test_navigation_and_filters_are_usable_on_a_phone(phone):
    phone.goto("/")
    nav = phone.get_by_role("navigation", name="Hauptnavigation")
    link = nav.get_by_role("link", name="Leitfäden")
    expect(link).to_be_visible()
    link.click()
    expect(phone).to_have_url(re.compile(r"/leitfaeden/$"))
    phone.get_by_role("group", name=re.compile("^Handlungsfeld")).get_by_label(
        re.compile("^Energie")
    ).check()
    phone.get_by_role("button", name="Filter anwenden").click()
    expect(phone).to_have_url(re.compile(r"handlungsfeld=energie"))
    assert phone.evaluate(NO_SIDEWAYS_SCROLL)
