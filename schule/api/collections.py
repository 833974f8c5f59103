"""What the API publishes: one ``Collection`` per kind of object.

Each collection names its published queryset (live and public pages only, with
every relation it shows prefetched (taxonomy and tags by ``prefetch_taxonomy``
where the items are read), so a listing costs the same number of
queries for 3 or 3,000 items), the facets of the shared filter
(``filter_pages``; pages reuse their index page's ``facets()``, so the API
accepts exactly the site's parameters), its order, its serializer and how its
licences and Datenstand are read.
"""

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Max, Min, Prefetch
from django.utils.translation import gettext_lazy as _

from kommunen.indicators import Area, AreaKind, Indicator, Observation
from kommunen.models import KommuneIndexPage, KommunePage
from leitfaeden.models import LeitfadenIndexPage, LeitfadenPage
from leitprojekte.models import LeitprojektIndexPage, LeitprojektPage
from schule.taxonomy.filters import Facet, taxonomy_facets
from schule.veranstaltungen.models import VeranstaltungIndexPage, VeranstaltungPage

from . import serializers
from .licences import data_licence, page_licence, text_licence


def published(model):
    return model.objects.live().public()


def _published_refs(name, model):
    """A relation to other pages, holding only the published ones."""
    return Prefetch(name, queryset=published(model).only("id", "slug", "title").order_by("title"))


@dataclass(frozen=True)
class Collection:
    key: str
    title: str
    description: str
    schema: str
    model: type
    base_queryset: Callable
    related: Callable
    facets: Callable
    order_by: tuple
    serialize: Callable
    themes: tuple
    keywords: tuple
    is_page: bool = True
    lookup: str = "pk"

    def queryset(self):
        """Everything published, unfiltered: what ``filter_pages`` gets."""
        return self.base_queryset()

    def items(self, queryset):
        """``queryset`` ordered, with the relations its serializer reads fetched in bulk."""
        return self.related(queryset.order_by(*self.order_by))

    def licences(self, queryset):
        """The licences of the items in ``queryset``, each once."""
        if self.model is LeitfadenPage:
            codes = queryset.order_by().values_list("lizenz", flat=True).distinct()
            found = {page_licence(code) for code in codes}
        elif self.model is Indicator:
            raw = queryset.order_by().values_list("licence", flat=True).distinct()
            found = {data_licence(value) for value in raw}
        elif self.model is Observation:
            raw = queryset.order_by().values_list("indicator__licence", flat=True).distinct()
            found = {data_licence(value) for value in raw}
        elif self.model is Area:
            found = {data_licence("")}
        else:
            found = {text_licence()}
        return sorted(found or {text_licence()}, key=lambda licence: licence.code)

    def datenstand(self, queryset):
        """The newest publication (pages) or the newest Datenstand (indicator data)."""
        if self.is_page:
            return queryset.aggregate(latest=Max("last_published_at"))["latest"]
        if self.model is Observation:
            observations = queryset
        elif self.model is Indicator:
            observations = Observation.objects.filter(indicator__in=queryset.values("pk"))
        else:
            observations = Observation.objects.all()
        return observations.aggregate(latest=Max("datenstand"))["latest"]

    def temporal(self, queryset):
        """(first, last) date or datetime the collection covers, for the DCAT catalogue."""
        if self.model is VeranstaltungPage:
            span = queryset.aggregate(first=Min("beginn"), last=Max("ende"))
        elif self.is_page:
            span = queryset.aggregate(
                first=Min("first_published_at"), last=Max("last_published_at")
            )
        else:
            observations = queryset if self.model is Observation else Observation.objects.all()
            years = observations.aggregate(first=Min("year"), last=Max("year"))
            return years["first"], years["last"]
        return span["first"], span["last"]


def _leitfaeden(queryset):
    return queryset.prefetch_related(
        _published_refs("kommunen", KommunePage),
        _published_refs("leitprojekte", LeitprojektPage),
    ).defer("downloads")


def _leitprojekte(queryset):
    return queryset.prefetch_related(
        _published_refs("federfuehrung", KommunePage),
        _published_refs("beteiligte_kommunen", KommunePage),
    ).defer("body")


def _kommunen(queryset):
    return (
        queryset.select_related("area")
        .prefetch_related("prioritaeten__handlungsfeld")
        .defer("body")
    )


def _veranstaltungen(queryset):
    return (
        queryset.select_related("format")
        .prefetch_related(
            _published_refs("kommune", KommunePage),
            _published_refs("leitfaeden", LeitfadenPage),
            _published_refs("leitprojekte", LeitprojektPage),
        )
        .defer("beschreibung", "material")
    )


def _indicator_facets():
    sdg_facet = next(f for f in taxonomy_facets() if f.key == "sdg")
    return [dataclasses.replace(sdg_facet, paths=("sdg",))]


def _observation_facets():
    return [
        Facet("indikator", _("Indikator"), ("indicator",), value_field="code", label_field="title"),
        Facet(
            "gebiet",
            _("Gebiet"),
            ("area",),
            value_field="key",
            label_field="name",
            order_field="name",
        ),
        Facet("ebene", _("Ebene"), ("area__kind",), choices=tuple(AreaKind.choices)),
    ]


def _area_facets():
    return [Facet("ebene", _("Ebene"), ("kind",), choices=tuple(AreaKind.choices))]


TEXT_THEMES = ("GOVE", "TECH")

COLLECTIONS = {
    c.key: c
    for c in (
        Collection(
            key="leitfaeden",
            title=_("Leitfäden"),
            description=_(
                "Leitfäden der Smart Cities: Schule Südwestfalen: Anleitungen, die andere "
                "Kommunen Schritt für Schritt nachgehen können."
            ),
            schema="Leitfaden",
            model=LeitfadenPage,
            base_queryset=lambda: published(LeitfadenPage),
            related=_leitfaeden,
            facets=LeitfadenIndexPage.facets,
            order_by=("title", "pk"),
            serialize=serializers.leitfaden,
            themes=(*TEXT_THEMES, "EDUC"),
            keywords=("Leitfaden", "Wissenstransfer"),
        ),
        Collection(
            key="leitprojekte",
            title=_("Leitprojekte"),
            description=_(
                "Kooperative Leitprojekte der Kommunen Südwestfalens mit Federführung, "
                "Beteiligten, Status, Zeitraum, Zielen, Ergebnissen und Meilensteinen."
            ),
            schema="Leitprojekt",
            model=LeitprojektPage,
            base_queryset=lambda: published(LeitprojektPage),
            related=_leitprojekte,
            facets=LeitprojektIndexPage.facets,
            order_by=("title", "pk"),
            serialize=serializers.leitprojekt,
            themes=TEXT_THEMES,
            keywords=("Leitprojekt", "Kooperation"),
        ),
        Collection(
            key="kommunen",
            title=_("Kommunen"),
            description=_(
                "Die Pionier- und Mitmacherkommunen mit Kreis, Rolle, Beitritt, amtlichem "
                "Gemeindeschlüssel, Lage und priorisierten Handlungsfeldern."
            ),
            schema="Kommune",
            model=KommunePage,
            base_queryset=lambda: published(KommunePage),
            related=_kommunen,
            facets=KommuneIndexPage.facets,
            order_by=("rolle", "title", "pk"),
            serialize=serializers.kommune,
            themes=("REGI", "GOVE"),
            keywords=("Kommune", "Pionierkommune", "Mitmacherkommune"),
        ),
        Collection(
            key="veranstaltungen",
            title=_("Veranstaltungen"),
            description=_(
                "Veranstaltungen der Südwestfalen Agentur und der Smart Cities: Schule mit "
                "Termin, Ort, Programm und Ergebnissen."
            ),
            schema="Veranstaltung",
            model=VeranstaltungPage,
            base_queryset=lambda: published(VeranstaltungPage),
            related=_veranstaltungen,
            facets=VeranstaltungIndexPage.facets,
            order_by=("beginn", "pk"),
            serialize=serializers.veranstaltung,
            themes=(*TEXT_THEMES, "EDUC"),
            keywords=("Veranstaltung", "Konferenz"),
        ),
        Collection(
            key="indikatoren",
            title=_("SDG-Indikatoren"),
            description=_(
                "Die Indikatoren der Nachhaltigkeitsziele (SDGs), die die Dashboards zeigen: "
                "Einheit, Quelle, Richtung, Basisjahr und Zielwert."
            ),
            schema="Indikator",
            model=Indicator,
            base_queryset=Indicator.objects.all,
            related=lambda qs: qs.select_related("sdg").prefetch_related("targets"),
            facets=_indicator_facets,
            order_by=("sdg__number", "sort_order", "code", "pk"),
            serialize=serializers.indikator,
            themes=("ENVI", "SOCI", "ECON", "REGI"),
            keywords=("SDG", "Indikator", "Nachhaltigkeit"),
            is_page=False,
            lookup="code",
        ),
        Collection(
            key="beobachtungen",
            title=_("SDG-Indikatorwerte"),
            description=_(
                "Die Werte der SDG-Indikatoren je Gebiet (Kommune, Kreis, NRW, Deutschland) "
                "und Jahr, mit Status, Fußnote, Quelle und Datenstand."
            ),
            schema="Beobachtung",
            model=Observation,
            base_queryset=Observation.objects.all,
            related=lambda qs: qs.select_related("indicator", "area"),
            facets=_observation_facets,
            order_by=(
                "indicator__sdg__number",
                "indicator__sort_order",
                "indicator__code",
                "area__key",
                "year",
                "disaggregation",
                "pk",
            ),
            serialize=serializers.beobachtung,
            themes=("ENVI", "SOCI", "ECON", "REGI"),
            keywords=("SDG", "Indikator", "Statistik"),
            is_page=False,
        ),
        Collection(
            key="gebiete",
            title=_("Gebiete"),
            description=_(
                "Die Gebiete der Indikatorwerte mit amtlichem Schlüssel und Ebene "
                "(Kommune, Kreis, Land, Bund)."
            ),
            schema="Gebiet",
            model=Area,
            base_queryset=Area.objects.all,
            related=lambda qs: qs.select_related("parent"),
            facets=_area_facets,
            order_by=("kind", "key", "pk"),
            serialize=serializers.gebiet,
            themes=("REGI",),
            keywords=("Gebiet", "Gemeindeschlüssel"),
            is_page=False,
        ),
    )
}
