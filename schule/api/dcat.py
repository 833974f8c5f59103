"""The DCAT-AP.de catalogue of the published datasets, built with rdflib.

One dcat:Dataset per collection (with its CSV and JSON download and the API
as distributions) and one per Kommune for its dashboard data, geocoded by the
Kommune's AGS (``dcatde:politicalGeocodingURI``). The region-wide datasets are
geocoded by the Kreise the Kommunen belong to (the first five digits of an AGS
are its Kreis key), so a new region needs no change here. Served as JSON-LD,
Turtle and RDF/XML at /api/v1/katalog.{jsonld,ttl,rdf}.
"""

import datetime

from django.conf import settings
from django.db.models import Max, Min
from django.utils.translation import gettext as _
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, XSD

from kommunen.indicators import Observation

from .collections import COLLECTIONS
from .http import ApiError
from .licences import LICENCES

DCATDE = Namespace("http://dcat-ap.de/def/dcatde/")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
THEME = "http://publications.europa.eu/resource/authority/data-theme/"
FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/"
MEDIA_TYPE = "https://www.iana.org/assignments/media-types/"
GEOCODING = "http://dcat-ap.de/def/politicalGeocoding/"
LANGUAGE_DE = URIRef("http://publications.europa.eu/resource/authority/language/DEU")
FORMATS = {
    "csv": ("CSV", "text/csv"),
    "json": ("JSON", "application/json"),
}
SERIALISATIONS = {
    "jsonld": ("json-ld", "application/ld+json"),
    "ttl": ("turtle", "text/turtle; charset=utf-8"),
    "rdf": ("xml", "application/rdf+xml; charset=utf-8"),
}
# With several licences in one dataset, its distributions name the strictest one;
# the licence of each row is in its "lizenz" column.
STRICTNESS = ["cc-by-sa-4.0", "dl-de-by-2.0", "cc-by-4.0", "dl-de-zero-2.0", "cc0-1.0"]


def _de(text):
    return Literal(str(text), lang="de")


def _date(value):
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        value = value.date()
    return Literal(value.isoformat(), datatype=XSD.date)


def _strictest(licences):
    return min(licences, key=lambda licence: STRICTNESS.index(licence.code))


class CatalogueBuilder:
    def __init__(self, request):
        self.request = request
        self.base = request.build_absolute_uri("/").rstrip("/")
        self.uri = URIRef(f"{self.base}/api/v1/katalog")
        self.graph = Graph()
        for prefix, namespace in {
            "dcat": DCAT,
            "dct": DCTERMS,
            "foaf": FOAF,
            "vcard": VCARD,
            "dcatde": DCATDE,
        }.items():
            self.graph.bind(prefix, namespace)
        self.publisher = self._publisher()
        self.contact = self._contact()

    def add(self, subject, predicate, obj):
        if obj is not None:
            self.graph.add((subject, predicate, obj))

    def _publisher(self):
        node = URIRef(settings.OPENDATA_PUBLISHER_URL)
        self.add(node, RDF.type, FOAF.Organization)
        self.add(node, RDF.type, FOAF.Agent)
        self.add(node, FOAF.name, _de(settings.OPENDATA_PUBLISHER_NAME))
        self.add(node, FOAF.homepage, URIRef(settings.OPENDATA_PUBLISHER_URL))
        return node

    def _contact(self):
        node = URIRef(f"{self.base}/api/v1/katalog#kontakt")
        self.add(node, RDF.type, VCARD.Organization)
        self.add(node, RDF.type, VCARD.Kind)
        self.add(node, VCARD.fn, _de(settings.OPENDATA_PUBLISHER_NAME))
        self.add(node, VCARD.hasURL, URIRef(settings.OPENDATA_CONTACT_URL or f"{self.base}/"))
        return node

    def dataset(
        self,
        key,
        title,
        description,
        landing_page,
        themes,
        keywords,
        issued,
        modified,
        temporal,
        geocoding,
        distributions,
    ):
        node = URIRef(f"{self.uri}#{key}")
        g = self.add
        g(self.uri, DCAT.dataset, node)
        g(node, RDF.type, DCAT.Dataset)
        g(node, DCTERMS.identifier, Literal(str(node)))
        g(node, DCTERMS.title, _de(title))
        g(node, DCTERMS.description, _de(description))
        g(node, DCTERMS.publisher, self.publisher)
        g(node, DCAT.contactPoint, self.contact)
        g(node, DCAT.landingPage, URIRef(landing_page) if landing_page else None)
        g(node, DCTERMS.language, LANGUAGE_DE)
        g(node, DCTERMS.issued, _date(issued))
        g(node, DCTERMS.modified, _date(modified))
        if settings.OPENDATA_CONTRIBUTOR_ID:
            g(node, DCATDE.contributorID, URIRef(settings.OPENDATA_CONTRIBUTOR_ID))
        for theme in themes:
            g(node, DCAT.theme, URIRef(f"{THEME}{theme}"))
        for keyword in dict.fromkeys(keywords):
            g(node, DCAT.keyword, _de(keyword))
        start, end = temporal
        if start or end:
            # Named, not a blank node: the same data give the same bytes (and ETag).
            period = URIRef(f"{node}-zeitraum")
            g(node, DCTERMS.temporal, period)
            g(period, RDF.type, DCTERMS.PeriodOfTime)
            g(period, DCAT.startDate, _date(start))
            g(period, DCAT.endDate, _date(end))
        levels = set()
        for uri, level in geocoding:
            g(node, DCATDE.politicalGeocodingURI, URIRef(uri))
            g(node, DCTERMS.spatial, URIRef(uri))
            levels.add(level)
        for level in sorted(levels):
            g(node, DCATDE.politicalGeocodingLevelURI, URIRef(f"{GEOCODING}Level/{level}"))
        for fmt, url, licence, dist_title in distributions:
            self.distribution(node, key, fmt, url, licence, dist_title, modified)
        return node

    def distribution(self, dataset, key, fmt, url, licence, title, modified):
        node = URIRef(f"{self.uri}#{key}-{fmt}")
        file_type, media_type = FORMATS[fmt]
        g = self.add
        g(dataset, DCAT.distribution, node)
        g(node, RDF.type, DCAT.Distribution)
        g(node, DCTERMS.title, _de(title))
        g(node, DCAT.accessURL, URIRef(url))
        g(node, DCAT.downloadURL, URIRef(url))
        g(node, DCTERMS.format, URIRef(f"{FILE_TYPE}{file_type}"))
        g(node, DCAT.mediaType, URIRef(f"{MEDIA_TYPE}{media_type}"))
        g(node, DCTERMS.license, URIRef(licence.dcat_uri))
        g(node, DCATDE.licenseAttributionByText, _de(settings.OPENDATA_ATTRIBUTION))
        g(node, DCTERMS.modified, _date(modified))


def _geocoding_of_region(kommunen):
    districts = sorted({k.ags[:5] for k in kommunen if len(k.ags or "") == 8})
    return [(f"{GEOCODING}districtKey/{key}", "administrativeDistrict") for key in districts]


def catalogue_graph(request):
    """The whole catalogue as an rdflib Graph."""
    builder = CatalogueBuilder(request)
    uri, g = builder.uri, builder.add
    kommunen = list(
        COLLECTIONS["kommunen"].items(COLLECTIONS["kommunen"].queryset()).select_related("area")
    )
    region = _geocoding_of_region(kommunen)
    region_keywords = ("Smart City", "Südwestfalen", "Smart Cities: Schule")
    all_issued, all_modified = [], []
    indicator_licences = COLLECTIONS["indikatoren"].licences(COLLECTIONS["indikatoren"].queryset())

    for key, collection in COLLECTIONS.items():
        queryset = collection.queryset()
        start, end = collection.temporal(queryset)
        if collection.is_page:
            issued, modified = start, end
            if key == "veranstaltungen":
                span = queryset.aggregate(
                    issued=Min("first_published_at"), modified=Max("last_published_at")
                )
                issued, modified = span["issued"], span["modified"]
            temporal = (start, end)
        else:
            span = Observation.objects.aggregate(first=Min("datenstand"), last=Max("datenstand"))
            issued, modified = span["first"], span["last"]
            temporal = (
                datetime.date(start, 1, 1) if start else None,
                datetime.date(end, 12, 31) if end else None,
            )
        all_issued.append(issued)
        all_modified.append(modified)
        licence = _strictest(collection.licences(queryset))
        downloads = [
            (
                fmt,
                request.build_absolute_uri(f"/api/v1/daten/{key}.{fmt}"),
                licence,
                _("%(title)s als %(fmt)s") % {"title": collection.title, "fmt": fmt.upper()},
            )
            for fmt in ("csv", "json")
        ]
        builder.dataset(
            key,
            _("%(title)s – Smart Cities: Schule Südwestfalen") % {"title": collection.title},
            collection.description,
            request.build_absolute_uri(f"/api/v1/{key}/"),
            collection.themes,
            (*region_keywords, *(str(k) for k in collection.keywords)),
            issued,
            modified,
            temporal,
            region,
            downloads,
        )

    # The dashboard data of each Kommune: its own dataset, geocoded by its AGS.
    years = {
        row["area__kommune"]: row
        for row in Observation.objects.filter(area__kommune__isnull=False)
        .values("area__kommune")
        .annotate(first=Min("year"), last=Max("year"), datenstand=Max("datenstand"))
    }
    licence = _strictest(indicator_licences)
    for kommune in kommunen:
        url = kommune.get_full_url(request)
        if not url:
            continue
        dashboard = f"{url}dashboard/"
        row = years.get(kommune.pk, {})
        geocoding = (
            [(f"{GEOCODING}municipalityKey/{kommune.ags}", "municipality")] if kommune.ags else []
        )
        builder.dataset(
            f"kommune-{kommune.slug}",
            _("Dashboard-Daten %(kommune)s: SDG-Indikatoren und Teilziele")
            % {"kommune": kommune.title},
            _(
                "Die Werte der SDG-Indikatoren für %(kommune)s mit den Vergleichswerten von "
                "Kreis, NRW und Deutschland, und der Stand der Teilziele der Smart Cities: Schule."
            )
            % {"kommune": kommune.title},
            dashboard,
            ("REGI", "ENVI", "SOCI"),
            (*region_keywords, kommune.title, "SDG", "Dashboard"),
            kommune.first_published_at,
            _latest(row.get("datenstand"), kommune.last_published_at),
            (
                datetime.date(row["first"], 1, 1) if row.get("first") else None,
                datetime.date(row["last"], 12, 31) if row.get("last") else None,
            ),
            geocoding,
            [
                (
                    fmt,
                    f"{dashboard}daten/{fmt}/",
                    licence,
                    _("Dashboard-Daten als %(fmt)s") % {"fmt": fmt.upper()},
                )
                for fmt in ("csv", "json")
            ],
        )

    g(uri, RDF.type, DCAT.Catalog)
    g(uri, DCTERMS.title, _de(_("Offene Daten der Smart Cities: Schule Südwestfalen")))
    g(
        uri,
        DCTERMS.description,
        _de(
            _(
                "Alle veröffentlichten Leitfäden, Leitprojekte, Kommunen, Veranstaltungen, "
                "Taxonomien und SDG-Indikatoren des Wissensportals, maschinenlesbar."
            )
        ),
    )
    g(uri, DCTERMS.publisher, builder.publisher)
    g(uri, FOAF.homepage, URIRef(f"{builder.base}/"))
    g(uri, DCTERMS.language, LANGUAGE_DE)
    g(uri, DCAT.themeTaxonomy, URIRef(THEME.rstrip("/")))
    g(uri, DCTERMS.license, URIRef(LICENCES["cc-by-4.0"].dcat_uri))
    issued = [_as_date(d) for d in all_issued if d]
    g(uri, DCTERMS.issued, _date(min(issued)) if issued else None)
    g(uri, DCTERMS.modified, _date(_latest(*all_modified)))
    for spatial, _level in region:
        g(uri, DCTERMS.spatial, URIRef(spatial))
    return builder.graph


def _as_date(value):
    return value.date() if isinstance(value, datetime.datetime) else value


def _latest(*values):
    dates = [_as_date(value) for value in values if value]
    return max(dates) if dates else None


def serialize(graph, fmt):
    """(content, content type) of the catalogue in one of its serialisations."""
    if fmt not in SERIALISATIONS:
        raise ApiError(404, _("Dieses Format gibt es nicht."))
    rdf_format, content_type = SERIALISATIONS[fmt]
    if rdf_format == "json-ld":
        context = {p: str(n) for p, n in graph.namespaces() if p in CONTEXT_PREFIXES}
        return graph.serialize(format="json-ld", context=context, indent=2), content_type
    return graph.serialize(format=rdf_format), content_type


CONTEXT_PREFIXES = {"dcat", "dct", "foaf", "vcard", "dcatde", "xsd", "rdf"}
