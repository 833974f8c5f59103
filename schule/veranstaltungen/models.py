"""Veranstaltungen: the annual conference, "Smart Cities: Austausch", the Schule's events.

The page classes hold fields, admin panels and the rules that keep an event
consistent; listing queries live in ``queries.py``, the programme in
``programme.py``, calendar export in ``ical.py`` and feeds in ``feeds.py``.
"""

import datetime
import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from leitfaeden.models import LeitfadenPage
from leitprojekte.models import LeitprojektPage
from schule.core.blocks import BodyBlock
from schule.core.panels import content_tabs
from schule.redaktion.mixins import KommuneOwnedPage
from schule.taxonomy.filters import Facet, tag_facet, taxonomy_facets
from schule.taxonomy.models import TaggedPageMixin

from .blocks import MaterialBlock, ProgrammeBlock

# Every event of the region takes place in this zone, whatever the server's.
EVENT_TIME_ZONE = zoneinfo.ZoneInfo("Europe/Berlin")
END_OF_DAY = datetime.time(23, 59, 59)

# The fields whose change a calendar client must see: a change bumps SEQUENCE.
CALENDAR_FIELDS = (
    "title",
    "zusammenfassung",
    "beginn",
    "ende",
    "ganztaegig",
    "abgesagt",
    "ort",
    "adresse",
    "online",
    "url_path",
)


class Veranstaltungsformat(models.Model):
    """A kind of event: the four of the strategy, and any an editor adds."""

    name = models.CharField(_("Bezeichnung"), max_length=80, unique=True)
    slug = models.SlugField(
        _("Kürzel"),
        max_length=80,
        unique=True,
        blank=True,
        help_text=_(
            "Für Filter-Links. Wird beim Anlegen aus der Bezeichnung erzeugt und bleibt danach "
            "gleich, damit Links und Kalender-Abos weiter funktionieren."
        ),
    )
    beschreibung = models.TextField(_("Beschreibung"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=100)

    panels = [
        FieldPanel("name"),
        FieldPanel("beschreibung"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("Veranstaltungsformat")
        verbose_name_plural = _("Veranstaltungsformate")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            base = slugify(self.name)[:70] or "format"
            slug, n = base, 2
            while Veranstaltungsformat.objects.filter(slug=slug).exclude(pk=self.pk).exists():
                slug, n = f"{base}-{n}", n + 1
            self.slug = slug
        super().save(*args, **kwargs)


class VeranstaltungIndexPage(Page):
    """All events: the upcoming ones first, then the archive by year."""

    listed_model = "veranstaltungen.VeranstaltungPage"  # for catalogue_url()

    intro = models.TextField(_("Einleitung"), blank=True)

    parent_page_types = ["core.HomePage"]
    subpage_types = ["veranstaltungen.VeranstaltungPage"]
    max_count = 1
    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("Veranstaltungsübersicht")

    @staticmethod
    def facets():
        """The listing's filters; the .ics feed of upcoming events accepts the same."""
        return [
            Facet("format", _("Format"), ("format",)),
            Facet(
                "kommune",
                _("Gastgebende Kommune"),
                ("kommune",),
                label_field="title",
                order_field="title",
            ),
            *taxonomy_facets(),
            tag_facet(),
        ]

    def get_context(self, request, *args, **kwargs):
        from .queries import event_listing_context

        context = super().get_context(request, *args, **kwargs)
        queryset = VeranstaltungPage.objects.live().public().child_of(self)
        context.update(event_listing_context(request, queryset, self.facets()))
        return context


class VeranstaltungTag(TaggedItemBase):
    content_object = ParentalKey(
        "veranstaltungen.VeranstaltungPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class VeranstaltungPage(KommuneOwnedPage, TaggedPageMixin, Page):
    """One event with its programme and, afterwards, its material.

    Times are stored as instants and shown in Europe/Berlin. An all-day event
    is kept as 00:00 of its first to 23:59:59 of its last day, so "upcoming"
    is one comparison for every kind of event.
    """

    # The hosting Kommune's editors may propose and edit it; no Kommune: the Agentur's.
    ownership_field = "kommune"

    format = models.ForeignKey(
        Veranstaltungsformat,
        verbose_name=_("Format"),
        on_delete=models.PROTECT,
        related_name="veranstaltungen",
    )
    zusammenfassung = models.TextField(_("Zusammenfassung"), max_length=600)
    beginn = models.DateTimeField(_("Beginn"))
    ende = models.DateTimeField(
        _("Ende"),
        blank=True,
        help_text=_("Leer lassen, wenn kein Ende angegeben werden soll (bei ganztägig: ein Tag)."),
    )
    ganztaegig = models.BooleanField(
        _("Ganztägig"),
        default=False,
        help_text=_("Dann zählen nur die Daten von Beginn und Ende, nicht die Uhrzeiten."),
    )
    abgesagt = models.BooleanField(
        _("Abgesagt"),
        default=False,
        help_text=_("Die Seite bleibt sichtbar; Kalender-Abos erfahren von der Absage."),
    )
    ort = models.CharField(
        _("Veranstaltungsort"), max_length=200, blank=True, help_text=_("z. B. „Rathaus, Saal 1“")
    )
    adresse = models.TextField(_("Adresse"), blank=True, help_text=_("Straße, PLZ und Ort."))
    online = models.BooleanField(_("Online-Teilnahme möglich"), default=False)
    online_url = models.URLField(
        _("Link zur Online-Teilnahme"),
        blank=True,
        help_text=_("Nur eintragen, wenn der Link öffentlich sein darf."),
    )
    kommune = models.ForeignKey(
        "kommunen.KommunePage",
        verbose_name=_("Gastgebende Kommune"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="veranstaltungen",
        help_text=_("Leer lassen, wenn die Südwestfalen Agentur einlädt."),
    )
    anmeldung_url = models.URLField(_("Link zur Anmeldung"), blank=True)
    anmeldeschluss = models.DateField(_("Anmeldeschluss"), null=True, blank=True)
    beschreibung = StreamField(BodyBlock(), verbose_name=_("Beschreibung"), blank=True)
    programm = StreamField(ProgrammeBlock(), verbose_name=_("Programm"), blank=True)
    material = StreamField(
        MaterialBlock(),
        verbose_name=_("Material zur Veranstaltung"),
        blank=True,
        help_text=_(
            "Dokumentation, Aufzeichnungen, Ergebnisse – das Material einzelner Programmpunkte "
            "gehört in den Programmpunkt."
        ),
    )
    ergebnisse = RichTextField(
        _("Ergebnisse"),
        features=["bold", "italic", "link", "ul", "ol"],
        blank=True,
        help_text=_("Eine Zusammenfassung der Ergebnisse, nach der Veranstaltung."),
    )
    leitfaeden = ParentalManyToManyField(
        "leitfaeden.LeitfadenPage",
        verbose_name=_("Leitfäden"),
        blank=True,
        related_name="veranstaltungen",
        help_text=_("Leitfäden, die hier vorgestellt wurden oder daraus entstanden sind."),
    )
    leitprojekte = ParentalManyToManyField(
        "leitprojekte.LeitprojektPage",
        verbose_name=_("Leitprojekte"),
        blank=True,
        related_name="veranstaltungen",
        help_text=_("Leitprojekte, die hier vorgestellt wurden oder daraus entstanden sind."),
    )
    tags = ClusterTaggableManager(
        through=VeranstaltungTag, blank=True, verbose_name=_("Schlagwörter")
    )
    # SEQUENCE of the iCalendar event (RFC 5545): raised whenever a published
    # change touches what a calendar shows, so clients replace their copy.
    ical_sequence = models.PositiveIntegerField(default=0, editable=False)

    parent_page_types = ["veranstaltungen.VeranstaltungIndexPage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldPanel("format"),
        FieldPanel("zusammenfassung"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("beginn"), FieldPanel("ende")]),
                FieldRowPanel([FieldPanel("ganztaegig"), FieldPanel("abgesagt")]),
            ],
            heading=_("Termin"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("kommune"),
                FieldPanel("ort"),
                FieldPanel("adresse"),
                FieldRowPanel([FieldPanel("online"), FieldPanel("online_url")]),
            ],
            heading=_("Ort und Gastgeber"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("anmeldung_url"), FieldPanel("anmeldeschluss")])],
            heading=_("Anmeldung"),
        ),
        FieldPanel("beschreibung"),
        FieldPanel("programm"),
        FieldPanel("material"),
        FieldPanel("ergebnisse"),
    ]
    classification_panels = [
        FieldPanel("leitfaeden"),
        FieldPanel("leitprojekte"),
        *TaggedPageMixin.taxonomy_panels,
    ]
    edit_handler = content_tabs(content_panels, classification_panels)

    search_fields = Page.search_fields + [
        index.SearchField("zusammenfassung"),
        index.SearchField("beschreibung"),
        index.SearchField("programm"),
        index.SearchField("ergebnisse"),
        index.SearchField("ort"),
        index.SearchField("adresse"),
        index.RelatedFields("format", [index.SearchField("name")]),
        index.FilterField("beginn"),
        index.FilterField("ende"),
        *TaggedPageMixin.taxonomy_search_fields,
    ]

    class Meta:
        verbose_name = _("Veranstaltung")
        verbose_name_plural = _("Veranstaltungen")

    # --- consistency -------------------------------------------------------
    def normalise_times(self):
        """All-day events span whole local days; a missing end is the start (or the day)."""
        if self.beginn is None:
            return
        if self.ganztaegig:
            first = timezone.localdate(self.beginn, EVENT_TIME_ZONE)
            last = timezone.localdate(self.ende, EVENT_TIME_ZONE) if self.ende else first
            self.beginn = datetime.datetime.combine(first, datetime.time.min, EVENT_TIME_ZONE)
            self.ende = datetime.datetime.combine(max(first, last), END_OF_DAY, EVENT_TIME_ZONE)
        elif self.ende is None:
            self.ende = self.beginn

    def clean(self):
        super().clean()
        errors = {}
        if self.beginn and self.ende and self.ende < self.beginn:
            errors["ende"] = _("Das Ende liegt vor dem Beginn.")
        if not self.ort and not self.adresse and not self.online:
            errors["ort"] = _("Geben Sie einen Ort an oder wählen Sie „Online-Teilnahme möglich“.")
        if (
            self.anmeldeschluss
            and self.beginn
            and self.anmeldeschluss > timezone.localdate(self.beginn, EVENT_TIME_ZONE)
        ):
            errors["anmeldeschluss"] = _("Der Anmeldeschluss liegt nach dem Beginn.")
        if errors:
            raise ValidationError(errors)
        self.normalise_times()

    def save(self, *args, **kwargs):
        self.normalise_times()
        if kwargs.get("update_fields") is None:
            self._raise_sequence_if_changed()
        return super().save(*args, **kwargs)

    def _raise_sequence_if_changed(self):
        # Compared with the row as stored: drafts never touch it, so this sees
        # the change from one published version to the next.
        if self.pk is None:
            return
        stored = (
            VeranstaltungPage.objects.filter(pk=self.pk)
            .values("ical_sequence", *CALENDAR_FIELDS)
            .first()
        )
        if stored is None:
            return
        # Never lower: publishing an old revision must still count as a change.
        self.ical_sequence = max(self.ical_sequence, stored["ical_sequence"])
        if any(stored[name] != getattr(self, name) for name in CALENDAR_FIELDS):
            self.ical_sequence = stored["ical_sequence"] + 1

    # --- what templates and exports read ------------------------------------
    @property
    def beginn_lokal(self):
        return timezone.localtime(self.beginn, EVENT_TIME_ZONE)

    @property
    def ende_lokal(self):
        return timezone.localtime(self.ende or self.beginn, EVENT_TIME_ZONE)

    @property
    def erster_tag(self):
        return self.beginn_lokal.date()

    @property
    def letzter_tag(self):
        return self.ende_lokal.date()

    @property
    def mehrtaegig(self):
        return self.letzter_tag > self.erster_tag

    @property
    def hat_ende(self):
        return self.ende is not None and self.ende != self.beginn

    def is_past(self, now=None):
        return (self.ende or self.beginn) < (now or timezone.now())

    @property
    def vergangen(self):
        return self.is_past()

    @property
    def ort_text(self):
        """One line for calendars and cards: place and address, or "Online"."""
        lines = [line.strip() for line in self.adresse.splitlines()]
        parts = [self.ort, ", ".join(line for line in lines if line)]
        text = ", ".join(part for part in parts if part)
        if self.online:
            return f"{text} {_('und online')}" if text else str(_("Online"))
        return text

    def anmeldung_offen(self, today=None):
        if not self.anmeldung_url or self.abgesagt or self.is_past():
            return False
        today = today or timezone.localdate(timezone.now(), EVENT_TIME_ZONE)
        return self.anmeldeschluss is None or today <= self.anmeldeschluss

    def get_context(self, request, *args, **kwargs):
        from . import programme

        context = super().get_context(request, *args, **kwargs)
        days = programme.build(self)
        context.update(
            programm_tage=days,
            referierende=programme.speakers(days),
            sitzungen_mit_material=programme.sessions_with_material(days),
            leitfaeden_liste=(
                LeitfadenPage.objects.live().public().filter(veranstaltungen=self).order_by("title")
                if self.pk
                else []
            ),
            leitprojekte_liste=(
                LeitprojektPage.objects.live()
                .public()
                .filter(veranstaltungen=self)
                .select_related("federfuehrung")
                .order_by("title")
                if self.pk
                else []
            ),
        )
        return context
