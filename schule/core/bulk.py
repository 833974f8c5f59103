"""Many live pages below one parent in a few queries: the benchmark's generated content.

``add_child`` + publish costs about a hundred queries per page, so 50,000
generated Leitfäden would take hours. ``bulk_add_children`` writes the same
rows Wagtail would (tree path, depth, url_path, the specific table, the
relations and tags) in batches. Bulk writes send no signals, so the caller
rebuilds the search index afterwards (``seed_demo`` runs ``update_index``).
The pages have no revision, as pages imported by a migration; editors can
open and publish them like any other. Only for generated content: editorial
pages go through Wagtail's own publishing.
"""

from django.db import connection
from django.utils import timezone
from taggit.models import Tag
from wagtail.models import Locale, Page

from .page_cache import bump

BATCH = 1000


def _insert_specific(model, pages):
    """The rows of the page type's own table (multi-table inheritance: not bulk_create)."""
    fields = [f for f in model._meta.local_concrete_fields]
    table = connection.ops.quote_name(model._meta.db_table)
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    marks = ", ".join(["%s"] * len(fields))
    rows = [
        [f.get_db_prep_save(getattr(page, f.attname), connection) for f in fields] for page in pages
    ]
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)  # noqa: S608


def _relations(model, pages, relations, tags):
    """Through rows for the many-to-many relations and the tags."""
    for name, values_of in relations.items():
        field = model._meta.get_field(name)
        through = field.remote_field.through
        source, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
        through.objects.bulk_create(
            [
                through(**{source: page.pk, target: value.pk})
                for page, values in zip(pages, values_of, strict=True)
                for value in values
            ],
            batch_size=BATCH,
        )
    names = {name for page_tags in tags for name in page_tags}
    known = {tag.name: tag for tag in Tag.objects.filter(name__in=names)}
    for name in names - set(known):
        known[name] = Tag.objects.create(name=name)
    through = model._meta.get_field("tags").remote_field.through
    through.objects.bulk_create(
        [
            through(content_object_id=page.pk, tag=known[name])
            for page, page_tags in zip(pages, tags, strict=True)
            for name in page_tags
        ],
        batch_size=BATCH,
    )


def bulk_add_children(parent, model, items):
    """Create live ``model`` pages below ``parent``; return how many.

    ``items`` are dicts of field values with ``slug`` and ``title``; many-to-many
    fields take lists, ``tags`` a list of names.
    """
    parent = Page.objects.get(pk=parent.pk)  # fresh numchild and path
    last = parent.get_last_child()
    position = Page._str2int(last.path[-Page.steplen :]) if last else 0
    relation_names = {
        f.name for f in model._meta.get_fields() if f.many_to_many and not f.auto_created
    } - {"tags"}
    now = timezone.now()
    locale = Locale.get_default()
    created = 0
    for start in range(0, len(items), BATCH):
        chunk = items[start : start + BATCH]
        pages, relations, tags = [], {name: [] for name in relation_names}, []
        for item in chunk:
            fields = dict(item)
            for name in relation_names:
                relations[name].append(fields.pop(name, []))
            tags.append(fields.pop("tags", []))
            first_published = fields.pop("first_published_at", now)
            last_published = fields.pop("last_published_at", first_published)
            position += 1
            page = model(
                **fields,
                path=Page._get_path(parent.path, parent.depth + 1, position),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{fields['slug']}/",
                live=True,
                draft_title=fields["title"],
                locale=locale,
                first_published_at=first_published,
                last_published_at=last_published,
            )
            pages.append(page)
        base = Page.objects.bulk_create(
            [
                Page(**{f.attname: getattr(p, f.attname) for f in Page._meta.concrete_fields})
                for p in pages
            ],
            batch_size=BATCH,
        )
        for page, row in zip(pages, base, strict=True):
            page.pk = page.page_ptr_id = page.id = row.pk
        _insert_specific(model, pages)
        _relations(model, pages, relations, tags)
        created += len(pages)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + created)
    bump()  # bulk writes send no signals: a new content version by hand
    return created
