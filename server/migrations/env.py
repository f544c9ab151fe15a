"""Alembic environment of the provincial server (batch mode, so SQLite can alter tables)."""

from alembic import context

import server.console.models  # noqa: F401  (the console's tables join the metadata)
import server.statistics.models  # noqa: F401  (and the statistics' own)
from server.db import make_engine
from server.models import Base

config = context.config
target_metadata = Base.metadata
SHARED_FACTS = ("stat_case", "stat_event", "stat_tip", "stat_month", "stat_month_commune",
                "stat_month_goods")  # app.statistics.facts, not this base


def include_name(name, type_, parent_names) -> bool:
    return not (type_ == "table" and name in SHARED_FACTS)


def run_migrations_online() -> None:
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("alembic: sqlalchemy.url is not set (server.db.alembic_config sets it)")
    engine = make_engine(url)
    with engine.connect() as connection:
        context.configure(
            connection=connection, target_metadata=target_metadata, render_as_batch=True,
            include_name=include_name,
        )
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        render_as_batch=True,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
