from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from schule.core import feeds
from schule.search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("dokumente/", include(wagtaildocs_urls)),
    path("suche/", search_views.search, name="search"),
    # Feeds and calendars end in a file name with a dot, which no page slug can have.
    path("feeds/leitfaeden.rss", feeds.LeitfadenFeed(), name="feed_leitfaeden"),
    path("feeds/leitfaeden.atom", feeds.LeitfadenAtomFeed(), name="feed_leitfaeden_atom"),
    path("feeds/leitprojekte.rss", feeds.LeitprojektFeed(), name="feed_leitprojekte"),
    path("feeds/leitprojekte.atom", feeds.LeitprojektAtomFeed(), name="feed_leitprojekte_atom"),
    path("", include("schule.veranstaltungen.urls")),
    # Open data: /api/ (JSON, downloads, DCAT catalogue), /sitemap.xml, /robots.txt.
    path("", include("schule.api.urls")),
    # Forms and the DNA check: /beteiligung/..., /dna-check/.
    path("", include("schule.beteiligung.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
