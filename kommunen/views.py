"""Public dashboard views: per Kommune, regional, embeddable charts, downloads."""

import csv
import io
import json

from django.http import Http404, HttpResponse, JsonResponse
from django.template.defaultfilters import floatformat
from django.template.response import TemplateResponse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.clickjacking import xframe_options_exempt
from wagtail.models import Site

from . import dashboard
from .charts import bar_chart, chart_table, fmt, line_chart
from .facts import Sections, indicator_facts
from .indicators import Indicator
from .models import FortschrittStatus, KommunePage

DATA_LICENCE = "Datenlizenz Deutschland – Namensnennung – Version 2.0 (DL-DE-BY-2.0)"
DATA_LICENCE_URL = "https://www.govdata.de/dl-de/by-2-0"
EXAMPLE_NOTE = _("Beispieldaten: Alle Indikatorwerte dieser Demo sind erfunden.")


def _indicator_charts(view):
    """Line chart (trend) and bar chart (every Kommune, its Kreis, NRW, Germany) with tables."""
    code = slugify(view.indicator.code)
    unit = view.indicator.unit
    series = [(label, data) for label, data in view.series.items() if data]
    years = sorted({year for _label, data in series for year in data})
    trend = {
        "svg": line_chart(
            f"trend-{code}",
            _("Entwicklung: %(t)s") % {"t": view.indicator.title},
            series,
            unit,
        ),
        "table": chart_table(
            _("Werte je Jahr in %(unit)s") % {"unit": unit},
            [_("Gebiet"), *years],
            [
                [label, *[fmt(data[y]) if y in data else "–" for y in years]]
                for label, data in series
            ],
        ),
    }
    bars = view.comparison
    comparison = {
        "svg": bar_chart(
            f"vergleich-{code}",
            _("Vergleich %(year)s: %(t)s") % {"year": view.latest_year, "t": view.indicator.title},
            bars,
            unit,
        ),
        "table": chart_table(
            _("Vergleich %(year)s in %(unit)s") % {"year": view.latest_year, "unit": unit},
            [_("Gebiet"), _("Wert")],
            [[label, fmt(value)] for label, value, _h in bars],
        ),
    }
    return trend, comparison


def kommune_dashboard(request, kommune):
    """The overview: each indicator's figures and a small trend line; charts on its own page."""
    data = dashboard.kommune_dashboard(kommune, full=False)
    # Each indicator's section in Python, with the texts translated once for all.
    sections = Sections()
    site = Site.find_for_request(request)
    base = kommune.relative_url(site, request)
    if not base.endswith("/"):
        base += "/"
    for view in data["indicators"]:
        if view.latest_year:
            url = base + kommune.reverse_subpage("dashboard_indicator", args=(view.indicator.code,))
            trend = sections.sparkline(kommune.title, view.own, view.indicator.unit)
            view.html = sections.section(view, url, trend)
        else:
            view.html = sections.section(view)
    for block in data["sdgs"]:
        block["html"] = sections.sdg_block(block)
    # The parent is known from routing; its specific page would cost a query.
    index = kommune.get_parent()
    regional_url = index.relative_url(site, request)
    if not regional_url.endswith("/"):
        regional_url += "/"
    regional_url += index.specific_class.get_resolver().reverse("dashboard")
    return TemplateResponse(
        request,
        "kommunen/dashboard.html",
        {
            "page": kommune,
            "regional_url": regional_url,
            "breadcrumb_trail": _trail(request, kommune),
            "data": data,
            "example_note": EXAMPLE_NOTE,
            "licence": DATA_LICENCE,
            "licence_url": DATA_LICENCE_URL,
        },
    )


def _trail(request, kommune, indicator_title=None):
    """The breadcrumb below the Kommune: its dashboard, then the indicator shown."""
    trail = [(kommune.url + kommune.reverse_subpage("dashboard"), _("Dashboard"))]
    if indicator_title:
        trail.append((request.path, indicator_title))
    return trail


def _indicator_view(kommune, code):
    """One indicator of the Kommune with its charts; 404 for an unknown one or without data."""
    indicator = Indicator.objects.filter(code=code).select_related("sdg").first()
    if indicator is None:
        raise Http404(_("Diesen Indikator gibt es nicht."))
    area, references = dashboard.areas_of(kommune)
    views = dashboard.indicator_views(area, indicator, references)
    if not views:
        raise Http404(_("Für diese Kommune liegen keine Indikatorwerte vor."))
    view = views[0]
    view.trend, view.vergleich = _indicator_charts(view)
    return view


def indicator_page(request, kommune, code):
    """One indicator of a Kommune: its figures, the trend and the comparison with all Kommunen."""
    view = _indicator_view(kommune, code)
    if view.latest_year:
        view.facts = indicator_facts(view)
    return TemplateResponse(
        request,
        "kommunen/indicator.html",
        {
            "page": kommune,
            "breadcrumb_trail": _trail(request, kommune, view.indicator.title),
            "view": view,
            "example_note": EXAMPLE_NOTE,
            "licence": DATA_LICENCE,
            "licence_url": DATA_LICENCE_URL,
        },
    )


def _rows(kommune):
    data = dashboard.kommune_dashboard(kommune)
    rows = []
    for view in data["indicators"]:
        for area, series in view.series.items():
            for year, value in sorted(series.items()):
                rows.append(
                    {
                        "indikator": view.indicator.code,
                        "titel": view.indicator.title,
                        "sdg": view.indicator.sdg.number,
                        "gebiet": area,
                        "jahr": year,
                        "wert": value,
                        "einheit": view.indicator.unit,
                        "quelle": view.indicator.source,
                        "lizenz": view.indicator.licence,
                    }
                )
    return data, rows


def kommune_dashboard_data(request, kommune, fmt_name):
    if fmt_name not in {"csv", "json"}:
        raise Http404(_("Dieses Format gibt es nicht."))
    data, rows = _rows(kommune)
    datenstand = data["datenstand"].isoformat() if data["datenstand"] else None
    filename = f"dashboard-{kommune.slug}"
    if fmt_name == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(
            buffer,
            fieldnames=[
                "indikator",
                "titel",
                "sdg",
                "gebiet",
                "jahr",
                "wert",
                "einheit",
                "quelle",
                "lizenz",
                "datenstand",
            ],
        )
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "datenstand": datenstand})
        response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
        return response
    payload = {
        "kommune": kommune.title,
        "url": kommune.full_url,
        "lizenz": DATA_LICENCE,
        "lizenz_url": DATA_LICENCE_URL,
        "datenstand": datenstand,
        "hinweis": EXAMPLE_NOTE,
        "teilziele": [
            {
                "teilziel": t.number,
                "titel": str(t.label),
                "stand": t.status,
                "belege": [str(e) for e in t.evidence],
            }
            for t in data["teilziele"]
        ],
        "handlungsfelder": [
            {"handlungsfeld": h["term"].name, "inhalte": h["count"], "prioritaet": h["priority"]}
            for h in data["handlungsfelder"]
        ],
        "indikatoren": [
            {
                "indikator": v.indicator.code,
                "titel": v.indicator.title,
                "sdg": v.indicator.sdg.number,
                "einheit": v.indicator.unit,
                "quelle": v.indicator.source,
                "lizenz": v.indicator.licence,
                "richtung": v.indicator.direction,
                "bewertung": v.assessment.code,
                "werte": [r for r in rows if r["indikator"] == v.indicator.code],
            }
            for v in data["indicators"]
        ],
    }
    response = JsonResponse(payload, json_dumps_params={"ensure_ascii": False, "indent": 2})
    response["Content-Disposition"] = f'inline; filename="{filename}.json"'
    return response


@xframe_options_exempt
def embedded_chart(request, kommune, code):
    """One indicator's charts for embedding on a Kommune's own site: no cookies, no JS."""
    response = TemplateResponse(
        request,
        "kommunen/chart_embed.html",
        {"kommune": kommune, "view": _indicator_view(kommune, code), "example_note": EXAMPLE_NOTE},
    )
    response.embeddable = True  # lets the CSP middleware allow framing on other sites
    return response


# One row of the regional Teilziele table (all values escaped by the caller).
REGIONAL_ROW = (
    '<tr class="kern-table__row">\n'
    '<th scope="row" class="kern-table__header">'
    '<a class="kern-link" href="{url}">{title}</a></th>\n'
    '<td class="kern-table__cell">{t1} ({t1_note})</td>\n'
    '<td class="kern-table__cell">{t2}</td>\n'
    '<td class="kern-table__cell">{t3} ({t3_note})</td>\n'
    "</tr>"
)

SORT_KEYS = {
    "name": lambda row: row["kommune"].title.lower(),
    "t1": lambda row: (row["t1"].label, row["leads"], row["joins"]),
    "t2": lambda row: row["t2"].label,
    "t3": lambda row: (row["t3"].label, row["guides"]),
}


def _year(raw):
    try:
        return int(raw)
    except (TypeError, ValueError):
        return None


def regional_dashboard(request, index):
    data = dashboard.regional_dashboard(
        year=_year(request.GET.get("jahr")), indicator_code=request.GET.get("indikator")
    )
    sort = request.GET.get("sortierung", "name")
    descending = request.GET.get("richtung") == "ab"
    if sort not in SORT_KEYS and sort != "wert":
        sort = "name"
    if sort in SORT_KEYS:
        data["rows"].sort(key=SORT_KEYS[sort], reverse=descending)
    # Each row formatted here once rather than by template tags per cell.
    badges = {
        status: f'<span class="status-badge status-badge--{escape(status.value)}">'
        f"{escape(status.label)}</span>"
        for status in FortschrittStatus
    }
    dashboard_path = KommunePage.get_resolver().reverse("dashboard")
    for row in data["rows"]:
        kommune = row["kommune"]
        row["url"] = kommune.url + dashboard_path
        row["t1_note"] = _("%(a)s geführt, %(b)s beteiligt") % {
            "a": row["leads"],
            "b": row["joins"],
        }
        row["t3_note"] = ngettext("%(n)s Leitfaden", "%(n)s Leitfäden", row["guides"]) % {
            "n": row["guides"]
        }
        row["html"] = mark_safe(  # noqa: S308 - every text is escaped
            REGIONAL_ROW.format(
                url=escape(row["url"]),
                title=escape(kommune.title),
                t1=badges[row["t1"]],
                t1_note=escape(row["t1_note"]),
                t2=badges[row["t2"]],
                t3=badges[row["t3"]],
                t3_note=escape(row["t3_note"]),
            )
        )
    selected = data["indicator"]
    options = mark_safe(  # noqa: S308 - every text is escaped
        "".join(
            f'<option value="{escape(i.code)}"{" selected" if i.pk == selected.pk else ""}>'
            f"SDG {i.sdg.number} · {escape(i.title)}</option>"
            for i in data["indicators"]
        )
        if selected
        else ""
    )
    values = data["values"]
    kommune_values = [o for o in values if o.area.kind == "kommune"]
    references = [o for o in values if o.area.kind != "kommune"]
    if sort == "wert":
        kommune_values.sort(key=lambda o: o.value, reverse=descending)
    else:
        kommune_values.sort(key=lambda o: o.area.name)
    chart = table = None
    if data["indicator"] and values:
        bars = [(o.area.name, o.value, False) for o in kommune_values] + [
            (o.area.name, o.value, True) for o in references
        ]
        unit = data["indicator"].unit
        chart = bar_chart(
            "regional",
            _("%(t)s im Jahr %(y)s") % {"t": data["indicator"].title, "y": data["year"]},
            bars,
            unit,
        )
        table = chart_table(
            _("%(t)s im Jahr %(y)s, in %(u)s")
            % {"t": data["indicator"].title, "y": data["year"], "u": unit},
            [_("Gebiet"), _("Wert")],
            [[label, fmt(value)] for label, value, _h in bars],
        )
    value_rows = mark_safe(  # noqa: S308 - names are escaped, floatformat gives safe text
        "".join(
            '<tr class="kern-table__row"><th scope="row" class="kern-table__header">'
            f'{escape(o.area.name)}</th><td class="kern-table__cell kern-table__cell--numeric">'
            f"{floatformat(o.value, 1)}</td></tr>"
            for o in kommune_values
        )
    )
    return TemplateResponse(
        request,
        "kommunen/regional_dashboard.html",
        {
            "page": index,
            "data": data,
            "options": options,
            "teilziele_rows": mark_safe("".join(row["html"] for row in data["rows"])),  # noqa: S308
            "value_rows": value_rows,
            "kommune_values": kommune_values,
            "references": references,
            "chart": chart,
            "table": table,
            "sort": sort,
            "descending": descending,
            "example_note": EXAMPLE_NOTE,
            "licence": DATA_LICENCE,
            "licence_url": DATA_LICENCE_URL,
        },
    )


def regional_dashboard_data(request, index, fmt_name):
    if fmt_name != "json":
        raise Http404(_("Dieses Format gibt es nicht."))
    data = dashboard.regional_dashboard(
        year=_year(request.GET.get("jahr")), indicator_code=request.GET.get("indikator")
    )
    payload = {
        "lizenz": DATA_LICENCE,
        "hinweis": EXAMPLE_NOTE,
        "kommunen": [
            {
                "kommune": r["kommune"].title,
                "teilziel_1": r["t1"].value,
                "teilziel_2": r["t2"].value,
                "teilziel_3": r["t3"].value,
                "leitprojekte_federfuehrung": r["leads"],
                "leitprojekte_beteiligt": r["joins"],
                "leitfaeden": r["guides"],
            }
            for r in data["rows"]
        ],
        "indikator": data["indicator"].code if data["indicator"] else None,
        "jahr": data["year"],
        "werte": [
            {"gebiet": o.area.name, "schluessel": o.area.key, "wert": o.value}
            for o in data["values"]
        ],
    }
    return HttpResponse(
        json.dumps(payload, ensure_ascii=False, indent=2), content_type="application/json"
    )
