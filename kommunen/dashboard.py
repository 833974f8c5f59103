"""What the dashboards show, assembled with a fixed number of queries.

Every query here is an aggregate or loads all rows of one kind at once; the
grouping happens in Python over those rows, so the number of queries does not
grow with the number of indicators, years or Kommunen.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, cached_property
from operator import itemgetter
from statistics import median
from typing import NamedTuple

from django.core.exceptions import FieldDoesNotExist
from django.db import connection
from django.db.models import CharField, Count, Q, Value
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from schule.core.listing import LINK_FIELDS, Shortlist, catalogue_url, related_shortlists
from schule.core.page_cache import memo
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


# The lists the Teilziele name: led and joined Leitprojekte, Leitfäden, and the
# events the Kommune hosted once the events app gives it that relation.
TITLE_LISTS = ("leitprojekte_gefuehrt", "leitprojekte_beteiligt", "leitfaeden", "veranstaltungen")


def _title_shortlists(kommune):
    """The first pages (by title) of each of ``TITLE_LISTS`` and their totals: one query."""
    names = [name for name in TITLE_LISTS if _has_relation(type(kommune), name)]
    lists = related_shortlists(kommune, [(name, None, "") for name in names])
    return [lists.get(name, Shortlist([], 0)) for name in TITLE_LISTS]


def _has_relation(model, name):
    try:
        model._meta.get_field(name)
    except FieldDoesNotExist:
        return False
    return True


def _titles(label, titles):
    """One line per shortlisted title, and how many more there are."""
    lines = [label % {"t": page.title} for page in titles]
    if titles.more > 0:
        lines.append(_("… und %(n)s weitere") % {"n": titles.more})
    return lines


def teilziele(kommune, led, joined, guides, events, entries, priorities):
    """The three Teilziele; ``priorities``: the names of the prioritised Handlungsfelder."""
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
                [_("Priorisierte Handlungsfelder: %(hf)s") % {"hf": ", ".join(priorities)}]
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

    # Cached: the dashboard's facts ask for each of these more than once.
    @cached_property
    def rank(self):
        """The Kommune's place among all Kommunen with a value in the latest year, best first."""
        for position, (_label, _value, own) in enumerate(self.comparison[: self.kommunen_count]):
            if own:
                return position + 1
        return None

    @cached_property
    def references(self):
        """(name, value) of its Kreis, NRW and Germany in the latest year, where known."""
        return [(label, value) for label, value, _own in self.comparison[self.kommunen_count :]]

    @cached_property
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


KIND_ORDER = {AreaKind.KREIS: 0, AreaKind.LAND: 1, AreaKind.BUND: 2}


def indicator_views(area, indicator=None, references=None, full=True):
    """Every indicator (or only ``indicator``) with the series of the area, Kreis, NRW, Germany.

    The observations are read as plain tuples and without the model's default
    ordering, which would join and sort by indicator, SDG and area.
    ``references``: the areas to compare with, as ``areas_of`` gives them.
    ``full=False`` (the overview, which shows only their latest values): the
    series of the reference areas hold only the Kommune's latest year.
    """
    if area is None:
        return []
    indicators = Indicator.objects.order_by("sdg__number", "sort_order", "code")
    only = {}
    if indicator is not None:
        indicators = list(indicators.select_related("sdg").filter(pk=indicator.pk))
        only = {"indicator": indicator}
    else:
        # The overview shows no definitions (the indicator's page does), and takes
        # the SDGs from the taxonomy terms kept under the content version.
        indicators = list(indicators.defer("definition"))
        sdgs = terms()["sdgs"]
        for item in indicators:
            if item.sdg_id in sdgs:
                item.sdg = sdgs[item.sdg_id]
    if references is None:
        references = _references(
            Area.objects.filter(
                Q(pk=area.parent_id) | Q(kind__in=[AreaKind.LAND, AreaKind.BUND])
            ).order_by("kind", "name")
        )
    references = [area, *references]
    kreis, land, bund = (
        next((a for a in references if a.kind == kind), None)
        for kind in (AreaKind.KREIS, AreaKind.LAND, AreaKind.BUND)
    )
    shown = [a for a in (kreis, land, bund) if a]
    data = defaultdict(lambda: defaultdict(dict))
    as_of = {}
    own_pk = area.pk
    rows = (
        Observation.objects.filter(
            area__in=references if full else [area], disaggregation="", **only
        )
        .order_by()
        .values_list("indicator_id", "area_id", "year", "value", "datenstand")
    )
    for indicator_id, area_id, year, value, datenstand in rows:
        data[indicator_id][area_id][year] = value
        if area_id == own_pk and datenstand:
            previous = as_of.get(indicator_id)
            if previous is None or datenstand > previous:
                as_of[indicator_id] = datenstand
    latest = {i.pk: max(data[i.pk][own_pk], default=None) for i in indicators}
    others = defaultdict(list)
    # Every Kommune in the latest years; without the full series, the reference areas too.
    extra = set() if full else {a.pk for a in references[1:]}
    reference_kommunen = {a.pk for a in references[1:] if a.kind == AreaKind.KOMMUNE}
    for indicator_id, area_id, name, kind, year, value in values_in(
        {year for year in latest.values() if year}
    ):
        if area_id == own_pk or latest.get(indicator_id) != year:
            continue
        if area_id in extra:
            data[indicator_id][area_id][year] = value
            if area_id not in reference_kommunen:
                continue
        elif kind != AreaKind.KOMMUNE:
            continue
        others[indicator_id].append((name, value, False))
    views = []
    for indicator in indicators:
        by_area = data[indicator.pk]
        own = by_area[own_pk]
        year = latest[indicator.pk]
        series = {a.name: by_area[a.pk] for a in references}
        if year:
            comparison = sorted(
                [*others[indicator.pk], (area.name, own[year], True)],
                key=itemgetter(1),
                reverse=indicator.direction == Direction.HIGHER,
            )
            kommunen_count = len(comparison)
            for a in shown:
                value = by_area[a.pk].get(year)
                if value is not None:
                    comparison.append((a.name, value, False))
        else:
            comparison, kommunen_count = [], 0
        views.append(
            IndicatorView(
                indicator=indicator,
                series=series,
                own=own,
                latest_year=year,
                latest_value=own.get(year) if year else None,
                base_value=own.get(indicator.base_year, own[min(own)] if own else None),
                assessment=_assess(indicator, own),
                comparison=comparison,
                kommunen_count=kommunen_count,
                datenstand=as_of.get(indicator.pk),
            )
        )
    return views


def values_in(years):
    """(indicator id, area id, area name, area kind, year, value): every area's total in ``years``.

    Every Kommune's dashboard compares it with all Kommunen in the latest year:
    the same ~3,000 rows for each of them. Read once per content version (an
    import, like any write to observations or areas, starts a new one) and
    shared by all dashboards: reading them cost each dashboard ~7 ms; ``memo``
    hands out the worker's list.
    """
    if not years:
        return []
    key = ",".join(str(year) for year in sorted(years))
    return memo(
        f"observations-in:{key}",
        lambda: list(
            Observation.objects.filter(disaggregation="", year__in=years)
            .order_by()
            .values_list("indicator_id", "area_id", "area__name", "area__kind", "year", "value")
        ),
    )


GUIDE_TERMS = (("handlungsfelder", "hf"), ("sdgs", "sdg-guides"))
PROJECT_TERMS = (("handlungsfelder", "hf"), ("dna", "dna"), ("sdgs", "sdg-projects"))
# Names come from the models' meta (quoted); values are parameters.
LINK_SQL = "SELECT %s AS kind, {term} AS term, {page} AS page FROM {table}"
COUNT_SQL = (
    "SELECT l.kind, l.term, COUNT(*) FROM ({links}) l WHERE l.page IN ({pages}) "
    "GROUP BY l.kind, l.term"
)


@cache
def _links_sql(model, relations):
    """(kind, term id, page id) of every link of ``model`` to the terms of ``relations``.

    Written out once per page type from the models' meta, as the taxonomy's
    prefetch does: the ORM's UNION of five joined counts cost more to build
    and to plan than to run.
    """
    quote = connection.ops.quote_name
    selects = []
    for relation, _kind in relations:
        field = model._meta.get_field(relation)
        through = field.remote_field.through._meta
        selects.append(
            LINK_SQL.format(
                term=quote(through.get_field(field.m2m_reverse_field_name()).column),
                page=quote(through.get_field(field.m2m_field_name()).column),
                table=quote(through.db_table),
            )
        )
    return " UNION ALL ".join(selects)


def _term_counts(guides, projects):
    """How many of the Kommune's Leitfäden and Leitprojekte carry each term: one query.

    Plain counts over the link tables, with the pages (as the ORM selects
    them: live, public) as a subquery. ``guides`` and ``projects`` must hold
    each page once.
    """
    parts, params = [], []
    for pages, relations in ((guides, GUIDE_TERMS), (projects, PROJECT_TERMS)):
        pages_sql, pages_params = pages.order_by().values("pk").query.sql_with_params()
        parts.append(COUNT_SQL.format(links=_links_sql(pages.model, relations), pages=pages_sql))
        params += [kind for _relation, kind in relations]
        params += pages_params
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        rows = cursor.fetchall()
    counts = defaultdict(int)
    for kind, term_id, n in rows:
        if term_id:
            counts[kind, term_id] += n
    return counts


def area_of(kommune):
    """The Kommune's area (with its Kreis) in the indicator data, or None."""
    return Area.objects.filter(kommune=kommune).select_related("parent").first()


def _references(areas):
    """Kreis, then Land, then Germany; by name within a level (``areas`` come by name)."""
    return sorted(areas, key=lambda a: KIND_ORDER.get(a.kind, 9))


def areas_of(kommune):
    """The Kommune's area (or None) and the areas it is compared with, in one query.

    The latter are its Kreis (the area's parent), every Land and Germany.
    """
    own = Area.objects.filter(kommune=kommune)
    found = list(
        Area.objects.filter(
            Q(pk__in=own.values("pk"))
            | Q(pk__in=own.values("parent_id"))
            | Q(kind__in=[AreaKind.LAND, AreaKind.BUND])
        ).order_by("kind", "name")
    )
    area = next((a for a in found if a.kommune_id == kommune.pk), None)
    if area is None:
        return None, []
    return area, _references(
        a for a in found if a.pk == area.parent_id or a.kind in (AreaKind.LAND, AreaKind.BUND)
    )


def kommune_dashboard(kommune, full=True):
    """Everything the dashboard of one Kommune shows.

    ``full=False``: for the page, which shows the Kreis, NRW and Germany only
    in the latest year (see ``indicator_views``); the downloads need them all.
    """
    led, joined, guides, events = _title_shortlists(kommune)
    guide_model, project_model = kommune.leitfaeden.model, kommune.leitprojekte_gefuehrt.model
    joined_ids = project_model.beteiligte_kommunen.through.objects.filter(
        kommunepage=kommune
    ).values("leitprojektpage")
    counts = _term_counts(
        kommune.leitfaeden.live().public(),
        # Led or joined, each once: no join of the participants' table.
        project_model.objects.live()
        .public()
        .filter(Q(federfuehrung=kommune) | Q(pk__in=joined_ids)),
    )
    known = terms()
    # The names come with the taxonomy terms, which are kept under the content version.
    prioritaeten = list(
        KommunePrioritaet.objects.filter(page=kommune)
        .order_by("sort_order")
        .values_list("handlungsfeld_id", "sort_order")
    )
    priorities = {hf_id: sort_order + 1 for hf_id, sort_order in prioritaeten}
    priority_names = [known["handlungsfelder"][hf_id].name for hf_id, _order in prioritaeten]
    handlungsfelder = [
        {"term": hf, "count": counts["hf", hf.pk], "priority": priorities.get(hf.pk)}
        for hf in _in_order(known["handlungsfelder"])
    ]
    dna = [{"term": d, "count": counts["dna", d.pk]} for d in _in_order(known["dna"])]

    area, references = areas_of(kommune)
    views = indicator_views(area, references=references, full=full)
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
        "teilziele": teilziele(kommune, led, joined, guides, events, entries, priority_names),
        "handlungsfelder": handlungsfelder,
        "dna": dna,
        "area": area,
        "indicators": views,
        "sdgs": sdgs,
        "datenstand": max((v.datenstand for v in views if v.datenstand), default=None),
    }


def _in_order(by_id):
    return sorted(by_id.values(), key=lambda term: (term.sort_order, term.pk))


class AreaRef(NamedTuple):
    name: str
    key: str
    kind: str


class AreaValue(NamedTuple):
    """One area's value of the regional dashboard's indicator (``.area.name``, ``.value``)."""

    area: AreaRef
    value: float


def _per_kommune(queryset, kind, kommune):
    """(kind, Kommune id, count) rows of ``queryset`` grouped by its field ``kommune``."""
    return (
        queryset.order_by()
        .annotate(kind=Value(kind, output_field=CharField()))
        .values_list("kind", kommune)
        .annotate(n=Count("pk"))
    )


def _link_counts(model, relation, kind, kommune_ids, pages):
    """How many of ``pages`` link each Kommune through ``model.relation``, per ``kind``.

    A plain count over the link table (unique per page and Kommune), the pages
    as a subquery: no join of the page type's own table, which the ORM's join
    through the relation would add.
    """
    field = model._meta.get_field(relation)
    kommune, page = field.m2m_reverse_field_name(), field.m2m_field_name()
    return _per_kommune(
        field.remote_field.through.objects.filter(
            **{f"{kommune}__in": kommune_ids, f"{page}__in": pages}
        ),
        kind,
        kommune,
    )


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
    published = Page.objects.live().public().order_by().values("pk")
    # Four counts per Kommune in one query (UNION ALL).
    parts = [
        _per_kommune(
            model.objects.live().public().filter(federfuehrung__in=ids), "leads", "federfuehrung"
        ),
        _link_counts(model, "beteiligte_kommunen", "joins", ids, published),
        _link_counts(
            KommunePage.leitfaeden.rel.related_model, "kommunen", "guides", ids, published
        ),
        _per_kommune(KommunePrioritaet.objects.filter(page__in=ids), "priorities", "page"),
    ]
    counts = defaultdict(dict)
    for kind, kommune_id, n in parts[0].union(*parts[1:], all=True):
        counts[kind][kommune_id] = n
    leads, joins, guides, priorities = (
        counts[kind] for kind in ("leads", "joins", "guides", "priorities")
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
        # Tuples, not model instances: a row shows the area's name and the value.
        values = [
            AreaValue(AreaRef(name, key, kind), value)
            for name, key, kind, value in Observation.objects.filter(
                indicator=indicator, disaggregation="", year=year
            )
            .order_by("area__kind", "area__name")
            .values_list("area__name", "area__key", "area__kind", "value")
        ]
    return {
        "rows": rows,
        "indicators": indicators,
        "indicator": indicator,
        "years": years,
        "year": year,
        "values": values,
    }
