"""Import of SDG indicator observations from CSV.

Two formats (see README, "SDG-Indikatoren importieren"):

* Open SDG: one file per indicator named ``indicator_<code>.csv``; ``Year`` is
  the first column and ``Value`` the last, ``GeoCode`` names the area, optional
  ``Units`` and ``Series``; every other column is a disaggregation.
* Long format: one row per area, indicator and year with the columns
  ``indicator,area,year,value`` and optional ``status,footnote,datenstand,
  source,disaggregation``.

Every row is validated first; if any row of any file is wrong, nothing of the
whole import is saved and the report lists every error with file and line.
Importing the same data again changes nothing.
"""

import csv
import datetime
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils.translation import gettext as _

from .indicators import Area, Indicator, IndicatorImport, Observation, Status

MAX_ERRORS = 200
OPEN_SDG_NAME = re.compile(r"^indicator_(?P<code>[A-Za-z0-9._-]+)\.csv$")
LONG_REQUIRED = ("indicator", "area", "year", "value")
LONG_OPTIONAL = ("status", "footnote", "datenstand", "source", "disaggregation")
STATUS_WORDS = {
    "": Status.NORMAL,
    "normal": Status.NORMAL,
    "estimated": Status.ESTIMATED,
    "geschätzt": Status.ESTIMATED,
    "provisional": Status.PROVISIONAL,
    "vorläufig": Status.PROVISIONAL,
}
FIELDS = ("value", "status", "footnote", "datenstand", "source")


@dataclass
class Row:
    file: str
    line: int
    indicator: str
    area: str
    year: int
    disaggregation: str
    value: float
    status: str = Status.NORMAL
    footnote: str = ""
    datenstand: datetime.date | None = None
    source: str = ""

    @property
    def key(self):
        return (self.indicator, self.area, self.year, self.disaggregation)


@dataclass
class ImportReport:
    files: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def ok(self):
        return not self.errors

    def error(self, file, line, message):
        if len(self.errors) < MAX_ERRORS:
            location = _("%(file)s, Zeile %(line)s") % {"file": file, "line": line}
            self.errors.append(f"{location}: {message}")

    def summary(self):
        if self.errors:
            return _("%(n)s Fehler gefunden – nichts wurde gespeichert.") % {"n": len(self.errors)}
        return _(
            "%(rows)s Zeilen gelesen: %(created)s neu, %(updated)s geändert, "
            "%(unchanged)s unverändert."
        ) % {
            "rows": self.rows,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
        }


def parse_number(text):
    text = text.strip()
    if "," in text and "." not in text:
        text = text.replace(",", ".")  # German decimal comma
    value = float(text)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(text)
    return value


def parse_year(text):
    year = int(text.strip())
    if not 1900 <= year <= 2100:
        raise ValueError(text)
    return year


class Importer:
    def __init__(self, datenstand=None, progress=None):
        self.datenstand = datenstand
        self.progress = progress
        self.report = ImportReport()
        self.rows = []
        self.indicators = {i.code: i for i in Indicator.objects.all()}
        self.areas = {a.key: a for a in Area.objects.all()}

    # --- reading ----------------------------------------------------------
    def read(self, name, text):
        """Parse and validate one file's text; rows are kept, errors reported."""
        self.report.files.append(name)
        reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
        try:
            header = [column.strip() for column in next(reader)]
        except StopIteration:
            self.report.error(name, 1, _("Die Datei ist leer."))
            return
        if header and header[0] == "Year":
            self.read_open_sdg(name, header, reader)
        elif all(column in header for column in LONG_REQUIRED):
            self.read_long(name, header, reader)
        else:
            self.report.error(
                name,
                1,
                _(
                    "Unbekanntes Format: erwartet wird Open SDG (erste Spalte „Year“, letzte "
                    "„Value“, Spalte „GeoCode“) oder das Langformat mit den Spalten %(cols)s."
                )
                % {"cols": ", ".join(LONG_REQUIRED)},
            )

    def read_open_sdg(self, name, header, reader):
        match = OPEN_SDG_NAME.match(Path(name).name)
        if not match:
            self.report.error(name, 1, _("Der Dateiname muss „indicator_<Kennung>.csv“ lauten."))
            return
        code = match.group("code")
        problems = []
        if header[-1] != "Value":
            problems.append(_("Die letzte Spalte muss „Value“ heißen."))
        if "GeoCode" not in header:
            problems.append(_("Die Spalte „GeoCode“ fehlt."))
        if code not in self.indicators:
            problems.append(_("Unbekannter Indikator „%(code)s“.") % {"code": code})
        for problem in problems:
            self.report.error(name, 1, problem)
        if problems:
            return
        indicator = self.indicators[code]
        special = {"Year", "Value", "GeoCode", "Units"}
        disaggregations = [c for c in header if c not in special]
        for line, cells in enumerate(reader, start=2):
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) != len(header):
                self.report.error(
                    name,
                    line,
                    _("%(n)s Spalten statt %(m)s.") % {"n": len(cells), "m": len(header)},
                )
                continue
            record = dict(zip(header, (cell.strip() for cell in cells), strict=True))
            units = record.get("Units", "")
            if units and units != indicator.unit:
                self.report.error(
                    name,
                    line,
                    _("Die Einheit „%(got)s“ passt nicht zur Einheit „%(unit)s“ des Indikators.")
                    % {"got": units, "unit": indicator.unit},
                )
                continue
            disaggregation = "; ".join(
                f"{column}={record[column]}" for column in disaggregations if record[column]
            )
            self.add(
                name,
                line,
                code,
                record["GeoCode"],
                record["Year"],
                record["Value"],
                disaggregation=disaggregation,
            )

    def read_long(self, name, header, reader):
        for line, cells in enumerate(reader, start=2):
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) != len(header):
                self.report.error(
                    name,
                    line,
                    _("%(n)s Spalten statt %(m)s.") % {"n": len(cells), "m": len(header)},
                )
                continue
            record = dict(zip(header, (cell.strip() for cell in cells), strict=True))
            if record["indicator"] not in self.indicators:
                self.report.error(
                    name,
                    line,
                    _("Unbekannter Indikator „%(code)s“.") % {"code": record["indicator"]},
                )
                continue
            status = STATUS_WORDS.get(record.get("status", "").lower())
            if status is None:
                self.report.error(
                    name,
                    line,
                    _("Unbekannter Status „%(status)s“ (erlaubt: normal, geschätzt, vorläufig).")
                    % {"status": record["status"]},
                )
                continue
            datenstand = None
            if record.get("datenstand"):
                try:
                    datenstand = datetime.date.fromisoformat(record["datenstand"])
                except ValueError:
                    self.report.error(
                        name,
                        line,
                        _("Datenstand „%(d)s“ ist kein Datum (JJJJ-MM-TT).")
                        % {"d": record["datenstand"]},
                    )
                    continue
            self.add(
                name,
                line,
                record["indicator"],
                record["area"],
                record["year"],
                record["value"],
                disaggregation=record.get("disaggregation", ""),
                status=status,
                footnote=record.get("footnote", ""),
                datenstand=datenstand,
                source=record.get("source", ""),
            )

    def add(self, name, line, code, area, year, value, **extra):
        if area not in self.areas:
            self.report.error(name, line, _("Unbekanntes Gebiet „%(area)s“.") % {"area": area})
            return
        try:
            year = parse_year(year)
        except ValueError:
            self.report.error(name, line, _("„%(year)s“ ist kein Jahr.") % {"year": year})
            return
        try:
            value = parse_number(value)
        except ValueError:
            self.report.error(name, line, _("„%(value)s“ ist keine Zahl.") % {"value": value})
            return
        extra.setdefault("datenstand", self.datenstand)
        if extra["datenstand"] is None:
            extra["datenstand"] = self.datenstand
        self.rows.append(Row(name, line, code, area, year, value=value, **extra))

    # --- checking and saving ----------------------------------------------
    def check_duplicates(self):
        seen = {}
        for row in self.rows:
            if row.key in seen:
                first = seen[row.key]
                self.report.error(
                    row.file,
                    row.line,
                    _("Doppelte Zeile: %(what)s steht schon in %(file)s, Zeile %(line)s.")
                    % {
                        "what": f"{row.indicator} / {row.area} / {row.year}",
                        "file": first.file,
                        "line": first.line,
                    },
                )
            else:
                seen[row.key] = row

    def save(self, user=None):
        self.report.rows = len(self.rows)
        self.check_duplicates()
        if not self.report.ok:
            return self.report
        codes = {row.indicator for row in self.rows}
        existing = {
            (o.indicator.code, o.area.key, o.year, o.disaggregation): o
            for o in Observation.objects.filter(indicator__code__in=codes).select_related(
                "indicator", "area"
            )
        }
        new, changed = [], []
        for done, row in enumerate(self.rows, start=1):
            values = {f: getattr(row, f) for f in FIELDS}
            current = existing.get(row.key)
            if current is None:
                new.append(
                    Observation(
                        indicator=self.indicators[row.indicator],
                        area=self.areas[row.area],
                        year=row.year,
                        disaggregation=row.disaggregation,
                        **values,
                    )
                )
            elif any(getattr(current, f) != v for f, v in values.items()):
                for f, v in values.items():
                    setattr(current, f, v)
                changed.append(current)
            if self.progress:
                self.progress(done, len(self.rows))
        self.report.created, self.report.updated = len(new), len(changed)
        self.report.unchanged = len(self.rows) - len(new) - len(changed)
        if new or changed:
            with transaction.atomic():
                run = IndicatorImport.objects.create(
                    user=user,
                    files=", ".join(self.report.files),
                    created=len(new),
                    updated=len(changed),
                    unchanged=self.report.unchanged,
                )
                for observation in new + changed:
                    observation.imported_by = run
                Observation.objects.bulk_create(new, batch_size=1000)
                Observation.objects.bulk_update(changed, [*FIELDS, "imported_by"], batch_size=1000)
        return self.report


def import_files(files, user=None, datenstand=None, progress=None):
    """Import ``files``, a list of (name, text); all or nothing."""
    importer = Importer(datenstand=datenstand, progress=progress)
    for name, text in files:
        importer.read(name, text)
    return importer.save(user=user)
