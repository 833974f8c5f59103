"""URLs of the open-data interface, the sitemap and robots.txt.

Everything below /api/ answers JSON (or the data format asked for), also for
an unknown address: the catch-all at the end keeps /api/ out of Wagtail's
page routing, so no HTML error page appears in the API.
"""

from django.urls import path, re_path

from . import sitemaps, views
from .collections import COLLECTIONS

app_name = "api"

KEYS = "|".join(COLLECTIONS)

urlpatterns = [
    path("api/v1/", views.index, name="index"),
    path("api/v1/openapi.json", views.openapi, name="openapi"),
    path("api/v1/taxonomien/", views.taxonomies, name="taxonomies"),
    path("api/v1/offene-daten.zip", views.bulk, name="bulk"),
    path("api/v1/katalog.<str:fmt>", views.catalogue, name="catalogue"),
    path("api/v1/daten/<slug:key>.<str:fmt>", views.download, name="download"),
    re_path(rf"^api/v1/(?P<key>{KEYS})/$", views.collection_list, name="list"),
    re_path(
        rf"^api/v1/(?P<key>{KEYS})/(?P<lookup>[^/]+)/$", views.collection_detail, name="detail"
    ),
    re_path(r"^api/(?P<rest>[\s\S]*)$", views.not_found, name="not_found"),
    path("sitemap.xml", sitemaps.sitemap, name="sitemap"),
    path("robots.txt", sitemaps.robots, name="robots"),
]
