"""The DNA criteria, Handlungsfelder, SDGs and tags of many pages in one query.

``prefetch_related("dna", "handlungsfelder", "sdgs", "tags")`` costs four
queries per page type, so a page that shows cards of four types (search, the
home page) spends sixteen on them. ``prefetch_taxonomy(pages)`` reads the link
tables of every type and relation in one ``UNION ALL`` query and takes the
terms themselves from ``terms()``: the taxonomy rows are fixed by data
migration and kept under the content version (``memo``). The result lands
where Django's own prefetching puts it, so ``page.dna.all()`` and the rest
read it without a query, in the order Django would give.
"""

from collections import defaultdict

from django.db.models import CharField, Value

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


def _text(value):
    return Value(value, output_field=CharField())


def _link_rows(model, ids):
    """One queryset per relation of ``model``: (page id, relation, term id, name, slug, order)."""
    parts = []
    for name in RELATIONS:
        field = model._meta.get_field(name)
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        parts.append(
            field.remote_field.through.objects.filter(**{f"{source}_id__in": ids})
            .annotate(relation=_text(name), term_name=_text(""), term_slug=_text(""))
            .values_list(f"{source}_id", "relation", f"{target}_id", "term_name", "term_slug", "id")
        )
    through = model._meta.get_field("tags").remote_field.through
    parts.append(
        through.objects.filter(content_object_id__in=ids)
        .annotate(relation=_text("tags"))
        .values_list("content_object_id", "relation", "tag_id", "tag__name", "tag__slug", "id")
    )
    return parts


def _cache(page, name, objects):
    queryset = getattr(page, name).all()  # lazy: no query
    queryset._result_cache = objects
    queryset._prefetch_done = True
    if not hasattr(page, "_prefetched_objects_cache"):
        page._prefetched_objects_cache = {}
    page._prefetched_objects_cache[name] = queryset


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
    parts = [
        part
        for model, group in by_model.items()
        for part in _link_rows(model, [page.pk for page in group])
    ]
    rows = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    known = terms()
    found = defaultdict(list)
    for page_id, relation, term_id, name, slug, order in rows:
        found[page_id, relation].append((order, term_id, name, slug))
    for model, group in by_model.items():
        tag_model = model._meta.get_field("tags").related_model
        for page in group:
            for name in RELATIONS:
                objects = [known[name][term_id] for _o, term_id, _n, _s in found[page.pk, name]]
                _cache(page, name, sorted(objects, key=lambda term: (term.sort_order, term.pk)))
            tags = sorted(found[page.pk, "tags"])
            _cache(
                page,
                "tags",
                [tag_model(pk=term_id, name=name, slug=slug) for _o, term_id, name, slug in tags],
            )
