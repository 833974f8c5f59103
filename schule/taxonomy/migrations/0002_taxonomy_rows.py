"""The fixed taxonomy rows of the framework strategy (see shared/DOMAIN.md)."""

from django.db import migrations

DNA = [
    ("digital", "digital", "Digitale Werkzeuge, die dem guten Leben dienen, nicht umgekehrt."),
    ("nachhaltig", "nachhaltig", "Ökologisch, sozial und wirtschaftlich tragfähig über Jahre."),
    ("authentisch", "authentisch", "Passt zu den Menschen, zur Natur und zur Geschichte des Ortes."),
]

HANDLUNGSFELDER = [
    ("stadtgestaltung", "Stadtgestaltung & öffentlicher Raum"),
    ("umwelt-klima", "Umwelt & Klima"),
    ("energie", "Energie"),
    ("mobilitaet", "Mobilität"),
    ("verwaltung-teilhabe", "Verwaltung & Teilhabe"),
    ("gesundheit-sicherheit", "Gesundheit & Sicherheit"),
    ("kultur-tourismus", "Kultur & Tourismus"),
    ("bildung", "Bildung"),
    ("wertschoepfung-innovation", "Wertschöpfung & Innovation"),
    ("new-work", "New Work (Neue Arbeitswelt)"),
]

SDGS = [
    (1, "Keine Armut", "#E5243B"),
    (2, "Kein Hunger", "#DDA63A"),
    (3, "Gesundheit und Wohlergehen", "#4C9F38"),
    (4, "Hochwertige Bildung", "#C5192D"),
    (5, "Geschlechtergleichheit", "#FF3A21"),
    (6, "Sauberes Wasser und Sanitäreinrichtungen", "#26BDE2"),
    (7, "Bezahlbare und saubere Energie", "#FCC30B"),
    (8, "Menschenwürdige Arbeit und Wirtschaftswachstum", "#A21942"),
    (9, "Industrie, Innovation und Infrastruktur", "#FD6925"),
    (10, "Weniger Ungleichheiten", "#DD1367"),
    (11, "Nachhaltige Städte und Gemeinden", "#FD9D24"),
    (12, "Nachhaltiger Konsum und nachhaltige Produktion", "#BF8B2E"),
    (13, "Maßnahmen zum Klimaschutz", "#3F7E44"),
    (14, "Leben unter Wasser", "#0A97D9"),
    (15, "Leben an Land", "#56C02B"),
    (16, "Frieden, Gerechtigkeit und starke Institutionen", "#00689D"),
    (17, "Partnerschaften zur Erreichung der Ziele", "#19486A"),
]


def create_rows(apps, schema_editor):
    DNAKriterium = apps.get_model("taxonomy", "DNAKriterium")
    Handlungsfeld = apps.get_model("taxonomy", "Handlungsfeld")
    SDG = apps.get_model("taxonomy", "SDG")
    for order, (slug, name, description) in enumerate(DNA, start=1):
        DNAKriterium.objects.update_or_create(
            slug=slug, defaults={"name": name, "description": description, "sort_order": order}
        )
    for order, (slug, name) in enumerate(HANDLUNGSFELDER, start=1):
        Handlungsfeld.objects.update_or_create(
            slug=slug, defaults={"name": name, "sort_order": order}
        )
    for number, name, colour in SDGS:
        SDG.objects.update_or_create(
            number=number,
            defaults={"slug": str(number), "name": name, "colour": colour, "sort_order": number},
        )


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0001_initial")]

    operations = [migrations.RunPython(create_rows, migrations.RunPython.noop)]
