"""The DNA check: scores per criterion, the weakest criterion's Leitfäden, saving on purpose."""

import pytest

from schule.beteiligung import dna as scoring
from schule.beteiligung.models import DNACheckQuestion, DNACheckResult

from ..factories import DNACheckQuestionFactory, LeitfadenPageFactory

pytestmark = pytest.mark.django_db

CHECK = "/dna-check/"


@pytest.fixture
def questions(dna):
    DNACheckQuestion.objects.all().delete()
    return {
        slug: [DNACheckQuestionFactory(kriterium=dna[slug]) for _ in range(2)]
        for slug in ("digital", "nachhaltig", "authentisch")
    }


def answers(questions, values):
    """``values``: per criterion slug the answers to its two questions."""
    return {
        f"frage-{q.pk}": str(v)
        for slug, qs in questions.items()
        for q, v in zip(qs, values[slug], strict=True)
    }


KNOWN = {"digital": (3, 3), "nachhaltig": (1, 2), "authentisch": (0, 1)}


def test_the_migration_seeds_three_questions_per_criterion(db):
    counts = {
        slug: DNACheckQuestion.objects.filter(kriterium__slug=slug).count()
        for slug in ("digital", "nachhaltig", "authentisch")
    }
    assert counts == {"digital": 3, "nachhaltig": 3, "authentisch": 3}


def test_scores_for_a_known_set_of_answers(questions):
    all_questions = [q for qs in questions.values() for q in qs]
    given = {
        q.pk: v for slug, qs in questions.items() for q, v in zip(qs, KNOWN[slug], strict=True)
    }
    result = {s.kriterium.slug: (s.value, s.weakest) for s in scoring.scores(all_questions, given)}
    # mean / 3 * 100: (3+3)/2 → 100, (1+2)/2 → 50, (0+1)/2 → 16.7 → 17
    assert result == {
        "digital": (100, False),
        "nachhaltig": (50, False),
        "authentisch": (17, True),
    }


def test_a_tie_for_the_weakest_goes_to_the_first_criterion(questions):
    all_questions = [q for qs in questions.values() for q in qs]
    given = {q.pk: 1 for q in all_questions}
    weakest = [s.kriterium.slug for s in scoring.scores(all_questions, given) if s.weakest]
    assert weakest == ["digital"]


def test_the_page_shows_questions_grouped_by_criterion_as_radio_groups(client, home, questions):
    response = client.get(CHECK)
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('<fieldset class="kern-fieldset"') == 6
    assert 'id="kriterium-digital"' in html and 'id="kriterium-authentisch"' in html
    assert 'method="get"' in html
    assert "csrfmiddlewaretoken" not in html  # nothing to send yet


def test_answering_shows_chart_table_and_reading_and_stores_nothing(
    client, home, leitfaden_index, questions, dna
):
    LeitfadenPageFactory(
        parent=leitfaden_index, title="Mit den Menschen planen", dna=[dna["authentisch"]]
    )
    LeitfadenPageFactory(parent=leitfaden_index, title="Offene Daten", dna=[dna["digital"]])
    response = client.get(CHECK, {"auswerten": "1", **answers(questions, KNOWN)})
    html = response.content.decode()
    assert response.status_code == 200
    assert '<svg class="chart" id="dna-check"' in html
    assert 'data-series="authentisch" data-value="17"' in html
    assert '<caption class="kern-title">Punkte je Kriterium (0 bis 100)</caption>' in html
    assert "Am meisten Luft nach oben gibt es beim Kriterium „authentisch“." in html
    assert "Mit den Menschen planen" in html and "Offene Daten" not in html
    assert not DNACheckResult.objects.exists()


def test_a_missing_answer_is_refused_with_a_message(client, home, questions):
    data = answers(questions, KNOWN)
    data.pop(next(iter(data)))
    response = client.get(CHECK, {"auswerten": "1", **data})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Bitte beantworten Sie diese Frage." in html
    assert "Bitte prüfen Sie Ihre Angaben" in html
    assert '<svg class="chart"' not in html


def test_an_answer_outside_the_scale_is_refused(client, home, questions):
    data = answers(questions, KNOWN)
    data[next(iter(data))] = "7"
    assert client.get(CHECK, {"auswerten": "1", **data}).status_code == 400


def test_saving_on_purpose_stores_answers_and_scores_only(client, home, questions):
    data = {**answers(questions, KNOWN), "speichern-titel": "Dorf-App", "speichern-homepage": ""}
    response = client.post("/dna-check/speichern/", data)
    result = DNACheckResult.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/dna-check/ergebnis/{result.kennung}/"
    assert result.punkte == {"digital": 100, "nachhaltig": 50, "authentisch": 17}
    assert result.titel == "Dorf-App"
    assert set(result.antworten.values()) == {0, 1, 2, 3}
    page = client.get(response["Location"]).content.decode()
    assert "DNA-Check: Dorf-App" in page and 'data-value="17"' in page


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"speichern-homepage": "spam"}, "konnte nicht angenommen werden"),
        ({"speichern-titel": "<script>x</script>"}, "ohne HTML"),
        ({"speichern-titel": "x" * 201}, "höchstens 200 Zeichen"),
    ],
    ids=["honeypot-filled", "script-tag", "too-long"],
)
def test_invalid_saves_are_refused_and_nothing_stored(client, home, questions, extra, message):
    response = client.post("/dna-check/speichern/", {**answers(questions, KNOWN), **extra})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not DNACheckResult.objects.exists()


def test_saving_is_rate_limited(client, home, questions, settings):
    settings.BETEILIGUNG_MAX_SUBMISSIONS_PER_HOUR = 1
    client.post("/dna-check/speichern/", answers(questions, KNOWN))
    assert client.post("/dna-check/speichern/", answers(questions, KNOWN)).status_code == 429
    assert DNACheckResult.objects.count() == 1


def test_saving_needs_post(client, home):
    assert client.get("/dna-check/speichern/").status_code == 405


def test_an_editor_attaches_a_result_to_their_leitprojekt_and_it_shows_there(
    client, project, olpe_editor, soest_editor
):
    result = DNACheckResult.objects.create(
        punkte={"digital": 80, "nachhaltig": 40, "authentisch": 60}
    )
    edit = f"/admin/beteiligung_dnacheckresult/edit/{result.pk}/"
    client.force_login(soest_editor)
    form = client.get(edit).content.decode()
    assert "Olpes Projekt" not in form  # not theirs to attach to
    client.post(edit, {"titel": "", "leitprojekt": project.pk})
    result.refresh_from_db()
    assert result.leitprojekt is None
    client.force_login(olpe_editor)
    assert client.post(edit, {"titel": "Check 2026", "leitprojekt": project.pk}).status_code == 302
    result.refresh_from_db()
    assert result.leitprojekt == project
    client.logout()
    html = client.get(project.url).content.decode()
    assert "DNA-Check des Projekts" in html
    assert f'id="dna-{result.pk}"' in html and 'data-value="40"' in html
    # Once attached, it belongs to the project's Kommune.
    client.force_login(soest_editor)
    assert client.get(edit).status_code == 404
