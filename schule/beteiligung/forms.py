"""The public forms: plain Django forms, rendered by templates/beteiligung/field.html."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import (
    Contribution,
    DNACheckResult,
    Feedback,
    JoinRequest,
    ReuseReport,
    Verpflichtung,
)
from .protection import plain_text

INPUT = "kern-form-input__input"
HONEYPOT = "homepage"


class PublicForm(forms.ModelForm):
    """Consent, a honeypot, plain-text validation and KERN classes for every public form."""

    #: Left empty by people (the field is hidden); bots fill it in.
    homepage = forms.CharField(label=_("Bitte dieses Feld leer lassen"), required=False)
    einwilligung = forms.BooleanField(
        label=_("Ich willige ein, dass meine Angaben zur Bearbeitung gespeichert werden."),
        help_text=_(
            "Wir nutzen Ihre Angaben nur für diese Einsendung. Wird sie abgelehnt, löschen wir "
            "Ihre persönlichen Angaben nach 90 Tagen."
        ),
        error_messages={"required": _("Bitte willigen Sie in die Verarbeitung Ihrer Angaben ein.")},
    )
    plain_text_fields: tuple = ()
    with_consent = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.with_consent:
            del self.fields["einwilligung"]
        for name, field in self.fields.items():
            widget = field.widget
            if isinstance(widget, forms.CheckboxInput):
                widget.attrs.setdefault("class", "kern-form-check__checkbox")
            elif isinstance(widget, forms.RadioSelect):
                widget.attrs.setdefault("class", "kern-form-check__radio")
            elif isinstance(widget, forms.CheckboxSelectMultiple):
                widget.attrs.setdefault("class", "kern-form-check__checkbox")
            elif isinstance(widget, forms.Select):
                widget.attrs.setdefault("class", "kern-form-input__select")
            else:
                widget.attrs.setdefault("class", INPUT)
            if name in self.plain_text_fields:
                field.validators.append(plain_text)
        self.fields[HONEYPOT].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})

    def full_clean(self):
        super().full_clean()
        # KERN's error look on the fields that have errors (aria-invalid is Django's).
        for name in self.errors:
            if name in self.fields:
                widget = self.fields[name].widget
                base = widget.attrs.get("class", "")
                if base.startswith("kern-form-input__"):
                    widget.attrs["class"] = f"{base} {base}--error"

    def clean(self):
        cleaned = super().clean()
        if cleaned.get(HONEYPOT):
            raise forms.ValidationError(
                _("Ihre Eingabe konnte nicht angenommen werden. Bitte versuchen Sie es erneut."),
                code="honeypot",
            )
        return cleaned

    def save(self, commit=True):
        instance = super().save(commit=False)
        if hasattr(instance, "einwilligung_am"):
            instance.einwilligung_am = timezone.now()
        if commit:
            instance.save()
        return instance


class ContributionForm(PublicForm):
    plain_text_fields = ("text", "name", "organisation")
    prefix = "beitrag"

    class Meta:
        model = Contribution
        fields = ["art", "text", "name", "organisation", "email"]
        widgets = {
            "art": forms.RadioSelect,
            "text": forms.Textarea(attrs={"rows": 6}),
        }
        labels = {"art": _("Was möchten Sie teilen?"), "text": _("Ihr Beitrag")}
        help_texts = {
            "text": _(
                "Höchstens 2000 Zeichen, reiner Text. Links werden erst nach der Freigabe "
                "anklickbar."
            ),
            "name": _("Optional. Wird mit dem Beitrag veröffentlicht."),
            "organisation": _(
                "Optional, z. B. Ihre Kommune oder Ihr Unternehmen. Wird veröffentlicht."
            ),
            "email": _("Optional, nur für eine Antwort an Sie. Wird nie veröffentlicht."),
        }
        error_messages = {
            "art": {"required": _("Bitte wählen Sie, was Sie teilen möchten.")},
            "text": {"required": _("Bitte schreiben Sie Ihren Beitrag.")},
            "email": {
                "invalid": _(
                    "Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@beispiel.de."
                )
            },
        }


class ReuseReportForm(PublicForm):
    plain_text_fields = ("organisation", "ort", "zeitraum", "aenderungen", "name")
    prefix = "nachnutzung"

    class Meta:
        model = ReuseReport
        fields = ["organisation", "ort", "zeitraum", "aenderungen", "name", "email"]
        widgets = {"aenderungen": forms.Textarea(attrs={"rows": 5})}
        help_texts = {
            "organisation": _("Wer hat nachgenutzt? Wird veröffentlicht."),
            "ort": _("Wo? Wird veröffentlicht."),
            "zeitraum": _("z. B. „seit Frühjahr 2025“. Wird veröffentlicht."),
            "aenderungen": _(
                "Was haben Sie angepasst oder anders gemacht? Höchstens 2000 "
                "Zeichen, reiner Text. Wird veröffentlicht."
            ),
            "name": _("Optional, für Rückfragen der Redaktion. Wird nicht veröffentlicht."),
            "email": _("Optional, für Rückfragen der Redaktion. Wird nie veröffentlicht."),
        }
        error_messages = {
            "organisation": {"required": _("Bitte nennen Sie die Kommune oder Organisation.")},
            "ort": {"required": _("Bitte nennen Sie den Ort.")},
            "zeitraum": {"required": _("Bitte geben Sie an, wann Sie nachgenutzt haben.")},
            "aenderungen": {"required": _("Bitte beschreiben Sie, was Sie angepasst haben.")},
            "email": {
                "invalid": _(
                    "Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@beispiel.de."
                )
            },
        }


class FeedbackForm(PublicForm):
    """Anonymous: no name, no address, so no consent to ask for."""

    plain_text_fields = ("kommentar",)
    prefix = "feedback"
    with_consent = False

    hilfreich = forms.TypedChoiceField(
        label=_("War diese Seite hilfreich?"),
        choices=[("ja", _("Ja")), ("nein", _("Nein"))],
        coerce=lambda value: value == "ja",
        widget=forms.RadioSelect,
        error_messages={"required": _("Bitte wählen Sie „Ja“ oder „Nein“.")},
    )

    class Meta:
        model = Feedback
        fields = ["hilfreich", "kommentar"]
        widgets = {"kommentar": forms.Textarea(attrs={"rows": 3})}
        labels = {"kommentar": _("Was können wir besser machen?")}
        help_texts = {
            "kommentar": _(
                "Höchstens 500 Zeichen. Bitte keine persönlichen Angaben; "
                "wir antworten auf diese Rückmeldung nicht."
            )
        }


class JoinRequestForm(PublicForm):
    plain_text_fields = (
        "kommune",
        "kontakt_name",
        "kontakt_funktion",
        "kontakt_telefon",
        "nachricht",
    )
    prefix = "beitritt"

    verpflichtungen = forms.MultipleChoiceField(
        label=_("Unsere Verpflichtungen als Mitmacherkommune"),
        choices=Verpflichtung.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Mit der Absichtserklärung übernehmen Sie alle fünf Verpflichtungen."),
        error_messages={"required": _("Bitte bestätigen Sie alle fünf Verpflichtungen.")},
    )

    class Meta:
        model = JoinRequest
        fields = [
            "kommune",
            "kreis",
            "kontakt_name",
            "kontakt_funktion",
            "kontakt_email",
            "kontakt_telefon",
            "verpflichtungen",
            "nachricht",
        ]
        widgets = {"nachricht": forms.Textarea(attrs={"rows": 4})}
        labels = {"kommune": _("Name der Kommune"), "nachricht": _("Nachricht")}
        help_texts = {
            "kontakt_email": _(
                "Für die Rückmeldung der Südwestfalen Agentur. Wird nie veröffentlicht."
            ),
            "kontakt_funktion": _("Optional, z. B. „Digitalisierungsbeauftragte“."),
            "kontakt_telefon": _("Optional."),
        }
        error_messages = {
            "kommune": {"required": _("Bitte nennen Sie Ihre Kommune.")},
            "kreis": {
                "required": _("Bitte wählen Sie Ihren Kreis."),
                "invalid_choice": _("Bitte wählen Sie einen der fünf Kreise Südwestfalens."),
            },
            "kontakt_name": {"required": _("Bitte nennen Sie eine Ansprechperson.")},
            "kontakt_email": {
                "required": _("Bitte geben Sie eine E-Mail-Adresse an."),
                "invalid": _(
                    "Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@beispiel.de."
                ),
            },
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kreis"].choices = [("", _("Bitte wählen"))] + list(
            self.fields["kreis"].choices
        )[1:]

    def clean_verpflichtungen(self):
        chosen = self.cleaned_data["verpflichtungen"]
        if set(chosen) != set(Verpflichtung.values):
            raise forms.ValidationError(_("Bitte bestätigen Sie alle fünf Verpflichtungen."))
        return [value for value in Verpflichtung.values if value in chosen]


class DNACheckSaveForm(PublicForm):
    """Saving a result on purpose: only an optional title is asked, nothing personal."""

    plain_text_fields = ("titel",)
    prefix = "speichern"
    with_consent = False

    class Meta:
        model = DNACheckResult
        fields = ["titel"]
        help_texts = {
            "titel": _("Optional, z. B. der Name Ihres Projekts. Bitte keine persönlichen Angaben.")
        }


ANSWER_CHOICES = [
    ("0", _("trifft nicht zu")),
    ("1", _("trifft eher nicht zu")),
    ("2", _("trifft eher zu")),
    ("3", _("trifft voll zu")),
]


class DNACheckForm(forms.Form):
    """One radio group per question; read from GET, so nothing is stored by answering."""

    def __init__(self, questions, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        for question in self.questions:
            self.fields[f"frage-{question.pk}"] = forms.TypedChoiceField(
                label=question.frage,
                help_text=question.hinweis,
                choices=ANSWER_CHOICES,
                coerce=int,
                widget=forms.RadioSelect(attrs={"class": "kern-form-check__radio"}),
                error_messages={"required": _("Bitte beantworten Sie diese Frage.")},
            )

    def groups(self):
        """The fields grouped by criterion, in the criteria's order."""
        groups = {}
        for question in self.questions:
            groups.setdefault(question.kriterium, []).append(self[f"frage-{question.pk}"])
        return sorted(groups.items(), key=lambda item: item[0].sort_order)

    def answers(self):
        return {
            question.pk: self.cleaned_data[f"frage-{question.pk}"] for question in self.questions
        }
