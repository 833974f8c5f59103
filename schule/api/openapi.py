"""The OpenAPI 3.1 description of the open-data interface, built here in Python.

Served at /api/v1/openapi.json. The item schemas are the documentation of
``serializers.py`` and forbid extra fields, so tests (and schemathesis in CI)
catch any drift between the two; CSV downloads take their columns from them.
"""

from django.urls import reverse
from django.utils.translation import gettext as _

from .collections import COLLECTIONS
from .views import DEFAULT_PAGE_SIZE, MAX_ID, MAX_PAGE, MAX_PAGE_SIZE, YEAR_MAX, YEAR_MIN

VERSION = "1.0.0"


def _nullable(schema):
    return {**schema, "type": [schema["type"], "null"]}


STRING = {"type": "string"}
INTEGER = {"type": "integer"}
NUMBER = {"type": "number"}
BOOLEAN = {"type": "boolean"}
URL = {"type": "string", "format": "uri"}
DATE = {"type": "string", "format": "date"}
DATETIME = {"type": "string", "format": "date-time"}
CLOCK = {"type": "string", "pattern": r"^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$"}


def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def array(items):
    return {"type": "array", "items": items}


def obj(properties, description=None):
    schema = {
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }
    if description:
        schema["description"] = description
    return schema


PAGE_BASE = {
    "id": {**INTEGER, "description": "Kennung der Seite (stabil)."},
    "titel": STRING,
    "slug": STRING,
    "url": {**_nullable(URL), "description": "Adresse der Seite im Portal."},
    "veroeffentlicht": {**_nullable(DATETIME), "description": "Erste Veröffentlichung."},
    "aktualisiert": {**_nullable(DATETIME), "description": "Letzte Veröffentlichung."},
}
TAXONOMY = {
    "dna": array(ref("Begriff")),
    "handlungsfelder": array(ref("Begriff")),
    "sdgs": array(ref("SDGBegriff")),
    "schlagwoerter": array(ref("Begriff")),
}


def page(own, description):
    return obj({**PAGE_BASE, **own, **TAXONOMY}, description)


def enum(values):
    return {"type": "string", "enum": list(values)}


def schemas():
    from kommunen.indicators import AreaKind, Direction, Status
    from kommunen.models import Kreis, Rolle
    from leitfaeden.models import Aufwand, Zielgruppe
    from leitprojekte.models import Status as ProjektStatus

    return {
        "Lizenz": obj({"code": STRING, "name": STRING, "url": URL}),
        "Begriff": obj({"slug": STRING, "name": STRING}),
        "SDGBegriff": obj({"nummer": INTEGER, "slug": STRING, "name": STRING}),
        "Verweis": obj({"id": INTEGER, "slug": STRING, "titel": STRING}),
        "Fehler": obj({"fehler": STRING, "status": INTEGER}),
        "Facette": obj(
            {
                "schluessel": STRING,
                "name": STRING,
                "werte": array(
                    obj({"wert": STRING, "name": STRING, "anzahl": INTEGER, "gewaehlt": BOOLEAN})
                ),
            },
            "Ein Filter wie auf der Website, mit der Anzahl der Treffer je Wert.",
        ),
        "Leitfaden": page(
            {
                "zusammenfassung": STRING,
                "zielgruppe": enum(Zielgruppe.values),
                "aufwand": enum(Aufwand.values),
                "schritte": array(obj({"titel": STRING, "text": STRING})),
                "kommunen": array(ref("Verweis")),
                "leitprojekte": array(ref("Verweis")),
                "zuletzt_geprueft": _nullable(DATE),
                "lizenz": ref("Lizenz"),
            },
            "Ein Leitfaden; die Lizenz des Textes legt die Redaktion fest.",
        ),
        "Leitprojekt": page(
            {
                "zusammenfassung": STRING,
                "status": enum(ProjektStatus.values),
                "beginn": _nullable(DATE),
                "ende": _nullable(DATE),
                "federfuehrung": {"oneOf": [ref("Verweis"), {"type": "null"}]},
                "beteiligte_kommunen": array(ref("Verweis")),
                "ziele": STRING,
                "ergebnisse": STRING,
                "meilensteine": array(
                    obj({"datum": _nullable(DATE), "titel": STRING, "erreicht": BOOLEAN})
                ),
                "quellcode_url": _nullable(URL),
                "lizenz": ref("Lizenz"),
            },
            "Ein Leitprojekt mit federführender und beteiligten Kommunen.",
        ),
        "Kommune": page(
            {
                "kurzbeschreibung": STRING,
                "kreis": enum(Kreis.values),
                "kreis_name": STRING,
                "rolle": enum(Rolle.values),
                "beitritt": _nullable(DATE),
                "ags": {**_nullable(STRING), "description": "Amtlicher Gemeindeschlüssel."},
                "gebiet": {
                    **_nullable(STRING),
                    "description": "Schlüssel des Gebiets der Indikatorwerte (siehe /gebiete/).",
                },
                "einwohner": _nullable(INTEGER),
                "breitengrad": _nullable(NUMBER),
                "laengengrad": _nullable(NUMBER),
                "website": _nullable(URL),
                "prioritaeten": {
                    **array(ref("Begriff")),
                    "description": "Priorisierte Handlungsfelder, wichtigstes zuerst.",
                },
                "dashboard_url": _nullable(URL),
                "dashboard_csv": _nullable(URL),
                "dashboard_json": _nullable(URL),
                "lizenz": ref("Lizenz"),
            },
            "Eine Kommune (ohne Kontaktdaten: keine Namen, Telefonnummern, E-Mail-Adressen).",
        ),
        "Veranstaltung": page(
            {
                "zusammenfassung": STRING,
                "format": ref("Begriff"),
                "beginn": {**DATETIME, "description": "Beginn mit Zeitzone (Europe/Berlin)."},
                "ende": _nullable(DATETIME),
                "ganztaegig": BOOLEAN,
                "abgesagt": BOOLEAN,
                "ort": STRING,
                "adresse": STRING,
                "online": BOOLEAN,
                "kommune": {
                    "oneOf": [ref("Verweis"), {"type": "null"}],
                    "description": "Gastgebende Kommune; leer, wenn die Agentur einlädt.",
                },
                "anmeldung_url": _nullable(URL),
                "anmeldeschluss": _nullable(DATE),
                "programm": {
                    **array(
                        obj(
                            {
                                "tag": _nullable(DATE),
                                "beginn": _nullable(CLOCK),
                                "ende": _nullable(CLOCK),
                                "titel": STRING,
                                "raum": STRING,
                                "kurzbeschreibung": STRING,
                                "ergebnisse": STRING,
                            }
                        )
                    ),
                    "description": "Programmpunkte ohne Referierende (personenbezogene Daten).",
                },
                "ergebnisse": STRING,
                "leitfaeden": array(ref("Verweis")),
                "leitprojekte": array(ref("Verweis")),
                "kalender_url": URL,
                "lizenz": ref("Lizenz"),
            },
            "Eine Veranstaltung.",
        ),
        "Indikator": obj(
            {
                "code": STRING,
                "titel": STRING,
                "sdg": ref("SDGBegriff"),
                "unterziele": array(STRING),
                "einheit": STRING,
                "definition": STRING,
                "quelle": STRING,
                "quelle_url": _nullable(URL),
                "richtung": enum(Direction.values),
                "basisjahr": INTEGER,
                "zielwert": _nullable(NUMBER),
                "zieljahr": _nullable(INTEGER),
                "beobachtungen_url": URL,
                "lizenz": ref("Lizenz"),
            },
            "Ein SDG-Indikator; die Lizenz der Daten legt die Redaktion je Indikator fest.",
        ),
        "Beobachtung": obj(
            {
                "indikator": STRING,
                "gebiet": STRING,
                "gebiet_name": STRING,
                "ebene": enum(AreaKind.values),
                "jahr": INTEGER,
                "wert": _nullable(NUMBER),
                "einheit": STRING,
                "aufschluesselung": {
                    **STRING,
                    "description": "Leer für den Gesamtwert, sonst z. B. „Geschlecht=weiblich“.",
                },
                "status": enum(Status.values),
                "fussnote": STRING,
                "datenstand": _nullable(DATE),
                "quelle": STRING,
                "lizenz": ref("Lizenz"),
            },
            "Ein Wert eines Indikators für ein Gebiet und ein Jahr.",
        ),
        "Gebiet": obj(
            {
                "schluessel": STRING,
                "name": STRING,
                "ebene": enum(AreaKind.values),
                "uebergeordnet": _nullable(STRING),
            }
        ),
        "Taxonomien": obj(
            {
                "dna": array(obj({"slug": STRING, "name": STRING, "beschreibung": STRING})),
                "handlungsfelder": array(
                    obj({"slug": STRING, "name": STRING, "beschreibung": STRING})
                ),
                "sdgs": array(
                    obj(
                        {
                            "nummer": INTEGER,
                            "slug": STRING,
                            "name": STRING,
                            "beschreibung": STRING,
                            "farbe": STRING,
                        }
                    )
                ),
                "formate": array(obj({"slug": STRING, "name": STRING, "beschreibung": STRING})),
            }
        ),
        "Uebersicht": {"type": "object"},
    }


def list_schema(item):
    return obj(
        {
            "anzahl": {**INTEGER, "description": "Treffer insgesamt."},
            "seite": INTEGER,
            "seitengroesse": INTEGER,
            "seiten": INTEGER,
            "naechste": _nullable(URL),
            "vorherige": _nullable(URL),
            "datenstand": {
                "type": ["string", "null"],
                "description": "Letzte Veröffentlichung (Inhalte), Datenstand (Indikatorwerte).",
            },
            "lizenzen": array(ref("Lizenz")),
            "hinweise": {
                **array(STRING),
                "description": "Z. B. unbekannte Filterwerte, die ignoriert wurden.",
            },
            "facetten": array(ref("Facette")),
            "eintraege": array(ref(item)),
        }
    )


def _json(schema):
    return {"application/json": {"schema": schema}}


ERRORS = {
    "400": {"description": "Ungültiger Parameter.", "content": _json(ref("Fehler"))},
    "404": {"description": "Nicht gefunden.", "content": _json(ref("Fehler"))},
    "429": {
        "description": "Zu viele Anfragen von dieser IP-Adresse (siehe Retry-After).",
        "headers": {"Retry-After": {"schema": INTEGER}},
        "content": _json(ref("Fehler")),
    },
}


def _ok(description, content):
    return {
        "description": description,
        "headers": {"ETag": {"schema": STRING}},
        "content": content,
    }


def _facet_parameters(collection):
    params = [
        {
            "name": facet.key,
            "in": "query",
            "required": False,
            "description": _("Filter „%(label)s“; mehrfach angeben für ODER.")
            % {"label": facet.label},
            "schema": array(STRING),
            "style": "form",
            "explode": True,
        }
        for facet in collection.facets()
    ]
    if collection.key == "beobachtungen":
        params.append(
            {
                "name": "jahr",
                "in": "query",
                "required": False,
                "schema": {**INTEGER, "minimum": YEAR_MIN, "maximum": YEAR_MAX},
            }
        )
    return params


PAGINATION = [
    {
        "name": "page",
        "in": "query",
        "required": False,
        "schema": {**INTEGER, "minimum": 1, "maximum": MAX_PAGE, "default": 1},
    },
    {
        "name": "page_size",
        "in": "query",
        "required": False,
        "schema": {
            **INTEGER,
            "minimum": 1,
            "maximum": MAX_PAGE_SIZE,
            "default": DEFAULT_PAGE_SIZE,
        },
    },
]


def paths():
    result = {
        "/api/v1/": {
            "get": {
                "operationId": "uebersicht",
                "summary": "Übersicht der Schnittstelle",
                "responses": {"200": _ok("Links zu allen Sammlungen.", _json(ref("Uebersicht")))},
            }
        },
        "/api/v1/openapi.json": {
            "get": {
                "operationId": "openapi",
                "summary": "Diese Beschreibung (OpenAPI 3.1)",
                "responses": {"200": _ok("OpenAPI-Dokument.", _json({"type": "object"}))},
            }
        },
        "/api/v1/taxonomien/": {
            "get": {
                "operationId": "taxonomien",
                "summary": "DNA-Kriterien, Handlungsfelder, SDGs und Veranstaltungsformate",
                "responses": {"200": _ok("Alle Begriffe.", _json(ref("Taxonomien")))},
            }
        },
    }
    for c in COLLECTIONS.values():
        result[f"/api/v1/{c.key}/"] = {
            "get": {
                "operationId": f"{c.key}_liste",
                "summary": str(c.title),
                "description": str(c.description),
                "parameters": [*_facet_parameters(c), *PAGINATION],
                "responses": {
                    "200": _ok("Eine Seite der Treffer.", _json(list_schema(c.schema))),
                    "400": ERRORS["400"],
                    "429": ERRORS["429"],
                },
            }
        }
        if c.key == "beobachtungen":
            continue  # values have no page of their own; filter the list instead
        if c.lookup == "pk":
            parameter = {"name": "id", "schema": {**INTEGER, "minimum": 1, "maximum": MAX_ID}}
        else:
            parameter = {"name": "code", "schema": {**STRING, "pattern": r"^[\w.\-]{1,40}$"}}
        result[f"/api/v1/{c.key}/{{{parameter['name']}}}/"] = {
            "get": {
                "operationId": f"{c.key}_eintrag",
                "summary": _("Ein Eintrag: %(title)s") % {"title": c.title},
                "parameters": [{**parameter, "in": "path", "required": True}],
                "responses": {
                    "200": _ok("Der Eintrag.", _json(ref(c.schema))),
                    "404": ERRORS["404"],
                    "429": ERRORS["429"],
                },
            }
        }
    datasets = [*COLLECTIONS, "taxonomien"]
    result["/api/v1/daten/{datensatz}.{format}"] = {
        "get": {
            "operationId": "download",
            "summary": "Ein vollständiger Datensatz als CSV oder JSON, mit Lizenz und Datenstand",
            "parameters": [
                {"name": "datensatz", "in": "path", "required": True, "schema": enum(datasets)},
                {"name": "format", "in": "path", "required": True, "schema": enum(["csv", "json"])},
            ],
            "responses": {
                "200": _ok(
                    "CSV (UTF-8, Komma) oder JSON mit „metadaten“ und „daten“.",
                    {
                        "text/csv": {"schema": STRING},
                        "application/json": {"schema": {"type": "object"}},
                    },
                ),
                "404": ERRORS["404"],
                "429": ERRORS["429"],
            },
        }
    }
    result["/api/v1/offene-daten.zip"] = {
        "get": {
            "operationId": "gesamtdownload",
            "summary": "Alle Datensätze als CSV und JSON, mit Metadaten und DCAT-Katalog",
            "responses": {
                "200": _ok("ZIP-Archiv.", {"application/zip": {"schema": STRING}}),
                "429": ERRORS["429"],
            },
        }
    }
    result["/api/v1/katalog.{format}"] = {
        "get": {
            "operationId": "katalog",
            "summary": "DCAT-AP.de-Katalog der Datensätze",
            "parameters": [
                {
                    "name": "format",
                    "in": "path",
                    "required": True,
                    "schema": enum(["jsonld", "ttl", "rdf"]),
                }
            ],
            "responses": {
                "200": _ok(
                    "JSON-LD, Turtle oder RDF/XML.",
                    {
                        "application/ld+json": {"schema": {}},
                        "text/turtle": {"schema": STRING},
                        "application/rdf+xml": {"schema": STRING},
                    },
                ),
                "404": ERRORS["404"],
                "429": ERRORS["429"],
            },
        }
    }
    return result


def document(request):
    from django.conf import settings

    return {
        "openapi": "3.1.0",
        "info": {
            "title": _("Offene Daten – Smart Cities: Schule Südwestfalen"),
            "version": VERSION,
            "description": _(
                "Lesende Schnittstelle für alle veröffentlichten Leitfäden, Leitprojekte, "
                "Kommunen, Veranstaltungen, Taxonomien und SDG-Indikatoren mit ihren Werten. "
                "Nur veröffentlichte Inhalte, keine personenbezogenen Daten, keine "
                "E-Mail-Adressen. Filter wie auf der Website (AND zwischen Filtern, ODER "
                "innerhalb eines Filters); unbekannte Filterwerte werden ignoriert und in "
                "„hinweise“ genannt. Höchstens %(limit)s Anfragen je %(window)s Sekunden und "
                "IP-Adresse, danach 429 mit Retry-After. Antworten tragen ein ETag; "
                "If-None-Match ergibt 304. CORS ist für GET offen. Texte stehen unter CC BY 4.0 "
                "(Leitfäden: Lizenz je Leitfaden), Daten unter der Lizenz ihres Indikators."
            )
            % {"limit": settings.API_RATE_LIMIT, "window": settings.API_RATE_WINDOW_SECONDS},
            "license": {"name": "EUPL-1.2", "identifier": "EUPL-1.2"},
        },
        "servers": [{"url": request.build_absolute_uri("/").rstrip("/")}],
        "paths": paths(),
        "components": {"schemas": schemas()},
        "externalDocs": {"url": request.build_absolute_uri(reverse("api:index"))},
    }


def columns(schema_name):
    """The CSV columns of a collection: its item schema's properties, in order."""
    return list(schemas()[schema_name]["properties"])
