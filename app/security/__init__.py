"""Keeping a lost laptop's data closed: the data key, its wraps, sealed files, sign-in.

- :mod:`app.security.keys` — the data key and the keys derived from it (database, files);
- :mod:`app.security.kdf` — argon2id, the password → key-encryption-key step;
- :mod:`app.security.keyfile` — ``keys.json``: the data key wrapped once per officer and
  once for the province (escrow), the officers who may sign in;
- :mod:`app.security.escrow` — the province's X25519 key pair and the escrow wrap;
- :mod:`app.security.sealed` — files on disk (photos, scans, previews) sealed with AES-GCM;
- :mod:`app.security.throttle` — the growing delay after wrong passwords (never a wipe);
- :mod:`app.security.upgrade` — a plain laptop encrypted in place, safe against a kill.

Qt-free and SQLAlchemy-free: the sign-in window uses it before the database is open.
"""
