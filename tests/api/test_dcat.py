"""The DCAT-AP.de catalogue parses in every serialisation and has the mandatory properties."""

import pytest
from rdflib import Graph, Namespace, URIRef

pytestmark = pytest.mark.django_db

# Open namespaces: rdflib's closed ones warn when pytest inspects module globals.
DCAT = Namespace("http://www.w3.org/ns/dcat#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
DCATDE = Namespace("http://dcat-ap.de/def/dcatde/")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
FORMATS = {"jsonld": "json-ld", "ttl": "turtle", "rdf": "xml"}
CATALOGUE = URIRef("http://testserver/api/v1/katalog")


def catalogue(client, fmt="ttl"):
    response = client.get(f"/api/v1/katalog.{fmt}")
    assert response.status_code == 200
    graph = Graph()
    graph.parse(data=response.content.decode(), format=FORMATS[fmt])
    return graph


def one(graph, subject, predicate):
    values = list(graph.objects(subject, predicate))
    assert values, f"{subject} has no {predicate}"
    return values[0]


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_serialisation_parses_to_the_same_graph(client, portal, fmt):
    graph = catalogue(client, fmt)
    assert len(graph) == len(catalogue(client, "ttl"))
    assert (CATALOGUE, RDF.type, DCAT.Catalog) in graph


def test_catalogue_has_its_mandatory_properties(client, portal):
    graph = catalogue(client)
    for predicate in (DCTERMS["title"], DCTERMS.description, DCTERMS.publisher, DCAT.dataset):
        one(graph, CATALOGUE, predicate)
    assert one(graph, CATALOGUE, DCAT.themeTaxonomy) == URIRef(
        "http://publications.europa.eu/resource/authority/data-theme"
    )
    publisher = one(graph, CATALOGUE, DCTERMS.publisher)
    assert (publisher, RDF.type, FOAF.Agent) in graph
    one(graph, publisher, FOAF.name)


def test_every_dataset_has_mandatory_and_recommended_properties(client, portal):
    graph = catalogue(client)
    datasets = list(graph.subjects(RDF.type, DCAT.Dataset))
    assert len(datasets) == 7 + 2  # seven collections, two published Kommunen
    for dataset in datasets:
        assert (CATALOGUE, DCAT.dataset, dataset) in graph
        for predicate in (
            DCTERMS["title"],
            DCTERMS.description,
            DCTERMS.publisher,
            DCAT.contactPoint,
            DCAT.keyword,
            DCAT.distribution,
            DCTERMS.issued,
            DCTERMS.modified,
        ):
            one(graph, dataset, predicate)
        assert (one(graph, dataset, DCAT.contactPoint), RDF.type, VCARD.Kind) in graph
        for theme in graph.objects(dataset, DCAT.theme):
            assert str(theme).startswith(
                "http://publications.europa.eu/resource/authority/data-theme/"
            )
        one(graph, dataset, DCAT.theme)
        if dataset.endswith("#kommune-soest"):
            continue  # no indicator values for Soest: no time to cover
        period = one(graph, dataset, DCTERMS.temporal)
        assert (period, RDF.type, DCTERMS.PeriodOfTime) in graph
        one(graph, period, DCAT.startDate)


def test_every_distribution_has_url_format_media_type_and_licence(client, portal):
    graph = catalogue(client)
    distributions = list(graph.subjects(RDF.type, DCAT.Distribution))
    assert len(distributions) == 2 * 9
    for distribution in distributions:
        access = one(graph, distribution, DCAT.accessURL)
        assert one(graph, distribution, DCAT.downloadURL) == access
        assert str(one(graph, distribution, DCTERMS["format"])).startswith(
            "http://publications.europa.eu/resource/authority/file-type/"
        )
        assert str(one(graph, distribution, DCAT.mediaType)).startswith(
            "https://www.iana.org/assignments/media-types/"
        )
        assert str(one(graph, distribution, DCTERMS.license)).startswith(
            "http://dcat-ap.de/def/licenses/"
        )


def test_distribution_urls_answer(client, portal):
    graph = catalogue(client)
    for url in set(graph.objects(None, DCAT.downloadURL)):
        path = str(url).removeprefix("http://testserver")
        assert client.get(path).status_code == 200, path


def test_kommune_dataset_is_geocoded_by_its_ags(client, portal):
    graph = catalogue(client)
    olpe = URIRef(f"{CATALOGUE}#kommune-olpe")
    assert one(graph, olpe, DCATDE.politicalGeocodingURI) == URIRef(
        "http://dcat-ap.de/def/politicalGeocoding/municipalityKey/05966024"
    )
    assert one(graph, olpe, DCATDE.politicalGeocodingLevelURI) == URIRef(
        "http://dcat-ap.de/def/politicalGeocoding/Level/municipality"
    )
    assert str(one(graph, olpe, DCAT.landingPage)).endswith("/kommunen/olpe/dashboard/")
    period = one(graph, olpe, DCTERMS.temporal)
    assert str(one(graph, period, DCAT.startDate)) == "2015-01-01"
    assert str(one(graph, period, DCAT.endDate)) == "2024-12-31"


def test_region_datasets_are_geocoded_by_the_kreise_of_the_kommunen(client, portal):
    graph = catalogue(client)
    guides = URIRef(f"{CATALOGUE}#leitfaeden")
    keys = {str(u) for u in graph.objects(guides, DCATDE.politicalGeocodingURI)}
    assert keys == {
        "http://dcat-ap.de/def/politicalGeocoding/districtKey/05966",
        "http://dcat-ap.de/def/politicalGeocoding/districtKey/05974",
    }


def test_licences_follow_the_editors_choice(client, portal):
    graph = catalogue(client)
    # Leitfäden have CC BY and CC BY-SA: the distribution names the stricter one.
    assert one(graph, URIRef(f"{CATALOGUE}#leitfaeden-csv"), DCTERMS.license) == URIRef(
        "http://dcat-ap.de/def/licenses/cc-by-sa/4.0"
    )
    assert one(graph, URIRef(f"{CATALOGUE}#kommunen-csv"), DCTERMS.license) == URIRef(
        "http://dcat-ap.de/def/licenses/cc-by/4.0"
    )
    assert one(graph, URIRef(f"{CATALOGUE}#beobachtungen-csv"), DCTERMS.license) == URIRef(
        "http://dcat-ap.de/def/licenses/dl-by-de/2.0"
    )
