import pytest
from django.conf import settings
from wagtail.models import Page, Site

from schule.core.models import SiteLinks
from schule.taxonomy.models import SDG, DNAKriterium, Handlungsfeld

from .factories import (
    HomePageFactory,
    KommuneIndexPageFactory,
    KommunePageFactory,
    LeitfadenIndexPageFactory,
    LeitprojektIndexPageFactory,
)

requires_postgres = pytest.mark.skipif(
    not settings.IS_POSTGRES, reason="braucht PostgreSQL (DATABASE_URL setzen)"
)


@pytest.fixture(autouse=True)
def _fresh_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home(db):
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root)
    Site.objects.all().delete()
    site = Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True)
    # As the seed does: the footer settings exist before the first visitor asks.
    SiteLinks.for_site(site)
    # Wagtail's placeholder page from its own migration is not part of our tree.
    Page.objects.filter(depth=2).exclude(pk=home.pk).delete()
    return home


@pytest.fixture
def leitfaden_index(home):
    return LeitfadenIndexPageFactory(parent=home)


@pytest.fixture
def leitprojekt_index(home):
    return LeitprojektIndexPageFactory(parent=home)


@pytest.fixture
def kommune_index(home):
    return KommuneIndexPageFactory(parent=home)


@pytest.fixture
def olpe(kommune_index):
    return KommunePageFactory(parent=kommune_index, title="Olpe", slug="olpe", kreis="olpe")


@pytest.fixture
def soest(kommune_index):
    return KommunePageFactory(parent=kommune_index, title="Soest", slug="soest", kreis="soest")


@pytest.fixture
def dna(db):
    return {t.slug: t for t in DNAKriterium.objects.all()}


@pytest.fixture
def hf(db):
    return {t.slug: t for t in Handlungsfeld.objects.all()}


@pytest.fixture
def sdg(db):
    return {t.number: t for t in SDG.objects.all()}
