"""Leitprojekte: cooperative lead projects, each led by one Kommune."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from kommunen.models import KommunePage
from schule.core.blocks import BodyBlock, MilestonesBlock
from schule.core.listing import LINK_FIELDS, listing_context
from schule.core.panels import content_tabs
from schule.redaktion.mixins import KommuneOwnedPage
from schule.taxonomy.filters import Facet, tag_facet, taxonomy_facets
from schule.taxonomy.models import TaggedPageMixin


class Status(models.TextChoices):
    IDEE = "idee", _("Idee")
    PLANUNG = "planung", _("Planung")
    UMSETZUNG = "umsetzung", _("Umsetzung")
    ABGESCHLOSSEN = "abgeschlossen", _("Abgeschlossen")
    VERSTETIGT = "verstetigt", _("Verstetigt")


def kommune_facet():
    """Kommune as a facet: leading or taking part."""
    return Facet(
        "kommune",
        _("Kommune"),
        ("federfuehrung", "beteiligte_kommunen"),
        label_field="title",
        order_field="title",
    )


class LeitprojektIndexPage(Page):
    """All Leitprojekte of the region."""

    listed_model = "leitprojekte.LeitprojektPage"  # for catalogue_url()

    intro = models.TextField(_("Einleitung"), blank=True)

    parent_page_types = ["core.HomePage"]
    subpage_types = ["leitprojekte.LeitprojektPage"]
    max_count = 1
    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("Leitprojekte-Übersicht")

    @staticmethod
    def facets():
        return [
            *taxonomy_facets(),
            kommune_facet(),
            Facet("status", _("Status"), ("status",), choices=tuple(Status.choices)),
            tag_facet(),
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        queryset = LeitprojektPage.objects.live().public().child_of(self)
        context.update(
            listing_context(
                request,
                queryset.select_related("federfuehrung"),
                self.facets(),
            )
        )
        return context


class LeitprojektTag(TaggedItemBase):
    content_object = ParentalKey(
        "leitprojekte.LeitprojektPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class LeitprojektPage(KommuneOwnedPage, TaggedPageMixin, Page):
    """A cooperative project on a theme that concerns all Kommunen.

    Edited by the editors of the leading Kommune (``federfuehrung``), wherever
    it sits in the tree: see ``schule.redaktion.ownership``.
    """

    ownership_field = "federfuehrung"

    zusammenfassung = models.TextField(_("Zusammenfassung"), max_length=600)
    federfuehrung = models.ForeignKey(
        "kommunen.KommunePage",
        verbose_name=_("Federführende Kommune"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="leitprojekte_gefuehrt",
    )
    beteiligte_kommunen = ParentalManyToManyField(
        "kommunen.KommunePage",
        verbose_name=_("Beteiligte Kommunen"),
        blank=True,
        related_name="leitprojekte_beteiligt",
    )
    status = models.CharField(
        _("Status"), max_length=20, choices=Status.choices, default=Status.IDEE
    )
    beginn = models.DateField(_("Beginn"), null=True, blank=True)
    ende = models.DateField(_("Ende"), null=True, blank=True)
    ziele = RichTextField(_("Ziele"), features=["bold", "italic", "link", "ul", "ol"], blank=True)
    ergebnisse = RichTextField(
        _("Ergebnisse"), features=["bold", "italic", "link", "ul", "ol"], blank=True
    )
    meilensteine = StreamField(MilestonesBlock(), verbose_name=_("Meilensteine"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("Weitere Inhalte"), blank=True)
    quellcode_url = models.URLField(
        _("Quellcode"), blank=True, help_text=_("Link zum offenen Quellcode, falls vorhanden.")
    )
    tags = ClusterTaggableManager(
        through=LeitprojektTag, blank=True, verbose_name=_("Schlagwörter")
    )

    parent_page_types = ["leitprojekte.LeitprojektIndexPage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldPanel("zusammenfassung"),
        MultiFieldPanel(
            [
                # A plain select: the form offers a Kommune editor only their own Kommune.
                FieldPanel("federfuehrung", widget=forms.Select),
                FieldPanel("beteiligte_kommunen", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("status"), FieldPanel("beginn"), FieldPanel("ende")]),
            ],
            heading=_("Projekt"),
        ),
        FieldPanel("ziele"),
        FieldPanel("ergebnisse"),
        FieldPanel("meilensteine"),
        FieldPanel("body"),
        FieldPanel("quellcode_url"),
    ]
    edit_handler = content_tabs(content_panels, TaggedPageMixin.taxonomy_panels)

    search_fields = Page.search_fields + [
        index.SearchField("zusammenfassung"),
        index.SearchField("ziele"),
        index.SearchField("ergebnisse"),
        index.SearchField("body"),
        index.FilterField("status"),
        *TaggedPageMixin.taxonomy_search_fields,
    ]

    class Meta:
        verbose_name = _("Leitprojekt")
        verbose_name_plural = _("Leitprojekte")

    def clean(self):
        super().clean()
        if self.beginn and self.ende and self.ende < self.beginn:
            raise ValidationError({"ende": _("Das Ende liegt vor dem Beginn.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            beteiligte=KommunePage.objects.live()
            .public()
            .filter(leitprojekte_beteiligt=self)
            .order_by("title")
            .only(*LINK_FIELDS),
            leitfaeden=self.leitfaeden.live().public().order_by("title").only(*LINK_FIELDS),
        )
        return context
