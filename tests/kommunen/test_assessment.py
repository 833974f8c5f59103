"""Progress assessments for rising and falling indicators in both directions."""

import pytest

from kommunen.assessment import assess


def rising(start, step, years=range(2015, 2026)):
    return {year: start + step * (year - 2015) for year in years}


@pytest.mark.parametrize(
    "series, higher_is_better, expected",
    [
        (rising(50, 2), True, "on_track"),  # rising, higher is better: about 3 %/year
        (rising(50, 2), False, "worse"),  # rising, lower is better
        (rising(50, -2), False, "on_track"),
        (rising(50, -2), True, "worse"),
        (rising(50, 0.2), True, "moderate"),  # +0.4 %/year
        (rising(50, -0.2), True, "insufficient"),  # -0.4 %/year
        (rising(50, 0), True, "insufficient"),  # no change is not progress
    ],
)
def test_without_target_the_direction_decides(series, higher_is_better, expected):
    result = assess(series, base_year=2015, higher_is_better=higher_is_better)
    assert result.code == expected


@pytest.mark.parametrize(
    "series, target, expected",
    [
        (rising(10, -0.2), 4, "insufficient"),  # 10 → 8: far too slow for 4 by 2030
        (rising(10, -0.45), 4, "on_track"),  # 10 → 5.5 by 2025: fast enough for 4 by 2030
        (rising(10, -0.3), 4, "moderate"),  # 10 → 7
        (rising(10, 0.1), 4, "worse"),  # going the wrong way
        (rising(10, -0.7), 4, "reached"),  # 10 → 3: below the target already
    ],
)
def test_with_target_for_a_falling_indicator(series, target, expected):
    result = assess(
        series, base_year=2015, higher_is_better=False, target_value=target, target_year=2030
    )
    assert result.code == expected


def test_with_target_for_a_rising_indicator():
    kwargs = {"base_year": 2015, "higher_is_better": True, "target_value": 80, "target_year": 2030}
    assert assess(rising(30, 3), **kwargs).code == "on_track"  # 30 → 60: fast enough
    assert assess(rising(30, 1), **kwargs).code == "insufficient"
    assert assess(rising(30, 6), **kwargs).code == "reached"  # 30 + 60 = 90 ≥ 80


@pytest.mark.parametrize("series", [{}, {2020: 5.0}, {2015: 5.0}])
def test_missing_data_gets_no_assessment(series):
    result = assess(series, base_year=2015, higher_is_better=True)
    assert result.code == "none"
    assert str(result.label) == "keine Bewertung"


def test_missing_base_year_uses_the_first_year():
    assert assess({2018: 10, 2024: 20}, base_year=2015, higher_is_better=True).code == "on_track"


def test_values_around_zero_do_not_break_the_rate():
    assert assess({2015: 0, 2025: 3}, base_year=2015, higher_is_better=True).code == "on_track"
    assert assess({2015: -2, 2025: -1}, base_year=2015, higher_is_better=True).code == "on_track"
