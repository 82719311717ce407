import os
import stat

import pytest
from cryptography.exceptions import InvalidTag

from redaction.vault import VaultCipher, load_key


def test_key_file_created_once_with_mode_0600(tmp_path, monkeypatch):
    path = tmp_path / "keys" / "vault.key"
    monkeypatch.setenv("PRIVACY_TRIAGE_KEY_FILE", str(path))
    first = load_key()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert load_key() == first and len(first) == 32


def test_key_from_environment_must_be_32_bytes(monkeypatch):
    monkeypatch.setenv("PRIVACY_TRIAGE_VAULT_KEY", "c2hvcnQ=")
    with pytest.raises(ValueError, match="32 bytes"):
        load_key()


def test_round_trip_and_context_binding():
    cipher = VaultCipher()
    nonce, ciphertext = cipher.encrypt(b"Maria Gonzalez", "msg1|<PERSON_1>")
    assert b"Maria" not in ciphertext
    assert cipher.decrypt(nonce, ciphertext, "msg1|<PERSON_1>") == b"Maria Gonzalez"
    with pytest.raises(InvalidTag):  # moved to another row, it does not decrypt
        cipher.decrypt(nonce, ciphertext, "msg2|<PERSON_1>")
    with pytest.raises(InvalidTag):  # another key does not decrypt either
        VaultCipher(os.urandom(32)).decrypt(nonce, ciphertext, "msg1|<PERSON_1>")
