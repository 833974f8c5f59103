"""The one filter every listing uses: query parameters in, a filtered queryset out.

AND across facets, OR within one facet. Each facet's counts are computed the
usual "disjunctive" way: over the results of all *other* facets, so a count
says how many results the visitor gets by ticking that value too. All counts of
a listing and its number of results are one statement, whatever the number of
pages and facets (``_count_rows``).
"""

import functools
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.exceptions import EmptyResultSet
from django.db import connection, connections
from django.db.models import BooleanField, ExpressionWrapper, F, Q
from django.db.models.expressions import RawSQL
from django.utils.translation import gettext as _

from schule.postgresql import planned_per_run

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
    count: int  # the number of results, counted with the facets

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
    keeps the listing and its counts cheap to plan and to run.
    """
    q = Q()
    for path in facet.paths:
        link = None if facet.choices else _link_table(model, path)
        if facet.choices:
            q |= Q(**{f"{path}__in": values})
        elif link is not None:
            through, _source, target = link
            key = through._meta.get_field(target).target_field
            keys = [key.to_python(pk) for pk in pks]  # kept as text by ``_terms``
            # Names from the models' meta, the term keys as parameters.
            q |= Q(pk__in=RawSQL(_link_select(link, len(keys)), keys))  # noqa: S611
        elif "__" not in path and model._meta.get_field(path).many_to_one:
            q |= Q(**{f"{path}__in": pks})
        else:
            q |= Q(**{f"{path}__{facet.value_field}__in": values})
    return q


# The pages that have one of the selected terms, from a link table (names quoted).
SELECTION_SQL = "SELECT {source} FROM {table} WHERE {target} IN ({keys})"


@functools.cache
def _link_select(link, count):
    """SELECT of the listed pages' keys from a link table, for ``count`` term keys.

    Written from the models' meta rather than built as a queryset: the ORM
    resolved and compiled each such subquery twice per listing (counts and list).
    """
    through, source, target = link
    meta, quote = through._meta, connection.ops.quote_name
    return SELECTION_SQL.format(
        source=quote(meta.get_field(source).column),
        table=quote(meta.db_table),
        target=quote(meta.get_field(target).column),
        keys=", ".join(["%s"] * count),
    )


def _known_terms(model, facet, values):
    """Map each selected value that exists to (label, order, pk).

    ``pk`` is None for a facet of ``choices``; otherwise the filter uses it to
    select on the link table alone (``_selection_q``).
    """
    if facet.choices:
        return {
            value: (str(label), order, None)
            for order, (value, label) in enumerate(facet.choices)
            if value in values
        }
    return {
        str(value): (label, order, pk)
        for pk, (value, label, order, _colour) in _terms(model, facet).items()
        if str(value) in values
    }


def _terms(model, facet):
    """{key as text: (value, label, order, colour)} of every term the facet can show.

    Read once per content version (``memo``), not per request: the terms are few
    (the taxonomies, the Kommunen, the tags), and any change to them is a write
    to a content model, which starts a new version. A page is a term only while
    it is live: a draft Kommune is neither a filter value nor a count.
    """
    from schule.core.page_cache import memo

    related = _path_field(model, facet.paths[0]).related_model
    names = (facet.value_field, facet.label_field, facet.order_field, facet.colour_field)

    def load():
        terms = related._default_manager.all()
        if _is_page(related):
            terms = terms.filter(live=True)
        fields = [name for name in names if name]
        found = {}
        for pk, value, label, order, *colour in terms.values_list("pk", *fields):
            found[str(pk)] = (value, _label(facet, label, order), order, *(colour or [None]))
        return found

    key = ":".join(map(str, (related._meta.label, *names, facet.number_prefix)))
    return memo(f"facet-terms:{key}", load)


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


def _path_field(model, path):
    """The field a lookup path ends on (``area__kind``: the area's ``kind``)."""
    for name in path.split("__"):
        field = model._meta.get_field(name)
        model = field.related_model
    return field


# Every facet's counts and the number of results in one statement. The listed
# pages are read once (``listed``: each page's key, one flag per selected facet
# and the values of the facet paths that are columns of the page). Each facet
# path is counted by term key (as text: the branches of a UNION share their
# column types) over the pages that the *other* facets' flags keep; the terms'
# labels come from ``_terms``. A link table is joined to all listed pages, or,
# where other facets are selected, semi-joined to the few they keep (PostgreSQL
# then hashes those few instead of the whole link table). Table and column names
# come from the models' meta (quoted); values are parameters.
#
# Every count reads pages that pass all selected facets but at most one, so with
# two or more facets selected ``listed`` keeps only those (``KEPT_SQL``): each
# count then reads a few hundred rows of it instead of every listed page.
COUNTS_SQL = "WITH listed AS ({listed}) {selects}"
KEPT_SQL = "SELECT * FROM ({listed}) p WHERE {passed} >= {least}"
BRANCH_SQL = "SELECT {number}, CAST({key} AS TEXT), COUNT(*) FROM {rows} GROUP BY {key}"
LINK_SQL = "{table} l JOIN listed p ON p.listed_pk = l.{source}"
LINK_KEPT_SQL = "{table} l WHERE l.{source} IN (SELECT p.listed_pk FROM listed p {where})"
TOTAL_SQL = "SELECT {number}, NULL, COUNT(*) FROM listed p {where}"
TOTAL = -1  # the number of the row that counts the results


def _count_rows(queryset, facets, selections):
    """({facet number: [(term key as text, count), ...]}, number of results).

    ``selections`` maps the number of each selected facet to its filter (a Q).
    """
    model = queryset.model
    quote = connection.ops.quote_name
    listed = {"listed_pk": F("pk")}
    for number, q in selections.items():
        listed[f"selected_{number}"] = ExpressionWrapper(q, output_field=BooleanField())

    def where(skip=None):
        kept = [f"p.{quote(f'selected_{n}')}" for n in selections if n != skip]
        return f"WHERE {' AND '.join(kept)}" if kept else ""

    branches = []
    for number, facet in enumerate(facets):
        kept = where(skip=number)
        for index, path in enumerate(facet.paths):
            link = _link_table(model, path)
            if link is not None:
                through, source, target = link
                link_meta = through._meta
                key = f"l.{quote(link_meta.get_field(target).column)}"
                rows = (LINK_KEPT_SQL if kept else LINK_SQL).format(
                    table=quote(link_meta.db_table),
                    source=quote(link_meta.get_field(source).column),
                    where=kept,
                )
            else:  # a column of the listed page: a choice, or a foreign key to the term
                alias = f"value_{number}_{index}"
                listed[alias] = F(path)
                key, rows = f"p.{quote(alias)}", f"listed p {kept}"
            branches.append(BRANCH_SQL.format(number=number, key=key, rows=rows))
    try:
        compiler = queryset.order_by().values(**listed).query.get_compiler(queryset.db)
        listed_sql, params = compiler.as_sql()
    except EmptyResultSet:  # a queryset that can match nothing (``.none()``)
        return defaultdict(list), 0
    branches.append(TOTAL_SQL.format(number=TOTAL, where=where()))
    if len(selections) > 1:
        listed_sql = KEPT_SQL.format(
            listed=listed_sql,
            passed=" + ".join(f"CAST(p.{quote(f'selected_{n}')} AS INTEGER)" for n in selections),
            least=len(selections) - 1,
        )
    sql = COUNTS_SQL.format(listed=listed_sql, selects=" UNION ALL ".join(branches))
    found = defaultdict(list)
    # Planned for the selected values each time: a kept generic plan cannot know
    # how many pages a term has (schule/postgresql/base.py).
    with planned_per_run(), connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        for number, *row in cursor.fetchall():
            found[number].append(row)
    return found, found.pop(TOTAL)[0][-1]  # one row, its count


def _facet_rows(model, facet, rows):
    """A facet's rows as [value, label, order, colour, count], its paths' counts added.

    ``rows``: (term key as text, count). A key without a term (a Kommune that is
    no longer live, an empty choice) is no option.
    """
    if facet.choices:
        terms = {v: (v, str(label), i, None) for i, (v, label) in enumerate(facet.choices)}
    else:
        terms = _terms(model, facet)
    merged = {}
    for key, count in rows:
        term = terms.get(key)
        if term is None and facet.choices and key is not None:
            term = (key, key, len(terms), None)  # a stored value that is no longer a choice
        if term is None:
            continue
        entry = merged.setdefault(key, [*term, 0])
        entry[4] += count
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

    selections = {
        number: _selection_q(model, facet, selected[facet.key], pks[facet.key])
        for number, facet in enumerate(facets)
        if facet.key in selected
    }
    counted, total = _count_rows(queryset, facets, selections)

    states, active = [], []
    for number, facet in enumerate(facets):
        chosen = selected.get(facet.key, [])
        rows = _facet_rows(model, facet, counted[number])
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
    queryset = queryset.filter(*selections.values())
    return FilterResult(queryset, states, active, messages, urlencode(kept), total)


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
