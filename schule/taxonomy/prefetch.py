"""The DNA criteria, Handlungsfelder, SDGs and tags of many pages in one query.

``prefetch_related("dna", "handlungsfelder", "sdgs", "tags")`` costs four
queries per page type, so a page that shows cards of four types (search, the
home page) spends sixteen on them. ``prefetch_taxonomy(pages)`` reads the link
tables of every type and relation in one ``UNION ALL`` query (SQL written
from the models' meta) and takes the terms themselves from ``terms()``: the
taxonomy rows are fixed by data migration and kept under the content version
(``memo``). The result lands
where Django's own prefetching puts it, so ``page.dna.all()`` and the rest
read it without a query, in the order Django would give.
"""

import functools
from collections import defaultdict

from django.db import connection
from modelcluster.queryset import FakeQuerySet

from schule.core.page_cache import memo

from .models import SDG, DNAKriterium, Handlungsfeld, TaggedPageMixin

# Pages per query, so that a full download stays within the databases' parameter limits.
CHUNK = 2000
RELATIONS = {"dna": DNAKriterium, "handlungsfelder": Handlungsfeld, "sdgs": SDG}


def terms():
    """Every DNA criterion, Handlungsfeld and SDG, by relation name and id."""
    return memo(
        "taxonomy-terms",
        lambda: {name: {t.pk: t for t in model.objects.all()} for name, model in RELATIONS.items()},
    )


# Table and column names come from the models' meta (quoted); values are parameters.
LINK_SQL = "SELECT {source}, %s, {target}, '', '', {order} FROM {table} WHERE {source} IN ({{ids}})"
TAG_SQL = (
    "SELECT l.{source}, %s, t.{tag_pk}, t.{name}, t.{slug}, l.{order} FROM {table} l "
    "JOIN {tags} t ON t.{tag_pk} = l.{tag} WHERE l.{source} IN ({{ids}})"
)


@functools.cache
def _link_selects(model):
    """SQL per relation of ``model``: (page id, relation, term id, name, slug, order).

    Written out once per page type from the model's meta: building the same
    UNION through the ORM cost more time than running it.
    """
    quote = connection.ops.quote_name
    selects = []
    for name in RELATIONS:
        field = model._meta.get_field(name)
        through = field.remote_field.through._meta
        selects.append(
            LINK_SQL.format(
                source=quote(through.get_field(field.m2m_field_name()).column),
                target=quote(through.get_field(field.m2m_reverse_field_name()).column),
                order=quote(through.pk.column),
                table=quote(through.db_table),
            )
        )
    through = model._meta.get_field("tags").remote_field.through._meta
    tag = through.get_field("tag").related_model._meta
    selects.append(
        TAG_SQL.format(
            source=quote(through.get_field("content_object").column),
            tag_pk=quote(tag.pk.column),
            name=quote("name"),
            slug=quote("slug"),
            order=quote(through.pk.column),
            table=quote(through.db_table),
            tags=quote(tag.db_table),
            tag=quote(through.get_field("tag").column),
        )
    )
    return selects


def _link_rows(by_model):
    """Every link row of the pages in ``by_model`` (model -> pages), in one query."""
    selects, params = [], []
    for model, group in by_model.items():
        ids = [page.pk for page in group]
        marks = ", ".join(["%s"] * len(ids))
        for select, relation in zip(_link_selects(model), [*RELATIONS, "tags"], strict=True):
            selects.append(select.format(ids=marks))
            params += [relation, *ids]
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(selects), params)
        return cursor.fetchall()


def _cache(page, name, model, objects):
    # Where Django's prefetching puts a relation's rows, as a list that acts as a
    # queryset: building a real (filtered) queryset per page and relation cost more
    # than the whole query of all link rows.
    if not hasattr(page, "_prefetched_objects_cache"):
        page._prefetched_objects_cache = {}
    page._prefetched_objects_cache[name] = FakeQuerySet(model, objects)


def prefetch_taxonomy(pages):
    """Attach the taxonomy and tags of ``pages`` (any mix of tagged page types); return them."""
    for start in range(0, len(pages), CHUNK):
        _prefetch(pages[start : start + CHUNK])
    return pages


def _prefetch(pages):
    by_model = defaultdict(list)
    for page in pages:
        if isinstance(page, TaggedPageMixin) and page.pk:
            by_model[type(page)].append(page)
    if not by_model:
        return
    rows = _link_rows(by_model)
    known = terms()
    found = defaultdict(list)
    for page_id, relation, term_id, name, slug, order in rows:
        found[page_id, relation].append((order, term_id, name, slug))
    for model, group in by_model.items():
        tag_model = model._meta.get_field("tags").related_model
        for page in group:
            for name in RELATIONS:
                objects = [known[name][term_id] for _o, term_id, _n, _s in found[page.pk, name]]
                objects.sort(key=lambda term: (term.sort_order, term.pk))
                _cache(page, name, RELATIONS[name], objects)
            tags = sorted(found[page.pk, "tags"])
            _cache(
                page,
                "tags",
                tag_model,
                [tag_model(pk=term_id, name=name, slug=slug) for _o, term_id, name, slug in tags],
            )
