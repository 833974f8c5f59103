"""The project ships as reusable open source: EUPL-1.2 text and a valid publiccode.yml."""

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def test_licence_file_is_the_eupl_1_2():
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "PUBLIC LICENCE v. 1.2" in text
    assert "Kompatible Lizenzen" in text  # with the appendix of compatible licences


def test_publiccode_yml_has_the_fields_opencode_requires():
    data = yaml.safe_load((ROOT / "publiccode.yml").read_text(encoding="utf-8"))
    assert data["publiccodeYmlVersion"] == "0.4"
    for key in ("name", "url", "releaseDate", "platforms", "categories", "softwareType"):
        assert data[key], key
    assert data["developmentStatus"] in {"concept", "development", "beta", "stable", "obsolete"}
    assert data["legal"]["license"] == "EUPL-1.2"
    german = data["description"]["de"]
    assert len(german["shortDescription"]) <= 150
    assert 150 <= len(german["longDescription"]) <= 10000
    assert german["features"]
    assert data["maintenance"]["type"] in {"internal", "contract", "community", "none"}
    assert data["maintenance"]["contacts"]
    assert data["localisation"]["availableLanguages"] == ["de"]
