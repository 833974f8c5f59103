"""Accessible charts as inline SVG, drawn on the server.

Each chart has a <title> and a <desc> (its text alternative) and is meant to
be shown next to its data table. Series differ by dash pattern and marker
shape as well as colour, so they stay apart in greyscale.
"""

from django.utils.formats import get_format
from django.utils.html import conditional_escape, escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

WIDTH, HEIGHT = 640, 300
MARGIN = {"left": 64, "right": 16, "top": 16, "bottom": 40}
# Colours with at least 3:1 contrast on white; dashes and markers for greyscale.
STYLES = [
    ("#00594f", "", "circle"),
    ("#1f4f8f", "8 4", "square"),
    ("#8a4b00", "2 3", "triangle"),
    ("#5c2d91", "10 3 2 3", "diamond"),
    ("#3d3d3d", "4 2", "circle"),
]


def fmt(value, digits=1):
    """A value with ``digits`` decimals in the language's format ("12,3").

    What ``number_format`` gives without thousands separators, at half its
    cost: a dashboard formats a few thousand values.
    """
    return f"{round(value, digits):.{digits}f}".replace(".", get_format("DECIMAL_SEPARATOR"))


def _scale(low, high):
    if low == high:
        low, high = low - 1, high + 1
    pad = (high - low) * 0.08
    low = 0 if low >= 0 and low - pad < 0 else low - pad
    return low, high + pad


def _marker(shape, x, y, colour, data):
    """A point of a line; ``data`` carries its year and value for tests and tools."""
    if shape == "square":
        return f'<rect x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8" fill="{colour}"{data}/>'
    if shape == "triangle":
        return (
            f'<path d="M{x:.1f} {y - 5:.1f} L{x + 5:.1f} {y + 4:.1f} L{x - 5:.1f} {y + 4:.1f} Z"'
            f' fill="{colour}"{data}/>'
        )
    if shape == "diamond":
        return (
            f'<path d="M{x:.1f} {y - 5:.1f} L{x + 5:.1f} {y:.1f} L{x:.1f} {y + 5:.1f} '
            f'L{x - 5:.1f} {y:.1f} Z" fill="{colour}"{data}/>'
        )
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{colour}"{data}/>'


def _frame(chart_id, title, desc, body, height=HEIGHT):
    return mark_safe(  # noqa: S308 - every interpolated text below is escaped
        f'<svg class="chart" id="{chart_id}" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" focusable="false">'
        f'<title id="{chart_id}-title">{escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{escape(desc)}</desc>{body}</svg>'
    )


def _axes(low, high, x0, x1, y_of):
    parts = []
    for i in range(5):
        value = low + (high - low) * i / 4
        y = y_of(value)
        parts.append(
            f'<line x1="{x0}" x2="{x1}" y1="{y:.1f}" y2="{y:.1f}" stroke="#d0d0d0"/>'
            f'<text x="{x0 - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="12" '
            f'fill="#3d3d3d">{escape(fmt(value))}</text>'
        )
    return "".join(parts)


def line_chart(chart_id, title, series, unit):
    """``series``: list of (label, {year: value}); one line per area."""
    points = [(year, value) for _label, data in series for year, value in data.items()]
    if not points:
        return ""
    years = sorted({year for year, _v in points})
    low, high = _scale(min(v for _y, v in points), max(v for _y, v in points))
    x0, x1 = MARGIN["left"], WIDTH - MARGIN["right"]
    y0, y1 = HEIGHT - MARGIN["bottom"], MARGIN["top"]
    span = max(years[-1] - years[0], 1)

    def x_of(year):
        return x0 + (x1 - x0) * (year - years[0]) / span

    def y_of(value):
        return y0 - (y0 - y1) * (value - low) / (high - low)

    body = [_axes(low, high, x0, x1, y_of)]
    for year in years:
        body.append(
            f'<text x="{x_of(year):.1f}" y="{y0 + 18}" text-anchor="middle" font-size="12" '
            f'fill="#3d3d3d">{year}</text>'
        )
    summary = []
    for index, (label, data) in enumerate(series):
        if not data:
            continue
        colour, dash, shape = STYLES[index % len(STYLES)]
        ordered = sorted(data.items())
        path = " ".join(
            f"{'M' if i == 0 else 'L'}{x_of(y):.1f} {y_of(v):.1f}"
            for i, (y, v) in enumerate(ordered)
        )
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        body.append(
            f'<g class="chart__series" data-series="{escape(label)}">'
            f'<path d="{path}" fill="none" stroke="{colour}" stroke-width="2.5"{dash_attr}/>'
        )
        for year, value in ordered:
            data = f' class="chart__point" data-year="{year}" data-value="{value!r}"'
            body.append(_marker(shape, x_of(year), y_of(value), colour, data))
        body.append("</g>")
        first, last = ordered[0], ordered[-1]
        summary.append(
            _("%(label)s von %(a)s (%(ya)s) auf %(b)s (%(yb)s)")
            % {"label": label, "a": fmt(first[1]), "ya": first[0], "b": fmt(last[1]), "yb": last[0]}
        )
    # Legend below the axis: line sample, marker and label per series.
    legend_y = HEIGHT + 4
    for index, (label, _data) in enumerate(s for s in series if s[1]):
        colour, dash, shape = STYLES[index % len(STYLES)]
        x = MARGIN["left"] + (index % 3) * 190
        y = legend_y + (index // 3) * 20
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        body.append(
            f'<line x1="{x}" x2="{x + 28}" y1="{y}" y2="{y}" stroke="{colour}" stroke-width="2.5"'
            f"{dash_attr}/>{_marker(shape, x + 14, y, colour, '')}"
            f'<text x="{x + 34}" y="{y + 4}" font-size="13" fill="#131525">{escape(label)}</text>'
        )
    rows = (len([s for s in series if s[1]]) + 2) // 3
    desc = _("Liniendiagramm in %(unit)s: ") % {"unit": unit} + "; ".join(summary) + "."
    return _frame(chart_id, title, desc, "".join(body), HEIGHT + 10 + rows * 20)


SPARKLINE_NAME = gettext_lazy("Verlauf %(label)s: von %(a)s (%(ya)s) auf %(b)s %(unit)s (%(yb)s)")


def sparkline(label, data, unit, name=None, separator=None):
    """A small line of one area's values for an overview; its figures stand beside it.

    ``data``: {year: value}. No axes or legend: the text alternative names the
    first and the last value, the indicator's page has the full chart and table.
    ``name`` (the translated ``SPARKLINE_NAME``) and ``separator`` (the decimal
    separator): for many sparklines, looked up once by the caller.
    """
    if len(data) < 2:
        return ""
    ordered = sorted(data.items())
    width, height, pad = 160, 40, 4
    years = [year for year, _v in ordered]
    low, high = min(v for _y, v in ordered), max(v for _y, v in ordered)
    span_y = (high - low) or 1
    span_x = (years[-1] - years[0]) or 1

    def point(year, value):
        x = pad + (width - 2 * pad) * (year - years[0]) / span_x
        y = height - pad - (height - 2 * pad) * (value - low) / span_y
        return x, y

    points = [point(year, value) for year, value in ordered]
    path = " ".join(f"{'M' if i == 0 else 'L'}{x:.1f} {y:.1f}" for i, (x, y) in enumerate(points))
    first, last = ordered[0], ordered[-1]
    if separator is None:
        separator = get_format("DECIMAL_SEPARATOR")
    name = (name or str(SPARKLINE_NAME)) % {
        "label": label,
        "a": f"{round(first[1], 1):.1f}".replace(".", separator),
        "ya": first[0],
        "b": f"{round(last[1], 1):.1f}".replace(".", separator),
        "yb": last[0],
        "unit": unit,
    }
    end_x, end_y = points[-1]
    return mark_safe(  # noqa: S308 - the only text, the name, is escaped
        f'<svg class="sparkline" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-label="{escape(name)}" focusable="false">'
        f'<path d="{path}" fill="none" stroke="#00594f" stroke-width="2"/>'
        f'<circle cx="{end_x:.1f}" cy="{end_y:.1f}" r="3" fill="#00594f"/></svg>'
    )


def bar_chart(chart_id, title, bars, unit):
    """``bars``: list of (label, value, highlighted); horizontal bars, one per area."""
    if not bars:
        return ""
    row, label_width = 26, 190
    height = MARGIN["top"] + row * len(bars) + 24
    values = [value for _l, value, _h in bars]
    low, high = _scale(min(0, min(values)), max(values))
    x0, x1 = label_width, WIDTH - 70

    def x_of(value):
        return x0 + (x1 - x0) * (value - low) / (high - low)

    body = []
    for index, (label, value, highlighted) in enumerate(bars):
        y = MARGIN["top"] + index * row
        colour = "#00594f" if highlighted else "#6b7785"
        pattern = ' stroke="#000" stroke-width="2"' if highlighted else ""
        start, end = sorted((x_of(0 if low <= 0 else low), x_of(value)))
        weight = ' font-weight="700"' if highlighted else ""
        body.append(
            f'<g class="chart__bar" data-series="{escape(label)}" data-value="{value!r}">'
            f'<text x="{x0 - 8}" y="{y + 16}" text-anchor="end" font-size="13" fill="#131525"'
            f"{weight}>{escape(label)}</text>"
            f'<rect x="{start:.1f}" y="{y + 4}" width="{max(end - start, 1):.1f}" height="16" '
            f'fill="{colour}"{pattern}/>'
            f'<text x="{end + 6:.1f}" y="{y + 16}" font-size="13" fill="#131525">'
            f"{escape(fmt(value))}</text></g>"
        )
    desc = (
        _("Balkendiagramm in %(unit)s: ") % {"unit": unit}
        + "; ".join(f"{label} {fmt(value)}" for label, value, _h in bars)
        + "."
    )
    return _frame(chart_id, title, desc, "".join(body), height)


def chart_table(caption, header, rows):
    """The data table beside a chart (rows of already formatted cells, escaped here)."""
    th = '<th scope="{}" class="kern-table__header">{}</th>'
    td = '<td class="kern-table__cell kern-table__cell--numeric">{}</td>'
    head = "".join(th.format("col", conditional_escape(h)) for h in header)
    body = "".join(
        '<tr class="kern-table__row">'
        + th.format("row", conditional_escape(cells[0]))
        + "".join(td.format(conditional_escape(c)) for c in cells[1:])
        + "</tr>"
        for cells in rows
    )
    return mark_safe(  # noqa: S308 - every cell and the caption are escaped
        '<div class="kern-table-responsive"><table class="kern-table kern-table--small">'
        f'<caption class="kern-title">{conditional_escape(caption)}</caption>'
        f'<thead class="kern-table__head"><tr class="kern-table__row">{head}</tr></thead>'
        f'<tbody class="kern-table__body">{body}</tbody></table></div>'
    )
