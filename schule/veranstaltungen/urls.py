"""Calendar and feed URLs; each ends in a file name with a dot, which no page slug has."""

from django.urls import path

from . import feeds, views

app_name = "veranstaltungen"

urlpatterns = [
    path("kalender/veranstaltungen.ics", views.upcoming_ics, name="ics_feed"),
    path("kalender/veranstaltung-<int:page_id>.ics", views.event_ics, name="ics"),
    path("feeds/veranstaltungen.rss", feeds.VeranstaltungFeed(), name="feed"),
    path("feeds/veranstaltungen.atom", feeds.VeranstaltungAtomFeed(), name="feed_atom"),
]
