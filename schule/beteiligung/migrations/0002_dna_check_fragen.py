"""Example questions of the DNA check, three per criterion; the Agentur edits them in the CMS."""

from django.db import migrations

QUESTIONS = {
    "digital": [
        (
            "Löst das Vorhaben ein Problem, das Menschen vor Ort wirklich haben, und hilft die "
            "Technik dabei spürbar?",
            "Digital ist ein Werkzeug, kein Selbstzweck.",
        ),
        (
            "Setzt das Vorhaben auf offene Schnittstellen, offene Daten oder Open-Source-Software?",
            "So können andere Kommunen es übernehmen, ohne an einen Anbieter gebunden zu sein.",
        ),
        (
            "Sind Datenschutz und Informationssicherheit von Anfang an mitgeplant?",
            "",
        ),
    ],
    "nachhaltig": [
        (
            "Trägt das Vorhaben dazu bei, Ressourcen, Energie oder Flächen zu sparen?",
            "Ökologische Nachhaltigkeit, z. B. weniger Wege, weniger Verbrauch.",
        ),
        (
            "Ist der Betrieb nach dem Ende der Förderung gesichert (Geld, Personal, Zuständigkeit)?",
            "Wirtschaftliche Tragfähigkeit über Jahre.",
        ),
        (
            "Bezieht das Vorhaben Ziele der Agenda 2030 (SDGs) ausdrücklich ein und misst es "
            "seine Wirkung?",
            "",
        ),
    ],
    "authentisch": [
        (
            "Wurden Bürgerinnen und Bürger oder die späteren Nutzenden früh beteiligt?",
            "Das Vorhaben entsteht mit den Menschen, nicht nur für sie.",
        ),
        (
            "Passt das Vorhaben zum Ort, zu seiner Landschaft, Geschichte und Wirtschaft?",
            "Südwestfalen ist ländlich und industriell geprägt.",
        ),
        (
            "Bleibt ein analoger Weg offen für Menschen, die digitale Angebote nicht nutzen "
            "können oder wollen?",
            "",
        ),
    ],
}


def create(apps, schema_editor):
    DNAKriterium = apps.get_model("taxonomy", "DNAKriterium")
    Question = apps.get_model("beteiligung", "DNACheckQuestion")
    if Question.objects.exists():
        return
    order = 0
    for slug, questions in QUESTIONS.items():
        kriterium = DNAKriterium.objects.filter(slug=slug).first()
        if kriterium is None:
            continue
        for frage, hinweis in questions:
            Question.objects.create(
                kriterium=kriterium, frage=frage, hinweis=hinweis, sort_order=order
            )
            order += 1


class Migration(migrations.Migration):
    dependencies = [("beteiligung", "0001_initial"), ("taxonomy", "0002_taxonomy_rows")]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
