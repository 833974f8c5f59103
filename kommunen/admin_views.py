"""Admin upload of indicator CSV files: the same importer and report as the command."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from .importer import import_files

MAX_FILE_BYTES = 20 * 1024 * 1024


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one field (the pattern from Django's documentation)."""

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data]
        return [single(data, initial)]


class ImportForm(forms.Form):
    files = MultipleFileField(
        label=_("CSV-Dateien"),
        help_text=_("Open-SDG-Dateien (indicator_<Kennung>.csv) oder Dateien im Langformat."),
        widget=MultipleFileInput(attrs={"accept": ".csv,text/csv"}),
    )
    datenstand = forms.DateField(
        label=_("Datenstand"),
        required=False,
        help_text=_("Für Zeilen ohne eigenen Datenstand."),
        widget=forms.DateInput(attrs={"type": "date"}),
    )


def import_view(request):
    if not request.user.has_perm("kommunen.add_observation"):
        raise PermissionDenied
    report, files = None, []
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        for upload in form.cleaned_data["files"]:
            if upload.size > MAX_FILE_BYTES:
                form.add_error("files", _("%(name)s ist größer als 20 MB.") % {"name": upload.name})
                continue
            try:
                files.append((upload.name, upload.read().decode("utf-8-sig")))
            except UnicodeDecodeError:
                form.add_error(
                    "files", _("%(name)s ist keine UTF-8-Datei.") % {"name": upload.name}
                )
        if not form.errors:
            report = import_files(
                files, user=request.user, datenstand=form.cleaned_data["datenstand"]
            )
    return TemplateResponse(
        request,
        "kommunen/admin/import.html",
        {"form": form, "report": report, "page_title": _("Indikatoren importieren")},
    )
