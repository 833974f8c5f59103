"""import_indicators: both formats, every error with file and line, all or nothing."""

import io

import pytest
from django.core.management import CommandError, call_command

from kommunen.importer import import_files
from kommunen.indicators import IndicatorImport, Observation

pytestmark = pytest.mark.django_db

OPEN_SDG = "Year,GeoCode,Units,Value\n2015,05966024,t je Einw.,9.5\n2020,05966024,t je Einw.,8.1\n"
LONG = (
    "indicator,area,year,value,status,footnote,datenstand,source\n"
    "7-2-a,05966024,2015,30,normal,,2026-03-31,Test\n"
    "7-2-a,05966024,2024,55.5,vorläufig,geschätzt aus Netzdaten,2026-03-31,Test\n"
)


def values():
    return sorted(
        Observation.objects.values_list(
            "indicator__code", "area__key", "year", "disaggregation", "value"
        )
    )


def test_open_sdg_format_is_imported(areas, co2):
    report = import_files([("indicator_13-2-a.csv", OPEN_SDG)])
    assert report.ok, report.errors
    assert values() == [
        ("13-2-a", "05966024", 2015, "", 9.5),
        ("13-2-a", "05966024", 2020, "", 8.1),
    ]
    assert report.created == 2


def test_open_sdg_disaggregation_columns_and_series(areas, co2):
    text = (
        "Year,Series,GeoCode,Geschlecht,Value\n"
        "2015,,05966024,,9.5\n"
        "2015,Haushalte,05966024,,4.0\n"
        "2015,,05966024,weiblich,8.9\n"
    )
    assert import_files([("indicator_13-2-a.csv", text)]).ok
    assert [row[3] for row in values()] == ["", "Geschlecht=weiblich", "Series=Haushalte"]


def test_long_format_is_imported_with_status_footnote_and_datenstand(areas, energy):
    assert import_files([("werte.csv", LONG)]).ok
    latest = Observation.objects.get(year=2024)
    assert latest.value == 55.5
    assert latest.status == "provisional"
    assert latest.footnote == "geschätzt aus Netzdaten"
    assert latest.datenstand.isoformat() == "2026-03-31"


@pytest.mark.parametrize(
    "name, text, message",
    [
        (
            "indicator_13-2-a.csv",
            OPEN_SDG.replace("05966024,t je Einw.,8.1", "99999,t je Einw.,8.1"),
            "indicator_13-2-a.csv, Zeile 3: Unbekanntes Gebiet „99999“.",
        ),
        (
            "indicator_99-9-z.csv",
            OPEN_SDG,
            "indicator_99-9-z.csv, Zeile 1: Unbekannter Indikator „99-9-z“.",
        ),
        (
            "werte.csv",
            LONG.replace("7-2-a,05966024,2024", "8-8-x,05966024,2024"),
            "werte.csv, Zeile 3: Unbekannter Indikator „8-8-x“.",
        ),
        (
            "indicator_13-2-a.csv",
            OPEN_SDG.replace("8.1", "viel"),
            "Zeile 3: „viel“ ist keine Zahl.",
        ),
        ("indicator_13-2-a.csv", OPEN_SDG.replace("8.1", ""), "Zeile 3: „“ ist keine Zahl."),
        (
            "indicator_13-2-a.csv",
            OPEN_SDG + "2015,05966024,t je Einw.,9.6\n",
            "indicator_13-2-a.csv, Zeile 4: Doppelte Zeile: 13-2-a / 05966024 / 2015 "
            "steht schon in indicator_13-2-a.csv, Zeile 2.",
        ),
        (
            "indicator_13-2-a.csv",
            "Year,Units,Value\n2015,t je Einw.,9.5\n",
            "indicator_13-2-a.csv, Zeile 1: Die Spalte „GeoCode“ fehlt.",
        ),
        (
            "indicator_13-2-a.csv",
            "Year,GeoCode,Value,Units\n2015,05966024,9.5,t\n",
            "Zeile 1: Die letzte Spalte muss „Value“ heißen.",
        ),
        (
            "werte.csv",
            "indicator,area,value\n7-2-a,05966024,1\n",
            "werte.csv, Zeile 1: Unbekanntes Format",
        ),
        ("werte.csv", LONG.replace("2024", "zwanzig"), "Zeile 3: „zwanzig“ ist kein Jahr."),
        (
            "werte.csv",
            LONG.replace("vorläufig", "erfunden"),
            "Zeile 3: Unbekannter Status „erfunden“",
        ),
        (
            "werte.csv",
            LONG.replace(",Test\n7-2-a", ",Test,zu viel\n7-2-a"),
            "Zeile 2: 9 Spalten statt 8.",
        ),
        (
            "indicator_13-2-a.csv",
            OPEN_SDG.replace("t je Einw.,8.1", "kg,8.1"),
            "Zeile 3: Die Einheit „kg“ passt nicht",
        ),
        (
            "daten.csv",
            OPEN_SDG,
            "daten.csv, Zeile 1: Der Dateiname muss „indicator_<Kennung>.csv“ lauten.",
        ),
        ("leer.csv", "", "leer.csv, Zeile 1: Die Datei ist leer."),
    ],
)
def test_each_error_is_reported_with_file_and_line_and_nothing_is_saved(
    areas, co2, energy, name, text, message
):
    good = ("werte.csv", LONG) if name != "werte.csv" else ("indicator_13-2-a.csv", OPEN_SDG)
    report = import_files([good, (name, text)])
    assert not report.ok
    assert any(message in error for error in report.errors), report.errors
    assert Observation.objects.count() == 0
    assert IndicatorImport.objects.count() == 0


def test_error_in_the_second_file_keeps_earlier_data_unchanged(areas, co2, energy):
    assert import_files([("werte.csv", LONG)]).ok
    before = values()
    changed = LONG.replace("55.5", "60")
    report = import_files(
        [("werte.csv", changed), ("indicator_13-2-a.csv", OPEN_SDG.replace("8.1", "x"))]
    )
    assert not report.ok
    assert values() == before


def test_importing_the_same_file_again_changes_nothing(areas, co2):
    first = import_files([("indicator_13-2-a.csv", OPEN_SDG)])
    before = (values(), IndicatorImport.objects.count())
    again = import_files([("indicator_13-2-a.csv", OPEN_SDG)])
    assert again.ok and again.created == 0 and again.updated == 0 and again.unchanged == 2
    assert (values(), IndicatorImport.objects.count()) == before
    assert first.created == 2


def test_a_corrected_value_updates_the_observation_and_records_the_import(areas, co2):
    import_files([("indicator_13-2-a.csv", OPEN_SDG)])
    report = import_files([("indicator_13-2-a.csv", OPEN_SDG.replace("8.1", "8.0"))])
    assert report.updated == 1 and report.unchanged == 1
    observation = Observation.objects.get(year=2020)
    assert observation.value == 8.0
    assert observation.imported_by == IndicatorImport.objects.first()


def test_command_imports_files_and_directories(areas, co2, energy, tmp_path):
    (tmp_path / "indicator_13-2-a.csv").write_text(OPEN_SDG, encoding="utf-8")
    (tmp_path / "werte.csv").write_text(LONG, encoding="utf-8")
    out = io.StringIO()
    call_command("import_indicators", str(tmp_path), "--datenstand", "2026-01-31", stdout=out)
    assert "4 Zeilen gelesen: 4 neu" in out.getvalue()
    assert Observation.objects.get(year=2015, indicator=co2).datenstand.isoformat() == "2026-01-31"


def test_command_fails_with_the_errors_and_saves_nothing(areas, co2, tmp_path):
    (tmp_path / "indicator_13-2-a.csv").write_text(OPEN_SDG.replace("8.1", "x"), encoding="utf-8")
    err = io.StringIO()
    with pytest.raises(CommandError, match="1 Fehler gefunden – nichts wurde gespeichert"):
        call_command("import_indicators", str(tmp_path / "indicator_13-2-a.csv"), stderr=err)
    assert "indicator_13-2-a.csv, Zeile 3: „x“ ist keine Zahl." in err.getvalue()
    assert Observation.objects.count() == 0


def test_command_shows_a_progress_bar_on_large_files(areas, co2, tmp_path, capsys):
    big = "Year,GeoCode,Units,Series,Value\n" + "".join(
        f"{2015 + n % 11},05966024,t je Einw.,s{n // 11},{n}\n" for n in range(1100)
    )
    (tmp_path / "indicator_13-2-a.csv").write_text(big, encoding="utf-8")
    call_command("import_indicators", str(tmp_path), stdout=io.StringIO())
    assert "100 % (1100/1100)" in capsys.readouterr().err
