"""Browser tests of the Beteiligung forms, each empty, in its error state and after sending."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import assert_no_axe_violations


@pytest.fixture
def guide(page):
    """The first Leitfaden of the demo catalogue, opened in the browser."""
    page.goto("/leitfaeden/")
    page.locator(".card-list .content-card__title a").first.click()
    return page.url


def send(page, label):
    page.get_by_role("button", name=label).click()


def test_contribution_form_empty_error_and_sent(page, guide):
    page.get_by_role("link", name="Eigenen Beitrag schreiben").click()
    assert_no_axe_violations(page)
    send(page, "Beitrag senden")
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("Bitte prüfen Sie Ihre Angaben")
    expect(page.get_by_label("Ihr Beitrag")).to_have_attribute("aria-invalid", "true")
    assert page.title().startswith("Fehler:")
    assert_no_axe_violations(page)
    summary.get_by_role("link", name=re.compile("Ihr Beitrag")).click()
    page.get_by_label("Erfahrungsbericht").check()
    page.get_by_label("Ihr Beitrag").fill("Wir haben das in Wenden ausprobiert.")
    page.get_by_label("Ich willige ein").check()
    send(page, "Beitrag senden")
    expect(page.get_by_role("status")).to_contain_text("Vielen Dank für Ihren Beitrag")
    assert page.url.startswith(guide)
    assert_no_axe_violations(page)


def test_feedback_from_the_guide_with_error_state(page, guide):
    page.get_by_role("button", name="Nein").click()
    expect(page.get_by_label("Nein")).to_be_checked()
    assert_no_axe_violations(page)
    page.get_by_label("Nein").evaluate("el => { el.checked = false; }")
    send(page, "Rückmeldung senden")
    expect(page.get_by_role("alert")).to_contain_text("Bitte wählen Sie")
    assert_no_axe_violations(page)
    page.get_by_label("Ja").check()
    send(page, "Rückmeldung senden")
    expect(page.get_by_role("status")).to_contain_text("Danke für Ihre Rückmeldung")


def test_reuse_form_empty_error_and_sent(page, guide):
    page.get_by_role("link", name="Sie haben das nachgenutzt? Melden Sie es.").click()
    assert_no_axe_violations(page)
    page.get_by_label("Kommune oder Organisation").fill("Gemeinde Wenden")
    send(page, "Nachnutzung melden")
    expect(page.get_by_role("alert")).to_contain_text("Bitte nennen Sie den Ort.")
    expect(page.get_by_label("Kommune oder Organisation")).to_have_value("Gemeinde Wenden")
    assert_no_axe_violations(page)
    page.get_by_label("Ort", exact=True).fill("Wenden")
    page.get_by_label("Wann").fill("seit Frühjahr 2025")
    page.get_by_label("Was wurde angepasst?").fill("Die Checkliste ist kürzer.")
    page.get_by_label("Ich willige ein").check()
    send(page, "Nachnutzung melden")
    expect(page.get_by_role("status")).to_contain_text("Vielen Dank für Ihre Meldung")
    page.goto("/beteiligung/nachnutzungen/")
    assert_no_axe_violations(page)


def test_join_form_empty_error_and_sent(page):
    page.goto("/kommunen/")
    expect(page.get_by_role("heading", name="Pionierkommunen")).to_be_visible()
    page.get_by_role("link", name=re.compile("Absichtserklärung als Mitmacherkommune")).click()
    assert_no_axe_violations(page)
    page.get_by_label("Name der Kommune").fill("Wenden")
    send(page, "Absichtserklärung senden")
    expect(page.get_by_role("alert")).to_contain_text("Bitte bestätigen Sie alle fünf")
    assert_no_axe_violations(page)
    page.get_by_label("Kreis", exact=True).select_option("olpe")
    page.get_by_label("Ansprechperson").fill("Erika Muster")
    page.get_by_label("E-Mail").fill("erika@example.org")
    group = page.get_by_role("group", name="Unsere Verpflichtungen als Mitmacherkommune")
    for box in group.get_by_role("checkbox").all():
        box.check()
    page.get_by_label("Ich willige ein").check()
    send(page, "Absichtserklärung senden")
    expect(page.get_by_role("status")).to_contain_text("Vielen Dank für Ihre Absichtserklärung")


def test_dna_check_without_javascript_error_result_and_save(page):
    page.goto("/dna-check/")
    assert_no_axe_violations(page)
    send(page, "Auswerten")
    expect(page.get_by_role("alert")).to_contain_text("Bitte beantworten Sie diese Frage.")
    assert_no_axe_violations(page)
    groups = page.locator(".dna-check__form fieldset")
    for index in range(groups.count()):
        groups.nth(index).get_by_role("radio").nth(index % 4).check()
    send(page, "Auswerten")
    expect(page.get_by_role("heading", name="Ihr Ergebnis")).to_be_visible()
    expect(page.locator("svg.chart")).to_be_visible()
    expect(page.get_by_role("table")).to_contain_text("Kriterium")
    assert_no_axe_violations(page)
    page.get_by_label("Projekt oder Strategie").fill("Dorf-App")
    send(page, "Ergebnis speichern")
    expect(page.get_by_role("heading", level=1)).to_have_text("DNA-Check: Dorf-App")
    assert "/dna-check/ergebnis/" in page.url
    assert_no_axe_violations(page)
