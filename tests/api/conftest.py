import datetime
from decimal import Decimal

import pytest
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from kommunen.indicators import Area, AreaKind, Indicator, Observation
from schule.taxonomy.models import SDG, DNAKriterium, Handlungsfeld

from ..factories import (
    KommuneIndexPageFactory,
    KommunePageFactory,
    LeitfadenIndexPageFactory,
    LeitfadenPageFactory,
    LeitprojektIndexPageFactory,
    LeitprojektPageFactory,
    VeranstaltungIndexPageFactory,
    VeranstaltungPageFactory,
    make_home,
)

PUBLISHED = timezone.make_aware(datetime.datetime(2026, 1, 15, 10, 0))

# Strings that must never leave the portal through the API or the downloads.
SECRETS = {
    "draft_title": "Geheimer Entwurf",
    "unpublished_change": "Unveröffentlichte Änderung",
    "private_title": "Nur mit Passwort",
    "contact_name": "Erika Mustermann",
    "contact_email": "erika.mustermann@olpe.example",
    "contact_phone": "02761 123456",
    "speaker": "Max Referent",
    "text_email": "fragen@agentur.example",
}


def restrict(page):
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )


def build_portal():
    """A small portal with published, draft and private content and personal data."""
    home = make_home()
    leitfaden_index = LeitfadenIndexPageFactory(parent=home)
    leitprojekt_index = LeitprojektIndexPageFactory(parent=home)
    kommune_index = KommuneIndexPageFactory(parent=home)
    event_index = VeranstaltungIndexPageFactory(parent=home)
    olpe = KommunePageFactory(parent=kommune_index, title="Olpe", slug="olpe", kreis="olpe")
    soest = KommunePageFactory(parent=kommune_index, title="Soest", slug="soest", kreis="soest")
    dna = {t.slug: t for t in DNAKriterium.objects.all()}
    hf = {t.slug: t for t in Handlungsfeld.objects.all()}
    sdg = {t.number: t for t in SDG.objects.all()}
    olpe.ags = "05966024"
    olpe.kontakt_name = SECRETS["contact_name"]
    olpe.kontakt_email = SECRETS["contact_email"]
    olpe.kontakt_telefon = SECRETS["contact_phone"]
    olpe.latitude, olpe.longitude = Decimal("51.02871"), Decimal("7.85106")
    olpe.save_revision().publish()
    soest.ags = "05974040"
    soest.save_revision().publish()
    hidden_kommune = KommunePageFactory(parent=kommune_index, title=SECRETS["draft_title"] + " K")
    hidden_kommune.unpublish()

    project = LeitprojektPageFactory(
        parent=leitprojekt_index,
        title="Digitale Bürgerdienste",
        federfuehrung=hidden_kommune,
        beteiligte_kommunen=[soest, hidden_kommune],
        dna=[dna["digital"]],
        handlungsfelder=[hf["energie"]],
        sdgs=[sdg[11]],
        tags=["open-data"],
    )
    other_project = LeitprojektPageFactory(
        parent=leitprojekt_index, title="Solardächer", federfuehrung=soest, sdgs=[sdg[7]]
    )
    guide = LeitfadenPageFactory(
        parent=leitfaden_index,
        title="Mobilitätskonzept",
        zusammenfassung=f"Fragen an {SECRETS['text_email']} richten.",
        kommunen=[olpe, hidden_kommune],
        leitprojekte=[project],
        dna=[dna["digital"], dna["nachhaltig"]],
        handlungsfelder=[hf["mobilitaet"]],
        sdgs=[sdg[11]],
        tags=["bus"],
    )
    second_guide = LeitfadenPageFactory(
        parent=leitfaden_index,
        title="Energiesparen",
        lizenz="cc-by-sa-4.0",
        kommunen=[soest],
        dna=[dna["nachhaltig"]],
        sdgs=[sdg[7]],
    )
    # A published guide with a newer draft: only the published version may appear.
    second_guide.title = SECRETS["unpublished_change"]
    second_guide.save_revision()
    draft = LeitfadenPageFactory(parent=leitfaden_index, title=SECRETS["draft_title"])
    draft.unpublish()
    private = LeitfadenPageFactory(parent=leitfaden_index, title=SECRETS["private_title"])
    restrict(private)

    event = VeranstaltungPageFactory(
        parent=event_index,
        title="Jahreskonferenz",
        kommune=olpe,
        dna=[dna["digital"]],
        programm=[
            ("sitzung", {"referierende": [{"name": SECRETS["speaker"]}], "titel": "Auftakt"})
        ],
    )
    draft_event = VeranstaltungPageFactory(parent=event_index, title=SECRETS["draft_title"] + " V")
    draft_event.unpublish()

    de = Area.objects.create(key="DE", name="Deutschland", kind=AreaKind.BUND)
    nrw = Area.objects.create(key="05", name="Nordrhein-Westfalen", kind=AreaKind.LAND, parent=de)
    kreis = Area.objects.create(key="05966", name="Kreis Olpe", kind=AreaKind.KREIS, parent=nrw)
    olpe_area = Area.objects.create(
        key="05966024", name="Olpe", kind=AreaKind.KOMMUNE, parent=kreis, kommune=olpe
    )
    co2 = Indicator.objects.create(
        code="13-2-a",
        title="CO₂-Emissionen",
        sdg=sdg[13],
        unit="t je Einw.",
        source="Testquelle",
        direction="lower",
        base_year=2015,
        licence="DL-DE-BY-2.0",
    )
    energy = Indicator.objects.create(
        code="7-2-a",
        title="Erneuerbarer Strom",
        sdg=sdg[7],
        unit="%",
        source="Testquelle",
        base_year=2015,
        licence="CC BY 4.0",
    )
    for year in (2015, 2020, 2024):
        for area in (de, kreis, olpe_area):
            Observation.objects.create(
                indicator=co2,
                area=area,
                year=year,
                value=10 - (year - 2015) / 3,
                datenstand=datetime.date(2026, 3, 31),
            )
        Observation.objects.create(indicator=energy, area=olpe_area, year=year, value=year - 1990)
    # Factories create live pages without publishing them; give them the dates publishing sets.
    Page.objects.filter(live=True, first_published_at__isnull=True).update(
        first_published_at=PUBLISHED, last_published_at=PUBLISHED
    )
    return {
        "home": home,
        "leitfaden_index": leitfaden_index,
        "leitprojekt_index": leitprojekt_index,
        "kommune_index": kommune_index,
        "event_index": event_index,
        "olpe": olpe,
        "soest": soest,
        "hidden_kommune": hidden_kommune,
        "project": project,
        "other_project": other_project,
        "guide": guide,
        "second_guide": second_guide,
        "draft": draft,
        "private": private,
        "event": event,
        "draft_event": draft_event,
        "co2": co2,
        "energy": energy,
    }


@pytest.fixture(scope="module")
def portal_keys(django_db_setup, django_db_blocker):
    """The portal, built once per module: (model, pk) of each object.

    Each test runs in a savepoint inside the module's transaction, rolled back
    after the module. Every database test of this directory uses the portal:
    the site fixtures below return its pages.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        objects = build_portal()
        yield {key: (type(obj), obj.pk) for key, obj in objects.items()}
        transaction.set_rollback(True)


@pytest.fixture
def portal(portal_keys, db):
    """The portal's objects, read afresh for each test (what one test changes stays there)."""
    return {key: model._default_manager.get(pk=pk) for key, (model, pk) in portal_keys.items()}


def _portal_fixture(key):
    """A fixture named ``key`` that answers the portal's object of that name."""

    @pytest.fixture(name=key)
    def fixture(portal):
        return portal[key]

    return fixture


# The site fixtures of tests/conftest.py, answered by the portal's pages.
SITE_FIXTURES = [
    "home",
    "leitfaden_index",
    "leitprojekt_index",
    "kommune_index",
    "event_index",
    "olpe",
    "soest",
]
for _key in SITE_FIXTURES:
    globals()[f"_{_key}_fixture"] = _portal_fixture(_key)
