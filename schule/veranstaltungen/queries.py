"""Which events are upcoming, in what order they are listed, what a card shows.

"Upcoming" means "not yet over": an event counts until its end, so a
conference stays on top while it runs. Computed from ``timezone.now()``.
"""

import datetime
import itertools
from dataclasses import dataclass

from django.db.models import Case, DateTimeField, F, IntegerField, Min, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model

from schule.core.listing import paginate
from schule.taxonomy.filters import filter_pages
from schule.taxonomy.prefetch import prefetch_taxonomy

from .blocks import MaterialArt
from .models import VeranstaltungPage

MATERIAL_KINDS = dict(MaterialArt.choices)
CARD_MATERIAL_LIMIT = 3


def upcoming(queryset, now=None):
    return queryset.filter(ende__gte=now or timezone.now())


def past(queryset, now=None):
    return queryset.filter(ende__lt=now or timezone.now())


def upcoming_first(queryset, now=None):
    """Upcoming events soonest first, then the archive newest first."""
    over = Q(ende__lt=now or timezone.now())
    return queryset.annotate(
        archiv=Case(When(over, then=Value(1)), default=Value(0), output_field=IntegerField()),
        # Only upcoming events get a value; in the archive it is NULL for every row.
        termin=Case(
            When(over, then=Value(None)), default=F("beginn"), output_field=DateTimeField()
        ),
    ).order_by("archiv", "termin", "-beginn", "pk")


def next_events(count=3, now=None):
    """The next events of the whole site, for the home page."""
    events = upcoming(VeranstaltungPage.objects.live().public(), now)
    return events.select_related("format", "kommune").order_by("beginn", "pk")[:count]


@dataclass
class CardMaterial:
    """One piece of an event's material as a card links to it."""

    label: str
    url: str
    kind: str = ""
    detail: str = ""


def attach_card_material(events, now=None):
    """Give every past event ``card_material`` and ``material_count``, in one query.

    Read from the raw StreamField data: converting each stream would cost a
    document query per event.
    """
    Document = get_document_model()
    wanted, doc_ids = [], set()
    for event in events:
        event.card_material, event.material_count = [], 0
        if not event.is_past(now):
            continue
        blocks = list(event.material.raw_data)
        event.material_count = len(blocks) + _session_material_count(event)
        if event.ergebnisse:
            event.material_count += 1
        wanted.append((event, blocks[:CARD_MATERIAL_LIMIT]))
        doc_ids.update(
            block["value"].get("document")
            for block in blocks[:CARD_MATERIAL_LIMIT]
            if block["type"] == "dokument"
        )
    doc_ids.discard(None)
    documents = Document.objects.in_bulk(doc_ids) if doc_ids else {}
    for event, blocks in wanted:
        for block in blocks:
            value = block["value"]
            if block["type"] == "dokument":
                document = documents.get(value.get("document"))
                if document is None:
                    continue
                event.card_material.append(
                    CardMaterial(
                        value.get("title") or document.title,
                        document.url,
                        str(MATERIAL_KINDS.get(value.get("art"), "")),
                        document.file_extension.upper(),
                    )
                )
            elif value.get("url"):
                label = value.get("title") or value["url"]
                kind = _("Aufzeichnung") if block["type"] == "aufzeichnung" else ""
                event.card_material.append(CardMaterial(label, value["url"], str(kind)))
    return events


def _session_material_count(event):
    count = 0
    for block in event.programm.raw_data:
        value = block["value"] if block["type"] == "sitzung" else {}
        count += len(value.get("material") or [])
        count += 1 if value.get("ergebnisse") else 0
    return count


def event_listing_context(request, queryset, facets, now=None):
    """The shared filter and pagination, split into upcoming events and archive years."""
    now = now or timezone.now()
    result = filter_pages(queryset, request.GET, facets)
    items = upcoming_first(result.queryset, now).select_related("format", "kommune")
    page, page_messages = paginate(request, items)
    events = attach_card_material(prefetch_taxonomy(list(page.object_list)), now)
    upcoming_events = [event for event in events if not event.archiv]
    archive = [
        (year, list(group))
        for year, group in itertools.groupby(
            (event for event in events if event.archiv), key=lambda e: e.beginn_lokal.year
        )
    ]
    return {
        "filter": result,
        "items": page,
        "upcoming": upcoming_events,
        "archive": archive,
        "listing_messages": result.messages + page_messages,
    }


def next_change(now=None):
    """The next moment the clock alone changes a page: an event starts, ends or closes
    its registration. The page cache keeps no page beyond it."""
    now = now or timezone.now()
    events = VeranstaltungPage.objects.live()
    found = events.aggregate(
        start=Min("beginn", filter=Q(beginn__gt=now)),
        end=Min("ende", filter=Q(ende__gt=now)),
        deadline=Min("anmeldeschluss", filter=Q(anmeldeschluss__gte=timezone.localdate(now))),
    )
    moments = [found["start"], found["end"]]
    if found["deadline"]:
        # Registration is open through the deadline day: it closes at the next midnight.
        day_after = found["deadline"] + datetime.timedelta(days=1)
        moments.append(timezone.make_aware(datetime.datetime.combine(day_after, datetime.time())))
    moments = [moment for moment in moments if moment and moment > now]
    return min(moments) if moments else None
