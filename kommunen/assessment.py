"""Progress assessment of an indicator series, in the manner of Open SDG.

With a target: the observed compound annual growth rate (CAGR) since the base
year is compared with the rate needed to reach the target in the target year.
Without a target: the observed rate alone, with the indicator's direction.
Ratios and thresholds follow Open SDG's defaults (0.95 / 0.5 / 0; ±1 % a year).
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

LABELS = {
    "reached": _("Ziel erreicht"),
    "on_track": _("auf Kurs"),
    "moderate": _("mäßiger Fortschritt"),
    "insufficient": _("unzureichender Fortschritt"),
    "worse": _("Verschlechterung"),
    "none": _("keine Bewertung"),
}
# Text symbols so the assessment reads without colour (greyscale, screen readers).
SYMBOLS = {
    "reached": "✔",
    "on_track": "▲",
    "moderate": "△",
    "insufficient": "▽",
    "worse": "▼",
    "none": "–",
}


@dataclass(frozen=True)
class Assessment:
    code: str

    @property
    def label(self):
        return LABELS[self.code]

    @property
    def symbol(self):
        return SYMBOLS[self.code]


def growth_rate(start, end, years):
    """Yearly rate of change; CAGR where it is defined, else relative linear change."""
    if years <= 0:
        return 0.0
    if start > 0 and end > 0:
        return (end / start) ** (1 / years) - 1
    if start == 0:
        return 0.0 if end == 0 else (1.0 if end > 0 else -1.0)
    return (end - start) / abs(start) / years


def assess(series, *, base_year, higher_is_better, target_value=None, target_year=None):
    """Assess a {year: value} series of one area."""
    if len(series) < 2:
        return Assessment("none")
    years = sorted(series)
    latest_year = years[-1]
    start_year = base_year if base_year in series else years[0]
    if start_year >= latest_year:
        return Assessment("none")
    start, latest = series[start_year], series[latest_year]
    sign = 1 if higher_is_better else -1
    if target_value is not None:
        if sign * (latest - target_value) >= 0:
            return Assessment("reached")
        if target_year and target_year > start_year:
            observed = growth_rate(start, latest, latest_year - start_year)
            required = growth_rate(start, target_value, target_year - start_year)
            if required == 0:
                return Assessment("none")
            ratio = observed / required
            if ratio >= 0.95:
                return Assessment("on_track")
            if ratio >= 0.5:
                return Assessment("moderate")
            if ratio >= 0:
                return Assessment("insufficient")
            return Assessment("worse")
    rate = sign * growth_rate(start, latest, latest_year - start_year)
    if rate > 0.01:
        return Assessment("on_track")
    if rate > 0:
        return Assessment("moderate")
    if rate >= -0.01:
        return Assessment("insufficient")
    return Assessment("worse")
