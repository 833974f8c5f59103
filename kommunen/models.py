"""Kommune profiles: the index of all Kommunen and one page per Kommune."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from schule.core.blocks import BodyBlock
from schule.core.listing import listing_context
from schule.core.panels import content_tabs
from schule.taxonomy.filters import Facet, tag_facet, taxonomy_facets
from schule.taxonomy.models import TaggedPageMixin


class Kreis(models.TextChoices):
    HOCHSAUERLANDKREIS = "hochsauerlandkreis", "Hochsauerlandkreis"
    SIEGEN_WITTGENSTEIN = "siegen-wittgenstein", "Kreis Siegen-Wittgenstein"
    MAERKISCHER_KREIS = "maerkischer-kreis", "Märkischer Kreis"
    OLPE = "olpe", "Kreis Olpe"
    SOEST = "soest", "Kreis Soest"


class Rolle(models.TextChoices):
    PIONIER = "pionier", _("Pionierkommune")
    MITMACHER = "mitmacher", _("Mitmacherkommune")


class Teilziel(models.IntegerChoices):
    """The three sub-goals of the framework strategy, made visible on the dashboards."""

    GEMEINSAM = 1, _("Teilziel 1: Gemeinsam und kooperativ")
    DNA = 2, _("Teilziel 2: Die DNA als Baustein des guten Lebens")
    WISSENSTRANSFER = 3, _("Teilziel 3: Wissenstransfer in die Region")


class KommuneIndexPage(RoutablePageMixin, Page):
    """All Kommunen, and the regional dashboard."""

    listed_model = "kommunen.KommunePage"  # for catalogue_url()

    intro = models.TextField(_("Einleitung"), blank=True)

    parent_page_types = ["core.HomePage"]
    subpage_types = ["kommunen.KommunePage"]
    max_count = 1
    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("Kommunen-Übersicht")

    @staticmethod
    def facets():
        return [
            Facet("kreis", _("Kreis"), ("kreis",), choices=tuple(Kreis.choices)),
            Facet("rolle", _("Rolle"), ("rolle",), choices=tuple(Rolle.choices)),
            *taxonomy_facets(),
            tag_facet(),
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        queryset = KommunePage.objects.live().public().child_of(self)
        context.update(
            listing_context(
                request,
                queryset,
                self.facets(),
                order_by=("rolle", "title"),
            )
        )
        return context

    @path("dashboard/", name="dashboard")
    def regional_dashboard(self, request):
        from .views import regional_dashboard

        return regional_dashboard(request, self)

    @path("dashboard/daten/<str:fmt>/", name="dashboard_data")
    def regional_dashboard_data(self, request, fmt):
        from .views import regional_dashboard_data

        return regional_dashboard_data(request, self, fmt)


class KommuneTag(TaggedItemBase):
    content_object = ParentalKey(
        "kommunen.KommunePage", related_name="tagged_items", on_delete=models.CASCADE
    )


class KommunePage(RoutablePageMixin, TaggedPageMixin, Page):
    """A Pionier- or Mitmacherkommune of the strategy."""

    kreis = models.CharField(_("Kreis"), max_length=40, choices=Kreis.choices)
    rolle = models.CharField(
        _("Rolle"), max_length=20, choices=Rolle.choices, default=Rolle.PIONIER
    )
    beitritt = models.DateField(
        _("Beitritt"), null=True, blank=True, help_text=_("Datum der Absichtserklärung.")
    )
    ags = models.CharField(
        _("Amtlicher Gemeindeschlüssel"), max_length=8, blank=True, help_text=_("8 Ziffern.")
    )
    einwohner = models.PositiveIntegerField(_("Einwohnerzahl"), null=True, blank=True)
    latitude = models.DecimalField(
        _("Breitengrad"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("Längengrad"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    wappen = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("Wappen"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    strategie_dokument = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("Lokale Smart-City-Strategie"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Die eigene Strategie der Kommune (Teilziel 2)."),
    )
    kurzbeschreibung = models.TextField(_("Kurzbeschreibung"), max_length=500)
    body = StreamField(BodyBlock(), verbose_name=_("Inhalt"), blank=True)
    website = models.URLField(_("Website"), blank=True)
    kontakt_name = models.CharField(_("Ansprechstelle"), max_length=200, blank=True)
    kontakt_email = models.EmailField(_("E-Mail der Ansprechstelle"), blank=True)
    kontakt_telefon = models.CharField(_("Telefon"), max_length=40, blank=True)
    tags = ClusterTaggableManager(through=KommuneTag, blank=True, verbose_name=_("Schlagwörter"))

    parent_page_types = ["kommunen.KommuneIndexPage"]
    subpage_types = ["core.StandardPage"]

    content_panels = Page.content_panels + [
        FieldPanel("kurzbeschreibung"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kreis"), FieldPanel("rolle"), FieldPanel("beitritt")]),
                FieldRowPanel([FieldPanel("ags"), FieldPanel("einwohner")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("wappen"),
                FieldPanel("strategie_dokument"),
            ],
            heading=_("Stammdaten"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("website"),
                FieldPanel("kontakt_name"),
                FieldPanel("kontakt_email"),
                FieldPanel("kontakt_telefon"),
            ],
            heading=_("Kontakt"),
        ),
    ]
    progress_panels = [
        InlinePanel(
            "fortschritte",
            heading=_("Fortschritt je Teilziel"),
            label=_("Eintrag"),
            help_text=_(
                "Was sich nicht aus den Inhalten ableiten lässt, z. B. Ratsbeschlüsse oder "
                "Beteiligungsformate. Erscheint auf dem Dashboard der Kommune."
            ),
        )
    ]
    classification_panels = [
        InlinePanel(
            "prioritaeten",
            heading=_("Priorisierte Handlungsfelder"),
            label=_("Handlungsfeld"),
            help_text=_("In der Reihenfolge, die der Kommune am wichtigsten ist."),
            max_num=10,
        ),
        *TaggedPageMixin.taxonomy_panels,
    ]
    edit_handler = content_tabs(content_panels, classification_panels, progress_panels)

    search_fields = Page.search_fields + [
        index.SearchField("kurzbeschreibung"),
        index.SearchField("body"),
        index.FilterField("kreis"),
        index.FilterField("rolle"),
        *TaggedPageMixin.taxonomy_search_fields,
    ]

    class Meta:
        verbose_name = _("Kommune")
        verbose_name_plural = _("Kommunen")

    def get_context(self, request, *args, **kwargs):
        # Related content through reverse relations, so this app imports neither.
        context = super().get_context(request, *args, **kwargs)
        context.update(
            prioritaeten=self.prioritaeten.select_related("handlungsfeld"),
            **self.related_shortlists(),
        )
        return context

    def related_shortlists(self):
        """The first few led and joined Leitprojekte and Leitfäden, each with "all N" link.

        One query for the three lists, with only what a list of links shows.
        """
        from schule.core.listing import catalogue_url, related_shortlists

        projects = catalogue_url(self.leitprojekte_gefuehrt.model, kommune=self.slug)
        guides = catalogue_url(self.leitfaeden.model, kommune=self.slug)
        return related_shortlists(
            self,
            [
                ("leitprojekte_gefuehrt", "federfuehrung", projects),
                ("leitprojekte_beteiligt", "federfuehrung", projects),
                ("leitfaeden", None, guides),
            ],
        )

    @path("dashboard/", name="dashboard")
    def dashboard(self, request):
        from .views import kommune_dashboard

        return kommune_dashboard(request, self)

    @path("dashboard/daten/<str:fmt>/", name="dashboard_data")
    def dashboard_data(self, request, fmt):
        from .views import kommune_dashboard_data

        return kommune_dashboard_data(request, self, fmt)

    @path("dashboard/indikator/<str:code>/", name="dashboard_indicator")
    def dashboard_indicator(self, request, code):
        from .views import indicator_page

        return indicator_page(request, self, code)

    @path("dashboard/diagramm/<str:code>/", name="dashboard_chart")
    def dashboard_chart(self, request, code):
        from .views import embedded_chart

        return embedded_chart(request, self, code)


class KommunePrioritaet(Orderable):
    """A Handlungsfeld the Kommune gives priority to, in its order."""

    page = ParentalKey(KommunePage, related_name="prioritaeten", on_delete=models.CASCADE)
    handlungsfeld = models.ForeignKey(
        "taxonomy.Handlungsfeld", verbose_name=_("Handlungsfeld"), on_delete=models.CASCADE
    )

    panels = [FieldPanel("handlungsfeld", widget=forms.Select)]

    class Meta(Orderable.Meta):
        verbose_name = _("Priorisiertes Handlungsfeld")
        constraints = [
            models.UniqueConstraint(fields=["page", "handlungsfeld"], name="unique_prioritaet")
        ]


class FortschrittStatus(models.TextChoices):
    OFFEN = "offen", _("offen")
    IN_ARBEIT = "in-arbeit", _("in Arbeit")
    ERREICHT = "erreicht", _("erreicht")


class Fortschritt(Orderable):
    """An editor-entered progress entry for one Teilziel of a Kommune."""

    page = ParentalKey(KommunePage, related_name="fortschritte", on_delete=models.CASCADE)
    teilziel = models.PositiveSmallIntegerField(_("Teilziel"), choices=Teilziel.choices)
    datum = models.DateField(_("Datum"))
    titel = models.CharField(_("Was wurde erreicht?"), max_length=200)
    text = models.TextField(_("Beschreibung"), blank=True, max_length=1000)
    status = models.CharField(
        _("Stand"),
        max_length=10,
        choices=FortschrittStatus.choices,
        default=FortschrittStatus.IN_ARBEIT,
    )
    link = models.URLField(_("Beleg (Link)"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("teilziel"), FieldPanel("datum"), FieldPanel("status")]),
        FieldPanel("titel"),
        FieldPanel("text"),
        FieldPanel("link"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Fortschrittseintrag")
        verbose_name_plural = _("Fortschrittseinträge")


from .indicators import (  # noqa: E402, F401  (models of this app, in their own module)
    Area,
    Indicator,
    IndicatorImport,
    Observation,
    SDGTarget,
)
