"""The invented example SDG data set (Beispieldaten) and its generator.

``write_example_files`` writes the files shipped in ``kommunen/data/beispiel``
(``gebiete.csv``, ``indikatoren.csv``, Open SDG files and one long-format
file); the benchmark calls it with more Kommunen and indicators. All values
are invented; only area names and official keys are real.
"""

import csv
import hashlib
import random
from pathlib import Path

from django.db import transaction

from .indicators import Area, AreaKind, Indicator, SDGTarget

DATA_DIR = Path(__file__).resolve().parent / "data" / "beispiel"
YEARS = range(2015, 2026)
DATENSTAND = "2026-03-31"
SOURCE = "Beispieldaten Smart Cities: Schule (erfunden)"

AREAS = [
    # key, name, kind, parent key, base factor (varies the invented values)
    ("DE", "Deutschland", AreaKind.BUND, "", 1.00),
    ("05", "Nordrhein-Westfalen", AreaKind.LAND, "DE", 1.02),
    ("05958", "Hochsauerlandkreis", AreaKind.KREIS, "05", 0.97),
    ("05970", "Kreis Siegen-Wittgenstein", AreaKind.KREIS, "05", 1.01),
    ("05962", "Märkischer Kreis", AreaKind.KREIS, "05", 1.04),
    ("05966", "Kreis Olpe", AreaKind.KREIS, "05", 0.95),
    ("05974", "Kreis Soest", AreaKind.KREIS, "05", 0.99),
    ("05958004", "Arnsberg", AreaKind.KOMMUNE, "05958", 1.03),
    ("05970004", "Bad Berleburg", AreaKind.KOMMUNE, "05970", 0.90),
    ("05962040", "Menden (Sauerland)", AreaKind.KOMMUNE, "05962", 1.06),
    ("05966024", "Olpe", AreaKind.KOMMUNE, "05966", 0.96),
    ("05974040", "Soest", AreaKind.KOMMUNE, "05974", 1.08),
]

TARGETS = [
    ("3.4", 3, "Vorzeitige Sterblichkeit senken"),
    ("3.8", 3, "Gesundheitsversorgung für alle"),
    ("4.2", 4, "Frühkindliche Bildung und Betreuung"),
    ("4.4", 4, "Kompetenzen für Arbeit und Leben"),
    ("4.a", 4, "Gut ausgestattete Lernorte"),
    ("5.5", 5, "Teilhabe von Frauen an Entscheidungen"),
    ("7.2", 7, "Mehr erneuerbare Energie"),
    ("7.3", 7, "Energieeffizienz steigern"),
    ("8.5", 8, "Gute Arbeit für alle"),
    ("8.6", 8, "Junge Menschen in Arbeit oder Ausbildung"),
    ("9.5", 9, "Forschung und Innovation stärken"),
    ("9.c", 9, "Zugang zu schnellem Internet"),
    ("11.2", 11, "Erreichbare öffentliche Verkehrsmittel"),
    ("11.3", 11, "Flächensparende Siedlungsentwicklung"),
    ("11.6", 11, "Umweltbelastung der Städte verringern"),
    ("11.7", 11, "Grünflächen für alle"),
    ("12.5", 12, "Abfall vermeiden und verwerten"),
    ("13.1", 13, "Anpassung an den Klimawandel"),
    ("13.2", 13, "Klimaschutz in Planung und Politik"),
    ("15.1", 15, "Wälder und Ökosysteme erhalten"),
    ("15.5", 15, "Artenvielfalt schützen"),
    ("16.7", 16, "Beteiligung an Entscheidungen"),
    ("16.10", 16, "Zugang zu Information"),
    ("17.17", 17, "Partnerschaften fördern"),
]

# code, SDG, target, title, unit, direction, base value, yearly change, target value, target year
INDICATORS = [
    (
        "3-4-a",
        3,
        "3.4",
        "Vorzeitige Sterblichkeit",
        "Todesfälle je 100.000 Einw. unter 70 J.",
        "lower",
        280,
        -3.0,
        None,
        None,
    ),
    (
        "3-8-a",
        3,
        "3.8",
        "Hausärztinnen und Hausärzte",
        "je 100.000 Einw.",
        "higher",
        62,
        -0.4,
        70,
        2030,
    ),
    ("4-2-a", 4, "4.2", "Betreuungsquote unter Dreijähriger", "%", "higher", 27, 1.1, 45, 2030),
    ("4-4-a", 4, "4.4", "Schulabgänge ohne Abschluss", "%", "lower", 5.8, -0.05, 4, 2030),
    ("4-a-a", 4, "4.a", "Schulen mit Glasfaseranschluss", "%", "higher", 12, 7.5, 100, 2030),
    ("5-5-a", 5, "5.5", "Frauenanteil im Rat", "%", "higher", 27, 0.6, 50, 2030),
    ("7-2-a", 7, "7.2", "Anteil erneuerbarer Energien am Strom", "%", "higher", 31, 2.8, 80, 2030),
    (
        "7-3-a",
        7,
        "7.3",
        "Wärmeverbrauch kommunaler Gebäude",
        "kWh je m²",
        "lower",
        142,
        -2.2,
        100,
        2030,
    ),
    ("8-5-a", 8, "8.5", "Beschäftigungsquote", "%", "higher", 58, 0.5, None, None),
    ("8-6-a", 8, "8.6", "Arbeitslosenquote unter 25 Jahren", "%", "lower", 6.1, -0.1, None, None),
    (
        "9-5-a",
        9,
        "9.5",
        "Beschäftigte in Forschung und Entwicklung",
        "je 1.000 Beschäftigte",
        "higher",
        9.5,
        0.3,
        None,
        None,
    ),
    ("9-c-a", 9, "9.c", "Haushalte mit Gigabit-Anschluss", "%", "higher", 8, 7.0, 100, 2030),
    (
        "11-2-a",
        11,
        "11.2",
        "Einwohner nahe einer ÖPNV-Haltestelle",
        "%",
        "higher",
        71,
        0.4,
        None,
        None,
    ),
    (
        "11-3-a",
        11,
        "11.3",
        "Neue Siedlungs- und Verkehrsfläche",
        "ha je Jahr",
        "lower",
        38,
        -0.9,
        20,
        2030,
    ),
    ("11-6-a", 11, "11.6", "Siedlungsabfälle", "kg je Einw.", "lower", 460, -3.5, None, None),
    ("11-7-a", 11, "11.7", "Erholungsfläche", "m² je Einw.", "higher", 54, 0.2, None, None),
    ("12-5-a", 12, "12.5", "Verwertungsquote der Abfälle", "%", "higher", 64, 0.9, 75, 2030),
    (
        "13-1-a",
        13,
        "13.1",
        "Umgesetzte Maßnahmen zur Klimaanpassung",
        "Anzahl",
        "higher",
        2,
        1.2,
        None,
        None,
    ),
    ("13-2-a", 13, "13.2", "CO₂-Emissionen", "t je Einw.", "lower", 9.8, -0.22, 5, 2030),
    ("15-1-a", 15, "15.1", "Waldanteil", "% der Fläche", "higher", 47, -0.3, None, None),
    ("15-5-a", 15, "15.5", "Naturschutzfläche", "% der Fläche", "higher", 9, 0.15, 12, 2030),
    (
        "16-7-a",
        16,
        "16.7",
        "Wahlbeteiligung bei der Kommunalwahl",
        "%",
        "higher",
        51,
        0.4,
        None,
        None,
    ),
    (
        "16-10-a",
        16,
        "16.10",
        "Online verfügbare Verwaltungsleistungen",
        "Anzahl",
        "higher",
        14,
        9.0,
        None,
        None,
    ),
    (
        "17-17-a",
        17,
        "17.17",
        "Interkommunale Kooperationsprojekte",
        "Anzahl",
        "higher",
        3,
        0.6,
        None,
        None,
    ),
]
# These are written in the Open SDG format, the others in the long format.
OPEN_SDG_CODES = {code for code, *_rest in INDICATORS[::2]}


def _rng(*parts):
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()
    return random.Random(int(digest[:16], 16))  # noqa: S311 - invented demo values


def invented_value(indicator, area_key, factor, year):
    code, _sdg, _t, _title, unit, _d, base, slope, *_target = indicator
    rng = _rng(code, area_key)
    own_slope = slope * rng.uniform(0.4, 1.6)
    value = base * factor * rng.uniform(0.9, 1.1) + own_slope * (year - YEARS[0])
    value += _rng(code, area_key, year).uniform(-0.02, 0.02) * base
    if unit.startswith("%"):
        value = min(max(value, 0), 100)
    if unit == "Anzahl":
        return float(max(round(value), 0))
    return round(max(value, 0), 1)


def scaled_areas(kommunen):
    """The example areas plus generated Kommunen up to ``kommunen`` in all (benchmarks)."""
    areas = list(AREAS)
    kreise = [a for a in AREAS if a[2] == AreaKind.KREIS]
    existing = sum(1 for a in AREAS if a[2] == AreaKind.KOMMUNE)
    for n in range(existing + 1, kommunen + 1):
        kreis = kreise[n % len(kreise)]
        factor = 0.85 + (n % 7) * 0.05
        areas.append((f"X{n:07d}", f"Beispielkommune {n}", AreaKind.KOMMUNE, kreis[0], factor))
    return areas


def scaled_indicators(count):
    """The example indicators, repeated with new codes up to ``count`` (benchmarks)."""
    result = list(INDICATORS)
    n = 0
    while len(result) < count:
        base = INDICATORS[n % len(INDICATORS)]
        result.append(
            (
                f"{base[0]}-{n // len(INDICATORS) + 2}",
                *base[1:3],
                f"{base[3]} (Variante {n // len(INDICATORS) + 2})",
                *base[4:],
            )
        )
        n += 1
    return result[:count] if count else result


def write_example_files(directory=DATA_DIR, areas=AREAS, indicators=INDICATORS, years=YEARS):
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / "gebiete.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["key", "name", "kind", "parent"])
        for key, name, kind, parent, _factor in areas:
            writer.writerow([key, name, kind, parent])
    with open(directory / "indikatoren.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            [
                "code",
                "sdg",
                "targets",
                "title",
                "unit",
                "direction",
                "base_year",
                "target_value",
                "target_year",
                "source",
                "licence",
            ]
        )
        for code, sdg, target, title, unit, direction, _b, _s, tv, ty in indicators:
            writer.writerow(
                [
                    code,
                    sdg,
                    target,
                    title,
                    unit,
                    direction,
                    years[0],
                    "" if tv is None else tv,
                    ty or "",
                    SOURCE,
                    "DL-DE-BY-2.0",
                ]
            )
    with open(directory / "werte_langformat.csv", "w", newline="", encoding="utf-8") as long:
        long_writer = csv.writer(long)
        long_writer.writerow(
            ["indicator", "area", "year", "value", "status", "footnote", "datenstand", "source"]
        )
        for indicator in indicators:
            code, unit = indicator[0], indicator[4]
            base_code = code if code in OPEN_SDG_CODES else None
            if base_code:
                with open(
                    directory / f"indicator_{code}.csv", "w", newline="", encoding="utf-8"
                ) as handle:
                    writer = csv.writer(handle)
                    gendered = code == "8-5-a"
                    writer.writerow(
                        ["Year", "GeoCode", "Units", *(["Geschlecht"] if gendered else []), "Value"]
                    )
                    for key, _n, _k, _p, factor in areas:
                        for year in years:
                            value = invented_value(indicator, key, factor, year)
                            writer.writerow([year, key, unit, *([""] if gendered else []), value])
                            if gendered:
                                for sex, shift in (("weiblich", -3.5), ("männlich", 3.5)):
                                    writer.writerow([year, key, unit, sex, round(value + shift, 1)])
            else:
                for key, _n, _k, _p, factor in areas:
                    for year in years:
                        status = "vorläufig" if year == years[-1] else "normal"
                        long_writer.writerow(
                            [
                                code,
                                key,
                                year,
                                invented_value(indicator, key, factor, year),
                                status,
                                "",
                                DATENSTAND,
                                SOURCE,
                            ]
                        )


@transaction.atomic
def load_metadata(directory=DATA_DIR):
    """Create or update the areas, SDG targets and indicators of a data directory."""
    from schule.taxonomy.models import SDG

    directory = Path(directory)
    sdgs = {s.number: s for s in SDG.objects.all()}
    for code, number, title in TARGETS:
        SDGTarget.objects.get_or_create(code=code, defaults={"sdg": sdgs[number], "title": title})
    targets = {t.code: t for t in SDGTarget.objects.all()}
    with open(directory / "gebiete.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    areas = {a.key: a for a in Area.objects.all()}
    for row in rows:  # parents come first in the file
        if row["key"] not in areas:
            areas[row["key"]] = Area.objects.create(
                key=row["key"],
                name=row["name"],
                kind=row["kind"],
                parent=areas.get(row["parent"]),
            )
    with open(directory / "indikatoren.csv", encoding="utf-8") as handle:
        for order, row in enumerate(csv.DictReader(handle)):
            indicator, created = Indicator.objects.get_or_create(
                code=row["code"],
                defaults={
                    "sdg": sdgs[int(row["sdg"])],
                    "title": row["title"],
                    "unit": row["unit"],
                    "direction": row["direction"],
                    "base_year": int(row["base_year"]),
                    "target_value": float(row["target_value"]) if row["target_value"] else None,
                    "target_year": int(row["target_year"]) if row["target_year"] else None,
                    "source": row["source"],
                    "licence": row["licence"],
                    "sort_order": order,
                    "definition": "Beispielindikator mit erfundenen Werten.",
                },
            )
            if created:
                indicator.targets.set([targets[c] for c in row["targets"].split() if c in targets])
