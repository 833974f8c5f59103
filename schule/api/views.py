"""The read-only API, the downloads and the catalogue: plain Django views.

Not Wagtail's API v2: its filters map ``field=value`` onto model fields and
its pagination is ``limit``/``offset`` with English errors, while the site
filters through ``schule.taxonomy.filters.filter_pages`` (OR across paths, e.g.
leading *or* taking part; counts per facet) with ``page``; the indicators are
not pages at all. These views reuse the shared filter unchanged instead.
"""

import re
from urllib.parse import urlencode

from django.http import HttpResponse, HttpResponsePermanentRedirect, QueryDict
from django.urls import Resolver404, resolve, reverse
from django.utils.translation import gettext as _
from wagtail.models import Page

from schule.taxonomy.filters import filter_pages
from schule.taxonomy.models import SDG, DNAKriterium, Handlungsfeld
from schule.taxonomy.prefetch import prefetch_taxonomy
from schule.veranstaltungen.models import Veranstaltungsformat

from . import downloads, serializers
from .collections import COLLECTIONS
from .http import ApiError, api_view, json_response

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
MAX_PAGE = 100_000
MAX_ID = 2**31 - 1
CODE_RE = re.compile(r"^[\w.\-]{1,40}$")
YEAR_MIN, YEAR_MAX = 1900, 2100


def _bounded_int(params, name, default, low, high):
    raw = params.get(name)
    if raw is None:
        return default
    raw = raw.strip()
    if not raw.isascii() or not raw.isdigit() or not low <= int(raw) <= high:
        raise ApiError(
            400,
            _("„%(name)s“ muss eine ganze Zahl von %(low)s bis %(high)s sein.")
            % {"name": name, "low": low, "high": high},
        )
    return int(raw)


def _without_nul(params):
    """The parameters with NUL characters dropped: PostgreSQL cannot compare them."""
    clean = QueryDict(mutable=True)
    for key in params:
        clean.setlist(key.replace("\x00", ""), [v.replace("\x00", "") for v in params.getlist(key)])
    return clean


def filtered(collection, params):
    """The shared filter over the collection's published items, plus the year filter."""
    params = _without_nul(params)
    result = filter_pages(collection.queryset(), params, collection.facets())
    queryset = result.queryset
    if collection.key == "beobachtungen" and "jahr" in params:
        queryset = queryset.filter(year=_bounded_int(params, "jahr", None, YEAR_MIN, YEAR_MAX))
    return result, queryset


def _published_values(collection, facet):
    """For a facet over related pages: the values of the published ones, else None.

    The shared filter counts every related page, including an unpublished
    Kommune's; its title must not leave the API. (One query per such facet.)
    """
    if facet.choices:
        return None
    related = collection.model._meta.get_field(facet.paths[0]).related_model
    if not issubclass(related, Page):
        return None
    pages = related.objects.live().public()
    return {str(value) for value in pages.values_list(facet.value_field, flat=True)}


def _facets(collection, result):
    states = []
    for state in result.facets:
        allowed = _published_values(collection, state.facet)
        states.append(
            {
                "schluessel": state.key,
                "name": str(state.label),
                "werte": [
                    {
                        "wert": option.value,
                        "name": option.label,
                        "anzahl": option.count,
                        "gewaehlt": option.selected,
                    }
                    for option in state.options
                    if allowed is None or option.value in allowed
                ],
            }
        )
    return states


def _page_link(request, page):
    pairs = [(k, v) for k in request.GET for v in request.GET.getlist(k) if k != "page"]
    pairs.append(("page", str(page)))
    return request.build_absolute_uri(f"{request.path}?{urlencode(pairs)}")


def _datenstand(value):
    return serializers.iso(value)


@api_view
def collection_list(request, key):
    collection = COLLECTIONS[key]
    page = _bounded_int(request.GET, "page", 1, 1, MAX_PAGE)
    size = _bounded_int(request.GET, "page_size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE)
    result, queryset = filtered(collection, request.GET)
    total = queryset.count()
    pages = max(1, -(-total // size))
    start = (page - 1) * size
    items = list(collection.items(queryset)[start : start + size]) if start < total else []
    prefetch_taxonomy(items)
    return json_response(
        {
            "anzahl": total,
            "seite": page,
            "seitengroesse": size,
            "seiten": pages,
            "naechste": _page_link(request, page + 1) if page < pages else None,
            "vorherige": _page_link(request, min(page - 1, pages)) if page > 1 else None,
            "datenstand": _datenstand(collection.datenstand(queryset)),
            "lizenzen": [licence.as_dict() for licence in collection.licences(queryset)],
            "hinweise": [str(message) for message in result.messages],
            "facetten": _facets(collection, result),
            "eintraege": [collection.serialize(item, request) for item in items],
        }
    )


@api_view
def collection_detail(request, key, lookup):
    collection = COLLECTIONS[key]
    queryset = collection.queryset()
    if collection.lookup == "pk":
        if not lookup.isascii() or not lookup.isdigit() or not 0 < int(lookup) <= MAX_ID:
            raise ApiError(404, _("Diesen Eintrag gibt es nicht."))
        queryset = queryset.filter(pk=int(lookup))
    else:
        if not CODE_RE.match(lookup):
            raise ApiError(404, _("Diesen Eintrag gibt es nicht."))
        queryset = queryset.filter(**{collection.lookup: lookup})
    item = collection.items(queryset).first()
    if item is None:
        raise ApiError(404, _("Diesen Eintrag gibt es nicht."))
    prefetch_taxonomy([item])
    return json_response(collection.serialize(item, request))


def taxonomy_data():
    return serializers.taxonomien(
        DNAKriterium.objects.order_by("sort_order"),
        Handlungsfeld.objects.order_by("sort_order"),
        SDG.objects.order_by("number"),
        Veranstaltungsformat.objects.order_by("sort_order", "name"),
    )


@api_view
def taxonomies(request):
    return json_response(taxonomy_data())


@api_view
def index(request):
    def absolute(name, **kwargs):
        return request.build_absolute_uri(reverse(name, kwargs=kwargs))

    return json_response(
        {
            "titel": _("Offene Daten der Smart Cities: Schule Südwestfalen"),
            "beschreibung": _(
                "Lesende Schnittstelle (nur GET, JSON) für alle veröffentlichten Inhalte und "
                "SDG-Indikatoren. Filter wie auf der Website, Seiten mit page und page_size."
            ),
            "openapi": absolute("api:openapi"),
            "katalog": {
                "jsonld": absolute("api:catalogue", fmt="jsonld"),
                "turtle": absolute("api:catalogue", fmt="ttl"),
                "rdfxml": absolute("api:catalogue", fmt="rdf"),
            },
            "gesamtdownload": absolute("api:bulk"),
            "sammlungen": [
                {
                    "schluessel": c.key,
                    "titel": str(c.title),
                    "url": absolute("api:list", key=c.key),
                    "csv": absolute("api:download", key=c.key, fmt="csv"),
                    "json": absolute("api:download", key=c.key, fmt="json"),
                }
                for c in COLLECTIONS.values()
            ]
            + [
                {
                    "schluessel": "taxonomien",
                    "titel": _("Taxonomien"),
                    "url": absolute("api:taxonomies"),
                    "csv": absolute("api:download", key="taxonomien", fmt="csv"),
                    "json": absolute("api:download", key="taxonomien", fmt="json"),
                }
            ],
        }
    )


@api_view
def openapi(request):
    from .openapi import document

    return json_response(document(request))


@api_view
def download(request, key, fmt):
    if key != "taxonomien" and key not in COLLECTIONS:
        raise ApiError(404, _("Diesen Datensatz gibt es nicht."))
    content, content_type, filename = downloads.dataset_file(request, key, fmt)
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@api_view
def bulk(request):
    content = downloads.bulk_zip(request)
    response = HttpResponse(content, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{downloads.BULK_NAME}"'
    return response


@api_view
def catalogue(request, fmt):
    from . import dcat

    content, content_type = dcat.serialize(dcat.catalogue_graph(request), fmt)
    return HttpResponse(content, content_type=content_type)


@api_view
def not_found(request, rest=""):
    # What CommonMiddleware's APPEND_SLASH would do, had this catch-all not matched.
    if not request.path.endswith("/"):
        try:
            match = resolve(f"{request.path}/")
        except Resolver404:
            match = None
        if match is not None and match.url_name != "not_found":
            query = request.META.get("QUERY_STRING", "")
            return HttpResponsePermanentRedirect(
                f"{request.path}/" + (f"?{query}" if query else "")
            )
    raise ApiError(404, _("Diese Adresse gibt es in der Schnittstelle nicht."))
