"""The DNA check's scoring: a score per criterion, the weakest one, and the reading for it."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from kommunen.charts import bar_chart, chart_table
from schule.taxonomy.models import DNAKriterium

MAX_ANSWER = 3


@dataclass
class Score:
    kriterium: DNAKriterium
    value: int  # 0–100
    weakest: bool = False


def active_questions():
    from .models import DNACheckQuestion

    return DNACheckQuestion.objects.filter(aktiv=True).select_related("kriterium")


def scores(questions, answers):
    """Per criterion the mean answer, normalised to 0–100 (rounded), weakest marked.

    ``answers`` maps question ids to 0–3; criteria without questions get no score.
    Ties for the weakest go to the criterion that comes first in the DNA's order.
    """
    by_criterion = {}
    for question in questions:
        if question.pk in answers:
            by_criterion.setdefault(question.kriterium, []).append(answers[question.pk])
    result = [
        Score(kriterium, round(100 * sum(values) / (MAX_ANSWER * len(values))))
        for kriterium, values in sorted(by_criterion.items(), key=lambda kv: kv[0].sort_order)
    ]
    if result:
        min(result, key=lambda score: score.value).weakest = True
    return result


def scores_from_saved(punkte):
    """Scores of a saved result (``{slug: value}``), with today's names and order."""
    criteria = DNAKriterium.objects.filter(slug__in=punkte)
    result = [Score(kriterium, int(punkte[kriterium.slug])) for kriterium in criteria]
    if result:
        min(result, key=lambda score: score.value).weakest = True
    return result


def weakest(result):
    return next((score.kriterium for score in result if score.weakest), None)


def reading(kriterium, limit=5):
    """Leitfäden tagged with the weakest criterion, newest first."""
    from leitfaeden.models import LeitfadenPage

    if kriterium is None:
        return []
    return list(
        LeitfadenPage.objects.live()
        .public()
        .filter(dna=kriterium)
        .order_by("-first_published_at")[:limit]
    )


def chart(result, chart_id="dna-check"):
    """The bar chart and its data table (kommunen.charts, shared with the dashboards)."""
    unit = _("Punkten von 100")
    title = _("Ergebnis des DNA-Checks je Kriterium")
    svg = bar_chart(chart_id, title, [(s.kriterium.name, s.value, s.weakest) for s in result], unit)
    table = chart_table(
        _("Punkte je Kriterium (0 bis 100)"),
        [_("Kriterium"), _("Punkte")],
        [[s.kriterium.name, str(s.value)] for s in result],
    )
    return svg, table
