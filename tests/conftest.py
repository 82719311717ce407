import os
from pathlib import Path

import pytest

os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"


@pytest.fixture(autouse=True)
def _vault_key_file(tmp_path, monkeypatch):
    """Every test gets its own vault key file, never the developer's."""
    monkeypatch.delenv("PRIVACY_TRIAGE_VAULT_KEY", raising=False)
    monkeypatch.setenv("PRIVACY_TRIAGE_KEY_FILE", str(tmp_path / "keys" / "vault.key"))


@pytest.fixture(scope="session")
def redactor():
    from redaction import Redactor

    # Two workers: every test also exercises the worker processes the pipeline uses.
    return Redactor(workers=2)


@pytest.fixture(scope="session")
def scanner():
    """The egress guard's pattern rescan (redaction/patterns.py)."""
    from redaction.patterns import PatternScanner

    return PatternScanner()


@pytest.fixture
def server():
    """A recording HTTP server on 127.0.0.1 (tests/egress_server.py)."""
    from egress_server import RecordingServer

    with RecordingServer() as srv:
        yield srv
