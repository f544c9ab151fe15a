"""Thực Địa provincial server: FastAPI over SQLAlchemy 2.0 (PostgreSQL, or SQLite embedded).

Per domain module: ``endpoints`` (HTTP only) → ``service`` (rules; never commits) →
``repository`` (all SQL). The unit of work (:meth:`server.db.Database.transact`) commits
once per request. Bodies are the shared wire schema :mod:`app.sync.wire`.
"""
