"""The page cache serves anonymous visitors and is never stale."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from schule.beteiligung.models import DNACheckResult, Moderation
from schule.taxonomy.models import Handlungsfeld

from .factories import (
    ContributionFactory,
    LeitfadenPageFactory,
    LeitprojektPageFactory,
    ReuseReportFactory,
    StandardPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True


@pytest.fixture
def guide(leitfaden_index, hf):
    return LeitfadenPageFactory(
        parent=leitfaden_index, title="Alter Titel", handlungsfelder=[hf["energie"]]
    )


def fetch(client, url, **headers):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, headers=headers)
    return response, len(queries)


def warm(client, url):
    # Twice: the very first request may create the site's settings row (a content write).
    client.get(url)
    client.get(url)
    response, queries = fetch(client, url)
    assert response["X-Page-Cache"] == "hit" and queries == 0
    return response


def test_anonymous_page_is_served_from_the_cache_without_queries(client, guide):
    client.get("/")  # creates the site's settings row
    first, _ = fetch(client, guide.url)
    assert first["X-Page-Cache"] == "miss"
    second, queries = fetch(client, guide.url)
    assert second["X-Page-Cache"] == "hit"
    assert queries == 0
    assert second.content == first.content


def test_cached_page_has_headers_for_proxies_and_answers_conditional_requests(client, guide):
    response = warm(client, guide.url)
    assert "public" in response["Cache-Control"] and "max-age=60" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]
    assert response["ETag"] and response["Last-Modified"]
    again, queries = fetch(client, guide.url, if_none_match=response["ETag"])
    assert again.status_code == 304 and queries == 0
    since, _ = fetch(client, guide.url, if_modified_since=response["Last-Modified"])
    assert since.status_code == 304


def test_an_etag_that_does_not_match_is_not_overruled_by_the_date(client, guide):
    response = warm(client, guide.url)
    # A browser that kept the page of an older release sends both; the ETag decides.
    again, _ = fetch(
        client, guide.url, if_none_match='"alt"', if_modified_since=response["Last-Modified"]
    )
    assert again.status_code == 200


def test_a_deployment_that_changes_a_template_starts_a_new_version(
    client, guide, settings, tmp_path
):
    from schule.core import page_cache

    engine = settings.TEMPLATES[0]
    settings.TEMPLATES = [{**engine, "DIRS": [*engine["DIRS"], tmp_path]}]
    template = tmp_path / "geaendert.html"
    template.write_text("vorher")
    page_cache.version_key.cache_clear()
    try:
        warm(client, guide.url)
        old = page_cache.content_version()
        template.write_text("nachher")  # the new release's template
        page_cache.version_key.cache_clear()  # as a restarted worker computes it
        after, _ = fetch(client, guide.url)
        assert after["X-Page-Cache"] == "miss"
        assert page_cache.content_version() > old
    finally:
        page_cache.version_key.cache_clear()


def test_publishing_makes_the_page_and_the_catalogue_fresh(client, guide):
    warm(client, guide.url)
    warm(client, "/leitfaeden/")
    guide.title = "Neuer Titel"
    guide.save_revision().publish()
    assert "Neuer Titel" in client.get(guide.url).content.decode()
    assert "Neuer Titel" in client.get("/leitfaeden/").content.decode()


def test_a_new_page_appears_at_once(client, guide, leitfaden_index):
    warm(client, "/leitfaeden/")
    LeitfadenPageFactory(parent=leitfaden_index, title="Ganz neu")
    assert "Ganz neu" in client.get("/leitfaeden/").content.decode()


def test_unpublishing_removes_the_page_at_once(client, guide):
    warm(client, guide.url)
    warm(client, "/leitfaeden/")
    guide.unpublish()
    assert client.get(guide.url).status_code == 404
    assert "Alter Titel" not in client.get("/leitfaeden/").content.decode()


def test_deleting_a_page_removes_it_at_once(client, guide):
    warm(client, "/leitfaeden/")
    guide.delete()
    assert "Alter Titel" not in client.get("/leitfaeden/").content.decode()


def test_moving_a_page_changes_its_url_at_once(client, home):
    parent = StandardPageFactory(parent=home, title="Oben", slug="oben")
    other = StandardPageFactory(parent=home, title="Anders", slug="anders")
    page = StandardPageFactory(parent=parent, title="Wandernd", slug="wandernd")
    warm(client, "/oben/wandernd/")
    page.move(other, pos="last-child")
    old = client.get("/oben/wandernd/")
    # Wagtail leaves a redirect behind; the cached old page is gone.
    assert old.status_code == 301 and old["Location"] == "/anders/wandernd/"
    assert client.get("/anders/wandernd/").status_code == 200


def test_editing_a_taxonomy_snippet_shows_everywhere(client, guide):
    warm(client, guide.url)
    energie = Handlungsfeld.objects.get(slug="energie")
    energie.name = "Energie und Wärme"
    energie.save()
    assert "Energie und Wärme" in client.get(guide.url).content.decode()


def test_importing_indicators_makes_dashboards_fresh(client, olpe, tmp_path, sdg):
    from kommunen.indicators import Area, Indicator

    Area.objects.create(key="05966024", name="Olpe", kind="kommune", kommune=olpe)
    Indicator.objects.create(
        code="7-2-a", title="Strom", sdg=sdg[7], unit="%", source="T", base_year=2015
    )
    warm(client, "/kommunen/olpe/dashboard/")
    (tmp_path / "werte.csv").write_text("indicator,area,year,value\n7-2-a,05966024,2024,42.5\n")
    call_command("import_indicators", str(tmp_path), stdout=io.StringIO())
    assert "42,5 %" in client.get("/kommunen/olpe/dashboard/").content.decode()


def test_moderating_a_contribution_or_reuse_report_shows_it_at_once(client, guide):
    contribution = ContributionFactory(page=guide, text="Schritt 2 dauerte bei uns länger.")
    report = ReuseReportFactory(page=guide, organisation="Gemeinde Wenden")
    html = warm(client, guide.url).content.decode()
    assert "Schritt 2 dauerte" not in html and "Gemeinde Wenden" not in html
    contribution.moderate(Moderation.PUBLISHED, None)
    assert "Schritt 2 dauerte bei uns länger." in client.get(guide.url).content.decode()
    report.moderate(Moderation.PUBLISHED, None)
    assert "Gemeinde Wenden" in client.get(guide.url).content.decode()
    contribution.moderate(Moderation.REJECTED, None)
    assert "Schritt 2 dauerte" not in client.get(guide.url).content.decode()


def test_attaching_a_dna_check_shows_it_on_the_leitprojekt_at_once(client, leitprojekt_index, olpe):
    project = LeitprojektPageFactory(
        parent=leitprojekt_index, title="Projekt mit Check", federfuehrung=olpe
    )
    result = DNACheckResult.objects.create(punkte={"digital": 80, "nachhaltig": 40})
    assert "DNA-Check des Projekts" not in warm(client, project.url).content.decode()
    result.leitprojekt = project
    result.save()
    assert "DNA-Check des Projekts" in client.get(project.url).content.decode()
    detached = DNACheckResult.objects.get(pk=result.pk)
    detached.leitprojekt = None
    detached.save()
    assert "DNA-Check des Projekts" not in client.get(project.url).content.decode()


def test_a_visitor_saving_a_dna_check_leaves_cached_pages_as_they_are(client, guide):
    warm(client, guide.url)
    DNACheckResult.objects.create(punkte={"digital": 80})
    response, queries = fetch(client, guide.url)
    assert response["X-Page-Cache"] == "hit" and queries == 0


def test_editors_are_never_served_from_the_cache(client, guide):
    warm(client, guide.url)
    editor = get_user_model().objects.create_superuser("red", "red@example.org", "x")
    client.force_login(editor)
    response, queries = fetch(client, guide.url)
    assert "X-Page-Cache" not in response
    assert queries > 0
    assert "private" in response["Cache-Control"]
    assert "wagtail-userbar" in response.content.decode()
    client.logout()
    assert "wagtail-userbar" not in client.get(guide.url).content.decode()


def test_previews_are_not_cached(client, guide):
    editor = get_user_model().objects.create_superuser("red", "red@example.org", "x")
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:view_draft", args=[guide.pk])
    response = client.get(url)
    assert response.status_code == 200
    assert "X-Page-Cache" not in response


def test_pages_with_a_csrf_token_or_a_cookie_are_not_cached(client, home):
    response = client.get("/admin/login/")
    assert "X-Page-Cache" not in response
    # A visitor who carries a session (e.g. after sending a form) is not served from the cache.
    client.get("/")
    client.cookies["sessionid"] = "irgendwas"
    response, queries = fetch(client, "/")
    assert "X-Page-Cache" not in response and queries > 0


def test_bad_input_pages_are_cached_per_query_string(client, guide):
    warm(client, "/leitfaeden/?dna=unsinn")
    response, _ = fetch(client, "/leitfaeden/?dna=digital")
    assert response["X-Page-Cache"] == "miss"


def test_pages_expire_when_an_event_starts_or_ends(client, home, monkeypatch):
    """The clock changes pages too (upcoming → archive): no page outlives that moment."""
    import datetime

    from django.core.cache import cache
    from django.utils import timezone

    from .factories import VeranstaltungIndexPageFactory, VeranstaltungPageFactory

    index = VeranstaltungIndexPageFactory(parent=home)
    start = timezone.now() + datetime.timedelta(minutes=30)
    VeranstaltungPageFactory(parent=index, beginn=start, ende=start + datetime.timedelta(hours=2))
    client.get("/")
    timeouts = []
    real_set = cache.set

    def spy(key, value, timeout=None, **kwargs):
        if str(key).startswith("portal:page"):
            timeouts.append(timeout)
        return real_set(key, value, timeout=timeout, **kwargs)

    monkeypatch.setattr(cache, "set", spy)
    response = client.get(index.url)
    assert response["X-Page-Cache"] == "miss"
    assert timeouts and 1700 <= timeouts[0] <= 1800  # until the event starts
    assert "max-age=60" in response["Cache-Control"]
