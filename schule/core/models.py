"""The site shell: home page, standard (incl. legal) pages and site-wide links."""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from . import routing
from .blocks import BodyBlock
from .panels import content_tabs


class HomePage(Page):
    """The Agentur's home page: leads to the catalogues and shows what is new."""

    intro = models.TextField(_("Einleitung"), max_length=600)
    body = StreamField(BodyBlock(), verbose_name=_("Inhalt"), blank=True)

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1
    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    edit_handler = content_tabs(content_panels)
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("Startseite")

    def route(self, request, path_components):
        # Two queries for any depth (schule/core/routing.py); Wagtail's rules unchanged.
        return routing.route(self, request, path_components)

    def get_context(self, request, *args, **kwargs):
        from kommunen.models import KommunePage
        from leitfaeden.models import LeitfadenPage
        from leitprojekte.models import LeitprojektPage
        from schule.taxonomy.prefetch import prefetch_taxonomy
        from schule.veranstaltungen.models import VeranstaltungPage
        from schule.veranstaltungen.queries import next_events

        from .listing import LINK_FIELDS, catalogue_url

        context = super().get_context(request, *args, **kwargs)
        newest = ("-first_published_at", "-pk")
        context.update(
            neue_leitfaeden=prefetch_taxonomy(
                list(LeitfadenPage.objects.live().public().order_by(*newest)[:3])
            ),
            neue_leitprojekte=prefetch_taxonomy(
                list(
                    LeitprojektPage.objects.live()
                    .public()
                    .select_related("federfuehrung")
                    .order_by(*newest)[:3]
                )
            ),
            kommunen=KommunePage.objects.live()
            .public()
            .order_by("rolle", "title")
            .only(*LINK_FIELDS, "kreis", "rolle"),
            # The listings' URLs are kept under the content version: no query each.
            leitfaden_url=catalogue_url(LeitfadenPage),
            leitprojekt_url=catalogue_url(LeitprojektPage),
            kommune_url=catalogue_url(KommunePage),
            naechste_veranstaltungen=next_events(3),
            veranstaltung_url=catalogue_url(VeranstaltungPage),
        )
        return context


class StandardPage(Page):
    """A plain content page; also Impressum, Datenschutz and the BITV pages."""

    intro = models.TextField(_("Einleitung"), blank=True, max_length=600)
    body = StreamField(BodyBlock(), verbose_name=_("Inhalt"), blank=True)

    parent_page_types = ["core.HomePage", "core.StandardPage", "kommunen.KommunePage"]
    subpage_types = ["core.StandardPage"]
    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    edit_handler = content_tabs(content_panels)
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("Inhaltsseite")
        verbose_name_plural = _("Inhaltsseiten")


def _page_link(label):
    return models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=label,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


@register_setting(icon="link")
class SiteLinks(BaseSiteSetting):
    """The pages every page links to from its footer, and the feedback contact."""

    impressum = _page_link(_("Impressum"))
    datenschutz = _page_link(_("Datenschutzerklärung"))
    barrierefreiheit = _page_link(_("Erklärung zur Barrierefreiheit"))
    leichte_sprache = _page_link(_("Leichte Sprache"))
    hilfe = _page_link(_("Hinweise zur Nutzung"))
    feedback_email = models.EmailField(
        _("Kontakt für Barrieren"),
        blank=True,
        help_text=_("Hier melden Besucherinnen und Besucher Barrieren auf der Website."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("impressum"),
                FieldPanel("datenschutz"),
                FieldPanel("barrierefreiheit"),
                FieldPanel("leichte_sprache"),
                FieldPanel("hilfe"),
            ],
            heading=_("Seiten im Fußbereich"),
        ),
        FieldPanel("feedback_email"),
    ]

    class Meta:
        verbose_name = _("Links im Fußbereich")

    @cached_property
    def footer_pages(self):
        """The linked pages, fetched in one query, in footer order."""
        ids = [
            self.impressum_id,
            self.datenschutz_id,
            self.barrierefreiheit_id,
            self.leichte_sprache_id,
            self.hilfe_id,
        ]
        pages = Page.objects.live().in_bulk([pk for pk in ids if pk])
        return [pages[pk] for pk in ids if pk in pages]
