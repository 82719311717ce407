"""The vault: the only place original personal data is kept, encrypted with
AES-GCM. The key comes from PRIVACY_TRIAGE_VAULT_KEY (base64, 32 bytes) or
from a key file created with mode 0600 on first use."""
from __future__ import annotations

import base64
import os
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_ENV = "PRIVACY_TRIAGE_VAULT_KEY"
KEY_FILE_ENV = "PRIVACY_TRIAGE_KEY_FILE"


def default_key_file() -> Path:
    config_home = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(config_home) / "privacy-triage" / "vault.key"


def load_key() -> bytes:
    encoded = os.environ.get(KEY_ENV)
    if encoded:
        key = base64.b64decode(encoded)
        if len(key) != 32:
            raise ValueError(f"{KEY_ENV} must be 32 bytes, base64-encoded")
        return key
    path = Path(os.environ.get(KEY_FILE_ENV) or default_key_file())
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:  # O_EXCL: two processes starting at once must not write two keys
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as fh:
                fh.write(base64.b64encode(AESGCM.generate_key(bit_length=256)))
        except FileExistsError:
            pass
    key = base64.b64decode(path.read_bytes().strip())
    if len(key) != 32:
        raise ValueError(f"the vault key file {path} does not hold a 32-byte key")
    return key


class VaultCipher:
    """Encrypts a value bound to its context (message id and placeholder), so
    a ciphertext moved to another row does not decrypt."""

    def __init__(self, key: bytes | None = None) -> None:
        self._aead = AESGCM(key or load_key())

    def encrypt(self, plaintext: bytes, context: str) -> tuple[bytes, bytes]:
        nonce = os.urandom(12)
        return nonce, self._aead.encrypt(nonce, plaintext, context.encode())

    def decrypt(self, nonce: bytes, ciphertext: bytes, context: str) -> bytes:
        return self._aead.decrypt(nonce, ciphertext, context.encode())

    def __repr__(self) -> str:
        return "VaultCipher(<key hidden>)"
