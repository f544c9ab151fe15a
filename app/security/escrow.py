"""The province's copy of every laptop's data key (escrow), so the Chi cục can open a
laptop whose officers are gone or reset a forgotten password.

The province holds an X25519 key pair (``python -m server escrow-key``); laptops receive
the public key at enrolment (or at set-up). A laptop wraps its data key with ECIES:
a fresh ephemeral X25519 key, the shared secret through HKDF-SHA256 (bound to both public
keys), AES-256-GCM. Only the province's private key opens the wrap.
"""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass

SCHEME = "x25519-hkdf-sha256-aes256gcm"
_AAD = b"thucdia/escrow/v1"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


class EscrowKeyInvalid(ValueError):
    """Not a province public key (or private key) this app can use."""


def public_key_bytes(text: str) -> bytes:
    """The 32 raw bytes of a province public key given as base64 (spaces ignored)."""
    try:
        raw = base64.b64decode("".join(text.split()), validate=True)
    except ValueError as exc:
        raise EscrowKeyInvalid("Khóa công khai của Chi cục không đúng định dạng.") from exc
    if len(raw) != 32:
        raise EscrowKeyInvalid("Khóa công khai của Chi cục phải dài 32 byte (base64, 44 ký tự).")
    return raw


@dataclass(frozen=True)
class ProvinceKeyPair:
    private_pem: bytes  # PKCS#8, encrypted with the passphrase when one was given
    public_key: str  # base64 of the raw 32 bytes: what laptops are given


def make_province_key_pair(passphrase: str | None = None) -> ProvinceKeyPair:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.serialization import (
        BestAvailableEncryption,
        Encoding,
        NoEncryption,
        PrivateFormat,
        PublicFormat,
    )

    key = X25519PrivateKey.generate()
    protect = BestAvailableEncryption(passphrase.encode()) if passphrase else NoEncryption()
    pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, protect)
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return ProvinceKeyPair(pem, _b64(public))


def _kek(shared: bytes, ephemeral: bytes, province: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(hashes.SHA256(), 32, salt=None, info=_AAD + ephemeral + province).derive(shared)


def wrap_for_province(data_key: bytes, province_public_key: str) -> dict[str, str]:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    province = public_key_bytes(province_public_key)
    ephemeral = X25519PrivateKey.generate()
    eph_public = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(province))
    nonce = os.urandom(12)
    wrapped = AESGCM(_kek(shared, eph_public, province)).encrypt(nonce, data_key, _AAD)
    return {"scheme": SCHEME, "province_key": _b64(province), "ephemeral": _b64(eph_public),
            "nonce": _b64(nonce), "wrapped": _b64(wrapped)}


def load_private_key(pem: bytes, passphrase: str | None = None):
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    try:
        key = load_pem_private_key(pem, passphrase.encode() if passphrase else None)
    except (ValueError, TypeError) as exc:
        raise EscrowKeyInvalid("Không đọc được khóa bí mật của Chi cục (sai tệp hoặc sai mật khẩu).") from exc
    if not isinstance(key, X25519PrivateKey):
        raise EscrowKeyInvalid("Tệp này không phải khóa X25519 của Chi cục.")
    return key


def unwrap_with_private_key(wrap: dict[str, str], private_key) -> bytes:
    """The data key of a laptop's escrow wrap; EscrowKeyInvalid if this key cannot open it."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    if wrap.get("scheme") != SCHEME:
        raise EscrowKeyInvalid(f"Kiểu bọc khóa không hỗ trợ: {wrap.get('scheme')!r}.")
    province = private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    if _b64(province) != wrap["province_key"]:
        raise EscrowKeyInvalid("Máy này được bọc khóa cho một khóa công khai khác của Chi cục.")
    eph_public = base64.b64decode(wrap["ephemeral"])
    shared = private_key.exchange(X25519PublicKey.from_public_bytes(eph_public))
    try:
        return AESGCM(_kek(shared, eph_public, province)).decrypt(
            base64.b64decode(wrap["nonce"]), base64.b64decode(wrap["wrapped"]), _AAD)
    except InvalidTag as exc:
        raise EscrowKeyInvalid("Khóa của Chi cục không mở được bản bọc khóa của máy này.") from exc
