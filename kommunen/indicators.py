"""SDG indicators: targets, indicators, areas and their observations.

Plain Django models (not pages): loaded by ``manage.py import_indicators``,
browsable and correctable in the Wagtail admin, read by the dashboards.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class SDGTarget(models.Model):
    """A target (Unterziel) of an SDG, e.g. 11.6."""

    code = models.CharField(_("Nummer"), max_length=10, unique=True, help_text=_("z. B. 11.6"))
    sdg = models.ForeignKey(
        "taxonomy.SDG", verbose_name=_("SDG"), on_delete=models.PROTECT, related_name="targets"
    )
    title = models.CharField(_("Titel"), max_length=300)

    class Meta:
        verbose_name = _("SDG-Unterziel")
        verbose_name_plural = _("SDG-Unterziele")
        ordering = ["sdg__number", "code"]

    def __str__(self):
        return f"{self.code} {self.title}"


class Direction(models.TextChoices):
    HIGHER = "higher", _("höher ist besser")
    LOWER = "lower", _("niedriger ist besser")


class Indicator(models.Model):
    code = models.CharField(
        _("Kennung"),
        max_length=40,
        unique=True,
        help_text=_("Wie im Dateinamen der Open-SDG-Daten, z. B. 11-6-a."),
    )
    title = models.CharField(_("Titel"), max_length=300)
    sdg = models.ForeignKey(
        "taxonomy.SDG", verbose_name=_("SDG"), on_delete=models.PROTECT, related_name="indicators"
    )
    targets = models.ManyToManyField(SDGTarget, verbose_name=_("Unterziele"), blank=True)
    unit = models.CharField(_("Einheit"), max_length=80)
    definition = models.TextField(_("Definition"), blank=True)
    source = models.CharField(_("Quelle"), max_length=300)
    source_url = models.URLField(_("Link zur Quelle"), blank=True)
    licence = models.CharField(_("Lizenz der Daten"), max_length=80, default="DL-DE-BY-2.0")
    direction = models.CharField(
        _("Richtung"), max_length=10, choices=Direction.choices, default=Direction.HIGHER
    )
    base_year = models.PositiveSmallIntegerField(_("Basisjahr"))
    target_value = models.FloatField(_("Zielwert"), null=True, blank=True)
    target_year = models.PositiveSmallIntegerField(_("Zieljahr"), null=True, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("Reihenfolge"), default=0)

    class Meta:
        verbose_name = _("Indikator")
        verbose_name_plural = _("Indikatoren")
        ordering = ["sdg__number", "sort_order", "code"]

    def __str__(self):
        return f"{self.code} {self.title}"


class AreaKind(models.TextChoices):
    KOMMUNE = "kommune", _("Kommune")
    KREIS = "kreis", _("Kreis")
    LAND = "land", _("Land")
    BUND = "bund", _("Bund")


class Area(models.Model):
    """A Kommune, a Kreis, NRW or Germany: where an observation was made."""

    key = models.CharField(
        _("Schlüssel"),
        max_length=20,
        unique=True,
        help_text=_("Amtlicher Schlüssel (AGS, Kreis- oder Landesschlüssel) oder „DE“."),
    )
    name = models.CharField(_("Name"), max_length=200)
    kind = models.CharField(_("Ebene"), max_length=10, choices=AreaKind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("Übergeordnet"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    kommune = models.OneToOneField(
        "kommunen.KommunePage",
        verbose_name=_("Kommunenprofil"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="area",
    )

    class Meta:
        verbose_name = _("Gebiet")
        verbose_name_plural = _("Gebiete")
        ordering = ["kind", "name"]

    def __str__(self):
        return self.name


class IndicatorImport(models.Model):
    """One run of the importer: what came from which files, by whom."""

    created_at = models.DateTimeField(_("Zeitpunkt"), auto_now_add=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Benutzer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    files = models.TextField(_("Dateien"))
    created = models.PositiveIntegerField(_("neu"), default=0)
    updated = models.PositiveIntegerField(_("geändert"), default=0)
    unchanged = models.PositiveIntegerField(_("unverändert"), default=0)

    class Meta:
        verbose_name = _("Indikator-Import")
        verbose_name_plural = _("Indikator-Importe")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.created_at:%d.%m.%Y %H:%M} – {self.files}"


class Status(models.TextChoices):
    NORMAL = "normal", _("normal")
    ESTIMATED = "estimated", _("geschätzt")
    PROVISIONAL = "provisional", _("vorläufig")


class Observation(models.Model):
    indicator = models.ForeignKey(
        Indicator,
        verbose_name=_("Indikator"),
        on_delete=models.CASCADE,
        related_name="observations",
    )
    area = models.ForeignKey(
        Area, verbose_name=_("Gebiet"), on_delete=models.CASCADE, related_name="observations"
    )
    year = models.PositiveSmallIntegerField(_("Jahr"))
    disaggregation = models.CharField(
        _("Aufschlüsselung"),
        max_length=300,
        blank=True,
        default="",
        help_text=_("Leer für den Gesamtwert, sonst z. B. „Geschlecht=weiblich“."),
    )
    value = models.FloatField(_("Wert"))
    status = models.CharField(
        _("Status"), max_length=12, choices=Status.choices, default=Status.NORMAL
    )
    footnote = models.CharField(_("Fußnote"), max_length=500, blank=True)
    datenstand = models.DateField(_("Datenstand"), null=True, blank=True)
    source = models.CharField(_("Quelle"), max_length=300, blank=True)
    imported_by = models.ForeignKey(
        IndicatorImport,
        verbose_name=_("Import"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="observations",
    )

    class Meta:
        verbose_name = _("Beobachtung")
        verbose_name_plural = _("Beobachtungen")
        ordering = ["indicator", "area", "year"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "area", "year", "disaggregation"],
                name="unique_observation",
            )
        ]
        indexes = [
            models.Index(fields=["area", "indicator", "year"]),
            # The dashboards compare every Kommune in one year (the latest).
            models.Index(fields=["year", "indicator", "area"]),
        ]

    def __str__(self):
        return f"{self.indicator.code} {self.area} {self.year}: {self.value}"
