"""The four formats of the strategy; editors may add more, these stay."""

from django.db import migrations

FORMATE = [
    ("jahreskonferenz", "Jahreskonferenz", "Die jährliche Smart-Cities-Konferenz der Region."),
    (
        "austausch",
        "Smart Cities: Austausch",
        "Die Gesprächsreihe mit Wirtschaft und Wissenschaft.",
    ),
    ("schule-vor-ort", "Schule vor Ort", "Veranstaltungen der Smart Cities: Schule in den Kommunen."),
    ("online-seminar", "Online-Seminar", "Kurze Seminare im Netz, ohne Anreise."),
]


def create(apps, schema_editor):
    Format = apps.get_model("veranstaltungen", "Veranstaltungsformat")
    for order, (slug, name, beschreibung) in enumerate(FORMATE, start=1):
        Format.objects.update_or_create(
            slug=slug,
            defaults={"name": name, "beschreibung": beschreibung, "sort_order": order * 10},
        )


class Migration(migrations.Migration):
    dependencies = [("veranstaltungen", "0001_initial")]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
