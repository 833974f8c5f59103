"""An indicator's figures as a description list, built once per indicator in Python.

The dashboard lists every indicator (50 in the benchmark's data set); the
template tags and filters this replaces (blocktranslate, floatformat) took
most of its rendering time. Every text is escaped here.
"""

import html

from django.utils.formats import get_format
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .assessment import LABELS, SYMBOLS
from .charts import SPARKLINE_NAME, sparkline
from .indicators import Direction


def escape(text):
    """Django's ``escape`` (the same output) without its lazy-text and SafeString wrappers.

    Called about a thousand times per dashboard; the results are joined and
    marked safe once.
    """
    return html.escape(str(text))


ITEM = (
    '<div class="kern-description-list-item"><dt class="kern-description-list-item__key">{}</dt>'
    '<dd class="kern-description-list-item__value">{}</dd></div>'
)


class Facts:
    """Formats the facts of many indicators; translates its texts once, not per indicator.

    Build one per request (the texts follow the active language).
    """

    def __init__(self):
        self.separator = get_format("DECIMAL_SEPARATOR")
        self.value = _("Wert %(y)s")
        self.trend = escape(_("Verlauf"))
        self.change = _("Veränderung seit %(y)s")
        self.target = _("Ziel %(v)s bis %(y)s")
        self.assessment = escape(_("Bewertung"))
        self.rank_label = escape(_("Rang unter den Kommunen"))
        self.rank = _("%(r)s von %(n)s")
        self.median = escape(_("Median der Kommunen"))
        self.directions = {choice: str(choice.label) for choice in Direction}
        # The assessment's badge, the same for every indicator with that result.
        self.badges = {
            code: f'<span class="assessment assessment--{escape(code)}">'
            f'<span aria-hidden="true">{escape(SYMBOLS[code])}</span> '
            f"{escape(LABELS[code])}</span> "
            for code in LABELS
        }

    def fmt(self, value):
        """As ``charts.fmt``, with the separator looked up once."""
        return f"{round(value, 1):.1f}".replace(".", self.separator)

    def __call__(self, view, sparkline=""):
        """Value, trend line, change, assessment, rank, the median and the reference areas."""
        indicator = view.indicator
        unit = escape(indicator.unit)
        fmt = self.fmt

        def amount(value, sign=False):
            return f"{'+' if sign and value > 0 else ''}{escape(fmt(value))} {unit}"

        items = [
            ITEM.format(escape(self.value % {"y": view.latest_year}), amount(view.latest_value))
        ]
        if sparkline:
            items.append(ITEM.format(self.trend, sparkline))
        change = view.change
        if change is not None:
            items.append(
                ITEM.format(
                    escape(self.change % {"y": indicator.base_year}), amount(change, sign=True)
                )
            )
        basis = self.directions.get(indicator.direction)
        if basis is None:
            basis = str(indicator.get_direction_display())
        if indicator.target_value is not None:
            basis += "; " + self.target % {
                "v": fmt(indicator.target_value),
                "y": indicator.target_year,
            }
        items.append(
            ITEM.format(
                self.assessment,
                f'{self.badges[view.assessment.code]}<span class="kern-body--muted">'
                f"({escape(basis)})</span>",
            )
        )
        rank = view.rank
        if rank:
            items.append(
                ITEM.format(
                    self.rank_label, escape(self.rank % {"r": rank, "n": view.kommunen_count})
                )
            )
        median = view.median
        if median is not None:
            items.append(ITEM.format(self.median, amount(median)))
        items += [ITEM.format(escape(name), amount(value)) for name, value in view.references]
        return mark_safe(  # noqa: S308 - labels and values are escaped above
            f'<dl class="kern-description-list facts indicator__facts">{"".join(items)}</dl>'
        )


def indicator_facts(view, sparkline=""):
    """The facts of one indicator (for many, use one ``Facts`` for all)."""
    return Facts()(view, sparkline)


class Sections(Facts):
    """The dashboard's SDG blocks and in them each indicator's section.

    Replaces template loops that cost more than the figures themselves.
    """

    def __init__(self):
        super().__init__()
        self.link = _("„%(t)s“: Verlauf und Vergleich mit allen Kommunen")
        self.source = escape(_("Quelle"))
        self.no_values = escape(_("Keine Werte für diese Kommune."))
        self.sparkline_name = str(SPARKLINE_NAME)
        self.sdg_heading = _("Was die Kommune für SDG %(n)s tut")
        self.no_content = escape(_("Noch keine Leitprojekte oder Leitfäden zu diesem Ziel."))

    def section(self, view, url="", sparkline=""):
        """The indicator's ``<section>``; ``url`` is its page (needed when it has values)."""
        indicator = view.indicator
        pk, title = indicator.pk, escape(indicator.title)
        head = (
            f'<section class="indicator" aria-labelledby="ind-{pk}">\n'
            f'<h4 class="kern-heading-small" id="ind-{pk}">{title} '
            f'<span class="kern-body--muted">({escape(indicator.code)})</span></h4>\n'
        )
        if view.latest_year:
            body = (
                f"{self(view, sparkline)}\n"
                f'<p class="kern-body kern-body--small"><a class="kern-link" href="{escape(url)}">'
                f"{self.link % {'t': title}}</a> · {self.source}: {escape(indicator.source)}</p>"
            )
        else:
            body = f'<p class="kern-body kern-body--muted">{self.no_values}</p>'
        return mark_safe(f"{head}{body}\n</section>")  # noqa: S308 - every text is escaped

    def sparkline(self, label, data, unit):
        """``charts.sparkline`` with the texts looked up once."""
        return sparkline(label, data, unit, self.sparkline_name, self.separator)

    def sdg_block(self, block):
        """An SDG's ``<section>``: its indicators (``view.html``) and the Kommune's content."""
        sdg, content = block["sdg"], block["content"]
        number = sdg.number
        parts = [
            f'<section class="sdg-block" aria-labelledby="sdg-{number}">\n'
            f'<h3 class="kern-heading-medium" id="sdg-{number}"><span class="tag tag--sdg" '
            f'style="--sdg-bg: {escape(sdg.colour)}; --sdg-fg: {escape(sdg.text_colour)}">'
            f"SDG {number}</span> {escape(sdg.name)}</h3>\n",
            *(f"{view.html}\n" for view in block["indicators"]),
            f'<h4 class="kern-heading-small">{self.sdg_heading % {"n": number}}</h4>\n',
        ]
        links = []
        if content["leitprojekte"]:
            n = content["leitprojekte"]
            links.append(
                f'<li><a class="kern-link" href="{escape(content["leitprojekte_url"])}">'
                f"{ngettext('%(n)s Leitprojekt', '%(n)s Leitprojekte', n) % {'n': n}}</a></li>"
            )
        if content["leitfaeden"]:
            n = content["leitfaeden"]
            links.append(
                f'<li><a class="kern-link" href="{escape(content["leitfaeden_url"])}">'
                f"{ngettext('%(n)s Leitfaden', '%(n)s Leitfäden', n) % {'n': n}}</a></li>"
            )
        if links:
            parts.append(f'<ul class="link-list">\n{"".join(links)}\n</ul>')
        else:
            parts.append(f'<p class="kern-body kern-body--muted">{self.no_content}</p>')
        parts.append("\n</section>")
        return mark_safe("".join(parts))  # noqa: S308 - every text is escaped
