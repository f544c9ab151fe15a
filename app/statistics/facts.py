"""The statistics' fact tables, the same on the laptop (SQLite) and the provincial server
(SQLite or PostgreSQL), so one set of queries (app.statistics.engine) gives the same figures
on both.

- ``stat_case``: one row per case, as its wire payload says (app.statistics.projection):
  its unit and lead force, commune, the Vietnam day it was found, its main violation and
  goods, the subject's kind, whether it counts (finalised, not deleted, not replaced by a
  finalised amendment), and the words a case list shows.
- ``stat_event``: every dated thing a figure counts or adds up, one row each, dated by its
  own event (found, decided, paid, prosecuted…), with the case's grouping columns copied so
  a report reads this one table: ``figure`` names the event, ``n`` counts it (1 a case, the
  accused of a prosecution), ``amount`` is whole đồng.
- ``stat_tip``: one row per tip (tin báo), for the tips' figures.

Both sides keep them current from the wire payloads: the laptop from its own records
(app.statistics.local), the server from its change feed (server.statistics.feed). Neither
side's ORM base holds them (the desktop's Alembic environment leaves ``stat_*`` alone); the
migrations create them: desktop 0010, server 0007.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Uuid,
)

from app.models.base import NAMING_CONVENTION

metadata = MetaData(naming_convention=NAMING_CONVENTION)

QLTT = "quan_ly_thi_truong"

stat_case = Table(
    "stat_case", metadata,
    Column("case_id", Uuid, primary_key=True),
    Column("unit_id", Uuid),
    Column("force", String(30), nullable=False, default=QLTT),
    Column("commune_code", String(10), nullable=False, default=""),
    Column("found_on", Date),
    Column("status", String(12), nullable=False, default=""),
    Column("deleted", Boolean, nullable=False, default=False),
    Column("amends_id", Uuid),
    Column("counted", Boolean, nullable=False, default=False),
    Column("has_violation", Boolean, nullable=False, default=False),
    Column("joint", Boolean, nullable=False, default=False),
    Column("subject_id", Uuid),
    Column("subject_kind", String(12), nullable=False, default=""),
    Column("subject_name", String(200), nullable=False, default=""),
    Column("place", String(300), nullable=False, default=""),
    Column("violation_kind", String(40), nullable=False, default=""),
    Column("legal_act_code", String(40), nullable=False, default=""),
    Column("goods_category", String(40), nullable=False, default=""),
    Index("ix_stat_case_found_on", "found_on"),
    Index("ix_stat_case_amends_id", "amends_id"),
)

# the columns of a case copied onto each of its events (what a report groups by)
GROUPING_COLUMNS = ("unit_id", "force", "commune_code", "violation_kind", "goods_category",
                    "subject_kind", "joint")

stat_event = Table(
    "stat_event", metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
           autoincrement=True),
    Column("case_id", Uuid, nullable=False),
    Column("record_id", Uuid),
    Column("figure", String(24), nullable=False),
    Column("day", Date, nullable=False),
    Column("n", Integer, nullable=False, default=0),
    Column("amount", BigInteger, nullable=False, default=0),
    Column("unit_id", Uuid),
    Column("force", String(30), nullable=False, default=QLTT),
    Column("commune_code", String(10), nullable=False, default=""),
    Column("violation_kind", String(40), nullable=False, default=""),
    Column("goods_category", String(40), nullable=False, default=""),
    Column("subject_kind", String(12), nullable=False, default=""),
    Column("joint", Boolean, nullable=False, default=False),
    # a đối tượng event (doi_tuong_*: one per case found with a violation that names its
    # subject): the subject, and the day of the same subject's event before this one (by
    # day, then id) anywhere, in this unit, in this force (app.statistics.subjects)
    Column("subject_id", Uuid),
    Column("prev_day", Date),
    Column("prev_day_unit", Date),
    Column("prev_day_force", Date),
    Index("ix_stat_event_figure_day", "figure", "day", "unit_id"),
    Index("ix_stat_event_day", "day"),
    Index("ix_stat_event_subject_id", "subject_id"),
    # the repeats of a period: the đối tượng events whose previous one is in it (covering)
    Index("ix_stat_event_repeat", "prev_day", "day", "unit_id", "force", "figure",
          "prev_day_unit", "prev_day_force"),
    Index("ix_stat_event_case_id", "case_id"),
)

NO_UNIT = "00000000-0000-0000-0000-000000000000"  # a month row's unit when the case has none


def _month_table(name: str, *dims: Column) -> Table:
    return Table(
        name, metadata,
        Column("month", Date, primary_key=True),  # its first day
        Column("figure", String(24), primary_key=True),
        Column("unit_id", Uuid, primary_key=True),
        *dims,
        Column("joint", Boolean, primary_key=True),
        Column("n", BigInteger, nullable=False, default=0),
        Column("amount", BigInteger, nullable=False, default=0),
        sqlite_with_rowid=False,  # rows kept in key order: a range of months is read in place
    )


# The events summed by calendar month, kept with every write of events (app.statistics.store):
# a report reads the whole months of its period here and only the days of its first and
# last months that the period cuts from ``stat_event``.
stat_month = _month_table("stat_month", Column("violation_kind", String(40), primary_key=True),
                          Column("force", String(30), primary_key=True))
stat_month_commune = _month_table("stat_month_commune",
                                  Column("commune_code", String(10), primary_key=True))
stat_month_goods = _month_table("stat_month_goods",
                                Column("goods_category", String(40), primary_key=True))
MONTH_TABLES = {"main": (stat_month, ("unit_id", "violation_kind", "force")),
                "commune": (stat_month_commune, ("unit_id", "commune_code")),
                "goods": (stat_month_goods, ("unit_id", "goods_category"))}

stat_tip = Table(
    "stat_tip", metadata,
    Column("tip_id", Uuid, primary_key=True),
    Column("unit_id", Uuid),
    Column("commune_code", String(10), nullable=False, default=""),
    Column("received_on", Date, nullable=False),
    Column("status", String(12), nullable=False, default=""),
    Column("case_id", Uuid),
    Column("deleted", Boolean, nullable=False, default=False),
    Index("ix_stat_tip_received_on", "received_on"),
)

FACT_TABLES = (stat_case, stat_event, stat_tip, stat_month, stat_month_commune, stat_month_goods)
