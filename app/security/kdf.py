"""Password → key-encryption key, with argon2id (argon2-cffi, RFC 9106).

The cost is stored beside each wrap, so it can be raised later without locking anyone out.
New wraps use :data:`PRODUCTION` (RFC 9106's low-memory profile: 3 passes over 64 MiB,
about 150 ms here). Only the test suite lowers it, by calling :func:`lower_cost_for_tests`
from its own code; nothing in the app, its command line or its environment can.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from app.text import nfc

SALT_BYTES = 16


@dataclass(frozen=True)
class Cost:
    time_cost: int
    memory_kib: int
    parallelism: int

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


PRODUCTION = Cost(time_cost=3, memory_kib=64 * 1024, parallelism=4)
_FOR_TESTS = Cost(time_cost=1, memory_kib=64, parallelism=1)
_new_wraps = PRODUCTION


def cost_of_new_wraps() -> Cost:
    return _new_wraps


def lower_cost_for_tests() -> None:
    """Tests only (tests/conftest.py): wraps made from now on in this process are cheap."""
    global _new_wraps
    _new_wraps = _FOR_TESTS


def derive(secret: str, salt: bytes, cost: Cost) -> bytes:
    """The 32-byte key-encryption key of ``secret`` (NFC-normalised: a password typed with
    a Vietnamese input method may arrive composed or decomposed)."""
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(nfc(secret).encode("utf-8"), salt, cost.time_cost, cost.memory_kib,
                           cost.parallelism, 32, Type.ID)
