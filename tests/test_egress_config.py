"""Configuration, processor declarations, data regions and routing by
category, skills, language, capacity and region."""
import json
from pathlib import Path

import pytest

from triage.config import ConfigError, TriageConfig
from triage.processors import declared_processors
from triage.regions import RegionRules, sender_tld
from triage.routing import Provider, choose_provider, load_providers, rank_providers, required_skills

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "config" / "triage.example.toml"


def test_the_example_configuration_declares_every_external_provider(monkeypatch):
    config = TriageConfig.load(EXAMPLE)
    assert config.ai.base_url == "http://127.0.0.1:8080/v1" and config.ai.api_key_env == "PRIVACY_TRIAGE_AI_KEY"
    assert config.providers_file.resolve() == (ROOT / "data" / "providers.json").resolve()
    providers = load_providers(config.providers_file)
    declared = declared_processors(config, providers)
    external = {p.provider_id for p in providers if p.provider_id != "internal-support"}
    assert external <= set(declared)
    ai = declared["ai-drafting"]
    assert ai.endpoint == "http://127.0.0.1:8080/v1/chat/completions" and ai.options == {"store": False}
    assert ai.timeout_s == 60 and all(p.timeout_s is None for pid, p in declared.items() if pid != "ai-drafting")
    assert not any(p.trains_on_customer_data for p in declared.values())
    assert all(not p.clear_types for p in declared.values())  # least privilege
    # The declared region of each provider agrees with the providers file.
    assert all(declared[p.provider_id].region == p.region for p in providers if p.provider_id in declared)


def test_without_a_file_nothing_is_declared_and_drafting_is_offline():
    config = TriageConfig.load(None)
    assert config.ai is None and config.processors == {}
    assert declared_processors(config, load_providers()) == {}
    assert not any(p.webhook for p in load_providers())


def write(tmp_path, text, providers=None):
    if providers is not None:
        (tmp_path / "providers.json").write_text(json.dumps({"providers": providers}))
    path = tmp_path / "c.toml"
    path.write_text(text)
    return path


def test_a_declaration_must_state_training_region_purpose_and_retention(tmp_path):
    path = write(tmp_path, '[processors.p]\npurpose = "task_delivery"\nregion = "EU"\nretention_days = 1\n')
    with pytest.raises(ConfigError, match="must declare trains_on_customer_data"):
        declared_processors(TriageConfig.load(path), [])
    path = write(tmp_path, '[processors.p]\npurpose = "task_delivery"\nregion = "EU"\nretention_days = 1\n'
                           'trains_on_customer_data = "no"\n')
    with pytest.raises(ConfigError, match="true or false"):
        declared_processors(TriageConfig.load(path), [])
    with pytest.raises(ConfigError, match="not found"):
        TriageConfig.load(tmp_path / "missing.toml")
    with pytest.raises(ConfigError, match="unknown section"):
        TriageConfig.load(write(tmp_path, "[aii]\nmodel = 'x'\n"))


def test_webhooks_come_from_the_providers_file_and_undeclared_providers_are_not_processors(tmp_path):
    providers = [{"id": "p1", "name": "P1", "categories": ["design"], "languages": ["en"], "capacity": 1,
                  "region": "EU", "webhook": "http://127.0.0.1:1/p1"},
                 {"id": "p2", "name": "P2", "categories": ["design"], "languages": ["en"], "capacity": 1,
                  "region": "EU", "webhook": "http://127.0.0.1:1/p2"}]
    path = write(tmp_path, '[providers]\nfile = "providers.json"\n[processors.p1]\npurpose = "task_delivery"\n'
                           'region = "EU"\ntrains_on_customer_data = false\nretention_days = 0\n', providers)
    config = TriageConfig.load(path)
    declared = declared_processors(config, load_providers(config.providers_file))
    assert set(declared) == {"p1"} and declared["p1"].endpoint == "http://127.0.0.1:1/p1"


def test_data_region_from_sender_domain_then_ccpa_then_default():
    rules = RegionRules()
    assert sender_tld("Lena <lena.fischer@mail.example.de>") == "de"
    assert sender_tld("tom@example.com") is None and sender_tld("") is None and sender_tld("x@y.example") is None
    assert rules.region_of("de", "please delete my data") == ("EU", "sender domain .de")
    assert rules.region_of("uk", "Under the CCPA delete my data") == ("UK", "sender domain .uk")
    assert rules.region_of(None, "Under the CCPA (Cal. Civ. Code 1798.105) delete my data") == ("US", "invokes the CCPA")
    assert rules.region_of("br", "please delete my data") == ("EU", "default")
    assert rules.allows("EU", "UK") and not rules.allows("EU", "US") and rules.allows("US", "EU")
    assert not rules.allows("BR", "EU")  # a region without a list goes nowhere


def test_routing_honours_region_skills_language_and_capacity():
    eu = Provider("eu", "EU", ("translation",), ("en", "de"), 5, "EU", ("certified_translation",))
    eu_plain = Provider("eu2", "EU2", ("translation",), ("en", "de"), 9, "EU")
    us = Provider("us", "US", ("translation",), ("en", "de"), 50, "US", ("certified_translation",))
    skills = required_skills("Wir brauchen eine beglaubigte Übersetzung der Geburtsurkunde")
    assert skills == ("certified_translation",)
    # EU data: the US provider is not eligible however free it is; the skill outranks free capacity.
    assert choose_provider([eu, eu_plain, us], "translation", "de", {}, ["EU", "UK"], skills) is eu
    assert choose_provider([eu, eu_plain, us], "translation", "de", {}, ["EU", "UK"]) is eu_plain
    assert choose_provider([eu, eu_plain, us], "translation", "de", {}, ["US", "EU"], skills) is us
    assert choose_provider([us], "translation", "de", {}, ["EU"], skills) is None  # waits in the manual queue
    ranked = rank_providers([eu, eu_plain, us], "translation", "de", {"eu": 5}, ["EU"], skills)
    assert ranked == [eu_plain]  # eu is full


def test_every_provider_in_the_default_file_has_a_region_and_skills_it_can_be_routed_by():
    providers = load_providers()
    assert {p.region for p in providers} <= {"EU", "UK", "US"}
    assert all(isinstance(p.skills, tuple) for p in providers)


def test_a_version_1_store_is_migrated_in_place_keeping_its_rows(tmp_path):
    import duckdb

    from triage import store

    path = tmp_path / "v1.duckdb"
    con = duckdb.connect(str(path))
    con.execute(store.MIGRATIONS[1])
    con.execute("INSERT INTO schema_version VALUES (1, now())")
    con.execute("INSERT INTO tasks VALUES ('task-1', 'm1', 'design', 'en', 'prov-a', 'assigned', now())")
    con.close()
    con = store.open_store(path)
    assert store.schema_version(con) == 2
    assert con.execute("SELECT task_id, status, data_region, attempts FROM tasks").fetchall() == [
        ("task-1", "assigned", None, 0)]
    assert con.execute("SELECT count(*) FROM egress_audit").fetchone()[0] == 0
    assert store.open_task_counts(con) == {"prov-a": 1}
    con.close()
