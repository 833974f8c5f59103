"""Knowledge flowing back in: contributions, feedback, reuse reports, joining, the DNA check.

Nothing a visitor sends is public before a moderator publishes it; e-mail
addresses are for replies only and never leave the admin. Personal data of
rejected submissions is blanked after ``BETEILIGUNG_RETENTION_DAYS``
(``manage.py purge_personal_data``).
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from kommunen.models import Kreis

TEXT_MAX = 2000
NAME_MAX = 100
ORGANISATION_MAX = 150


class Moderation(models.TextChoices):
    PENDING = "ausstehend", _("ausstehend")
    PUBLISHED = "veroeffentlicht", _("veröffentlicht")
    REJECTED = "abgelehnt", _("abgelehnt")


class JoinState(models.TextChoices):
    PENDING = "ausstehend", _("ausstehend")
    ACCEPTED = "angenommen", _("angenommen")
    REJECTED = "abgelehnt", _("abgelehnt")


# The same stored value in every moderated model, so the purge asks one question.
REJECTED = "abgelehnt"


class Bearbeitungsstand(models.TextChoices):
    """What became of a contribution; shown publicly beside it."""

    EINGEGANGEN = "eingegangen", _("eingegangen")
    IN_PRUEFUNG = "in-pruefung", _("in Prüfung")
    UEBERNOMMEN = "uebernommen", _("übernommen")
    NICHT_UEBERNOMMEN = "nicht-uebernommen", _("nicht übernommen")


class Art(models.TextChoices):
    ANMERKUNG = "anmerkung", _("Anmerkung")
    VORSCHLAG = "vorschlag", _("Vorschlag")
    ERFAHRUNG = "erfahrung", _("Erfahrungsbericht")


class Verpflichtung(models.TextChoices):
    """The commitments of the declaration of intent (DOMAIN.md), each to be accepted."""

    LEITBILD = (
        "leitbild",
        _(
            "Wir übernehmen das Ziel „Gemeinsam digital, nachhaltig und authentisch für ein gutes "
            "Leben in Südwestfalen“ und die Vision „2030 ist Südwestfalen die smarteste Region in "
            "Deutschland“."
        ),
    )
    BUERGERBETEILIGUNG = (
        "buergerbeteiligung",
        _("Wir planen, Bürgerinnen und Bürger an unserem Smart-City-Prozess zu beteiligen."),
    )
    FORTSCHRITT = (
        "fortschritt",
        _("Wir sind einverstanden, dass unser Fortschritt bewertet und öffentlich sichtbar wird."),
    )
    SDG = (
        "sdg",
        _(
            "Wir verfolgen die Nachhaltigkeitsziele (SDGs) vor Ort und analysieren unseren "
            "SDG-Stand, auch im Vergleich mit anderen Kommunen, mit dem Land NRW und dem Bund."
        ),
    )
    OPEN_SOURCE = (
        "open-source",
        _("Wir unterstützen Open Source und prüfen Alternativen zu proprietären Lösungen."),
    )


class SubmissionQuerySet(models.QuerySet):
    def published(self):
        return self.filter(moderation=Moderation.PUBLISHED)


class Submission(models.Model):
    """What every visitor submission keeps: when, consent, who moderated it."""

    created_at = models.DateTimeField(_("Eingegangen am"), default=timezone.now, editable=False)
    einwilligung_am = models.DateTimeField(
        _("Einwilligung zur Datenverarbeitung am"), null=True, editable=False
    )
    moderated_at = models.DateTimeField(_("Moderiert am"), null=True, blank=True, editable=False)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("Moderiert von"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    personal_data_removed_at = models.DateTimeField(
        _("Personenbezogene Daten gelöscht am"), null=True, blank=True, editable=False
    )

    #: Blanked by ``purge_personal_data`` once a rejected submission is old enough.
    personal_fields: tuple = ()

    objects = SubmissionQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["-created_at"]

    def moderate(self, state, user):
        self.moderation = state
        self.moderated_at = timezone.now()
        self.moderated_by = user if user and user.is_authenticated else None
        self.save()


class Contribution(Submission):
    """A remark, suggestion or experience report on a Leitfaden, Leitprojekt or event."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Seite"),
        on_delete=models.CASCADE,
        related_name="beteiligung_beitraege",
    )
    art = models.CharField(_("Art"), max_length=20, choices=Art.choices)
    text = models.TextField(_("Text"), max_length=TEXT_MAX)
    name = models.CharField(_("Name"), max_length=NAME_MAX, blank=True)
    organisation = models.CharField(_("Organisation"), max_length=ORGANISATION_MAX, blank=True)
    email = models.EmailField(
        _("E-Mail für eine Antwort"), blank=True, help_text=_("Wird nie veröffentlicht.")
    )
    moderation = models.CharField(
        _("Moderation"),
        max_length=20,
        choices=Moderation.choices,
        default=Moderation.PENDING,
        db_index=True,
    )
    status = models.CharField(
        _("Bearbeitungsstand"),
        max_length=20,
        choices=Bearbeitungsstand.choices,
        default=Bearbeitungsstand.EINGEGANGEN,
        help_text=_("Wird öffentlich beim Beitrag gezeigt."),
    )
    antwort = models.TextField(
        _("Offizielle Antwort"),
        max_length=TEXT_MAX,
        blank=True,
        help_text=_("Wird öffentlich unter dem Beitrag gezeigt, als reiner Text."),
    )

    personal_fields = ("name", "organisation", "email")

    panels = [FieldPanel("moderation"), FieldPanel("status"), FieldPanel("antwort")]

    class Meta(Submission.Meta):
        verbose_name = _("Beitrag")
        verbose_name_plural = _("Beiträge")
        permissions = [
            ("moderate_all", _("Beiträge und Nachnutzungen zu allen Inhalten moderieren")),
        ]

    def __str__(self):
        excerpt = self.text if len(self.text) <= 60 else self.text[:59] + "…"
        return f"{self.get_art_display()}: {excerpt}"

    @property
    def author_line(self):
        return ", ".join(part for part in (self.name, self.organisation) if part)


class ReuseReport(Submission):
    """'Wir haben das nachgenutzt': who reused a Leitfaden or Leitprojekt, where, when, how."""

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Nachgenutzter Inhalt"),
        on_delete=models.CASCADE,
        related_name="beteiligung_nachnutzungen",
    )
    organisation = models.CharField(_("Kommune oder Organisation"), max_length=ORGANISATION_MAX)
    ort = models.CharField(_("Ort"), max_length=NAME_MAX)
    zeitraum = models.CharField(
        _("Wann"), max_length=NAME_MAX, help_text=_("z. B. „seit Frühjahr 2025“")
    )
    aenderungen = models.TextField(_("Was wurde angepasst?"), max_length=TEXT_MAX)
    name = models.CharField(_("Ansprechperson"), max_length=NAME_MAX, blank=True)
    email = models.EmailField(
        _("E-Mail für Rückfragen"), blank=True, help_text=_("Wird nie veröffentlicht.")
    )
    moderation = models.CharField(
        _("Moderation"),
        max_length=20,
        choices=Moderation.choices,
        default=Moderation.PENDING,
        db_index=True,
    )

    personal_fields = ("name", "email")

    panels = [FieldPanel("moderation")]

    class Meta(Submission.Meta):
        verbose_name = _("Nachnutzung")
        verbose_name_plural = _("Nachnutzungen")

    def __str__(self):
        return f"{self.organisation} ({self.ort})"


class JoinRequest(Submission):
    """A declaration of intent to join the strategy as a Mitmacherkommune."""

    kommune = models.CharField(_("Kommune"), max_length=NAME_MAX)
    kreis = models.CharField(_("Kreis"), max_length=40, choices=Kreis.choices)
    kontakt_name = models.CharField(_("Ansprechperson"), max_length=NAME_MAX)
    kontakt_funktion = models.CharField(_("Funktion"), max_length=NAME_MAX, blank=True)
    kontakt_email = models.EmailField(_("E-Mail"))
    kontakt_telefon = models.CharField(_("Telefon"), max_length=40, blank=True)
    verpflichtungen = models.JSONField(_("Angenommene Verpflichtungen"), default=list)
    nachricht = models.TextField(_("Nachricht"), max_length=TEXT_MAX, blank=True)
    moderation = models.CharField(
        _("Entscheidung"),
        max_length=20,
        choices=JoinState.choices,
        default=JoinState.PENDING,
        db_index=True,
    )
    kommune_page = models.ForeignKey(
        "kommunen.KommunePage",
        verbose_name=_("Angelegte Kommunenseite"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    personal_fields = ("kontakt_name", "kontakt_funktion", "kontakt_email", "kontakt_telefon")

    panels = [FieldPanel("moderation")]

    class Meta(Submission.Meta):
        verbose_name = _("Beitrittserklärung")
        verbose_name_plural = _("Beitrittserklärungen")

    def __str__(self):
        return f"{self.kommune} ({self.get_kreis_display()})"


class Feedback(models.Model):
    """'War diese Seite hilfreich?' on a Leitfaden; counted for editors, never public."""

    page = models.ForeignKey(
        "leitfaeden.LeitfadenPage",
        verbose_name=_("Leitfaden"),
        on_delete=models.CASCADE,
        related_name="beteiligung_feedback",
    )
    hilfreich = models.BooleanField(_("Hilfreich"))
    kommentar = models.TextField(_("Kommentar"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("Eingegangen am"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("Rückmeldung „hilfreich?“")
        verbose_name_plural = _("Rückmeldungen „hilfreich?“")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.page.title}: {_('ja') if self.hilfreich else _('nein')}"


class DNACheckQuestion(Orderable):
    """A question of the DNA check ("suedwestfalen.compass"), maintained by the Agentur."""

    kriterium = models.ForeignKey(
        "taxonomy.DNAKriterium",
        verbose_name=_("Kriterium"),
        on_delete=models.PROTECT,
        related_name="dna_check_fragen",
    )
    frage = models.CharField(_("Frage"), max_length=300)
    hinweis = models.CharField(_("Erläuterung"), max_length=300, blank=True)
    aktiv = models.BooleanField(_("Aktiv"), default=True)

    panels = [
        FieldPanel("kriterium"),
        FieldPanel("frage"),
        FieldPanel("hinweis"),
        FieldPanel("aktiv"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("DNA-Check-Frage")
        verbose_name_plural = _("DNA-Check-Fragen")

    def __str__(self):
        return self.frage


class DNACheckResult(models.Model):
    """A result the visitor chose to save; editors may attach it to a Leitprojekt."""

    kennung = models.UUIDField(_("Kennung"), default=uuid.uuid4, unique=True, editable=False)
    titel = models.CharField(
        _("Projekt oder Strategie"), max_length=200, blank=True, help_text=_("Optional.")
    )
    antworten = models.JSONField(_("Antworten"), default=dict, editable=False)
    punkte = models.JSONField(_("Punkte je Kriterium"), default=dict, editable=False)
    created_at = models.DateTimeField(_("Gespeichert am"), default=timezone.now, editable=False)
    leitprojekt = models.ForeignKey(
        "leitprojekte.LeitprojektPage",
        verbose_name=_("Leitprojekt"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="dna_checks",
        help_text=_("Das Ergebnis erscheint dann auf der Seite des Leitprojekts."),
    )

    panels = [FieldPanel("titel"), FieldPanel("leitprojekt")]

    class Meta:
        verbose_name = _("DNA-Check-Ergebnis")
        verbose_name_plural = _("DNA-Check-Ergebnisse")
        ordering = ["-created_at"]

    def __str__(self):
        return self.titel or str(_("DNA-Check vom %(d)s")) % {
            "d": timezone.localtime(self.created_at).strftime("%d.%m.%Y %H:%M")
        }

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._loaded_leitprojekt_id = instance.__dict__.get("leitprojekt_id")
        return instance

    def shown_on_public_pages(self):
        """True while attached to a Leitprojekt, or when just detached: its page changes.

        A visitor saving a result changes no public page; the page cache asks this.
        """
        return (
            self.leitprojekt_id is not None
            or getattr(self, "_loaded_leitprojekt_id", None) is not None
        )
