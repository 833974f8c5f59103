"""Admin tab layout shared by the content page types."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import ObjectList, TabbedInterface
from wagtail.models import Page


def content_tabs(content_panels, classification_panels=None, progress_panels=None):
    """Inhalt | Einordnung | (Fortschritt) | Veröffentlichung | Einstellungen."""
    tabs = [ObjectList(content_panels, heading=_("Inhalt"))]
    if classification_panels:
        tabs.append(ObjectList(classification_panels, heading=_("Einordnung")))
    if progress_panels:
        tabs.append(ObjectList(progress_panels, heading=_("Fortschritt")))
    tabs += [
        ObjectList(Page.promote_panels, heading=_("Veröffentlichung")),
        ObjectList(Page.settings_panels, heading=_("Einstellungen")),
    ]
    return TabbedInterface(tabs)
