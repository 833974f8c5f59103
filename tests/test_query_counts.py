"""Query counts of every listing and detail page do not grow with the items.

Counted with 3 and with 30 items (tests/querycount.py): equal, and within the
budget of 15. What is left per page: routing (2), the page's own relations,
one statement for all facet counts and the total, the page, one query for the
taxonomy and tags of all cards (``prefetch_taxonomy``), one per other relation.
"""

import pytest

from .factories import KommunePageFactory, LeitfadenPageFactory, LeitprojektPageFactory
from .querycount import assert_constant

pytestmark = pytest.mark.django_db


def tagging(dna, hf, sdg, n):
    return {
        "dna": [dna["digital"], dna["nachhaltig"]],
        "handlungsfelder": [hf["energie"], hf["mobilitaet"]],
        "sdgs": [sdg[7], sdg[11]],
        "tags": [f"tag{n}", "gemeinsam"],
    }


@pytest.fixture
def make_guides(leitfaden_index, olpe, soest, dna, hf, sdg):
    def make(count):
        for n in range(count):
            LeitfadenPageFactory(
                parent=leitfaden_index, kommunen=[olpe, soest], **tagging(dna, hf, sdg, n)
            )

    return make


@pytest.fixture
def make_projects(leitprojekt_index, olpe, soest, dna, hf, sdg):
    def make(count):
        for n in range(count):
            LeitprojektPageFactory(
                parent=leitprojekt_index,
                federfuehrung=olpe,
                beteiligte_kommunen=[soest],
                **tagging(dna, hf, sdg, n),
            )

    return make


@pytest.mark.parametrize(
    "url", ["/leitfaeden/", "/leitfaeden/?dna=digital&handlungsfeld=energie&sdg=7&tag=gemeinsam"]
)
def test_leitfaden_catalogue(client, make_guides, url):
    assert_constant(client, url, make_guides)


def test_leitprojekt_list(client, make_projects):
    assert_constant(client, "/leitprojekte/?kommune=olpe", make_projects)


def test_kommune_list(client, kommune_index, dna, hf, sdg):
    def grow(count):
        for n in range(count):
            KommunePageFactory(parent=kommune_index, **tagging(dna, hf, sdg, n))

    assert_constant(client, "/kommunen/", grow)


def test_home_page(client, make_guides, make_projects):
    def grow(count):
        make_guides(count)
        make_projects(count)

    assert_constant(client, "/", grow)


def test_search(client, make_guides):
    assert_constant(client, "/suche/?q=Leitfaden", make_guides)


def test_kommune_page_with_many_projects_and_guides(client, olpe, make_guides, make_projects):
    def grow(count):
        make_guides(count)
        make_projects(count)

    assert_constant(client, olpe.url, grow)


def test_leitfaden_page_with_many_tags_kommunen_and_projects(
    client, leitfaden_index, leitprojekt_index, kommune_index, olpe, dna, hf, sdg
):
    guide = LeitfadenPageFactory(parent=leitfaden_index, title="Viel verknüpft")

    def grow(count):
        kommunen = [KommunePageFactory(parent=kommune_index) for _ in range(count)]
        projects = [
            LeitprojektPageFactory(parent=leitprojekt_index, federfuehrung=olpe)
            for _ in range(count)
        ]
        guide.kommunen.add(*kommunen)
        guide.leitprojekte.add(*projects)
        guide.tags.add(*[f"stichwort{n}-{guide.kommunen.count()}" for n in range(count)])
        guide.save()

    assert_constant(client, guide.url, grow)


def test_leitprojekt_page_with_many_participants_and_guides(
    client, leitfaden_index, leitprojekt_index, kommune_index, olpe
):
    project = LeitprojektPageFactory(parent=leitprojekt_index, federfuehrung=olpe)

    def grow(count):
        kommunen = [KommunePageFactory(parent=kommune_index) for _ in range(count)]
        project.beteiligte_kommunen.add(*kommunen)
        project.save()
        for _ in range(count):
            LeitfadenPageFactory(parent=leitfaden_index, leitprojekte=[project])

    assert_constant(client, project.url, grow)
