"""Test-only URLs: a view that fails like a bug would and an embeddable one, next to the site."""

from django.http import HttpResponse
from django.urls import include, path
from django.views.decorators.clickjacking import xframe_options_exempt

from schule.urls import urlpatterns as site_urlpatterns


def broken_view(request):
    # The message stands for anything secret an exception may carry.
    raise RuntimeError("geheim: postgres://portal:streng-geheim@db.intern/schule")


@xframe_options_exempt
def embeddable_view(request):
    response = HttpResponse("<!DOCTYPE html><title>Diagramm</title>")
    response.embeddable = True
    return response


urlpatterns = [
    path("kaputt/", broken_view),
    path("einbetten/", embeddable_view),
    path("", include(site_urlpatterns)),
]
