import io

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import transaction

from schule.taxonomy.models import SDG, DNAKriterium, Handlungsfeld

from .factories import (
    KommuneIndexPageFactory,
    KommunePageFactory,
    LeitfadenIndexPageFactory,
    LeitprojektIndexPageFactory,
    make_home,
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


@pytest.fixture(scope="module")
def seeded_demo(django_db_setup, django_db_blocker):
    """The demo seed, run once per test module; yields its output.

    Each test runs in a savepoint inside the module's transaction, which is
    rolled back after the module. Module scope: a test of the same module that
    runs later sees the demo too, so every test of a module that uses it must.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        out = io.StringIO()
        call_command("seed_demo", stdout=out)
        yield out.getvalue()
        transaction.set_rollback(True)


@pytest.fixture
def demo(seeded_demo, db):
    """The seeded demo for one test (see ``seeded_demo``)."""
    return seeded_demo


@pytest.fixture
def home(db):
    return make_home()


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
