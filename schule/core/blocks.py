"""StreamField blocks shared by the page types; each block renders its own template."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Überschrift"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Ebene"),
        choices=[("h2", _("Überschrift 2")), ("h3", _("Überschrift 3"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Überschrift")
        template = "components/blocks/heading.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Bild"))
    alt = blocks.CharBlock(
        label=_("Alternativtext"),
        max_length=300,
        help_text=_("Beschreibt das Bild für Menschen, die es nicht sehen."),
    )
    caption = blocks.CharBlock(label=_("Bildunterschrift"), required=False, max_length=300)

    class Meta:
        icon = "image"
        label = _("Bild")
        template = "components/blocks/image.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Dokument"))
    title = blocks.CharBlock(
        label=_("Linktext"), required=False, help_text=_("Leer lassen für den Dokumenttitel.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Dokument")
        template = "components/blocks/document.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Zitat"))
    source = blocks.CharBlock(label=_("Quelle"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Zitat")
        template = "components/blocks/quote.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Absatz"),
        features=["bold", "italic", "link", "document-link", "ol", "ul"],
        template="components/blocks/paragraph.html",
    )
    image = ImageBlock()
    document = DocumentBlock()
    quote = QuoteBlock()


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Schritt"), max_length=200)
    text = blocks.RichTextBlock(
        label=_("Beschreibung"), features=["bold", "italic", "link", "ul", "ol"]
    )

    class Meta:
        icon = "list-ol"
        label = _("Schritt")
        template = "components/blocks/step.html"


class MilestoneBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("Datum"))
    title = blocks.CharBlock(label=_("Meilenstein"), max_length=200)
    reached = blocks.BooleanBlock(label=_("Erreicht"), required=False)

    class Meta:
        icon = "date"
        label = _("Meilenstein")
        template = "components/blocks/milestone.html"


class StepsBlock(blocks.StreamBlock):
    """The steps of a Leitfaden."""

    schritt = StepBlock()


class DownloadsBlock(blocks.StreamBlock):
    dokument = DocumentBlock()


class MilestonesBlock(blocks.StreamBlock):
    meilenstein = MilestoneBlock()
