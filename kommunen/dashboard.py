"""What the dashboards show, assembled with a fixed number of queries.

Every query here is an aggregate or loads all rows of one kind at once; the
grouping happens in Python over those rows, so the number of queries does not
grow with the number of indicators, years or Kommunen.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from statistics import median

from django.db.models import CharField, Count, Q, Value
from django.utils.translation import gettext_lazy as _

from schule.core.listing import LINK_FIELDS, Shortlist, catalogue_url, shortlist
from schule.taxonomy.prefetch import terms

from .assessment import assess
from .indicators import Area, AreaKind, Direction, Indicator, Observation
from .models import FortschrittStatus, KommunePage, KommunePrioritaet, Teilziel

STATUS_RANK = {
    FortschrittStatus.OFFEN: 0,
    FortschrittStatus.IN_ARBEIT: 1,
    FortschrittStatus.ERREICHT: 2,
}


@dataclass
class TeilzielState:
    number: int
    label: str
    status: str
    evidence: list = field(default_factory=list)
    entries: list = field(default_factory=list)

    @property
    def status_label(self):
        return FortschrittStatus(self.status).label


def _status(*conditions):
    """erreicht if the first condition holds, in Arbeit if any other does."""
    if conditions[0]:
        return FortschrittStatus.ERREICHT
    if any(conditions[1:]):
        return FortschrittStatus.IN_ARBEIT
    return FortschrittStatus.OFFEN


def _with_entries(state, entries):
    for entry in entries:
        state.entries.append(entry)
        if STATUS_RANK[entry.status] > STATUS_RANK[state.status]:
            state.status = entry.status
    return state


def _hosted_events(kommune):
    """Events the Kommune hosted, once the events app provides the relation."""
    related = getattr(kommune, "veranstaltungen", None)
    return related.live().public() if related is not None else None


def _titles(label, pages):
    """One line per shortlisted page, and how many more there are."""
    lines = [label % {"t": page.title} for page in pages]
    if pages.more > 0:
        lines.append(_("… und %(n)s weitere") % {"n": pages.more})
    return lines


def teilziele(kommune, led, joined, guides, events, entries, priorities):
    by_goal = defaultdict(list)
    for entry in entries:
        by_goal[entry.teilziel].append(entry)
    states = [
        TeilzielState(
            1,
            Teilziel(1).label,
            _status(led, joined),
            _titles(_("Federführung: %(t)s"), led) + _titles(_("Beteiligt an: %(t)s"), joined),
        ),
        TeilzielState(
            2,
            Teilziel(2).label,
            _status(
                kommune.strategie_dokument_id and priorities,
                kommune.strategie_dokument_id,
                priorities,
            ),
            (
                [_("Lokale Smart-City-Strategie veröffentlicht")]
                if kommune.strategie_dokument_id
                else []
            )
            + (
                [
                    _("Priorisierte Handlungsfelder: %(hf)s")
                    % {"hf": ", ".join(p.handlungsfeld.name for p in priorities)}
                ]
                if priorities
                else []
            ),
        ),
        TeilzielState(
            3,
            Teilziel(3).label,
            _status(guides, events),
            _titles(_("Leitfaden: %(t)s"), guides) + _titles(_("Veranstaltung: %(t)s"), events),
        ),
    ]
    return [_with_entries(state, by_goal[state.number]) for state in states]


@dataclass
class IndicatorView:
    indicator: Indicator
    series: dict  # area label -> {year: value}
    own: dict
    latest_year: int | None
    latest_value: float | None
    base_value: float | None
    assessment: object
    comparison: list  # (label, value, highlighted) at latest_year
    datenstand: object = None  # the newest "as of" date of the Kommune's own values
    kommunen_count: int = 0  # how many of ``comparison`` (from the top) are Kommunen

    @property
    def rank(self):
        """The Kommune's place among all Kommunen with a value in the latest year, best first."""
        for position, (_label, _value, own) in enumerate(self.comparison[: self.kommunen_count]):
            if own:
                return position + 1
        return None

    @property
    def references(self):
        """(name, value) of its Kreis, NRW and Germany in the latest year, where known."""
        return [(label, value) for label, value, _own in self.comparison[self.kommunen_count :]]

    @property
    def median(self):
        """The median of all Kommunen with a value in the latest year, or None."""
        ranked = [value for _label, value, _own in self.comparison[: self.kommunen_count]]
        return median(ranked) if ranked else None

    @property
    def change(self):
        if self.latest_value is None or self.base_value is None:
            return None
        return self.latest_value - self.base_value

    @property
    def higher_is_better(self):
        return self.indicator.direction == Direction.HIGHER


def _assess(indicator, series):
    return assess(
        series,
        base_year=indicator.base_year,
        higher_is_better=indicator.direction == Direction.HIGHER,
        target_value=indicator.target_value,
        target_year=indicator.target_year,
    )


def indicator_views(area, indicator=None):
    """Every indicator (or only ``indicator``) with the series of the area, Kreis, NRW, Germany."""
    if area is None:
        return []
    indicators = Indicator.objects.select_related("sdg").order_by(
        "sdg__number", "sort_order", "code"
    )
    only = {}
    if indicator is not None:
        indicators = indicators.filter(pk=indicator.pk)
        only = {"indicator": indicator}
    indicators = list(indicators)
    kind_order = {AreaKind.KREIS: 0, AreaKind.LAND: 1, AreaKind.BUND: 2}
    others_ref = Area.objects.filter(
        Q(pk=area.parent_id) | Q(kind__in=[AreaKind.LAND, AreaKind.BUND])
    )
    references = [area, *sorted(others_ref, key=lambda a: kind_order.get(a.kind, 9))]
    labels = {a.pk: a.name for a in references}
    data = defaultdict(lambda: defaultdict(dict))
    as_of = {}
    rows = Observation.objects.filter(area__in=references, disaggregation="", **only).values_list(
        "indicator_id", "area_id", "year", "value", "datenstand"
    )
    for indicator_id, area_id, year, value, datenstand in rows:
        data[indicator_id][area_id][year] = value
        if area_id == area.pk and datenstand:
            as_of[indicator_id] = max(datenstand, as_of.get(indicator_id, datenstand))
    latest = {i.pk: max(data[i.pk][area.pk], default=None) for i in indicators}
    others = defaultdict(list)
    wanted_years = {year for year in latest.values() if year}
    rows = (
        Observation.objects.filter(
            area__kind=AreaKind.KOMMUNE,
            disaggregation="",
            year__in=wanted_years,
            **only,
        )
        .exclude(area=area)
        .values_list("indicator_id", "area__name", "year", "value")
    )
    for indicator_id, name, year, value in rows:
        if latest.get(indicator_id) == year:
            others[indicator_id].append((name, value, False))
    views = []
    for indicator in indicators:
        own = data[indicator.pk][area.pk]
        year = latest[indicator.pk]
        series = {labels[a.pk]: data[indicator.pk][a.pk] for a in references}

        def at(area_obj, year=year, indicator=indicator):
            return data[indicator.pk][area_obj.pk].get(year) if area_obj else None

        kreis = next((a for a in references if a.kind == AreaKind.KREIS), None)
        land = next((a for a in references if a.kind == AreaKind.LAND), None)
        bund = next((a for a in references if a.kind == AreaKind.BUND), None)
        comparison = sorted(
            [*others[indicator.pk], *([(area.name, own[year], True)] if year else [])],
            key=lambda bar: bar[1],
            reverse=indicator.direction == Direction.HIGHER,
        )
        kommunen_count = len(comparison)
        comparison += [
            (a.name, at(a), False) for a in (kreis, land, bund) if a and at(a) is not None
        ]
        views.append(
            IndicatorView(
                indicator=indicator,
                series=series,
                own=own,
                latest_year=year,
                latest_value=own.get(year) if year else None,
                base_value=own.get(indicator.base_year, own[min(own)] if own else None),
                assessment=_assess(indicator, own),
                comparison=comparison if year else [],
                kommunen_count=kommunen_count if year else 0,
                datenstand=as_of.get(indicator.pk),
            )
        )
    return views


def _term_counts(kommune, guides, projects):
    """How many of the Kommune's Leitfäden and Leitprojekte carry each term: one query.

    Aggregates over the link tables (UNION ALL of GROUP BY queries), so the
    cost follows the indexes, not the number of pages.
    """

    def part(queryset, kind, relation):
        return (
            queryset.order_by()
            .annotate(kind=Value(kind, output_field=CharField()))
            .values_list("kind", relation)
            .annotate(n=Count("pk", distinct=True))
        )

    parts = [
        part(guides, "hf", "handlungsfelder"),
        part(projects, "hf", "handlungsfelder"),
        part(projects, "dna", "dna"),
        part(guides, "sdg-guides", "sdgs"),
        part(projects, "sdg-projects", "sdgs"),
    ]
    counts = defaultdict(int)
    for kind, term_id, n in parts[0].union(*parts[1:], all=True):
        if term_id:
            counts[kind, term_id] += n
    return counts


def area_of(kommune):
    """The Kommune's area (with its Kreis) in the indicator data, or None."""
    return Area.objects.filter(kommune=kommune).select_related("parent").first()


def kommune_dashboard(kommune):
    """Everything the dashboard of one Kommune shows."""
    lists = kommune.related_shortlists()
    led, joined, guides = (
        lists["leitprojekte_gefuehrt"],
        lists["leitprojekte_beteiligt"],
        lists["leitfaeden"],
    )
    hosted = _hosted_events(kommune)
    events = (
        shortlist(
            # The Kommune too: its manager sets it on each event it returns.
            hosted.order_by("title").only(*LINK_FIELDS, "kommune"),
            catalogue_url(hosted.model, kommune=kommune.slug),
        )
        if hosted is not None
        else Shortlist([], 0)
    )
    guide_model, project_model = kommune.leitfaeden.model, kommune.leitprojekte_gefuehrt.model
    counts = _term_counts(
        kommune,
        kommune.leitfaeden.live().public(),
        project_model.objects.live()
        .public()
        .filter(Q(federfuehrung=kommune) | Q(beteiligte_kommunen=kommune)),
    )
    prioritaeten = list(kommune.prioritaeten.select_related("handlungsfeld"))
    priorities = {p.handlungsfeld_id: p.sort_order + 1 for p in prioritaeten}
    known = terms()
    handlungsfelder = [
        {"term": hf, "count": counts["hf", hf.pk], "priority": priorities.get(hf.pk)}
        for hf in _in_order(known["handlungsfelder"])
    ]
    dna = [{"term": d, "count": counts["dna", d.pk]} for d in _in_order(known["dna"])]

    area = area_of(kommune)
    views = indicator_views(area)
    by_sdg = defaultdict(list)
    for view in views:
        by_sdg[view.indicator.sdg_id].append(view)
    sdgs = []
    for sdg in _in_order(known["sdgs"]):
        content = {
            "leitfaeden": counts["sdg-guides", sdg.pk],
            "leitprojekte": counts["sdg-projects", sdg.pk],
            "leitfaeden_url": catalogue_url(guide_model, kommune=kommune.slug, sdg=sdg.slug),
            "leitprojekte_url": catalogue_url(project_model, kommune=kommune.slug, sdg=sdg.slug),
        }
        if by_sdg[sdg.pk] or content["leitfaeden"] or content["leitprojekte"]:
            sdgs.append({"sdg": sdg, "indicators": by_sdg[sdg.pk], "content": content})
    entries = list(kommune.fortschritte.order_by("teilziel", "-datum"))
    return {
        "teilziele": teilziele(kommune, led, joined, guides, events, entries, prioritaeten),
        "handlungsfelder": handlungsfelder,
        "dna": dna,
        "area": area,
        "indicators": views,
        "sdgs": sdgs,
        "datenstand": max((v.datenstand for v in views if v.datenstand), default=None),
    }


def _in_order(by_id):
    return sorted(by_id.values(), key=lambda term: (term.sort_order, term.pk))


def regional_dashboard(year=None, indicator_code=None):
    """All Kommunen side by side: Teilziele, and one indicator in a chosen year."""
    # A row shows the name, links the dashboard and needs the strategy document.
    kommunen = list(
        KommunePage.objects.live()
        .public()
        .order_by("title")
        .only(*LINK_FIELDS, "strategie_dokument")
    )
    ids = [k.pk for k in kommunen]
    model = KommunePage.leitprojekte_gefuehrt.rel.related_model
    leads = dict(
        model.objects.live()
        .public()
        .filter(federfuehrung__in=ids)
        .order_by()
        .values_list("federfuehrung")
        .annotate(n=Count("pk"))
    )
    # One row per page and Kommune (the link tables are unique): a plain count.
    joins = dict(
        model.objects.live()
        .public()
        .filter(beteiligte_kommunen__in=ids)
        .order_by()
        .values_list("beteiligte_kommunen")
        .annotate(n=Count("pk"))
    )
    guide_model = KommunePage.leitfaeden.rel.related_model
    guides = dict(
        guide_model.objects.live()
        .public()
        .filter(kommunen__in=ids)
        .order_by()
        .values_list("kommunen")
        .annotate(n=Count("pk"))
    )
    priorities = dict(
        KommunePrioritaet.objects.filter(page__in=ids)
        .order_by()
        .values_list("page")
        .annotate(n=Count("pk"))
    )
    rows = []
    for kommune in kommunen:
        t1 = _status(leads.get(kommune.pk), joins.get(kommune.pk))
        t2 = _status(
            kommune.strategie_dokument_id and priorities.get(kommune.pk),
            kommune.strategie_dokument_id,
            priorities.get(kommune.pk),
        )
        t3 = _status(guides.get(kommune.pk))
        rows.append(
            {
                "kommune": kommune,
                "leads": leads.get(kommune.pk, 0),
                "joins": joins.get(kommune.pk, 0),
                "guides": guides.get(kommune.pk, 0),
                "t1": FortschrittStatus(t1),
                "t2": FortschrittStatus(t2),
                "t3": FortschrittStatus(t3),
            }
        )
    indicators = list(Indicator.objects.select_related("sdg").order_by("sdg__number", "sort_order"))
    indicator = next((i for i in indicators if i.code == indicator_code), None) or (
        indicators[0] if indicators else None
    )
    years, values = [], []
    if indicator:
        years = sorted(
            set(
                Observation.objects.filter(indicator=indicator, disaggregation="")
                .order_by()  # the default order would join the SDG into DISTINCT
                .values_list("year", flat=True)
                .distinct()
            )
        )
        if year not in years:
            year = years[-1] if years else None
        values = list(
            Observation.objects.filter(indicator=indicator, disaggregation="", year=year)
            .select_related("area")
            .order_by("area__kind", "area__name")
        )
    return {
        "rows": rows,
        "indicators": indicators,
        "indicator": indicator,
        "years": years,
        "year": year,
        "values": values,
    }
