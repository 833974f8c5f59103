"""RSS and Atom feeds of newly published events."""

from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from schule.core.feeds import NewPagesAtomFeed, NewPagesFeed

from .models import VeranstaltungIndexPage, VeranstaltungPage


class VeranstaltungFeed(NewPagesFeed):
    title = _("Neue Veranstaltungen – Smart Cities: Schule Südwestfalen")
    description = _("Neu angekündigte Veranstaltungen der Smart Cities: Schule.")
    index_model = VeranstaltungIndexPage

    def pages(self):
        return VeranstaltungPage.objects.select_related("format", "kommune")

    def item_description(self, item):
        when = item.beginn_lokal
        if item.ganztaegig:
            when_text = date_format(when, "j. F Y")
        else:
            when_text = date_format(when, "j. F Y, H:i") + " " + str(_("Uhr"))
        parts = [str(item.format), when_text, item.ort_text]
        if item.abgesagt:
            parts.insert(0, str(_("Abgesagt")))
        return " · ".join(p for p in parts if p) + "\n\n" + item.zusammenfassung


class VeranstaltungAtomFeed(NewPagesAtomFeed, VeranstaltungFeed):
    pass
