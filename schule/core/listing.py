"""Filtering and pagination for every listing: catalogue, projects, Kommunen, search."""

import functools
from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import connection
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from wagtail.fields import StreamField

from schule.taxonomy.filters import filter_pages
from schule.taxonomy.prefetch import prefetch_taxonomy


def paginate(request, items, per_page=None, count=None):
    """Return (page, messages); a bad page number shows a page and says why, never a 500.

    ``count``: the number of items if already known (the filter counts them), saving a query.
    """
    paginator = Paginator(items, per_page or settings.PORTAL_PAGE_SIZE)
    if count is not None:
        paginator.count = count  # a cached property: set, it is not counted again
    raw = request.GET.get("page", "1")
    messages = []
    try:
        page = paginator.page(raw)
    except PageNotAnInteger:
        messages.append(
            _("„%(raw)s“ ist keine Seitenzahl; angezeigt wird Seite 1.") % {"raw": raw[:20]}
        )
        page = paginator.page(1)
    except EmptyPage:
        last = paginator.num_pages
        messages.append(
            _("Seite %(raw)s gibt es nicht; angezeigt wird Seite %(last)s.")
            % {"raw": raw[:20], "last": last}
        )
        page = paginator.page(last)
    # The first and last page and two either side of this one, not a link per page.
    page.page_links = list(paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1))
    return page, messages


def listing_context(request, queryset, facets, prefetch=(), order_by=("title",)):
    """Filtered, counted, paginated listing; the context every index template expects.

    The taxonomy and tags of the cards come with ``prefetch_taxonomy`` (one query);
    ``prefetch`` names any other relation the cards show. A card shows no
    StreamField, so none is read (the steps and downloads of 12 Leitfäden cost
    about a millisecond to fetch and decode).
    """
    result = filter_pages(queryset, request.GET, facets)
    streams = [f.name for f in queryset.model._meta.concrete_fields if isinstance(f, StreamField)]
    items = result.queryset.order_by(*order_by).defer(*streams).prefetch_related(*prefetch)
    page, page_messages = paginate(request, items, count=result.count)
    page.object_list = prefetch_taxonomy(list(page.object_list))
    return {
        "filter": result,
        "items": page,
        "listing_messages": result.messages + page_messages,
    }


# What a list of links to pages ({% page_list %}) reads of each page; a
# Leitprojekt also shows its lead. Loading only these skips the pages' bodies.
LINK_FIELDS = ("title", "url_path")
PROJECT_LINK_FIELDS = (*LINK_FIELDS, "federfuehrung__title", "federfuehrung__url_path")


@dataclass
class Shortlist:
    """The first pages of a related list, how many there are in all, and where to see all."""

    items: list
    total: int
    all_url: str = ""

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __bool__(self):
        return bool(self.items)

    @property
    def more(self):
        return self.total - len(self.items)


# The pages related to one page by several relations (each a reverse foreign key
# or many-to-many, e.g. a Kommune's led and joined Leitprojekte): the first of
# each by title and how many there are, in one statement. One SELECT per relation,
# its rows numbered and counted by window functions, in a UNION ALL (a database
# need not allow LIMIT inside one). SQL written from the models' meta once per
# relation; building the same through the ORM cost three times as long as running it.
RELATED_SQL = "SELECT * FROM ({lists}) lists WHERE rn <= %s ORDER BY list_no, rn"
RELATED_LIST_SQL = (
    "SELECT %s AS list_no, p.{pk} AS id, p.{title} AS title, p.{url_path} AS url_path, "
    "{lead} ROW_NUMBER() OVER (ORDER BY p.{title}, p.{pk}) AS rn, COUNT(*) OVER () AS total "
    "FROM {links} l JOIN {pages} p ON p.{pk} = l.{source} {lead_join}"
    "WHERE l.{target} = %s AND p.{live}"
)
LEAD_SQL = "lp.{pk} AS lead_id, lp.{title} AS lead_title, lp.{url_path} AS lead_url_path,"
LEAD_JOIN_SQL = (
    "JOIN {table} x ON x.{pk} = p.{page_pk} LEFT JOIN {pages} lp ON lp.{page_pk} = x.{lead} "
)
NO_LEAD_SQL = "NULL AS lead_id, NULL AS lead_title, NULL AS lead_url_path,"
PRIVATE_SQL = " AND NOT (p.{path} LIKE %s AND p.{depth} >= %s)"


@functools.cache
def _related_list_sql(model, relation, lead):
    """SELECT of the live pages related to one ``model`` instance by ``relation``.

    ``lead``: a foreign key of the related pages to another page (a Leitprojekt's
    lead), whose title and URL path come along; or None.
    """
    from wagtail.models import Page

    quote = connection.ops.quote_name
    rel = model._meta.get_field(relation)
    related = rel.related_model._meta
    if rel.many_to_many:  # the related pages' many-to-many field: its link table
        through = rel.through._meta
        links = through.db_table
        source = through.get_field(rel.field.m2m_field_name()).column
        target = through.get_field(rel.field.m2m_reverse_field_name()).column
    else:  # their foreign key to ``model``: their own table
        links, source, target = related.db_table, related.pk.column, rel.field.column
    page = Page._meta
    names = {
        "pk": quote(page.pk.column),
        "title": quote(page.get_field("title").column),
        "url_path": quote(page.get_field("url_path").column),
        "live": quote(page.get_field("live").column),
        "pages": quote(page.db_table),
    }
    lead_sql, lead_join = NO_LEAD_SQL, ""
    if lead:
        lead_sql = LEAD_SQL.format(**names)
        lead_join = LEAD_JOIN_SQL.format(
            table=quote(related.db_table),
            pk=quote(related.pk.column),
            page_pk=names["pk"],
            pages=names["pages"],
            lead=quote(related.get_field(lead).column),
        )
    return RELATED_LIST_SQL.format(
        **names,
        lead=lead_sql,
        links=quote(links),
        source=quote(source),
        target=quote(target),
        lead_join=lead_join,
    )


def related_shortlists(instance, relations, limit=None):
    """{relation: Shortlist} of the live, public pages related to ``instance``: one query.

    ``relations``: (relation name on the instance's model, lead field or None,
    URL of "all of them"). The items are pages with their title and URL (and
    the lead as an attribute of that name, itself a page with a title and URL),
    which is what a list of links to them shows. The total counts every page.
    """
    from wagtail.models import Page

    from .restrictions import restricted_sections

    quote = connection.ops.quote_name
    meta = Page._meta
    sections = restricted_sections()
    private = PRIVATE_SQL.format(
        path=quote(meta.get_field("path").column), depth=quote(meta.get_field("depth").column)
    ) * len(sections)
    lists, params = [], []
    for number, (relation, lead, _url) in enumerate(relations):
        lists.append(_related_list_sql(type(instance), relation, lead) + private)
        params += [number, instance.pk]
        for path, depth in sections:
            params += [f"{path}%", depth]
    sql = RELATED_SQL.format(lists=" UNION ALL ".join(lists))
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, limit or settings.PORTAL_SHORTLIST_SIZE])
        rows = cursor.fetchall()
    found = {number: Shortlist([], 0, url) for number, (_r, _l, url) in enumerate(relations)}
    fields = ("id", "title", "url_path")
    for number, *page, lead_id, lead_title, lead_url_path, _rn, total in rows:
        item = Page.from_db(connection.alias, fields, page)
        lead = relations[number][1]
        if lead:
            leader = None
            if lead_id is not None:
                leader = Page.from_db(
                    connection.alias, fields, (lead_id, lead_title, lead_url_path)
                )
            setattr(item, lead, leader)
        found[number].items.append(item)
        found[number].total = total
    return {relation: found[number] for number, (relation, _l, _u) in enumerate(relations)}


def catalogue_url(model, **filters):
    """The URL of the published listing of ``model`` pages, with filters; "" if there is none.

    Index pages name the page type they list (``listed_model``); the URLs are
    kept under the content version.
    """
    from wagtail.models import Page, get_page_models

    from .page_cache import memo

    def urls():
        index_models = [m for m in get_page_models() if getattr(m, "listed_model", None)]
        found = {}
        for index in Page.objects.live().type(*index_models).order_by("path").specific():
            found.setdefault(index.listed_model, index.url)
        return found

    url = memo("catalogue-urls", urls).get(model._meta.label, "")
    query = urlencode(filters)
    return f"{url}?{query}" if url and query else url
