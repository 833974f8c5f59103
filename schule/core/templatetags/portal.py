"""Template tags of the public site."""

import functools

from django import template
from django.template.loader import render_to_string
from django.urls import get_script_prefix, reverse
from django.utils.html import conditional_escape, escape, format_html, format_html_join
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext_lazy, ngettext
from django.utils.translation import gettext as _

from schule.core.page_cache import memo
from schule.taxonomy.colours import text_colour_for

register = template.Library()


# Rendered here rather than by a template per card: a listing shows 20 cards with
# about ten tags each, and Django's template engine spent half a millisecond per card.
SUMMARY_FIELDS = ("zusammenfassung", "kurzbeschreibung", "intro", "search_description")


# Each relation's tags: CSS class, filter key, what screen readers hear first.
TAG_RELATIONS = {
    "dna": ("tag--dna", "dna", gettext_lazy("DNA:")),
    "handlungsfelder": ("tag--hf", "handlungsfeld", gettext_lazy("Handlungsfeld:")),
    "sdgs": ("tag--sdg", "sdg", None),  # "SDG 7", then the goal's name
    "tags": ("tag--free", "tag", gettext_lazy("Schlagwort:")),
}


# The feeds every page links in its <head>: (URL name, type, title).
FEEDS = (
    ("feed_leitfaeden", "application/rss+xml", gettext_lazy("Neue Leitfäden (RSS)")),
    ("feed_leitfaeden_atom", "application/atom+xml", gettext_lazy("Neue Leitfäden (Atom)")),
    ("feed_leitprojekte", "application/rss+xml", gettext_lazy("Neue Leitprojekte (RSS)")),
    ("feed_leitprojekte_atom", "application/atom+xml", gettext_lazy("Neue Leitprojekte (Atom)")),
    ("veranstaltungen:feed", "application/rss+xml", gettext_lazy("Neue Veranstaltungen (RSS)")),
    (
        "veranstaltungen:feed_atom",
        "application/atom+xml",
        gettext_lazy("Neue Veranstaltungen (Atom)"),
    ),
)


@register.simple_tag
def feed_links():
    """The <link rel="alternate"> of every feed, for the <head> of each page."""
    return _feed_links(get_language(), get_script_prefix())


@functools.lru_cache(maxsize=16)
def _feed_links(language, prefix):
    # The same on every page: built once per language and URL prefix, not with
    # six {% url %} and six {% translate %} per request.
    return format_html_join(
        "\n    ",
        '<link rel="alternate" type="{}" title="{}" href="{}">',
        ((kind, title, reverse(name)) for name, kind, title in FEEDS),
    )


@register.simple_tag(takes_context=True)
def main_nav(context):
    """The menu pages as list items; the one the page is in is marked, the page itself current.

    Written here from (title, URL, url_path) kept with the site shell: the
    template loop with a {% pageurl %} per item cost about 5 % of a simple page.
    """
    page = context.get("page")
    current = getattr(page, "url_path", None) if page else None
    items = []
    for title, url, url_path in context.get("main_navigation", ()):
        active = " main-nav__link--active" if current and url_path in current else ""
        here = ' aria-current="page"' if current == url_path else ""
        items.append(
            f'\n                <li><a class="main-nav__link{active}" href="{escape(url)}"{here}>'
            f"{escape(title)}</a></li>"
        )
    return mark_safe("".join(items) + "\n                ")  # noqa: S308 - escaped


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer of every page, rendered once per content version, site and language.

    Its links are the site's (``SiteLinks``), the same on every page: rendered
    per request it cost about 6 % of a simple page (callgrind). Page links in it
    are relative on a single site and absolute where several share the portal.
    """
    links = context.get("site_links")
    if links is None:
        return ""
    return memo(
        f"footer:{links.site_id}:{get_language()}",
        lambda: render_to_string("components/footer.html", {"site_links": links}),
    )


@functools.lru_cache(maxsize=4096)
def _tag(relation, listing_url, slug, name, number, colour, language):
    """One tag as a link to the listing filtered by it (escaped, safe HTML).

    Kept by its inputs (the language included: it names the relation for screen
    readers): the cards of a listing share their terms, and each link cost
    ~20 µs to build.
    """
    css, key, prefix = TAG_RELATIONS[relation]
    href = escape(filter_url(listing_url, key, slug))
    style = ""
    if prefix is None:  # an SDG: its number and colour
        label = f'SDG {number}<span class="kern-sr-only">: {escape(name)}</span>'
        style = f' style="--sdg-bg: {escape(colour)}; --sdg-fg: {escape(text_colour_for(colour))}"'
    else:
        text = f"#{escape(name)}" if relation == "tags" else escape(name)
        label = f'<span class="kern-sr-only">{prefix} </span>{text}'
    return f'<li><a class="tag {css}"{style} href="{href}">{label}</a></li>'


@register.simple_tag
def tag_list(page, listing_url):
    """Every tag of a page as a link to the listing filtered by it (escaped, safe HTML)."""
    listing_url = listing_url or ""
    language = get_language()
    items = [
        _tag(
            relation,
            listing_url,
            term.slug,
            term.name,
            getattr(term, "number", None),
            getattr(term, "colour", None),
            language,
        )
        for relation in TAG_RELATIONS
        for term in getattr(page, relation).all()
    ]
    if not items:
        return ""
    return mark_safe(  # noqa: S308 - every text and URL above is escaped
        f'<ul class="tag-list" aria-label="{escape(_("Einordnung"))}">\n    '
        + "\n    ".join(items)
        + "\n</ul>"
    )


@register.simple_tag(takes_context=True)
def card(context, item, listing_url="", level=3):
    """A page in a listing: its type, the title as a link, its summary and its tags."""
    meta = [conditional_escape(item.get_verbose_name())]
    lead = getattr(item, "federfuehrung", None)
    if lead:
        meta.append(f"{escape(_('Federführung'))}: {escape(lead.title)}")
    if getattr(item, "rolle", None):
        meta.append(escape(item.get_rolle_display()))
    summary = next((value for value in (getattr(item, f, "") for f in SUMMARY_FIELDS) if value), "")
    url = escape(item.get_url(request=context.get("request")) or "")
    tags = tag_list(item, listing_url) if listing_url else ""
    return mark_safe(  # noqa: S308 - every text and URL is escaped
        '<article class="kern-card content-card">\n'
        '    <div class="kern-card__container">\n'
        '        <header class="kern-card__header">\n'
        f'            <p class="kern-preline content-card__type">{" · ".join(meta)}</p>\n'
        f'            <h{level} class="kern-title content-card__title"><a class="kern-link" '
        f'href="{url}">{conditional_escape(item.title)}</a></h{level}>\n'
        "        </header>\n"
        '        <div class="kern-card__body">\n'
        f'            <p class="kern-body">{conditional_escape(summary)}</p>\n'
        f"            {tags}\n"
        "        </div>\n"
        "    </div>\n"
        "</article>"
    )


@register.simple_tag
def page_list(pages, empty):
    """Links to pages (a Leitprojekt's lead in brackets), or ``empty`` if there are none.

    A ``Shortlist`` also links "all N" in the catalogue. Written here like the cards:
    a Kommune's page lists 30 pages, and the template engine spent ~4 ms on them.
    """
    items = list(pages)
    if not items:
        return format_html('<p class="kern-body kern-body--muted">{}</p>', empty)
    links = []
    for item in items:
        lead = getattr(item, "federfuehrung", None)
        extra = f' <span class="kern-body--muted">({escape(lead.title)})</span>' if lead else ""
        links.append(
            f'<li><a class="kern-link" href="{escape(item.get_url() or "")}">'
            f"{escape(item.title)}</a>{extra}</li>"
        )
    more = ""
    if getattr(pages, "more", 0) > 0 and pages.all_url:
        label = ngettext(
            "Den Eintrag im Katalog ansehen", "Alle %(n)s im Katalog ansehen", pages.total
        ) % {"n": pages.total}
        more = (
            f'<p class="kern-body"><a class="kern-link" href="{escape(pages.all_url)}">'
            f"{escape(label)}</a></p>"
        )
    return mark_safe(f'<ul class="link-list">{"".join(links)}</ul>{more}')  # noqa: S308 - escaped


@register.simple_tag
def facet_form(filter):
    """The filter form of a listing: each facet a fieldset of checkboxes with counts.

    Written here like the cards: a catalogue shows about 170 options (59 Kommunen,
    17 SDGs, the tags ...), and the template engine spent ~6 ms on them per request.
    """
    hits = escape(_("Treffer"))
    fieldsets = []
    for state in filter.facets:
        if not state.options:
            continue
        key = escape(state.key)
        chosen = state.selected_count
        legend = escape(state.label)
        if chosen:
            n = ngettext("%(n)s gewählt", "%(n)s gewählt", chosen) % {"n": chosen}
            legend += f' <span class="facet__count">({escape(n)})</span>'
        options = "".join(
            '<div class="kern-form-check">'
            f'<input class="kern-form-check__checkbox" type="checkbox" id="f-{key}-{number}" '
            f'name="{key}" value="{escape(option.value)}"{" checked" if option.selected else ""}>'
            f'<label class="kern-label" for="f-{key}-{number}">{escape(option.label)} '
            f'<span class="facet__n">({option.count}<span class="kern-sr-only"> {hits}</span>)'
            "</span></label></div>\n"
            for number, option in enumerate(state.options, 1)
        )
        fieldsets.append(
            '<fieldset class="kern-fieldset facet">'
            f'<legend class="kern-label facet__legend">{legend}</legend>'
            f'<div class="kern-fieldset__body">\n{options}</div></fieldset>\n'
        )
    reset = (
        f'<a class="kern-link" href="?">{escape(_("Alle Filter zurücksetzen"))}</a>'
        if filter.is_filtered
        else ""
    )
    return mark_safe(  # noqa: S308 - every text and value above is escaped
        '<form class="facets" method="get" aria-labelledby="facets-heading">\n'
        f'<h2 class="kern-heading-small" id="facets-heading">{escape(_("Filtern"))}</h2>\n'
        f"{''.join(fieldsets)}"
        '<div class="facets__actions">'
        '<button class="kern-btn kern-btn--primary" type="submit">'
        f'<span class="kern-label">{escape(_("Filter anwenden"))}</span></button>'
        f"{reset}</div>\n</form>"
    )


@register.simple_tag
def filter_url(listing_url, key, value):
    return f"{listing_url}?{urlencode({key: value})}"


@register.simple_tag
def page_url(querystring, number):
    """A pagination link that keeps the active filters (and the search query)."""
    prefix = f"{querystring}&" if querystring else ""
    return f"?{prefix}page={number}"


@register.simple_tag(takes_context=True)
def breadcrumb(context, page, trail=()):
    """The page's ancestors below the tree root, the page, then the views of it.

    ``trail``: (URL, title) of each view of the page (its dashboard, an
    indicator); the last is the current one, or else the page is. Written here:
    the template with a {% pageurl %} per ancestor cost ~4 % of a simple page.
    """
    request = context.get("request")
    items = []
    for ancestor in breadcrumb_ancestors(page):
        if ancestor.depth > 1:
            title = _("Startseite") if ancestor.depth == 2 else ancestor.title
            items.append((ancestor.get_url(request=request), title, False))
    trail = list(trail or ())
    items.append((page.get_url(request=request), page.title, not trail))
    items += [(url, title, n == len(trail) - 1) for n, (url, title) in enumerate(trail)]
    links = "".join(
        format_html(
            '\n        <li><a href="{}"{}>{}</a></li>',
            url or "",
            mark_safe(' aria-current="page"') if current else "",  # noqa: S308 - a constant
            title,
        )
        for url, title, current in items
    )
    return format_html(
        '<nav class="breadcrumb kern-container" aria-label="{}">\n'
        '    <ol class="breadcrumb__list">{}\n    </ol>\n</nav>',
        _("Brotkrumennavigation"),
        mark_safe(links),  # noqa: S308 - built with format_html
    )


def breadcrumb_ancestors(page):
    """The page's ancestors below the tree root, top first.

    Routing (schule/core/routing.py) leaves each page's parent on it, so this
    costs no query; a page that was not routed (a preview) asks the database once.
    """
    chain, current = [], page
    while current.depth > 2 and getattr(current, "_cached_parent_obj", None) is not None:
        current = current._cached_parent_obj
        chain.append(current)
    if current.depth > 2:
        return list(page.get_ancestors().filter(depth__gt=1))
    return chain[::-1]
