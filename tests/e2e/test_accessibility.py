"""axe-core on every page type and state: no WCAG 2.0/2.1 A or AA violation."""

import pytest

from .conftest import assert_no_axe_violations

PAGES = {
    "home": "/",
    "catalogue": "/leitfaeden/",
    "catalogue-filtered": "/leitfaeden/?dna=digital&handlungsfeld=verwaltung-teilhabe",
    "catalogue-no-results": "/leitfaeden/?handlungsfeld=bildung&dna=authentisch&sdg=1",
    "catalogue-bad-input": "/leitfaeden/?dna=unsinn&page=abc",
    "leitfaden": "/leitfaeden/open-data-portal-starten/",
    "leitprojekte": "/leitprojekte/",
    "leitprojekte-filtered": "/leitprojekte/?kommune=olpe",
    "leitprojekt": "/leitprojekte/",
    "kommunen": "/kommunen/",
    "kommune": "/kommunen/olpe/",
    "kommune-dashboard": "/kommunen/olpe/dashboard/",
    "indicator": "/kommunen/olpe/dashboard/indikator/13-2-a/",
    "standard-page": "/impressum/",
    "barrierefreiheit": "/barrierefreiheit/",
    "leichte-sprache": "/leichte-sprache/",
    "search-results": "/suche/?q=Daten",
    "search-no-results": "/suche/?q=Raumfahrtbehoerde",
    "search-form-error": "/suche/?q=",
    "not-found": "/gibt-es-nicht/",
}


@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_page_has_no_wcag_violations(page, path):
    page.goto(path)
    assert_no_axe_violations(page)


def test_a_leitprojekt_page_has_no_wcag_violations(page):
    page.goto("/leitprojekte/")
    page.locator(".content-card__title a").first.click()
    assert_no_axe_violations(page)


def test_each_page_has_one_h1_and_the_landmarks(page):
    for path in PAGES.values():
        page.goto(path)
        assert page.locator("h1").count() == 1, path
        assert page.get_by_role("banner").count() == 1, path
        assert page.get_by_role("main").count() == 1, path
        assert page.get_by_role("contentinfo").count() == 1, path
        assert page.get_by_role("navigation", name="Hauptnavigation").count() == 1, path
