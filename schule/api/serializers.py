"""Every object the open-data interfaces publish, turned into plain data, here only.

The field names are the API's contract: German like the dashboard downloads,
documented in ``openapi.py`` (each item schema forbids extra fields, so a field
added here without documentation fails the tests). Nothing personal leaves this
module: no contact person, telephone or e-mail of a Kommune, no speakers of an
event, no authors or owners of pages; every string goes through ``scrub``,
which also removes any e-mail address an editor typed into a text.
"""

import datetime
import html
import math
import re

from django.core.exceptions import ObjectDoesNotExist
from django.utils import timezone
from django.utils.html import strip_tags

from kommunen.models import Kreis
from schule.veranstaltungen.models import EVENT_TIME_ZONE

from .licences import data_licence, page_licence, text_licence

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
EMAIL_REMOVED = "[E-Mail-Adresse entfernt]"
KREIS_NAMES = dict(Kreis.choices)


def scrub(value):
    """``value`` with every e-mail address in every string replaced."""
    if isinstance(value, str):
        return EMAIL_RE.sub(EMAIL_REMOVED, value)
    if isinstance(value, dict):
        return {key: scrub(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [scrub(item) for item in value]
    return value


def plain(rich_text):
    """Rich text as plain text: tags dropped, entities decoded, whitespace collapsed."""
    return " ".join(html.unescape(strip_tags(rich_text or "")).split())


def iso(value):
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value, EVENT_TIME_ZONE).isoformat()
    return value.isoformat()


def finite(value):
    """JSON has no NaN or infinity; such a value is published as null."""
    return value if value is None or math.isfinite(value) else None


def term(obj):
    return {"slug": obj.slug, "name": obj.name}


def sdg(obj):
    return {"nummer": obj.number, "slug": obj.slug, "name": obj.name}


def reference(page):
    return None if page is None else {"id": page.pk, "slug": page.slug, "titel": page.title}


def _tags(page):
    return sorted(({"slug": t.slug, "name": t.name} for t in page.tags.all()), key=_by_name)


def _by_name(item):
    return item["name"].lower()


def _page(page, request, **fields):
    """The fields every page shares, then the type's own, then its taxonomy."""
    return {
        "id": page.pk,
        "titel": page.title,
        "slug": page.slug,
        "url": page.get_full_url(request),
        "veroeffentlicht": iso(page.first_published_at),
        "aktualisiert": iso(page.last_published_at),
        **fields,
        "dna": [term(t) for t in page.dna.all()],
        "handlungsfelder": [term(t) for t in page.handlungsfelder.all()],
        "sdgs": [sdg(t) for t in page.sdgs.all()],
        "schlagwoerter": _tags(page),
    }


def _steps(page):
    # Raw stream data: converting the blocks would query once per rich-text link.
    return [
        {"titel": value.get("title", ""), "text": plain(value.get("text"))}
        for value in (block["value"] for block in page.schritte.raw_data)
        if value is not None and isinstance(value, dict)
    ]


def leitfaden(page, request):
    return scrub(
        _page(
            page,
            request,
            zusammenfassung=page.zusammenfassung,
            zielgruppe=page.zielgruppe,
            aufwand=page.aufwand,
            schritte=_steps(page),
            kommunen=[reference(k) for k in page.kommunen.all()],
            leitprojekte=[reference(p) for p in page.leitprojekte.all()],
            zuletzt_geprueft=iso(page.zuletzt_geprueft),
            lizenz=page_licence(page.lizenz).as_dict(),
        )
    )


def leitprojekt(page, request):
    return scrub(
        _page(
            page,
            request,
            zusammenfassung=page.zusammenfassung,
            status=page.status,
            beginn=iso(page.beginn),
            ende=iso(page.ende),
            federfuehrung=reference(page.federfuehrung),
            beteiligte_kommunen=[reference(k) for k in page.beteiligte_kommunen.all()],
            ziele=plain(page.ziele),
            ergebnisse=plain(page.ergebnisse),
            meilensteine=[
                {
                    "datum": block["value"].get("date"),
                    "titel": block["value"].get("title", ""),
                    "erreicht": bool(block["value"].get("reached")),
                }
                for block in page.meilensteine.raw_data
                if block["type"] == "meilenstein"
            ],
            quellcode_url=page.quellcode_url or None,
            lizenz=text_licence().as_dict(),
        )
    )


def _area_key(kommune):
    try:
        return kommune.area.key
    except ObjectDoesNotExist:
        return None


def _number(value):
    return None if value is None else float(value)


def kommune(page, request):
    url = page.get_full_url(request)
    dashboard = f"{url}dashboard/" if url else None
    return scrub(
        _page(
            page,
            request,
            kurzbeschreibung=page.kurzbeschreibung,
            kreis=page.kreis,
            kreis_name=KREIS_NAMES.get(page.kreis, page.kreis),
            rolle=page.rolle,
            beitritt=iso(page.beitritt),
            ags=page.ags or None,
            gebiet=_area_key(page),
            einwohner=page.einwohner,
            breitengrad=_number(page.latitude),
            laengengrad=_number(page.longitude),
            website=page.website or None,
            prioritaeten=[term(p.handlungsfeld) for p in page.prioritaeten.all()],
            dashboard_url=dashboard,
            dashboard_csv=f"{dashboard}daten/csv/" if dashboard else None,
            dashboard_json=f"{dashboard}daten/json/" if dashboard else None,
            lizenz=text_licence().as_dict(),
        )
    )


def _session(value):
    return {
        "tag": value.get("tag") or None,
        "beginn": value.get("beginn") or None,
        "ende": value.get("ende") or None,
        "titel": value.get("titel", ""),
        "raum": value.get("raum") or "",
        "kurzbeschreibung": value.get("abstract") or "",
        "ergebnisse": value.get("ergebnisse") or "",
    }


def veranstaltung(page, request):
    base = request.build_absolute_uri("/").rstrip("/")
    return scrub(
        _page(
            page,
            request,
            zusammenfassung=page.zusammenfassung,
            format={"slug": page.format.slug, "name": page.format.name},
            beginn=iso(page.beginn),
            ende=iso(page.ende),
            ganztaegig=page.ganztaegig,
            abgesagt=page.abgesagt,
            ort=page.ort,
            adresse=" ".join(page.adresse.split()),
            online=page.online,
            kommune=reference(page.kommune),
            anmeldung_url=page.anmeldung_url or None,
            anmeldeschluss=iso(page.anmeldeschluss),
            # Speakers are people: their names stay on the event page.
            programm=[
                _session(block["value"])
                for block in page.programm.raw_data
                if block["type"] == "sitzung"
            ],
            ergebnisse=plain(page.ergebnisse),
            leitfaeden=[reference(p) for p in page.leitfaeden.all()],
            leitprojekte=[reference(p) for p in page.leitprojekte.all()],
            kalender_url=f"{base}/kalender/veranstaltung-{page.pk}.ics",
            lizenz=text_licence().as_dict(),
        )
    )


def indikator(obj, request):
    base = request.build_absolute_uri("/api/v1/beobachtungen/")
    return scrub(
        {
            "code": obj.code,
            "titel": obj.title,
            "sdg": sdg(obj.sdg),
            "unterziele": [t.code for t in obj.targets.all()],
            "einheit": obj.unit,
            "definition": obj.definition,
            "quelle": obj.source,
            "quelle_url": obj.source_url or None,
            "richtung": obj.direction,
            "basisjahr": obj.base_year,
            "zielwert": finite(obj.target_value),
            "zieljahr": obj.target_year,
            "beobachtungen_url": f"{base}?indikator={obj.code}",
            "lizenz": data_licence(obj.licence).as_dict(),
        }
    )


def beobachtung(obj, request):
    return scrub(
        {
            "indikator": obj.indicator.code,
            "gebiet": obj.area.key,
            "gebiet_name": obj.area.name,
            "ebene": obj.area.kind,
            "jahr": obj.year,
            "wert": finite(obj.value),
            "einheit": obj.indicator.unit,
            "aufschluesselung": obj.disaggregation,
            "status": obj.status,
            "fussnote": obj.footnote,
            "datenstand": iso(obj.datenstand),
            "quelle": obj.source or obj.indicator.source,
            "lizenz": data_licence(obj.indicator.licence).as_dict(),
        }
    )


def gebiet(obj, request):
    return scrub(
        {
            "schluessel": obj.key,
            "name": obj.name,
            "ebene": obj.kind,
            "uebergeordnet": obj.parent.key if obj.parent_id else None,
        }
    )


def taxonomien(dna, handlungsfelder, sdgs, formate):
    def described(obj):
        return {**term(obj), "beschreibung": obj.description}

    return scrub(
        {
            "dna": [described(t) for t in dna],
            "handlungsfelder": [described(t) for t in handlungsfelder],
            "sdgs": [{**sdg(t), "beschreibung": t.description, "farbe": t.colour} for t in sdgs],
            "formate": [
                {"slug": f.slug, "name": f.name, "beschreibung": f.beschreibung} for f in formate
            ],
        }
    )


def taxonomy_rows(data):
    """The taxonomies as one table, for CSV: one row per term."""
    return [
        {
            "taxonomie": name,
            "slug": item["slug"],
            "nummer": item.get("nummer"),
            "name": item["name"],
            "beschreibung": item["beschreibung"],
        }
        for name, items in data.items()
        for item in items
    ]
