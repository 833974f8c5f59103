"""The site shell every template needs: main navigation and footer pages."""

from wagtail.models import Site

from .models import SiteLinks


def site_shell(request):
    site = Site.find_for_request(request)
    if site is None:
        return {}
    links = SiteLinks.for_request(request)

    def navigation():
        return site.root_page.get_children().live().in_menu()

    return {"main_navigation": navigation, "site_links": links, "site_root": site.root_page}
