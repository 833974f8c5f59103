"""The Beteiligung section of a content page: what was published, and the ways to take part."""

from django import template

from leitfaeden.models import LeitfadenPage
from leitprojekte.models import LeitprojektPage

from .. import dna
from ..models import Contribution, ReuseReport

register = template.Library()


@register.inclusion_tag("beteiligung/section.html", takes_context=True)
def beteiligung_section(context, page):
    """Published contributions with their replies, reuse reports, the attached DNA check.

    No form with a CSRF token here: the page stays cacheable, the forms have pages
    of their own. A fixed number of queries, whatever the number of items.
    """
    reusable = isinstance(page, LeitfadenPage | LeitprojektPage)
    section = {
        "page": page,
        "messages": context.get("messages"),
        "contributions": list(Contribution.objects.published().filter(page=page)),
        "reusable": reusable,
        "reports": list(ReuseReport.objects.published().filter(page=page)) if reusable else [],
        "feedback": isinstance(page, LeitfadenPage),
    }
    if isinstance(page, LeitprojektPage):
        result = page.dna_checks.order_by("-created_at").first()
        if result is not None:
            scores = dna.scores_from_saved(result.punkte)
            section["dna_result"] = result
            section["dna_chart"], section["dna_table"] = dna.chart(scores, f"dna-{result.pk}")
    return section
