"""schema.org JSON-LD, Open Graph and the canonical URL of a page, for its <head>.

One function per page type; ``page_meta`` picks it. JSON-LD is emitted as
``<script type="application/ld+json">``, which browsers never execute, so the
public CSP (script-src 'self') stays as strict as it is.
"""

import json

from django.conf import settings
from django.utils.safestring import mark_safe

from kommunen.models import KommunePage
from leitfaeden.models import LeitfadenPage
from leitprojekte.models import LeitprojektPage
from schule.core.models import HomePage
from schule.veranstaltungen.models import VeranstaltungPage

from .licences import page_licence, text_licence
from .serializers import iso, scrub

CONTEXT = "https://schema.org"


def _publisher():
    return {
        "@type": "Organization",
        "name": settings.OPENDATA_PUBLISHER_NAME,
        "url": settings.OPENDATA_PUBLISHER_URL,
    }


def _organisation(kommune, request):
    return {
        "@type": "GovernmentOrganization",
        "name": kommune.title,
        "url": kommune.get_full_url(request),
    }


def _keywords(page):
    return ", ".join(sorted(t.name for t in page.tags.all()))


def leitfaden(page, request, context):
    authors = context.get("autoren")
    if authors is None:
        authors = page.kommunen.live().public().order_by("title")
    return {
        "@type": "Article",
        "headline": page.title,
        "description": page.zusammenfassung,
        "url": page.get_full_url(request),
        "inLanguage": "de",
        "datePublished": iso(page.first_published_at),
        "dateModified": iso(page.last_published_at),
        "license": page_licence(page.lizenz).url,
        "author": [_organisation(k, request) for k in authors] or _publisher(),
        "publisher": _publisher(),
        "keywords": _keywords(page),
        "about": [{"@type": "Thing", "name": hf.name} for hf in page.handlungsfelder.all()],
    }


def leitprojekt(page, request, context):
    members = context.get("beteiligte")
    if members is None:
        members = page.beteiligte_kommunen.live().public().order_by("title")
    lead = page.federfuehrung if page.federfuehrung and page.federfuehrung.live else None
    data = {
        "@type": "Project",
        "name": page.title,
        "description": page.zusammenfassung,
        "url": page.get_full_url(request),
        "keywords": _keywords(page),
        "member": [_organisation(k, request) for k in members],
        "license": text_licence().url,
    }
    if lead:
        data["parentOrganization"] = _organisation(lead, request)
    if page.quellcode_url:
        data["sameAs"] = page.quellcode_url
    return data


def veranstaltung(page, request, context):
    if page.online and (page.ort or page.adresse):
        mode = "MixedEventAttendanceMode"
    elif page.online:
        mode = "OnlineEventAttendanceMode"
    else:
        mode = "OfflineEventAttendanceMode"
    locations = []
    if page.ort or page.adresse:
        locations.append(
            {
                "@type": "Place",
                "name": page.ort or page.adresse.splitlines()[0],
                "address": " ".join(page.adresse.split()) or page.ort,
            }
        )
    if page.online:
        locations.append({"@type": "VirtualLocation", "url": page.get_full_url(request)})
    organiser = page.kommune if page.kommune and page.kommune.live else None
    return {
        "@type": "Event",
        "name": page.title,
        "description": page.zusammenfassung,
        "url": page.get_full_url(request),
        "startDate": iso(page.beginn),
        "endDate": iso(page.ende or page.beginn),
        "eventStatus": f"{CONTEXT}/{'EventCancelled' if page.abgesagt else 'EventScheduled'}",
        "eventAttendanceMode": f"{CONTEXT}/{mode}",
        "location": locations[0] if len(locations) == 1 else locations,
        "organizer": _organisation(organiser, request) if organiser else _publisher(),
        "inLanguage": "de",
    }


def kommune(page, request, context):
    data = {
        "@type": ["GovernmentOrganization"],
        "name": page.title,
        "description": page.kurzbeschreibung,
        "url": page.get_full_url(request),
        "areaServed": {"@type": "City", "name": page.title},
    }
    if page.website:
        data["sameAs"] = page.website
    if page.ags:
        data["identifier"] = {
            "@type": "PropertyValue",
            "propertyID": "AGS",
            "name": "Amtlicher Gemeindeschlüssel",
            "value": page.ags,
        }
    if page.latitude is not None and page.longitude is not None:
        data["areaServed"]["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(page.latitude),
            "longitude": float(page.longitude),
        }
    return data


def home(page, request, context):
    return {
        "@type": "WebSite",
        "name": settings.WAGTAIL_SITE_NAME,
        "url": page.get_full_url(request),
        "inLanguage": "de",
        "publisher": _publisher(),
    }


BUILDERS = [
    (LeitfadenPage, leitfaden, "article"),
    (LeitprojektPage, leitprojekt, "website"),
    (VeranstaltungPage, veranstaltung, "website"),
    (KommunePage, kommune, "website"),
    (HomePage, home, "website"),
]


def json_ld(data):
    """JSON for a <script> element: no "</script>" or "<!--" can end it early."""
    text = json.dumps({"@context": CONTEXT, **data}, ensure_ascii=False, indent=None)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(text)  # noqa: S308 (escaped above; JSON, never HTML)


def _description(page):
    for name in ("search_description", "zusammenfassung", "kurzbeschreibung", "intro"):
        value = getattr(page, name, "")
        if value:
            return " ".join(str(value).split())[:300]
    return ""


def page_meta(context):
    """Canonical URL, Open Graph and (on a page's own URL) JSON-LD for the template."""
    request = context.get("request")
    page = context.get("page")
    if request is None or page is None or not hasattr(page, "get_url_parts"):
        return {}
    parts = page.get_url_parts(request)
    if parts is None:
        return {}
    _site_id, root_url, page_path = parts
    canonical = f"{root_url}{request.path}"
    on_own_url = request.path == page_path
    og_type, data = "website", None
    for model, builder, kind in BUILDERS:
        if isinstance(page, model):
            og_type = kind
            if on_own_url:
                data = scrub(builder(page, request, context))
            break
    title = page.seo_title or page.title
    return {
        "canonical": canonical,
        "og": {
            "type": og_type,
            "title": title,
            "description": _description(page),
            "url": canonical,
            "site_name": settings.WAGTAIL_SITE_NAME,
            "locale": "de_DE",
        },
        "json_ld": json_ld(data) if data else None,
    }
