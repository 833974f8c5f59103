"""Downloads: each collection as CSV and JSON, and everything in one ZIP.

A download is the whole published collection (no filter, no pages), with its
licences and Datenstand: in the JSON under ``metadaten``, for CSV in the
``metadaten.json`` of the ZIP and in the DCAT catalogue. CSV columns are the
item schema's properties (``openapi.columns``); nested values are flattened to
their keys ("digital; nachhaltig") or, where they have none, to JSON.
"""

import csv
import io
import json
import zipfile

from django.conf import settings
from django.utils.translation import gettext as _

from schule.taxonomy.prefetch import prefetch_taxonomy

from . import serializers
from .collections import COLLECTIONS
from .http import ApiError, dumps
from .licences import text_licence

BULK_NAME = "offene-daten-smart-cities-schule.zip"
REFERENCE_KEYS = ("slug", "code", "nummer", "id")
# Fixed entry time, so the same data give byte-identical archives (and ETags).
ZIP_TIME = (2020, 1, 1, 0, 0, 0)


def collection_data(request, key):
    """(metadata, rows) of a whole collection; the taxonomies are one table."""
    if key == "taxonomien":
        from .views import taxonomy_data

        data = taxonomy_data()
        meta = {
            "titel": _("Taxonomien"),
            "beschreibung": _(
                "Die drei Kriterien der Südwestfalen-DNA, die zehn Handlungsfelder, die 17 "
                "Nachhaltigkeitsziele (SDGs) und die Veranstaltungsformate."
            ),
            "lizenzen": [text_licence().as_dict()],
            "datenstand": None,
            "anzahl": sum(len(items) for items in data.values()),
        }
        return meta, data, serializers.taxonomy_rows(data)
    collection = COLLECTIONS[key]
    queryset = collection.queryset()
    pages = prefetch_taxonomy(list(collection.items(queryset)))
    items = [collection.serialize(item, request) for item in pages]
    meta = {
        "titel": str(collection.title),
        "beschreibung": str(collection.description),
        "lizenzen": [licence.as_dict() for licence in collection.licences(queryset)],
        "datenstand": serializers.iso(collection.datenstand(queryset)),
        "anzahl": len(items),
    }
    return meta, items, items


def _meta(meta, request, key):
    return {
        **meta,
        "herausgeber": settings.OPENDATA_ATTRIBUTION,
        "namensnennung": _("Quelle: %(who)s") % {"who": settings.OPENDATA_ATTRIBUTION},
        "quelle": request.build_absolute_uri(f"/api/v1/{key}/"),
    }


def _flat(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, dict):
        key = next((k for k in REFERENCE_KEYS if k in value), None)
        return str(value[key]) if key else json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        if all(isinstance(v, dict) and any(k in v for k in REFERENCE_KEYS) for v in value):
            return "; ".join(_flat(v) for v in value)
        if all(not isinstance(v, dict | list) for v in value):
            return "; ".join(str(v) for v in value)
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def to_csv(rows, columns):
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({column: _flat(row.get(column)) for column in columns})
    return buffer.getvalue().encode("utf-8")


def csv_columns(key):
    from .openapi import columns

    if key == "taxonomien":
        return ["taxonomie", "slug", "nummer", "name", "beschreibung"]
    return columns(COLLECTIONS[key].schema)


def dataset_file(request, key, fmt):
    """(content, content type, file name) of one download."""
    if fmt not in {"csv", "json"}:
        raise ApiError(404, _("Dieses Format gibt es nicht."))
    meta, data, rows = collection_data(request, key)
    if fmt == "csv":
        return to_csv(rows, csv_columns(key)), "text/csv; charset=utf-8", f"{key}.csv"
    payload = {"metadaten": _meta(meta, request, key), "daten": data}
    return dumps(payload).encode("utf-8"), "application/json; charset=utf-8", f"{key}.json"


def _licence_text(metadata):
    lines = [
        _("Offene Daten der Smart Cities: Schule Südwestfalen"),
        "",
        _("Namensnennung: %(who)s") % {"who": settings.OPENDATA_ATTRIBUTION},
        "",
    ]
    for key, meta in metadata.items():
        names = ", ".join(f"{lic['name']} <{lic['url']}>" for lic in meta["lizenzen"])
        lines.append(f"{key}.csv, {key}.json: {names}")
        lines.append(_("  Datenstand: %(d)s") % {"d": meta["datenstand"] or _("nicht angegeben")})
    return "\n".join(lines) + "\n"


def bulk_zip(request):
    """Every dataset as CSV and JSON, with metadaten.json, LIZENZ.txt and the catalogue."""
    from . import dcat

    buffer = io.BytesIO()
    metadata = {}
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:

        def write(name, content):
            archive.writestr(zipfile.ZipInfo(name, date_time=ZIP_TIME), content)

        for key in [*COLLECTIONS, "taxonomien"]:
            meta, data, rows = collection_data(request, key)
            meta = _meta(meta, request, key)
            meta["dateien"] = {"csv": f"{key}.csv", "json": f"{key}.json"}
            meta["spalten"] = csv_columns(key)
            metadata[key] = meta
            write(f"{key}.csv", to_csv(rows, csv_columns(key)))
            write(f"{key}.json", dumps({"metadaten": meta, "daten": data}))
        write("metadaten.json", dumps({"datensaetze": metadata}))
        write("LIZENZ.txt", _licence_text(metadata))
        graph = dcat.catalogue_graph(request)
        write("katalog.ttl", dcat.serialize(graph, "ttl")[0])
        write("katalog.jsonld", dcat.serialize(graph, "jsonld")[0])
    return buffer.getvalue()
