"""Demo SDG data and progress entries; called by the demo seed (idempotent)."""

import datetime

from .example_data import DATA_DIR, DATENSTAND, load_metadata
from .importer import import_files
from .indicators import Area
from .models import Fortschritt, FortschrittStatus, Teilziel

PROGRESS = {
    # Invented example entries for what content cannot show by itself.
    "arnsberg": [
        (
            Teilziel.DNA,
            "2022-06-30",
            "Rat beschließt die lokale Smart-City-Strategie",
            FortschrittStatus.ERREICHT,
        ),
        (
            Teilziel.GEMEINSAM,
            "2025-02-14",
            "Bürgerwerkstatt zu digitalen Dorfzentren",
            FortschrittStatus.IN_ARBEIT,
        ),
    ],
    "bad-berleburg": [
        (
            Teilziel.DNA,
            "2022-09-15",
            "Strategie mit Beteiligung der Ortsteile erarbeitet",
            FortschrittStatus.ERREICHT,
        ),
    ],
    "menden": [
        (
            Teilziel.WISSENSTRANSFER,
            "2025-11-05",
            "Erfahrungsaustausch mit drei Nachbarkommunen",
            FortschrittStatus.IN_ARBEIT,
        ),
    ],
    "olpe": [
        (
            Teilziel.DNA,
            "2022-05-20",
            "Smart-City-Strategie im Stadtrat verabschiedet",
            FortschrittStatus.ERREICHT,
        ),
        (
            Teilziel.WISSENSTRANSFER,
            "2026-03-12",
            "Sprechstunde für Nachbarkommunen eingerichtet",
            FortschrittStatus.IN_ARBEIT,
        ),
    ],
    "soest": [
        (
            Teilziel.GEMEINSAM,
            "2024-10-01",
            "Kooperationsvereinbarung mit der Hochschule",
            FortschrittStatus.ERREICHT,
        ),
    ],
}


def seed_indicators(kommunen, stdout=None):
    """Load the example data set and link its areas to the Kommune pages."""
    load_metadata(DATA_DIR)
    by_ags = {k.ags: k for k in kommunen.values() if k.ags}
    for area in Area.objects.filter(key__in=by_ags, kommune__isnull=True):
        area.kommune = by_ags[area.key]
        area.save(update_fields=["kommune"])
    files = [
        (path.name, path.read_text(encoding="utf-8"))
        for path in sorted(DATA_DIR.glob("*.csv"))
        if path.name.startswith(("indicator_", "werte_"))
    ]
    report = import_files(files, datenstand=datetime.date.fromisoformat(DATENSTAND))
    if not report.ok:
        raise RuntimeError("\n".join(report.errors))
    if stdout and (report.created or report.updated):
        stdout.write(f"SDG-Beispieldaten: {report.summary()}")
    for slug, entries in PROGRESS.items():
        page = kommunen.get(slug)
        if page is None or page.fortschritte.exists():
            continue
        page.fortschritte = [
            Fortschritt(
                teilziel=goal, datum=datetime.date.fromisoformat(day), titel=title, status=status
            )
            for goal, day, title, status in entries
        ]
        page.save_revision().publish()
