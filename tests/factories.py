"""Factories for every page type, in one place (wagtail-factories + factory_boy)."""

import factory
import wagtail_factories
from wagtail import blocks

from kommunen.models import KommuneIndexPage, KommunePage
from leitfaeden.models import LeitfadenIndexPage, LeitfadenPage
from leitprojekte.models import LeitprojektIndexPage, LeitprojektPage
from schule.core.blocks import StepBlock, StepsBlock
from schule.core.models import HomePage, StandardPage


def _set_m2m(name):
    """A post-generation hook that sets a ParentalManyToMany or tags and saves."""

    def hook(obj, create, extracted, **kwargs):
        if extracted is None:
            return
        getattr(obj, name).set(extracted)
        if create:
            obj.save()

    hook.__name__ = name
    return factory.PostGeneration(hook)


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


class TaggedFactoryMixin(factory.Factory):
    dna = _set_m2m("dna")
    handlungsfelder = _set_m2m("handlungsfelder")
    sdgs = _set_m2m("sdgs")
    tags = _set_m2m("tags")


class KommunePageFactory(wagtail_factories.PageFactory, TaggedFactoryMixin):
    title = factory.Sequence(lambda n: f"Kommune {n}")
    kreis = "olpe"
    rolle = "pionier"
    kurzbeschreibung = "Eine Kommune in Südwestfalen."

    class Meta:
        model = KommunePage
        skip_postgeneration_save = True


class LeitprojektPageFactory(wagtail_factories.PageFactory, TaggedFactoryMixin):
    title = factory.Sequence(lambda n: f"Leitprojekt {n}")
    zusammenfassung = "Ein gemeinsames Projekt."
    status = "umsetzung"
    beteiligte_kommunen = _set_m2m("beteiligte_kommunen")

    class Meta:
        model = LeitprojektPage
        skip_postgeneration_save = True


class LeitfadenPageFactory(wagtail_factories.PageFactory, TaggedFactoryMixin):
    title = factory.Sequence(lambda n: f"Leitfaden {n}")
    zusammenfassung = "Ein Weg, den andere nachgehen können."
    zielgruppe = "verwaltung"
    schritte = wagtail_factories.StreamFieldFactory(StepsFactory)
    kommunen = _set_m2m("kommunen")
    leitprojekte = _set_m2m("leitprojekte")

    class Meta:
        model = LeitfadenPage
        skip_postgeneration_save = True
