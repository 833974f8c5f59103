import pytest

from kommunen.indicators import Area, AreaKind, Indicator


@pytest.fixture
def areas(db, olpe, soest):
    de = Area.objects.create(key="DE", name="Deutschland", kind=AreaKind.BUND)
    nrw = Area.objects.create(key="05", name="Nordrhein-Westfalen", kind=AreaKind.LAND, parent=de)
    kreis = Area.objects.create(key="05966", name="Kreis Olpe", kind=AreaKind.KREIS, parent=nrw)
    kreis_so = Area.objects.create(key="05974", name="Kreis Soest", kind=AreaKind.KREIS, parent=nrw)
    return {
        "de": de,
        "nrw": nrw,
        "kreis": kreis,
        "olpe": Area.objects.create(
            key="05966024", name="Olpe", kind=AreaKind.KOMMUNE, parent=kreis, kommune=olpe
        ),
        "soest": Area.objects.create(
            key="05974040", name="Soest", kind=AreaKind.KOMMUNE, parent=kreis_so, kommune=soest
        ),
    }


@pytest.fixture
def co2(db, sdg):
    return Indicator.objects.create(
        code="13-2-a",
        title="CO₂-Emissionen",
        sdg=sdg[13],
        unit="t je Einw.",
        source="Testquelle",
        direction="lower",
        base_year=2015,
        target_value=5,
        target_year=2030,
    )


@pytest.fixture
def energy(db, sdg):
    return Indicator.objects.create(
        code="7-2-a",
        title="Erneuerbarer Strom",
        sdg=sdg[7],
        unit="%",
        source="Testquelle",
        direction="higher",
        base_year=2015,
    )
