"""Each collection filters by the site's facets and paginates; bad input is a 400, never a 500."""

import pytest

pytestmark = pytest.mark.django_db


def get(client, url):
    response = client.get(url)
    assert response["Content-Type"].startswith("application/json"), url
    return response, response.json()


def titles(data, field="titel"):
    return sorted(item[field] for item in data["eintraege"])


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/api/v1/leitfaeden/", ["Energiesparen", "Mobilitätskonzept"]),
        ("/api/v1/leitfaeden/?dna=digital", ["Mobilitätskonzept"]),
        ("/api/v1/leitfaeden/?dna=digital&dna=nachhaltig", ["Energiesparen", "Mobilitätskonzept"]),
        ("/api/v1/leitfaeden/?sdg=7", ["Energiesparen"]),
        ("/api/v1/leitfaeden/?kommune=olpe", ["Mobilitätskonzept"]),
        ("/api/v1/leitfaeden/?handlungsfeld=mobilitaet&tag=bus", ["Mobilitätskonzept"]),
        ("/api/v1/leitfaeden/?zielgruppe=politik", []),
        ("/api/v1/leitprojekte/?kommune=soest", ["Digitale Bürgerdienste", "Solardächer"]),
        ("/api/v1/leitprojekte/?handlungsfeld=energie", ["Digitale Bürgerdienste"]),
        ("/api/v1/leitprojekte/?status=umsetzung&tag=open-data", ["Digitale Bürgerdienste"]),
        ("/api/v1/kommunen/", ["Olpe", "Soest"]),
        ("/api/v1/kommunen/?kreis=soest", ["Soest"]),
        ("/api/v1/kommunen/?rolle=mitmacher", []),
        ("/api/v1/veranstaltungen/?kommune=olpe", ["Jahreskonferenz"]),
        ("/api/v1/veranstaltungen/?format=jahreskonferenz&dna=digital", ["Jahreskonferenz"]),
        ("/api/v1/veranstaltungen/?format=austausch", []),
        ("/api/v1/indikatoren/?sdg=13", ["CO₂-Emissionen"]),
        ("/api/v1/indikatoren/?sdg=13&sdg=7", ["CO₂-Emissionen", "Erneuerbarer Strom"]),
    ],
)
def test_collection_filters_like_the_site(client, portal, url, expected):
    response, data = get(client, url)
    assert response.status_code == 200
    assert titles(data) == expected
    assert data["anzahl"] == len(expected)


def test_observations_filter_by_indicator_area_level_and_year(client, portal):
    _r, data = get(client, "/api/v1/beobachtungen/?indikator=13-2-a&ebene=kreis")
    assert {(o["gebiet"], o["jahr"]) for o in data["eintraege"]} == {
        ("05966", 2015),
        ("05966", 2020),
        ("05966", 2024),
    }
    _r, data = get(client, "/api/v1/beobachtungen/?gebiet=05966024&jahr=2020")
    assert sorted(o["indikator"] for o in data["eintraege"]) == ["13-2-a", "7-2-a"]
    assert all(o["einheit"] and o["lizenz"]["code"] for o in data["eintraege"])


def test_areas_filter_by_level(client, portal):
    _r, data = get(client, "/api/v1/gebiete/?ebene=kommune")
    assert titles(data, "name") == ["Olpe"]
    assert data["eintraege"][0]["uebergeordnet"] == "05966"


def test_facet_counts_are_those_of_the_site(client, portal):
    _r, data = get(client, "/api/v1/leitfaeden/?dna=digital")
    dna = next(f for f in data["facetten"] if f["schluessel"] == "dna")
    counts = {v["wert"]: (v["anzahl"], v["gewaehlt"]) for v in dna["werte"]}
    assert counts["digital"] == (1, True)
    assert counts["nachhaltig"] == (2, False)  # disjunctive: counted without the DNA filter


def test_unknown_filter_value_is_ignored_with_a_german_hint(client, portal):
    response, data = get(client, "/api/v1/leitfaeden/?dna=gibtsnicht")
    assert response.status_code == 200
    assert data["anzahl"] == 2
    assert "gibtsnicht" in data["hinweise"][0] and "ignoriert" in data["hinweise"][0]


def test_pages_have_links_and_the_last_page_ends(client, portal):
    _r, first = get(client, "/api/v1/beobachtungen/?page_size=4")
    assert first["anzahl"] == 12 and first["seiten"] == 3 and len(first["eintraege"]) == 4
    assert first["vorherige"] is None
    assert first["naechste"].endswith("page_size=4&page=2")
    _r, last = get(client, "/api/v1/beobachtungen/?page_size=4&page=3")
    assert last["naechste"] is None and len(last["eintraege"]) == 4
    seen = [
        (o["indikator"], o["gebiet"], o["jahr"])
        for page in (1, 2, 3)
        for o in get(client, f"/api/v1/beobachtungen/?page_size=4&page={page}")[1]["eintraege"]
    ]
    assert len(set(seen)) == 12  # a stable order: every value exactly once
    _r, beyond = get(client, "/api/v1/beobachtungen/?page_size=4&page=9")
    assert beyond["eintraege"] == [] and beyond["anzahl"] == 12


@pytest.mark.parametrize(
    "query",
    ["page=0", "page=abc", "page=-1", "page=1.5", "page_size=0", "page_size=101", "page_size=x"],
)
def test_bad_page_parameters_are_a_400_with_a_german_message(client, portal, query):
    response, data = get(client, f"/api/v1/leitfaeden/?{query}")
    assert response.status_code == 400
    assert data["status"] == 400 and "ganze Zahl" in data["fehler"]


def test_bad_year_is_a_400(client, portal):
    response, data = get(client, "/api/v1/beobachtungen/?jahr=zwanzig")
    assert response.status_code == 400 and "jahr" in data["fehler"]


def test_nul_in_a_filter_value_is_no_server_error(client, portal):
    response, data = get(client, "/api/v1/leitfaeden/?dna=digi%00tal")
    assert response.status_code == 200


def test_detail_by_id_and_by_code(client, portal):
    guide = portal["guide"]
    response, data = get(client, f"/api/v1/leitfaeden/{guide.pk}/")
    assert response.status_code == 200 and data["titel"] == "Mobilitätskonzept"
    assert [k["slug"] for k in data["kommunen"]] == ["olpe"]  # the unpublished one is left out
    _r, data = get(client, "/api/v1/indikatoren/13-2-a/")
    assert data["sdg"]["nummer"] == 13 and data["lizenz"]["code"] == "dl-de-by-2.0"
    _r, data = get(client, "/api/v1/indikatoren/7-2-a/")
    assert data["lizenz"]["code"] == "cc-by-4.0"  # the editors' "CC BY 4.0"


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/leitfaeden/999999/",
        "/api/v1/leitfaeden/abc/",
        "/api/v1/leitfaeden/99999999999999999999999/",
        "/api/v1/indikatoren/gibt-es-nicht/",
        "/api/v1/gibtsnicht/",
        "/api/v2/",
        "/api/v1/daten/gibtsnicht.csv",
        "/api/v1/daten/leitfaeden.xlsx",
        "/api/v1/katalog.n3",
    ],
)
def test_unknown_addresses_are_a_json_404(client, portal, url):
    response, data = get(client, url)
    assert response.status_code == 404
    assert data["fehler"]


def test_a_detail_of_another_type_is_a_404(client, portal):
    response, _data = get(client, f"/api/v1/kommunen/{portal['guide'].pk}/")
    assert response.status_code == 404


def test_taxonomies_list_every_term(client, portal):
    _r, data = get(client, "/api/v1/taxonomien/")
    assert len(data["dna"]) == 3 and len(data["handlungsfelder"]) == 10
    assert [s["nummer"] for s in data["sdgs"]] == list(range(1, 18))
    assert "jahreskonferenz" in {f["slug"] for f in data["formate"]}


def test_index_links_every_collection(client, portal):
    _r, data = get(client, "/api/v1/")
    keys = {c["schluessel"] for c in data["sammlungen"]}
    assert keys == {
        "leitfaeden",
        "leitprojekte",
        "kommunen",
        "veranstaltungen",
        "indikatoren",
        "beobachtungen",
        "gebiete",
        "taxonomien",
    }
    for collection in data["sammlungen"]:
        assert client.get(collection["url"]).status_code == 200


def test_missing_trailing_slash_redirects_like_the_site(client, portal):
    response = client.get("/api/v1/leitfaeden?dna=digital")
    assert response.status_code == 301
    assert response["Location"] == "/api/v1/leitfaeden/?dna=digital"
