"""Sync between a field device and the provincial server (SYNC.md).

``app.sync.wire`` is the wire schema shared with ``server/``; the Qt-free sync engine
(outbox, protocol client, per-record state) lives beside it. Importing this package is
cheap: nothing is imported here.
"""
