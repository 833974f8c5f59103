"""Leitfäden: what was learned, written up as guides others can follow."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from kommunen.models import KommunePage
from leitprojekte.models import LeitprojektPage
from schule.core.blocks import DownloadsBlock, StepsBlock
from schule.core.listing import LINK_FIELDS, PROJECT_LINK_FIELDS, listing_context
from schule.core.panels import content_tabs
from schule.redaktion.mixins import KommuneOwnedPage
from schule.taxonomy.filters import Facet, tag_facet, taxonomy_facets
from schule.taxonomy.models import TaggedPageMixin


class Zielgruppe(models.TextChoices):
    VERWALTUNG = "verwaltung", _("Verwaltung")
    POLITIK = "politik", _("Politik")
    BUERGER = "buerger", _("Bürgerinnen und Bürger")
    WIRTSCHAFT = "wirtschaft", _("Wirtschaft")
    WISSENSCHAFT = "wissenschaft", _("Wissenschaft")


class Aufwand(models.TextChoices):
    GERING = "gering", _("gering")
    MITTEL = "mittel", _("mittel")
    HOCH = "hoch", _("hoch")


class Lizenz(models.TextChoices):
    CC_BY_4 = "cc-by-4.0", "CC BY 4.0"
    CC_BY_SA_4 = "cc-by-sa-4.0", "CC BY-SA 4.0"
    CC0 = "cc0-1.0", "CC0 1.0"

    @classmethod
    def url(cls, value):
        return {
            "cc-by-4.0": "https://creativecommons.org/licenses/by/4.0/deed.de",
            "cc-by-sa-4.0": "https://creativecommons.org/licenses/by-sa/4.0/deed.de",
            "cc0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/deed.de",
        }[value]


class LeitfadenIndexPage(Page):
    """The catalogue of all Leitfäden."""

    listed_model = "leitfaeden.LeitfadenPage"  # for catalogue_url()

    intro = models.TextField(_("Einleitung"), blank=True)

    parent_page_types = ["core.HomePage"]
    subpage_types = ["leitfaeden.LeitfadenPage"]
    max_count = 1
    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("Leitfaden-Katalog")

    @staticmethod
    def facets():
        return [
            *taxonomy_facets(),
            Facet("kommune", _("Kommune"), ("kommunen",), label_field="title", order_field="title"),
            Facet(
                "zielgruppe", _("Zielgruppe"), ("zielgruppe",), choices=tuple(Zielgruppe.choices)
            ),
            tag_facet(),
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            listing_context(
                request,
                LeitfadenPage.objects.live().public().child_of(self),
                self.facets(),
            )
        )
        return context


class LeitfadenTag(TaggedItemBase):
    content_object = ParentalKey(
        "leitfaeden.LeitfadenPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class LeitfadenPage(KommuneOwnedPage, TaggedPageMixin, Page):
    """A guide: steps another Kommune can follow.

    Edited by the editors of its authoring Kommunen (``kommunen``), wherever
    it sits in the tree: see ``schule.redaktion.ownership``.
    """

    ownership_field = "kommunen"

    zusammenfassung = models.TextField(_("Zusammenfassung"), max_length=600)
    zielgruppe = models.CharField(
        _("Zielgruppe"), max_length=20, choices=Zielgruppe.choices, default=Zielgruppe.VERWALTUNG
    )
    aufwand = models.CharField(
        _("Aufwand"), max_length=10, choices=Aufwand.choices, default=Aufwand.MITTEL
    )
    schritte = StreamField(
        StepsBlock(),
        verbose_name=_("Schritte"),
        help_text=_("Die Anleitung, Schritt für Schritt."),
    )
    downloads = StreamField(DownloadsBlock(), verbose_name=_("Downloads"), blank=True)
    kommunen = ParentalManyToManyField(
        "kommunen.KommunePage",
        verbose_name=_("Verfassende Kommunen"),
        blank=True,
        related_name="leitfaeden",
    )
    leitprojekte = ParentalManyToManyField(
        "leitprojekte.LeitprojektPage",
        verbose_name=_("Zugehörige Leitprojekte"),
        blank=True,
        related_name="leitfaeden",
    )
    zuletzt_geprueft = models.DateField(
        _("Zuletzt geprüft"),
        null=True,
        blank=True,
        help_text=_("Wann der Inhalt zuletzt geprüft wurde."),
    )
    lizenz = models.CharField(
        _("Lizenz"), max_length=20, choices=Lizenz.choices, default=Lizenz.CC_BY_4
    )
    tags = ClusterTaggableManager(through=LeitfadenTag, blank=True, verbose_name=_("Schlagwörter"))

    parent_page_types = ["leitfaeden.LeitfadenIndexPage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldPanel("zusammenfassung"),
        FieldRowPanel([FieldPanel("zielgruppe"), FieldPanel("aufwand")]),
        FieldPanel("schritte"),
        FieldPanel("downloads"),
        MultiFieldPanel(
            [FieldPanel("zuletzt_geprueft"), FieldPanel("lizenz")], heading=_("Pflege und Lizenz")
        ),
    ]
    classification_panels = [
        FieldPanel("kommunen", widget=forms.CheckboxSelectMultiple),
        FieldPanel("leitprojekte"),
        *TaggedPageMixin.taxonomy_panels,
    ]
    edit_handler = content_tabs(content_panels, classification_panels)

    search_fields = Page.search_fields + [
        index.SearchField("zusammenfassung"),
        index.SearchField("schritte"),
        index.FilterField("zielgruppe"),
        *TaggedPageMixin.taxonomy_search_fields,
    ]

    class Meta:
        verbose_name = _("Leitfaden")
        verbose_name_plural = _("Leitfäden")

    @property
    def lizenz_url(self):
        return Lizenz.url(self.lizenz)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            autoren=KommunePage.objects.live()
            .public()
            .filter(leitfaeden=self)
            .order_by("title")
            .only(*LINK_FIELDS),
            projekte=LeitprojektPage.objects.live()
            .public()
            .filter(leitfaeden=self)
            .select_related("federfuehrung")
            .order_by("title")
            .only(*PROJECT_LINK_FIELDS),
        )
        return context
