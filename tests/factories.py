"""Factories for every page type, in one place (wagtail-factories + factory_boy)."""

import factory
import wagtail_factories
from wagtail import blocks
from wagtail.models import Page, Site

from kommunen.models import KommuneIndexPage, KommunePage
from leitfaeden.models import LeitfadenIndexPage, LeitfadenPage
from leitprojekte.models import LeitprojektIndexPage, LeitprojektPage
from schule.core.blocks import StepBlock, StepsBlock
from schule.core.models import HomePage, SiteLinks, StandardPage


def _set_m2m(name):
    """A post-generation hook that sets a ParentalManyToMany or tags.

    It does not save: ``SaveOnceMixin`` saves the page once after all hooks
    (each save re-indexes the page for search, the costliest part of a test).
    """

    def hook(obj, create, extracted, **kwargs):
        if extracted is None:
            return False
        getattr(obj, name).set(extracted)
        return True

    hook.__name__ = name
    return factory.PostGeneration(hook)


class SaveOnceMixin(factory.Factory):
    """Saves a created page once if any ``_set_m2m`` hook set something."""

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        if create and results and any(results.values()):
            instance.save()


class StepBlockFactory(wagtail_factories.StructBlockFactory):
    title = factory.Sequence(lambda n: f"Schritt {n}")
    text = factory.LazyFunction(lambda: blocks.RichTextBlock().to_python("<p>Tun Sie dies.</p>"))

    class Meta:
        model = StepBlock


class StepsFactory(wagtail_factories.StreamBlockFactory):
    schritt = factory.SubFactory(StepBlockFactory)

    class Meta:
        model = StepsBlock


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Smart Cities: Schule"
    slug = "startseite"
    intro = "Das Wissensportal der Region."

    class Meta:
        model = HomePage


def make_home():
    """The home page as the default site's root, the only page at depth 2."""
    home = HomePageFactory(parent=Page.get_first_root_node())
    Site.objects.all().delete()
    site = Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True)
    # As the seed does: the footer settings exist before the first visitor asks.
    SiteLinks.for_site(site)
    # Wagtail's placeholder page from its own migration is not part of our tree.
    Page.objects.filter(depth=2).exclude(pk=home.pk).delete()
    return home


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Seite {n}")
    intro = "Eine Inhaltsseite."

    class Meta:
        model = StandardPage


class KommuneIndexPageFactory(wagtail_factories.PageFactory):
    title = "Kommunen"
    slug = "kommunen"

    class Meta:
        model = KommuneIndexPage


class LeitprojektIndexPageFactory(wagtail_factories.PageFactory):
    title = "Leitprojekte"
    slug = "leitprojekte"

    class Meta:
        model = LeitprojektIndexPage


class LeitfadenIndexPageFactory(wagtail_factories.PageFactory):
    title = "Leitfäden"
    slug = "leitfaeden"

    class Meta:
        model = LeitfadenIndexPage


class TaggedFactoryMixin(SaveOnceMixin):
    dna = _set_m2m("dna")
    handlungsfelder = _set_m2m("handlungsfelder")
    sdgs = _set_m2m("sdgs")
    tags = _set_m2m("tags")


class KommunePageFactory(TaggedFactoryMixin, wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Kommune {n}")
    kreis = "olpe"
    rolle = "pionier"
    kurzbeschreibung = "Eine Kommune in Südwestfalen."

    class Meta:
        model = KommunePage


class LeitprojektPageFactory(TaggedFactoryMixin, wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Leitprojekt {n}")
    zusammenfassung = "Ein gemeinsames Projekt."
    status = "umsetzung"
    beteiligte_kommunen = _set_m2m("beteiligte_kommunen")

    class Meta:
        model = LeitprojektPage


class LeitfadenPageFactory(TaggedFactoryMixin, wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Leitfaden {n}")
    zusammenfassung = "Ein Weg, den andere nachgehen können."
    zielgruppe = "verwaltung"
    schritte = wagtail_factories.StreamFieldFactory(StepsFactory)
    kommunen = _set_m2m("kommunen")
    leitprojekte = _set_m2m("leitprojekte")

    class Meta:
        model = LeitfadenPage


# --- Veranstaltungen ---------------------------------------------------------
import datetime  # noqa: E402

from django.utils import timezone  # noqa: E402

from schule.veranstaltungen import blocks as event_blocks  # noqa: E402
from schule.veranstaltungen.models import (  # noqa: E402
    VeranstaltungIndexPage,
    VeranstaltungPage,
    Veranstaltungsformat,
)


class VeranstaltungsformatFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Format {n}")

    class Meta:
        model = Veranstaltungsformat


def event_format(slug="jahreskonferenz"):
    """One of the four formats the data migration creates."""
    return Veranstaltungsformat.objects.get(slug=slug)


class VeranstaltungIndexPageFactory(wagtail_factories.PageFactory):
    title = "Veranstaltungen"
    slug = "veranstaltungen"

    class Meta:
        model = VeranstaltungIndexPage


class SpeakerBlockFactory(wagtail_factories.StructBlockFactory):
    name = factory.Sequence(lambda n: f"Referentin {n}")
    rolle = "Projektleitung"
    organisation = "Südwestfalen Agentur"

    class Meta:
        model = event_blocks.SpeakerBlock


class MaterialDocumentBlockFactory(wagtail_factories.StructBlockFactory):
    document = factory.SubFactory(wagtail_factories.DocumentChooserBlockFactory)
    art = "folien"
    title = ""

    class Meta:
        model = event_blocks.MaterialDocumentBlock


class RecordingBlockFactory(wagtail_factories.StructBlockFactory):
    url = "https://medien.example.org/aufzeichnung"
    title = factory.Sequence(lambda n: f"Aufzeichnung {n}")
    dauer = "30 Minuten"

    class Meta:
        model = event_blocks.RecordingBlock


class MaterialFactory(wagtail_factories.StreamBlockFactory):
    dokument = factory.SubFactory(MaterialDocumentBlockFactory)
    aufzeichnung = factory.SubFactory(RecordingBlockFactory)

    class Meta:
        model = event_blocks.MaterialBlock


class SessionBlockFactory(wagtail_factories.StructBlockFactory):
    tag = None
    beginn = datetime.time(9, 30)
    ende = datetime.time(10, 15)
    titel = factory.Sequence(lambda n: f"Programmpunkt {n}")
    raum = "Saal 1"
    referierende = wagtail_factories.ListBlockFactory(SpeakerBlockFactory)
    abstract = "Worum es geht."
    material = factory.SubFactory(MaterialFactory)
    ergebnisse = ""

    class Meta:
        model = event_blocks.SessionBlock


class ProgrammeFactory(wagtail_factories.StreamBlockFactory):
    sitzung = factory.SubFactory(SessionBlockFactory)

    class Meta:
        model = event_blocks.ProgrammeBlock


class VeranstaltungPageFactory(TaggedFactoryMixin, wagtail_factories.PageFactory):
    """An event next week, 9:00–17:00, with no programme unless given one."""

    title = factory.Sequence(lambda n: f"Veranstaltung {n}")
    format = factory.LazyFunction(event_format)
    zusammenfassung = "Eine Veranstaltung der Smart Cities: Schule."
    beginn = factory.LazyFunction(
        lambda: (
            timezone.now().replace(hour=8, minute=0, second=0, microsecond=0)
            + datetime.timedelta(days=7)
        )
    )
    ende = factory.LazyAttribute(lambda o: o.beginn + datetime.timedelta(hours=8))
    ort = "Rathaus, Saal 1"
    programm = wagtail_factories.StreamFieldFactory(ProgrammeFactory)
    material = wagtail_factories.StreamFieldFactory(MaterialFactory)
    leitfaeden = _set_m2m("leitfaeden")
    leitprojekte = _set_m2m("leitprojekte")

    class Meta:
        model = VeranstaltungPage


# --- Beteiligung ---------------------------------------------------------------
from schule.beteiligung.models import (  # noqa: E402
    Contribution,
    DNACheckQuestion,
    JoinRequest,
    ReuseReport,
)


class ContributionFactory(factory.django.DjangoModelFactory):
    art = "anmerkung"
    text = factory.Sequence(lambda n: f"Anmerkung Nummer {n}.")
    einwilligung_am = factory.LazyFunction(timezone.now)

    class Meta:
        model = Contribution


class ReuseReportFactory(factory.django.DjangoModelFactory):
    organisation = factory.Sequence(lambda n: f"Gemeinde {n}")
    ort = "Wenden"
    zeitraum = "seit 2025"
    aenderungen = "Wir haben die Checkliste gekürzt."
    einwilligung_am = factory.LazyFunction(timezone.now)

    class Meta:
        model = ReuseReport


class JoinRequestFactory(factory.django.DjangoModelFactory):
    kommune = factory.Sequence(lambda n: f"Mitmachstadt {n}")
    kreis = "olpe"
    kontakt_name = "Erika Muster"
    kontakt_email = "erika@example.org"
    verpflichtungen = factory.LazyFunction(
        lambda: ["leitbild", "buergerbeteiligung", "fortschritt", "sdg", "open-source"]
    )
    einwilligung_am = factory.LazyFunction(timezone.now)

    class Meta:
        model = JoinRequest


class DNACheckQuestionFactory(factory.django.DjangoModelFactory):
    frage = factory.Sequence(lambda n: f"Frage {n}?")

    class Meta:
        model = DNACheckQuestion
