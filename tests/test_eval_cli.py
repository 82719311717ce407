"""`privacy-triage eval redaction`: figures as EVALUATION.md defines them."""
import json

from triage.cli import main


def test_benchmark_report_scores_a_file_in_the_benchmark_format(tmp_path, monkeypatch, capsys):
    text = "Contact Maria Lopez at maria@example.com about the 3 logos."
    record = {"full_text": text, "masked": "", "template_id": 0, "spans": [
        {"entity_type": "PERSON", "entity_value": "Maria Lopez", "start_position": 8, "end_position": 19},
        {"entity_type": "EMAIL_ADDRESS", "entity_value": "maria@example.com", "start_position": 23, "end_position": 40},
        {"entity_type": "ORGANIZATION", "entity_value": "3 logos", "start_position": 51, "end_position": 58}]}
    path = tmp_path / "bench.json"
    path.write_text(json.dumps([record]))
    monkeypatch.setattr("triage.redaction_eval.BENCHMARK", path)
    assert main(["eval", "redaction", "--set", "benchmark"]) == 0
    out = capsys.readouterr().out
    assert "recall 0.667" in out and "precision 1.000" in out    # 2 of 3 gold spans found, nothing wrong
    assert "ORGANIZATION       1      0" in out and "'3 logos'" in out  # per type, and the miss listed
    assert "leak rate 1/3" in out


def test_missing_benchmark_is_a_clear_error(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("triage.redaction_eval.BENCHMARK", tmp_path / "none.json")
    assert main(["eval", "redaction", "--set", "benchmark"]) == 2
    assert "benchmark not found" in capsys.readouterr().err


def test_samples_report_has_no_direct_identifier_leaks(capsys):
    assert main(["eval", "redaction", "--set", "samples", "--misses", "0"]) == 0
    out = capsys.readouterr().out
    assert "# Redaction on samples" in out
    assert "as whole words" in out
    whole_words = next(line for line in out.splitlines() if line.startswith("as whole words"))
    assert "direct identifiers 0/" in whole_words


def test_false_alarms_are_counted_by_type_and_listed(tmp_path, monkeypatch, capsys):
    text = "Contact Maria Lopez at maria@example.com today."
    record = {"full_text": text, "masked": "", "template_id": 0, "spans": [
        {"entity_type": "EMAIL_ADDRESS", "entity_value": "maria@example.com", "start_position": 23, "end_position": 40}]}
    path = tmp_path / "bench.json"
    path.write_text(json.dumps([record]))
    monkeypatch.setattr("triage.redaction_eval.BENCHMARK", path)
    assert main(["eval", "redaction", "--set", "benchmark", "--false-alarms", "5"]) == 0
    out = capsys.readouterr().out
    assert "precision 0.500" in out  # the name is found, but the gold says it is none
    assert "false alarms by predicted type: PERSON 1" in out
    assert "PERSON          'Maria Lopez'" in out
