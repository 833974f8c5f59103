"""StreamField blocks of an event: the programme and its material.

Each block that is rendered on its own has a template; sessions are rendered
by the page template from ``programme.py`` (which adds the day and the times).
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock


class MaterialArt(blocks.ChoiceBlock):
    choices = [
        ("folien", _("Folien")),
        ("dokumentation", _("Dokumentation")),
        ("ergebnisse", _("Ergebnisse")),
        ("handout", _("Handout")),
        ("programm", _("Programmheft")),
        ("sonstiges", _("Sonstiges")),
    ]


class MaterialDocumentValue(blocks.StructValue):
    def art_label(self):
        return dict(MaterialArt.choices).get(self.get("art"), "")


class MaterialDocumentBlock(blocks.StructBlock):
    """A Wagtail document (slides, documentation, results) with what kind it is."""

    document = DocumentChooserBlock(label=_("Dokument"))
    art = MaterialArt(label=_("Art"), default="folien")
    title = blocks.CharBlock(
        label=_("Linktext"), required=False, help_text=_("Leer lassen für den Dokumenttitel.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Dokument")
        template = "veranstaltungen/blocks/material_document.html"
        value_class = MaterialDocumentValue


class RecordingBlock(blocks.StructBlock):
    """A link to a recording; never embedded, so a page makes no third-party request."""

    url = blocks.URLBlock(label=_("Adresse der Aufzeichnung"))
    title = blocks.CharBlock(label=_("Linktext"), max_length=200)
    dauer = blocks.CharBlock(
        label=_("Dauer"), required=False, max_length=40, help_text=_("z. B. „45 Minuten“")
    )

    class Meta:
        icon = "media"
        label = _("Aufzeichnung")
        template = "veranstaltungen/blocks/recording.html"


class LinkBlock(blocks.StructBlock):
    url = blocks.URLBlock(label=_("Adresse"))
    title = blocks.CharBlock(label=_("Linktext"), max_length=200)

    class Meta:
        icon = "link"
        label = _("Weiterer Link")
        template = "veranstaltungen/blocks/link.html"


class MaterialBlock(blocks.StreamBlock):
    """Material of an event or of one session."""

    dokument = MaterialDocumentBlock()
    aufzeichnung = RecordingBlock()
    link = LinkBlock()


class SpeakerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=120)
    rolle = blocks.CharBlock(
        label=_("Funktion"), required=False, max_length=200, help_text=_("z. B. „Bürgermeisterin“")
    )
    organisation = blocks.CharBlock(label=_("Organisation"), required=False, max_length=200)

    class Meta:
        icon = "user"
        label = _("Person")


class SessionBlock(blocks.StructBlock):
    """One item of the programme: a talk, a workshop, a panel, a break."""

    tag = blocks.DateBlock(
        label=_("Tag"),
        required=False,
        help_text=_("Nur bei mehrtägigen Veranstaltungen; leer bedeutet: erster Tag."),
    )
    beginn = blocks.TimeBlock(label=_("Beginn"))
    ende = blocks.TimeBlock(label=_("Ende"), required=False)
    titel = blocks.CharBlock(label=_("Titel"), max_length=200)
    raum = blocks.CharBlock(label=_("Raum"), required=False, max_length=120)
    referierende = blocks.ListBlock(SpeakerBlock(), label=_("Referierende"), default=[])
    abstract = blocks.TextBlock(label=_("Kurzbeschreibung"), required=False)
    material = MaterialBlock(label=_("Material zu diesem Programmpunkt"), required=False)
    ergebnisse = blocks.TextBlock(
        label=_("Ergebnisse"), required=False, help_text=_("Was aus diesem Programmpunkt folgt.")
    )

    class Meta:
        icon = "time"
        label = _("Programmpunkt")


class ProgrammeBlock(blocks.StreamBlock):
    sitzung = SessionBlock()
