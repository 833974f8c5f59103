"""Public URLs of the Beteiligung; included in schule/urls.py before Wagtail's pages."""

from django.urls import path

from . import views

app_name = "beteiligung"

urlpatterns = [
    path("beteiligung/beitrag/<int:page_id>/", views.contribution, name="contribution"),
    path("beteiligung/hilfreich/<int:page_id>/", views.feedback, name="feedback"),
    path("beteiligung/nachnutzung/<int:page_id>/", views.reuse, name="reuse"),
    path("beteiligung/nachnutzungen/", views.reuse_overview, name="reuse_overview"),
    path("beteiligung/mitmachen/", views.join, name="join"),
    path("dna-check/", views.dna_check, name="dna_check"),
    path("dna-check/speichern/", views.dna_check_save, name="dna_check_save"),
    path("dna-check/ergebnis/<uuid:kennung>/", views.dna_result, name="dna_result"),
]
