"""The OpenAPI document is valid OpenAPI 3.1 and true of the real responses."""

import csv
import io

import jsonschema
import pytest
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from schule.api.collections import COLLECTIONS

pytestmark = pytest.mark.django_db


@pytest.fixture
def document(client, home):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    return response.json()


def pointer(*parts):
    return "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def validator(document, path, status="200"):
    """Validates against the response schema of ``path``, resolving the document's $refs."""
    registry = Registry().with_resource(
        "urn:openapi", Resource.from_contents(document, default_specification=DRAFT202012)
    )
    location = pointer("paths", path, "get", "responses", status, "content", "application/json")
    return jsonschema.Draft202012Validator(
        {"$ref": f"urn:openapi#/{location}/schema"},
        registry=registry,
        format_checker=jsonschema.FormatChecker(),
    )


def test_document_is_valid_openapi_3_1(document):
    validate(document)
    assert document["openapi"] == "3.1.0"


def test_document_describes_every_collection_and_download(document):
    for key in COLLECTIONS:
        assert f"/api/v1/{key}/" in document["paths"]
    assert "/api/v1/daten/{datensatz}.{format}" in document["paths"]
    assert "/api/v1/offene-daten.zip" in document["paths"]
    assert "/api/v1/katalog.{format}" in document["paths"]


def test_list_parameters_are_the_facets_of_the_site(document):
    from leitfaeden.models import LeitfadenIndexPage

    names = {p["name"] for p in document["paths"]["/api/v1/leitfaeden/"]["get"]["parameters"]}
    assert names == {f.key for f in LeitfadenIndexPage.facets()} | {"page", "page_size"}


def _item_url(key, portal):
    item = {
        "leitfaeden": portal["guide"].pk,
        "leitprojekte": portal["project"].pk,
        "kommunen": portal["olpe"].pk,
        "veranstaltungen": portal["event"].pk,
        "indikatoren": "13-2-a",
        "gebiete": "DE",
    }[key]
    return f"/api/v1/{key}/{item}/"


@pytest.mark.parametrize("key", list(COLLECTIONS))
def test_list_and_detail_responses_match_the_document(client, portal, document, key):
    data = client.get(f"/api/v1/{key}/").json()
    assert data["eintraege"], key
    validator(document, f"/api/v1/{key}/").validate(data)
    if key in ("beobachtungen", "gebiete"):
        return
    path = next(p for p in document["paths"] if p.startswith(f"/api/v1/{key}/{{"))
    detail = client.get(_item_url(key, portal)).json()
    validator(document, path).validate(detail)


def test_error_responses_match_the_document(client, portal, document):
    data = client.get("/api/v1/leitfaeden/?page=0").json()
    validator(document, "/api/v1/leitfaeden/", "400").validate(data)


def test_a_field_the_document_does_not_know_fails_validation(client, portal, document):
    data = client.get(f"/api/v1/kommunen/{portal['olpe'].pk}/").json()
    data["kontakt_email"] = "x"
    path = "/api/v1/kommunen/{id}/"
    with pytest.raises(jsonschema.ValidationError):
        validator(document, path).validate(data)


@pytest.mark.parametrize("key", list(COLLECTIONS))
def test_csv_columns_are_the_documented_fields(client, portal, document, key):
    schema_name = COLLECTIONS[key].schema
    header = next(csv.reader(io.StringIO(client.get(f"/api/v1/daten/{key}.csv").content.decode())))
    assert header == list(document["components"]["schemas"][schema_name]["properties"])
