"""Routing by url_path, and what is kept per content version, behave as Wagtail does.

schule/core/routing.py routes with at most two queries at any depth; the site, its
navigation and footer, the view restrictions and the taxonomy terms are kept
under the content version (``memo``). These tests run with the page cache
off (as every test does): each change must show on the very next request.
"""

import pytest
from wagtail.models import PageViewRestriction

from schule.core.models import SiteLinks
from schule.taxonomy.models import Handlungsfeld

from .factories import LeitfadenIndexPageFactory, LeitfadenPageFactory, StandardPageFactory
from .querycount import count_queries

pytestmark = pytest.mark.django_db


def test_pages_at_any_depth_are_found_with_no_more_queries_than_at_the_top(client, home):
    top = StandardPageFactory(parent=home, slug="oben")
    middle = StandardPageFactory(parent=top, slug="mitte")
    deep = StandardPageFactory(parent=middle, slug="unten", title="Ganz unten")
    response = client.get("/oben/mitte/unten/")
    assert response.status_code == 200 and "Ganz unten" in response.content.decode()
    # The site's sections (right below the root) are kept as specific pages per
    # content version: no query; below a kept parent one query finds the page.
    assert count_queries(client, "/oben/") == 0
    assert count_queries(client, "/oben/mitte/unten/") == 1
    assert deep.url == "/oben/mitte/unten/"


def test_a_changed_or_new_section_shows_at_once(client, home):
    top = StandardPageFactory(parent=home, slug="oben", title="Alter Titel")
    assert "Alter Titel</h1>" in client.get("/oben/").content.decode()
    top.title = "Neuer Titel"
    top.save_revision().publish()
    assert "Neuer Titel</h1>" in client.get("/oben/").content.decode()
    StandardPageFactory(parent=home, slug="neu", title="Neue Rubrik")
    assert "Neue Rubrik</h1>" in client.get("/neu/").content.decode()
    top.unpublish()
    assert client.get("/oben/").status_code == 404


def test_a_child_of_another_type_below_a_kept_parent_is_found_at_once(client, home):
    top = StandardPageFactory(parent=home, slug="oben")
    StandardPageFactory(parent=top, slug="erste", title="Erste Seite")
    assert "Erste Seite</h1>" in client.get("/oben/erste/").content.decode()
    # The parent is kept with "all children are standard pages"; a Leitfaden index
    # below it is a second type, and the next request must know it.
    LeitfadenIndexPageFactory(parent=top, slug="katalog", title="Katalog darunter")
    assert "Katalog darunter" in client.get("/oben/katalog/").content.decode()
    assert "Erste Seite</h1>" in client.get("/oben/erste/").content.decode()


def test_unknown_paths_keep_nothing(client, home):
    from schule.core.page_cache import _process_memo

    top = StandardPageFactory(parent=home, slug="oben")
    StandardPageFactory(parent=top, slug="blatt")
    client.get("/oben/blatt/")
    kept = set(_process_memo[0][1])
    for path in ("/gibt/es/nicht/", "/oben/fehlt/x/", "/oben/blatt/x/", "/a/b/c/d/"):
        assert client.get(path).status_code == 404
    # A missing page on the path, or a leaf as the parent: nothing new is kept.
    assert {k for k in _process_memo[0][1] if k.startswith("route:")} == {
        k for k in kept if k.startswith("route:")
    }


@pytest.mark.parametrize("path", ["/gibt-es-nicht/", "/oben/gibt-es-nicht/", "/oben/x/y/z/"])
def test_unknown_paths_are_404(client, home, path):
    StandardPageFactory(parent=home, slug="oben")
    assert client.get(path).status_code == 404


def test_a_draft_is_404_but_its_live_children_are_served_as_in_wagtail(client, home):
    draft = StandardPageFactory(parent=home, slug="entwurf")
    StandardPageFactory(parent=draft, slug="kind", title="Lebendes Kind")
    draft.unpublish()
    assert client.get("/entwurf/").status_code == 404
    assert "Lebendes Kind" in client.get("/entwurf/kind/").content.decode()


def test_breadcrumb_lists_every_ancestor(client, home):
    top = StandardPageFactory(parent=home, slug="oben", title="Obere Seite")
    StandardPageFactory(parent=top, slug="unten", title="Untere Seite")
    html = client.get("/oben/unten/").content.decode()
    crumb = html.split('class="breadcrumb__list"')[1].split("</ol>")[0]
    assert crumb.index("Startseite") < crumb.index("Obere Seite") < crumb.index("Untere Seite")
    assert 'href="/oben/"' in crumb


def test_a_routable_page_keeps_its_routes_before_its_children(client, olpe):
    # A child page with the slug of one of the Kommune's routes does not hide the route.
    StandardPageFactory(parent=olpe, slug="dashboard", title="Gleichnamige Seite")
    StandardPageFactory(parent=olpe, slug="chronik", title="Chronik von Olpe")
    dashboard = client.get("/kommunen/olpe/dashboard/")
    assert dashboard.status_code == 200
    assert "Gleichnamige Seite</h1>" not in dashboard.content.decode()
    # Paths its routes do not claim go on to its children.
    assert "Chronik von Olpe" in client.get("/kommunen/olpe/chronik/").content.decode()
    assert client.get("/kommunen/olpe/dashboard/gibt-es-nicht/").status_code == 404


def test_a_new_menu_page_shows_in_the_navigation_at_once(client, home):
    assert "Neu im Menü" not in client.get("/").content.decode()
    StandardPageFactory(parent=home, title="Neu im Menü", show_in_menus=True)
    nav = client.get("/").content.decode().split('class="main-nav"')[1].split("</nav>")[0]
    assert "Neu im Menü" in nav


def test_a_changed_footer_link_shows_at_once(client, home):
    impressum = StandardPageFactory(parent=home, title="Impressum (Beispiel)")
    assert "Impressum (Beispiel)" not in client.get("/").content.decode()
    links = SiteLinks.objects.get()
    links.impressum = impressum
    links.save()
    footer = client.get("/").content.decode().split("<footer")[1]
    assert "Impressum (Beispiel)" in footer


def test_a_private_section_is_hidden_at_once_and_back_when_opened(client, leitfaden_index):
    guide = LeitfadenPageFactory(parent=leitfaden_index, title="Interner Leitfaden")
    assert "Interner Leitfaden" in client.get("/leitfaeden/").content.decode()
    restriction = PageViewRestriction.objects.create(
        page=guide, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    assert "Interner Leitfaden" not in client.get("/leitfaeden/").content.decode()
    assert "Interner Leitfaden" not in client.get("/suche/?q=Interner").content.decode()
    guarded = client.get(guide.url)
    assert guarded.status_code == 200 and "password" in guarded.content.decode()
    restriction.delete()
    assert "Interner Leitfaden" in client.get("/leitfaeden/").content.decode()
    assert "Interner Leitfaden</h1>" in client.get(guide.url).content.decode()


def test_a_renamed_term_shows_in_filters_and_on_cards_at_once(client, leitfaden_index, hf):
    LeitfadenPageFactory(parent=leitfaden_index, handlungsfelder=[hf["energie"]])
    client.get("/leitfaeden/?handlungsfeld=energie")
    energie = Handlungsfeld.objects.get(slug="energie")
    energie.name = "Energie und Wärme"
    energie.save()
    html = client.get("/leitfaeden/?handlungsfeld=energie").content.decode()
    assert html.count("Energie und Wärme") >= 2  # the active filter and the card's tag


def test_a_memoised_value_is_read_from_the_shared_cache_once_per_version(settings):
    from unittest import mock

    from django.core.cache import cache

    from schule.core.page_cache import bump, memo, version_key

    computed = []

    def compute():
        computed.append(1)
        return {"n": len(computed)}

    bump()
    first = memo("test-value", compute)
    with mock.patch.object(cache, "get", wraps=cache.get) as get:
        again = memo("test-value", compute)
        # Only the version is read; the value is the one this process already holds.
        assert [call.args[0] for call in get.call_args_list] == [version_key()]
    assert again is first and again == {"n": 1} and len(computed) == 1
    bump()
    assert memo("test-value", compute) == {"n": 2}


def test_page_urls_in_a_listing_cost_no_cache_read_per_page(client, leitfaden_index):
    from unittest import mock

    from django.core.cache import cache

    for n in range(3):
        LeitfadenPageFactory(parent=leitfaden_index, title=f"Guide {n}")
    client.get("/leitfaeden/")

    def reads():
        with mock.patch.object(cache, "get", wraps=cache.get) as get:
            assert client.get("/leitfaeden/").status_code == 200
        return get.call_count

    few = reads()
    for n in range(3, 12):
        LeitfadenPageFactory(parent=leitfaden_index, title=f"Guide {n}")
    client.get("/leitfaeden/")
    assert reads() == few <= 3


def test_modelcluster_reads_a_models_child_relations_once_per_class(hf):
    """schule/core/clusters.py: the same relations as modelcluster finds, kept per class."""
    from modelcluster import models as cluster_models

    from kommunen.models import KommunePage, KommunePrioritaet

    for name in ("get_all_child_relations", "get_all_child_m2m_relations"):
        kept = getattr(cluster_models, name)
        assert kept(KommunePage) == kept.__wrapped__(KommunePage)
        assert kept(KommunePage()) is kept(KommunePage)
    assert cluster_models.get_all_child_relations(KommunePage)  # the priorities, at least
    # Child objects passed to the constructor still land on their relation.
    priority = KommunePrioritaet(handlungsfeld=hf["energie"])
    page = KommunePage(title="Attendorn", slug="attendorn", prioritaeten=[priority])
    assert [p.handlungsfeld for p in page.prioritaeten.all()] == [hf["energie"]]
