"""``keys.json``: the data key, wrapped once per officer and once for the province.

Each officer's wrap is AES-256-GCM under a key derived from the password with argon2id
(:mod:`app.security.kdf`); the province's is an X25519 escrow (:mod:`app.security.escrow`).
Changing a password rewraps the same data key: nothing is re-encrypted. The file also
lists who may sign in (officer id and name: the names printed on every biên bản) and the
province's public key; it holds no personal data of the people inspected.

An account may be *one-time*: its secret is a code handed out by the Chi cục (a reset) or
by a colleague (an officer provisioned by sync who has no password yet); signing in with it
asks for a new password at once, and the code stops working.

The file is written atomically (a temporary file, flushed, renamed), readable by its user.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import asdict, dataclass, field
from pathlib import Path

from app.errors import DomainError, ValidationFailed
from app.paths import write_atomically
from app.security import kdf
from app.security.keys import DataKey

FILENAME = "keys.json"
FORMAT = 1
MIN_PASSWORD = 8
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


class WrongPassword(DomainError):
    """The password (or one-time code) does not open this officer's wrap; ``seconds``: the
    wait before the next try that this miss started (app.security.throttle)."""

    def __init__(self, message: str, seconds: float = 0.0) -> None:
        super().__init__(message)
        self.seconds = seconds


class KeyFileMissing(DomainError):
    pass


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _aad(officer_id: str) -> bytes:
    return b"thucdia/account/v1/" + officer_id.encode()


@dataclass
class Account:
    officer_id: str
    name: str
    salt: str
    cost: dict[str, int]
    nonce: str
    wrapped: str
    one_time: bool = False


def check_new_password(password: str, repeated: str, field_name: str = "password") -> None:
    """Raise ValidationFailed (Vietnamese, by field) for a password that may not be set."""
    if len(password) < MIN_PASSWORD:
        raise ValidationFailed({field_name: f"Mật khẩu cần ít nhất {MIN_PASSWORD} ký tự."})
    if password != repeated:
        raise ValidationFailed({f"{field_name}_again": "Hai lần nhập mật khẩu không khớp."})


def new_one_time_code() -> str:
    """12 characters from an alphabet without look-alikes (60 bits), grouped by four."""
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))
    return "-".join(raw[i:i + 4] for i in range(0, 12, 4))


def normalise_code(code: str) -> str:
    raw = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(raw[i:i + 4] for i in range(0, len(raw), 4))


@dataclass
class KeyFile:
    root: Path
    key_id: str
    accounts: dict[str, Account] = field(default_factory=dict)
    escrow: dict[str, str] | None = None

    # --- the file ---------------------------------------------------------------------------
    @staticmethod
    def path_in(root: Path) -> Path:
        return Path(root) / FILENAME

    @property
    def path(self) -> Path:
        return self.path_in(self.root)

    @classmethod
    def exists(cls, root: Path) -> bool:
        return cls.path_in(root).exists()

    @classmethod
    def load(cls, root: Path) -> KeyFile:
        path = cls.path_in(root)
        if not path.exists():
            raise KeyFileMissing("Máy chưa có tệp khóa (keys.json).")
        data = json.loads(path.read_text("utf-8"))
        if data.get("format") != FORMAT:
            raise DomainError(f"Tệp khóa có định dạng {data.get('format')!r} mà phiên bản này không đọc được.")
        accounts = {a["officer_id"]: Account(**a) for a in data.get("accounts", [])}
        return cls(Path(root), data["key_id"], accounts, data.get("escrow"))

    @classmethod
    def new(cls, root: Path, data_key: DataKey) -> KeyFile:
        return cls(Path(root), data_key.key_id)

    def save(self) -> None:
        data = {"format": FORMAT, "key_id": self.key_id,
                "accounts": [asdict(a) for a in self.accounts.values()], "escrow": self.escrow}
        write_atomically(self.path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"),
                         private=True)

    # --- accounts ---------------------------------------------------------------------------
    def names(self) -> list[tuple[str, str]]:
        """(officer id, name) of everyone who may sign in, by name."""
        return sorted(((a.officer_id, a.name) for a in self.accounts.values()), key=lambda t: t[1])

    def unlock(self, officer_id: str, secret: str) -> DataKey:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        account = self.accounts.get(str(officer_id))
        if account is None:
            raise WrongPassword("Người dùng này chưa có tài khoản trên máy.")
        if account.one_time:
            secret = normalise_code(secret)
        kek = kdf.derive(secret, base64.b64decode(account.salt), kdf.Cost(**account.cost))
        try:
            raw = AESGCM(kek).decrypt(base64.b64decode(account.nonce), base64.b64decode(account.wrapped),
                                      _aad(account.officer_id))
        except InvalidTag as exc:
            what = "Mã dùng một lần" if account.one_time else "Mật khẩu"
            raise WrongPassword(f"{what} không đúng.") from exc
        return self._checked(DataKey(raw))

    def set_secret(self, data_key: DataKey, officer_id: str, name: str, secret: str, *,
                   one_time: bool = False) -> None:
        """Wrap the data key for an officer under ``secret`` (a new account, a changed
        password, or a one-time code). Nothing is re-encrypted."""
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._checked(data_key)
        officer_id = str(officer_id)
        cost = kdf.cost_of_new_wraps()
        salt, nonce = os.urandom(kdf.SALT_BYTES), os.urandom(12)
        if one_time:
            secret = normalise_code(secret)
        kek = kdf.derive(secret, salt, cost)
        wrapped = AESGCM(kek).encrypt(nonce, data_key.raw, _aad(officer_id))
        self.accounts[officer_id] = Account(officer_id, name, _b64(salt), cost.as_dict(), _b64(nonce),
                                            _b64(wrapped), one_time)

    def issue_one_time_code(self, data_key: DataKey, officer_id: str, name: str) -> str:
        """A one-time code for an officer (reset or first sign-in); returned, never stored."""
        code = new_one_time_code()
        self.set_secret(data_key, officer_id, name, code, one_time=True)
        return code

    def remove(self, officer_id: str) -> None:
        self.accounts.pop(str(officer_id), None)

    # --- the province's copy ----------------------------------------------------------------
    def set_escrow(self, data_key: DataKey, province_public_key: str) -> bool:
        """Wrap the data key for the province; False when it already is, for that key."""
        from app.security.escrow import public_key_bytes, wrap_for_province

        self._checked(data_key)
        wanted = _b64(public_key_bytes(province_public_key))
        if self.escrow and self.escrow.get("province_key") == wanted:
            return False
        self.escrow = wrap_for_province(data_key.raw, wanted)
        return True

    def open_with_province_key(self, private_key) -> DataKey:
        from app.security.escrow import EscrowKeyInvalid, unwrap_with_private_key

        if not self.escrow:
            raise EscrowKeyInvalid("Máy này chưa có bản khóa gửi Chi cục (chưa đăng ký với Chi cục).")
        return self._checked(DataKey(unwrap_with_private_key(self.escrow, private_key)))

    def _checked(self, data_key: DataKey) -> DataKey:
        if data_key.key_id != self.key_id:
            raise WrongPassword("Khóa này không phải khóa dữ liệu của máy.")
        return data_key
