"""The one filter every listing uses: query parameters in, a filtered queryset out.

AND across facets, OR within one facet. Each facet's counts are computed the
usual "disjunctive" way: over the results of all *other* facets, so a count
says how many results the visitor gets by ticking that value too. Every count
is one aggregate query per facet path, whatever the number of pages.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Count, Q
from django.utils.translation import gettext as _

MAX_VALUES_PER_FACET = 20
MAX_VALUE_LENGTH = 100


@dataclass(frozen=True)
class Facet:
    """A filterable dimension of a listing.

    ``paths`` are lookups from the listed model to the term (several paths are
    OR-ed, e.g. leading or taking part). With ``choices`` the path is a plain
    field and the choices give the labels; otherwise the path is a relation and
    ``value_field``/``label_field``/``order_field`` name the term's fields.
    """

    key: str
    label: str
    paths: tuple
    value_field: str = "slug"
    label_field: str = "name"
    order_field: str = "sort_order"
    choices: tuple = ()
    limit: int | None = None
    colour_field: str | None = None
    # Shown before each label with the term's order, e.g. "SDG 11: ...".
    number_prefix: str = ""


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool
    colour: str | None = None


@dataclass
class FacetState:
    facet: Facet
    options: list = field(default_factory=list)

    @property
    def key(self):
        return self.facet.key

    @property
    def label(self):
        return self.facet.label

    @property
    def selected_count(self):
        return sum(1 for option in self.options if option.selected)


@dataclass
class ActiveFilter:
    facet_label: str
    label: str
    remove_url: str


@dataclass
class FilterResult:
    queryset: object
    facets: list
    active: list
    messages: list
    querystring: str

    @property
    def is_filtered(self):
        return bool(self.active)


def _selected_values(params, facet):
    values = []
    for raw in params.getlist(facet.key):
        value = raw.strip()[:MAX_VALUE_LENGTH]
        if value and value not in values:
            values.append(value)
    return values[:MAX_VALUES_PER_FACET]


def _selection_q(model, facet, values, pks):
    """The pages that have one of the selected values (OR across the facet's paths).

    A many-to-many path is one subquery on its link table by the terms' keys,
    a foreign key is compared by key: no join to the page or term tables, which
    keeps each of a listing's facet counts cheap to plan and to run.
    """
    q = Q()
    for path in facet.paths:
        link = None if facet.choices else _link_table(model, path)
        if facet.choices:
            q |= Q(**{f"{path}__in": values})
        elif link is not None:
            through, source, target = link
            q |= Q(pk__in=through.objects.filter(**{f"{target}__in": pks}).values(source))
        elif "__" not in path and model._meta.get_field(path).many_to_one:
            q |= Q(**{f"{path}__in": pks})
        else:
            q |= Q(**{f"{path}__{facet.value_field}__in": values})
    return q


def _known_terms(model, facet, values):
    """Map each selected value that exists to (label, order, pk), one query per facet.

    ``pk`` is None for a facet of ``choices``; otherwise the filter uses it to
    select on the link table alone (``_selection_q``).
    """
    if facet.choices:
        return {
            value: (str(label), order, None)
            for order, (value, label) in enumerate(facet.choices)
            if value in values
        }
    from schule.core.page_cache import memo

    from .models import TaxonomyTerm

    related = model._meta.get_field(facet.paths[0]).related_model
    fields = ("pk", facet.value_field, facet.label_field, facet.order_field)
    if issubclass(related, TaxonomyTerm):
        # Fixed rows (data migration): read once per content version, not per request.
        everything = memo(
            f"facet-terms:{related._meta.label}:{':'.join(fields)}",
            lambda: list(related._default_manager.values_list(*fields)),
        )
        rows = [row for row in everything if str(row[1]) in values]
    else:
        terms = related._default_manager.filter(**{f"{facet.value_field}__in": values})
        if _is_page(related):
            terms = terms.filter(live=True)  # a draft Kommune is not a filter value
        rows = terms.values_list(*fields)
    return {
        str(value): (_label(facet, label, order), order, pk) for pk, value, label, order in rows
    }


def _is_page(model):
    from wagtail.models import Page

    return issubclass(model, Page)


def _label(facet, label, order):
    return f"{facet.number_prefix} {order}: {label}" if facet.number_prefix else str(label)


def _link_table(model, path):
    """(link model, key to the listed page, key to the term) of a many-to-many path, or None."""
    field = model._meta.get_field(path) if "__" not in path else None
    if field is None or not field.many_to_many:
        return None
    through = field.remote_field.through
    keys = [f for f in through._meta.fields if f.is_relation and f.related_model]
    source = next(f.name for f in keys if issubclass(model, f.related_model))
    target = next(
        f.name for f in keys if f.related_model is field.related_model and f.name != source
    )
    return through, source, target


def _grouped(queryset, path):
    """(rows to group, prefix of the term's fields) for one facet path.

    A many-to-many path is counted over its link table (one row per page and
    term, so a plain COUNT), restricted to the listed pages by a subquery:
    much cheaper than counting distinct pages over the joined page table.
    """
    link = _link_table(queryset.model, path)
    if link is not None:
        through, source, target = link
        pages = queryset.order_by().values("pk")
        return through.objects.filter(**{f"{source}__in": pages}), target
    return queryset.order_by(), path


def _counts(queryset, facet):
    """Rows of (value, label, order, colour, count) for one facet, by aggregate queries."""
    merged = {}
    choice_terms = {v: (str(label), i) for i, (v, label) in enumerate(facet.choices)}
    for path in facet.paths:
        rows, prefix = _grouped(queryset, path)
        if facet.choices:
            fields = [prefix]
        else:
            fields = [f"{prefix}__{facet.value_field}", f"{prefix}__{facet.label_field}"]
            fields.append(f"{prefix}__{facet.order_field}")
            if facet.colour_field:
                fields.append(f"{prefix}__{facet.colour_field}")
        related = queryset.model._meta.get_field(path).related_model if not facet.choices else None
        # Pages as facet values (Kommunen): a draft's title must not show.
        live_field = f"{prefix}__live" if related is not None and _is_page(related) else None
        rows = rows.values(*fields, *filter(None, [live_field])).annotate(n=Count("pk"))
        for row in rows:
            if live_field and not row[live_field]:
                continue
            value = row[fields[0]]
            if value is None:
                continue
            value = str(value)
            if facet.choices:
                label, order = choice_terms.get(value, (value, len(choice_terms)))
                colour = None
            else:
                order = row[fields[2]]
                label = _label(facet, row[fields[1]], order)
                colour = row[fields[3]] if facet.colour_field else None
            entry = merged.setdefault(value, [value, label, order, colour, 0])
            entry[4] += row["n"]
    return list(merged.values())


def _url(params, **changes):
    """The current query string with the page dropped and the given changes applied."""
    pairs = [(k, v) for k in params for v in params.getlist(k) if k != "page"]
    for key, (remove_value, add_value) in changes.items():
        if remove_value is not None:
            pairs = [(k, v) for k, v in pairs if not (k == key and v == remove_value)]
        if add_value is not None:
            pairs.append((key, add_value))
    query = urlencode(pairs)
    return f"?{query}" if query else "?"


def filter_pages(queryset, params, facets):
    """Filter ``queryset`` by the facets named in ``params`` (a QueryDict)."""
    model = queryset.model
    selected, terms, pks, messages = {}, {}, {}, []
    for facet in facets:
        values = _selected_values(params, facet)
        if not values:
            continue
        known = _known_terms(model, facet, values)
        for value in values:
            if value not in known:
                messages.append(
                    _("Den Filterwert „%(value)s“ für „%(facet)s“ gibt es nicht; ignoriert.")
                    % {"value": value, "facet": facet.label}
                )
        values = [value for value in values if value in known]
        if values:
            selected[facet.key] = values
            terms.update({(facet.key, value): known[value][:2] for value in values})
            pks[facet.key] = [known[value][2] for value in values]

    def restricted(qs, skip=None):
        for facet in facets:
            if facet.key in selected and facet.key != skip:
                key = facet.key
                qs = qs.filter(_selection_q(model, facet, selected[key], pks[key]))
        return qs

    states, active = [], []
    for facet in facets:
        chosen = selected.get(facet.key, [])
        rows = _counts(restricted(queryset, skip=facet.key), facet)
        present = {row[0] for row in rows}
        rows += [
            [value, *terms[(facet.key, value)], None, 0] for value in chosen if value not in present
        ]
        if facet.limit:
            rows.sort(key=lambda row: (-row[4], row[1].lower()))
            rows = [row for row in rows if row[0] in chosen] + [
                row for row in rows if row[0] not in chosen
            ][: facet.limit]
        rows.sort(key=lambda row: (row[2], row[1].lower()))
        states.append(
            FacetState(
                facet,
                [
                    Option(value, label, n, value in chosen, colour)
                    for value, label, _o, colour, n in rows
                ],
            )
        )
        for value in chosen:
            active.append(
                ActiveFilter(
                    facet.label,
                    terms[(facet.key, value)][0],
                    _url(params, **{facet.key: (value, None)}),
                )
            )
    kept = [(k, v) for k, vs in selected.items() for v in vs]
    return FilterResult(restricted(queryset), states, active, messages, urlencode(kept))


# The facets shared by every tagged content type.
def taxonomy_facets():
    return [
        Facet("dna", _("Südwestfalen-DNA"), ("dna",)),
        Facet("handlungsfeld", _("Handlungsfeld"), ("handlungsfelder",)),
        Facet(
            "sdg",
            _("Nachhaltigkeitsziel (SDG)"),
            ("sdgs",),
            order_field="number",
            colour_field="colour",
            number_prefix="SDG",
        ),
    ]


def tag_facet():
    return Facet("tag", _("Schlagwort"), ("tags",), order_field="name", limit=20)
