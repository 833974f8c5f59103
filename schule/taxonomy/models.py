"""The three taxonomies every piece of content is tagged with.

The rows are data (created by migration 0002), the editors may change their
descriptions and icons, but never add or delete a row: the DNA, the ten
Handlungsfelder and the 17 SDGs are fixed by the strategy.
"""

from django import forms
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from .colours import text_colour_for


class TaxonomyTerm(models.Model):
    slug = models.SlugField(_("Kürzel"), unique=True, editable=False)
    name = models.CharField(_("Bezeichnung"), max_length=120)
    description = models.TextField(_("Beschreibung"), blank=True)
    icon = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Symbol"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sort_order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0, editable=False)

    panels = [FieldPanel("name"), FieldPanel("description"), FieldPanel("icon")]

    class Meta:
        abstract = True
        ordering = ["sort_order"]

    def __str__(self):
        return self.name


class DNAKriterium(TaxonomyTerm):
    """One of the three criteria of the Südwestfalen-DNA."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("DNA-Kriterium")
        verbose_name_plural = _("DNA-Kriterien")


class Handlungsfeld(TaxonomyTerm):
    """One of the ten fields of action of the framework strategy."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("Handlungsfeld")
        verbose_name_plural = _("Handlungsfelder")


class SDG(TaxonomyTerm):
    """One of the 17 UN Sustainable Development Goals."""

    number = models.PositiveSmallIntegerField(_("Nummer"), unique=True, editable=False)
    colour = models.CharField(_("Farbe"), max_length=7, editable=False)

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("SDG (Nachhaltigkeitsziel)")
        verbose_name_plural = _("SDGs (Nachhaltigkeitsziele)")

    def __str__(self):
        return f"{self.number}. {self.name}"

    @cached_property
    def text_colour(self):
        """Black or white, whichever gives the higher contrast on the SDG colour."""
        return text_colour_for(self.colour)


class TaggedPageMixin(models.Model):
    """DNA criteria, Handlungsfelder, SDGs and free tags for a content page.

    Each concrete page declares ``tags`` with its own through model (modelcluster
    needs a ParentalKey to the concrete class); everything else lives here.
    """

    dna = ParentalManyToManyField(
        "taxonomy.DNAKriterium",
        verbose_name=_("Südwestfalen-DNA"),
        blank=True,
        related_name="%(app_label)s_%(class)s_pages",
        help_text=_("Welche Kriterien der Südwestfalen-DNA erfüllt dieser Inhalt?"),
    )
    handlungsfelder = ParentalManyToManyField(
        "taxonomy.Handlungsfeld",
        verbose_name=_("Handlungsfelder"),
        blank=True,
        related_name="%(app_label)s_%(class)s_pages",
    )
    sdgs = ParentalManyToManyField(
        "taxonomy.SDG",
        verbose_name=_("Nachhaltigkeitsziele (SDGs)"),
        blank=True,
        related_name="%(app_label)s_%(class)s_pages",
    )

    tags: ClusterTaggableManager

    taxonomy_panels = [
        MultiFieldPanel(
            [
                FieldPanel("dna", widget=forms.CheckboxSelectMultiple),
                FieldPanel("handlungsfelder", widget=forms.CheckboxSelectMultiple),
                FieldPanel("sdgs", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
            ],
            heading=_("Einordnung"),
        )
    ]
    taxonomy_search_fields = [
        index.RelatedFields("dna", [index.SearchField("name")]),
        index.RelatedFields("handlungsfelder", [index.SearchField("name")]),
        index.RelatedFields("sdgs", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        if not getattr(request, "is_preview", False):  # a preview shows the edited terms
            from .prefetch import prefetch_taxonomy

            prefetch_taxonomy([self])
        return super().get_context(request, *args, **kwargs)
