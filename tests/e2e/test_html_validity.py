"""Every page type passes the Nu Html Checker (vnu.jar) with zero errors."""

import json
import shutil
import subprocess
import urllib.request

import pytest

from .conftest import VNU
from .test_accessibility import PAGES


@pytest.mark.skipif(not shutil.which("java"), reason="Java fehlt: vnu.jar braucht eine JVM")
def test_every_page_type_is_valid_html(demo_server, tmp_path):
    files = []
    for name, path in PAGES.items():
        try:
            body = urllib.request.urlopen(demo_server["url"] + path, timeout=10).read()  # noqa: S310
        except urllib.error.HTTPError as error:  # the 404 page is a page too
            body = error.read()
        target = tmp_path / f"{name}.html"
        target.write_bytes(body)
        files.append(str(target))
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or "{}").get("messages", [])
    errors = [
        f"{m['url'].rsplit('/', 1)[-1]}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m.get("type") == "error"
    ]
    assert not errors, "\n".join(errors)
