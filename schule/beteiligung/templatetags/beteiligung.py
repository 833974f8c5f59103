"""The Beteiligung section of a content page: what was published, and the ways to take part."""

from django import template

from leitfaeden.models import LeitfadenPage
from leitprojekte.models import LeitprojektPage
from schule.core.page_cache import memo

from .. import dna
from ..models import Contribution, DNACheckResult, ReuseReport

register = template.Library()


def _pages_with_entries():
    """Ids of the pages that show published contributions, reuse reports or a DNA check.

    Most pages have none, so the section asks for them only where there are some:
    three queries once per content version instead of two or three on every page.
    """

    def ids(queryset, field):
        return set(queryset.order_by().values_list(field, flat=True).distinct())

    return memo(
        "beteiligung-pages",
        lambda: {
            "contributions": ids(Contribution.objects.published(), "page_id"),
            "reports": ids(ReuseReport.objects.published(), "page_id"),
            "dna": ids(DNACheckResult.objects.filter(leitprojekt__isnull=False), "leitprojekt_id"),
        },
    )


@register.inclusion_tag("beteiligung/section.html", takes_context=True)
def beteiligung_section(context, page):
    """Published contributions with their replies, reuse reports, the attached DNA check.

    No form with a CSRF token here: the page stays cacheable, the forms have pages
    of their own. A fixed number of queries, whatever the number of items.
    """
    reusable = isinstance(page, LeitfadenPage | LeitprojektPage)
    present = _pages_with_entries()
    section = {
        "page": page,
        "messages": context.get("messages"),
        "contributions": list(Contribution.objects.published().filter(page=page))
        if page.pk in present["contributions"]
        else [],
        "reusable": reusable,
        "reports": list(ReuseReport.objects.published().filter(page=page))
        if reusable and page.pk in present["reports"]
        else [],
        "feedback": isinstance(page, LeitfadenPage),
    }
    if isinstance(page, LeitprojektPage) and page.pk in present["dna"]:
        result = page.dna_checks.order_by("-created_at").first()
        if result is not None:
            scores = dna.scores_from_saved(result.punkte)
            section["dna_result"] = result
            section["dna_chart"], section["dna_table"] = dna.chart(scores, f"dna-{result.pk}")
    return section
