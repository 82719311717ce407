from helpers import make_eml

from triage.cli import main


def test_redact_prints_masked_message_and_attachment(tmp_path, capsys):
    path = tmp_path / "m.eml"
    path.write_bytes(make_eml("Bitte löschen Sie meine Daten.\nAdresse: Lindenstraße 4, 50674 Köln\nLena Fischer",
                              attachments=[("notes.txt", b"Call Lena Fischer on +49 30 1234567", "text", "plain")]))
    assert main(["redact", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Lena" not in out and "Fischer" not in out and "Lindenstraße" not in out and "1234567" not in out
    assert "From: <PERSON_1> <<EMAIL_ADDRESS_1>>" in out
    assert out.count("<PERSON_1>") >= 3  # header, body signature, attachment: one person


def test_redact_reports_unreadable_files(tmp_path, capsys):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert main(["redact", str(path)]) == 1
    assert "the file is empty" in capsys.readouterr().err
    assert main(["redact", str(tmp_path / "missing.eml")]) == 2


def test_run_refuses_an_unusable_configuration_before_starting(tmp_path, capsys):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    assert main(["run", str(inbox), "--config", str(tmp_path / "missing.toml")]) == 2
    assert "configuration file not found" in capsys.readouterr().err
    bad = tmp_path / "bad.toml"
    bad.write_text('[processors.p]\npurpose = "drafting"\nregion = "EU"\nretention_days = 0\n')
    assert main(["run", str(inbox), "--config", str(bad), "--db", str(tmp_path / "t.duckdb")]) == 2
    assert "must declare trains_on_customer_data" in capsys.readouterr().err
    assert not (tmp_path / "t.duckdb").exists()
