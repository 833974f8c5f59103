"""sitemap.xml (every live, public page, and the Kommune dashboards) and robots.txt."""

from django.contrib.sitemaps import Sitemap as DjangoSitemap
from django.http import HttpResponse
from django.urls import reverse
from wagtail.contrib.sitemaps import views as wagtail_sitemap_views
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap as PageSitemap

from kommunen.models import KommuneIndexPage, KommunePage


class DashboardSitemap(DjangoSitemap):
    """The dashboards are routes of their Kommune page, not pages: listed here."""

    def __init__(self, request):
        self.request = request
        self.pages = PageSitemap(request)

    def items(self):
        root = self.pages.get_wagtail_site().root_page
        return (
            root.get_descendants()
            .live()
            .public()
            .type(KommuneIndexPage, KommunePage)
            .order_by("path")
        )

    def location(self, page):
        _site_id, _root_url, page_path = page.get_url_parts(self.request)
        return f"{page_path}dashboard/"


def sitemap(request):
    return wagtail_sitemap_views.sitemap(
        request,
        sitemaps={"seiten": PageSitemap(request), "dashboards": DashboardSitemap(request)},
    )


def robots(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /suche/",
        f"Sitemap: {request.build_absolute_uri(reverse('api:sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
