"""The licences published content and data carry, with their DCAT-AP.de URIs.

Texts are CC BY 4.0 unless an editor chose otherwise (``LeitfadenPage.lizenz``);
indicator data carry the licence set on each indicator (``Indicator.licence``,
free text such as "DL-DE-BY-2.0"), normalised here to one of the known codes.
"""

import re
from dataclasses import dataclass

from django.conf import settings


@dataclass(frozen=True)
class Licence:
    code: str
    name: str
    url: str
    dcat_uri: str

    def as_dict(self):
        return {"code": self.code, "name": self.name, "url": self.url}


LICENCES = {
    licence.code: licence
    for licence in (
        Licence(
            "cc-by-4.0",
            "Creative Commons Namensnennung 4.0 International (CC BY 4.0)",
            "https://creativecommons.org/licenses/by/4.0/deed.de",
            "http://dcat-ap.de/def/licenses/cc-by/4.0",
        ),
        Licence(
            "cc-by-sa-4.0",
            "Creative Commons Namensnennung – Weitergabe unter gleichen Bedingungen 4.0 "
            "International (CC BY-SA 4.0)",
            "https://creativecommons.org/licenses/by-sa/4.0/deed.de",
            "http://dcat-ap.de/def/licenses/cc-by-sa/4.0",
        ),
        Licence(
            "cc0-1.0",
            "Creative Commons Zero 1.0 (CC0 1.0)",
            "https://creativecommons.org/publicdomain/zero/1.0/deed.de",
            "http://dcat-ap.de/def/licenses/cc-zero",
        ),
        Licence(
            "dl-de-by-2.0",
            "Datenlizenz Deutschland – Namensnennung – Version 2.0 (DL-DE-BY-2.0)",
            "https://www.govdata.de/dl-de/by-2-0",
            "http://dcat-ap.de/def/licenses/dl-by-de/2.0",
        ),
        Licence(
            "dl-de-zero-2.0",
            "Datenlizenz Deutschland – Zero – Version 2.0 (DL-DE-Zero-2.0)",
            "https://www.govdata.de/dl-de/zero-2-0",
            "http://dcat-ap.de/def/licenses/dl-zero-de/2.0",
        ),
    )
}

# Spellings editors and source files use, reduced to letters and digits.
_ALIASES = {
    "ccby40": "cc-by-4.0",
    "ccby": "cc-by-4.0",
    "ccbysa40": "cc-by-sa-4.0",
    "cc010": "cc0-1.0",
    "cc0": "cc0-1.0",
    "cczero": "cc0-1.0",
    "dldeby20": "dl-de-by-2.0",
    "dlbyde20": "dl-de-by-2.0",
    "dldeby": "dl-de-by-2.0",
    "dldezero20": "dl-de-zero-2.0",
    "dlzerode20": "dl-de-zero-2.0",
}


def text_licence():
    """The licence of texts that have no licence field of their own."""
    return LICENCES[getattr(settings, "OPENDATA_TEXT_LICENCE", "cc-by-4.0")]


def data_licence(raw):
    """The licence of an indicator's data; unknown spellings fall back to DL-DE-BY-2.0.

    The fallback is the field's default, so data never appear without a licence.
    """
    key = re.sub(r"[^a-z0-9]", "", (raw or "").lower())
    return LICENCES.get(_ALIASES.get(key, raw), LICENCES["dl-de-by-2.0"])


def page_licence(code):
    return LICENCES.get(code, text_licence())
