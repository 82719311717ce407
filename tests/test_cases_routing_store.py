from datetime import date, datetime, timezone

import duckdb

from triage import store
from triage.cases import due_date, jurisdiction_of
from triage.routing import Provider, choose_provider, load_providers


def at(y, m, d):
    return datetime(y, m, d, 12, tzinfo=timezone.utc)


def test_gdpr_one_calendar_month_and_ccpa_45_days():
    assert due_date(at(2026, 11, 3), "GDPR") == date(2026, 12, 3)
    assert due_date(at(2027, 1, 31), "GDPR") == date(2027, 2, 28)  # no 31 February
    assert due_date(at(2026, 12, 15), "GDPR") == date(2027, 1, 15)
    assert due_date(at(2026, 11, 3), "CCPA") == date(2026, 12, 18)


def test_jurisdiction_from_the_message():
    assert jurisdiction_of("Under the CCPA (Cal. Civ. Code §1798.105) delete my data") == "CCPA"
    assert jurisdiction_of("I live in California, please delete my info") == "CCPA"
    assert jurisdiction_of("Gemäß Art. 15 DSGVO bitte Auskunft") == "GDPR"
    assert jurisdiction_of("please delete my account") == "GDPR"  # the default


def test_routing_prefers_language_then_free_capacity_and_waits_when_full():
    a = Provider("a", "A", ("design",), ("en",), 2)
    b = Provider("b", "B", ("design",), ("de", "en"), 1)
    assert choose_provider([a, b], "design", "de", {}) is b
    assert choose_provider([a, b], "design", "en", {}) is a  # more free capacity
    assert choose_provider([a, b], "design", "de", {"b": 1}) is a  # b is full
    assert choose_provider([a, b], "design", "de", {"a": 2, "b": 1}) is None
    assert choose_provider([a, b], "software", "en", {}) is None


def test_every_category_has_a_provider():
    from models import CATEGORIES

    providers = load_providers()
    assert all(any(c in p.categories for p in providers) for c in CATEGORIES)


def test_schema_is_versioned_and_migration_is_idempotent(tmp_path):
    path = tmp_path / "t.duckdb"
    store.open_store(path).close()
    con = store.open_store(path)
    assert store.schema_version(con) == store.SCHEMA_VERSION
    assert con.execute("SELECT count(*) FROM schema_version").fetchone()[0] == store.SCHEMA_VERSION
    con.close()
    raw = duckdb.connect(str(path))
    raw.execute("INSERT INTO schema_version VALUES (99, now())")
    raw.close()
    try:
        store.open_store(path)
        raise AssertionError("a newer schema must be refused")
    except RuntimeError as exc:
        assert "newer" in str(exc)
