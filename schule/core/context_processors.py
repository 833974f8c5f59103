"""The site shell every template needs: main navigation and footer pages.

Both change only with the content, so they are kept under the content version
(``memo``): a page the page cache does not serve still renders its shell
without a query.
"""

from wagtail.models import Site

from .models import SiteLinks
from .page_cache import memo


def _shell(site):
    links = SiteLinks.for_site(site)
    links.footer_pages  # noqa: B018 - computed now, kept with the links
    links.datenschutz  # noqa: B018 - linked from every form
    return {
        # (title, URL, url_path) of each menu page: the URLs built once, too.
        "main_navigation": [
            (item.title, item.relative_url(site), item.url_path)
            for item in site.root_page.get_children().live().in_menu()
        ],
        "site_links": links,
    }


def site_shell(request):
    site = Site.find_for_request(request)
    if site is None:
        return {}
    shell = memo(f"shell:{site.pk}", lambda: _shell(site))
    return {**shell, "site_root": site.root_page}
