"""BITV 2.0: the legal and accessibility pages exist, are linked from every page."""

import pytest
from django.contrib.auth import get_user_model

from leitfaeden.models import LeitfadenPage

pytestmark = pytest.mark.django_db

FOOTER_PAGES = {
    "Impressum": "/impressum/",
    "Datenschutzerklärung": "/datenschutz/",
    "Erklärung zur Barrierefreiheit": "/barrierefreiheit/",
    "Leichte Sprache": "/leichte-sprache/",
    "Hinweise zur Nutzung": "/hilfe/",
}


def footer(html):
    return html.split('<footer class="site-footer">', 1)[1]


@pytest.mark.parametrize("path", ["/", "/leitfaeden/", "/kommunen/olpe/", "/suche/?q=Daten"])
def test_every_page_links_legal_pages_and_the_feedback_contact(client, demo, path):
    html = footer(client.get(path).content.decode())
    for title, url in FOOTER_PAGES.items():
        assert f'<a href="{url}">{title}</a>' in html, title
    assert 'href="mailto:barrierefreiheit@suedwestfalen.example.org"' in html


def test_not_found_page_links_them_too(client, demo):
    response = client.get("/nirgendwo/")
    assert response.status_code == 404
    assert '<a href="/impressum/">Impressum</a>' in footer(response.content.decode())


def test_accessibility_statement_names_feedback_and_schlichtungsstelle(client, demo):
    html = client.get("/barrierefreiheit/").content.decode()
    assert "Erklärung zur Barrierefreiheit" in html
    assert 'href="https://www.schlichtungsstelle-bgg.de"' in html
    assert "barrierefreiheit@suedwestfalen.example.org" in html


@pytest.mark.parametrize("path", FOOTER_PAGES.values())
def test_legal_pages_are_real_wagtail_pages(client, demo, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response.context["page"].live


def test_editors_get_wagtails_accessibility_checker(client, demo):
    page = LeitfadenPage.objects.first()
    assert "wagtail-userbar" not in client.get(page.url).content.decode()
    editor = get_user_model().objects.create_superuser("pruefer", "p@example.org", "x")
    client.force_login(editor)
    html = client.get(page.url).content.decode()
    assert "wagtail-userbar" in html
    assert "checker-axe-configuration" in html  # the content checker runs axe for editors
