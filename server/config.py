"""Server settings: one declaration each, with its default; overridable from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from datetime import timedelta

from app.sync.wire import MAX_BATCH_RECORDS, MAX_BODY_BYTES, OLDEST_PROTOCOL

DEFAULT_DATABASE_URL = "sqlite:///var/server.sqlite3"
ENV_PREFIX = "THUCDIA_"


@dataclass(frozen=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    min_protocol: int = OLDEST_PROTOCOL  # older clients get 426
    max_body_bytes: int = MAX_BODY_BYTES  # any request body (413 above)
    max_batch_records: int = MAX_BATCH_RECORDS  # records per push batch (413 above)
    max_blob_bytes: int = 256 * 1024 * 1024  # one attachment
    page_limit: int = 500  # changes per pull page at most
    enrol_code_minutes: int = 15  # life of a one-time enrolment code
    block_size: int = 50  # numbers per leased block by default
    max_lease_count: int = 100  # numbers one lease may ask for (422 above)
    max_unused_numbers: int = 200  # per device, form and year, leased and not reported used (409)
    enrol_failures_per_address: int = 10  # wrong enrolment codes per address in 15 min (429)
    verify_per_minute: int = 60  # verification requests per address per minute (429)
    report_cutoff_day: int = 1  # the province's cut-off day of a report month (15: 15th–14th)
    db_connections: int = 40  # PostgreSQL connections per worker at most (workers × this
    # must stay under the database's max_connections)
    # the province's X25519 public key (base64; ``python -m server escrow-key`` makes the pair):
    # enrolled laptops wrap their data key for it, so the Chi cục can open a lost officer's laptop
    escrow_public_key: str = ""

    @property
    def enrol_code_ttl(self) -> timedelta:
        return timedelta(minutes=self.enrol_code_minutes)

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Defaults, then ``THUCDIA_<FIELD>`` variables, then explicit overrides."""
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = os.environ.get(ENV_PREFIX + f.name.upper())
            if raw is not None:
                values[f.name] = int(raw) if f.type in ("int", int) else raw
        values.update({k: v for k, v in overrides.items() if v is not None})
        return replace(cls(), **values)  # type: ignore[arg-type]
