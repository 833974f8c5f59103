"""RSS and Atom feeds of new content (Django's syndication framework).

Every page links them in its <head> (templates/base.html). The feeds of
events live in ``schule.veranstaltungen.feeds`` and build on the classes here.
"""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from leitfaeden.models import LeitfadenIndexPage, LeitfadenPage
from leitprojekte.models import LeitprojektIndexPage, LeitprojektPage

FEED_LENGTH = 20


class NewPagesFeed(Feed):
    """The newest published pages of one type, newest first.

    Links are the pages' own (relative) URLs; Django adds the requested host.
    The request is never kept on the instance: one feed object serves every
    request and thread.
    """

    index_model = None

    def pages(self):
        raise NotImplementedError

    def link(self):
        index = self.index_model.objects.live().first()
        return (index.url if index else None) or "/"

    def items(self):
        return (
            self.pages()
            .live()
            .public()
            .order_by("-first_published_at", "-pk")
            .prefetch_related("dna", "handlungsfelder")[:FEED_LENGTH]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.zusammenfassung

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [term.name for term in item.dna.all()] + [
            term.name for term in item.handlungsfelder.all()
        ]


class NewPagesAtomFeed(NewPagesFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description


class LeitfadenFeed(NewPagesFeed):
    title = _("Neue Leitfäden – Smart Cities: Schule Südwestfalen")
    description = _("Neu veröffentlichte Leitfäden aus den Kommunen Südwestfalens.")
    index_model = LeitfadenIndexPage

    def pages(self):
        return LeitfadenPage.objects.all()


class LeitfadenAtomFeed(NewPagesAtomFeed, LeitfadenFeed):
    pass


class LeitprojektFeed(NewPagesFeed):
    title = _("Neue Leitprojekte – Smart Cities: Schule Südwestfalen")
    description = _("Neu vorgestellte Leitprojekte der Pionierkommunen.")
    index_model = LeitprojektIndexPage

    def pages(self):
        return LeitprojektPage.objects.select_related("federfuehrung")

    def item_author_name(self, item):
        return item.federfuehrung.title if item.federfuehrung else None


class LeitprojektAtomFeed(NewPagesAtomFeed, LeitprojektFeed):
    pass
