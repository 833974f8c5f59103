"""An indicator's figures as a description list, built once per indicator in Python.

The dashboard lists every indicator (50 in the benchmark's data set); the
template tags and filters this replaces (blocktranslate, floatformat) took
most of its rendering time. Every text is escaped here.
"""

from django.utils.html import conditional_escape, escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from .charts import fmt

ITEM = (
    '<div class="kern-description-list-item"><dt class="kern-description-list-item__key">{}</dt>'
    '<dd class="kern-description-list-item__value">{}</dd></div>'
)


def indicator_facts(view, sparkline=""):
    """Value, trend line, change, assessment, rank, the median and the reference areas."""
    indicator = view.indicator
    unit = escape(indicator.unit)

    def amount(value, sign=False):
        return f"{'+' if sign and value > 0 else ''}{escape(fmt(value))} {unit}"

    rows = [(_("Wert %(y)s") % {"y": view.latest_year}, amount(view.latest_value))]
    if sparkline:
        rows.append((_("Verlauf"), sparkline))
    if view.change is not None:
        rows.append(
            (
                _("Veränderung seit %(y)s") % {"y": indicator.base_year},
                amount(view.change, sign=True),
            )
        )
    basis = str(indicator.get_direction_display())
    if indicator.target_value is not None:
        basis += "; " + _("Ziel %(v)s bis %(y)s") % {
            "v": fmt(indicator.target_value),
            "y": indicator.target_year,
        }
    assessment = view.assessment
    rows.append(
        (
            _("Bewertung"),
            f'<span class="assessment assessment--{escape(assessment.code)}">'
            f'<span aria-hidden="true">{escape(assessment.symbol)}</span> '
            f"{escape(assessment.label)}</span> "
            f'<span class="kern-body--muted">({escape(basis)})</span>',
        )
    )
    if view.rank:
        rows.append(
            (
                _("Rang unter den Kommunen"),
                escape(_("%(r)s von %(n)s") % {"r": view.rank, "n": view.kommunen_count}),
            )
        )
    if view.median is not None:
        rows.append((_("Median der Kommunen"), amount(view.median)))
    rows += [(name, amount(value)) for name, value in view.references]
    items = "".join(ITEM.format(conditional_escape(label), value) for label, value in rows)
    return mark_safe(  # noqa: S308 - labels and values are escaped above
        f'<dl class="kern-description-list facts indicator__facts">{items}</dl>'
    )
