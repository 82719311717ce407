"""The originals the vault holds for store items, decrypted in memory only
(redaction.masked.KnownValues): what outgoing text is masked and rescanned
with, and what a draft is re-identified from."""
from __future__ import annotations

from redaction.masked import KnownValues
from redaction.vault import VaultCipher


def load_known(con, item_ids: list[str], cipher: VaultCipher | None = None) -> dict[str, KnownValues]:
    """item id -> its KnownValues (empty for an item with nothing masked)."""
    cipher = cipher or VaultCipher()
    originals: dict[str, dict] = {i: {} for i in item_ids}
    if item_ids:
        rows = con.execute("SELECT item_id, placeholder, entity_type, nonce, ciphertext FROM vault "
                           "WHERE item_id IN (SELECT unnest(?))", [list(item_ids)]).fetchall()
        for item_id, placeholder, kind, nonce, ciphertext in rows:
            value = cipher.decrypt(nonce, ciphertext, f"{item_id}|{placeholder}").decode("utf-8")
            originals[item_id][placeholder] = (kind, value)
    return {i: KnownValues(i, values) for i, values in originals.items()}
