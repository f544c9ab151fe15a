"""Upgrades of the fact tables already filled, run by the desktop's migration and the
server's alike (the same tables on both). Frozen once released: a later change of the
facts gets a function of its own here, never an edit of one a migration calls.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

NIL = {"sqlite": "'00000000000000000000000000000000'",
       "postgresql": "'00000000-0000-0000-0000-000000000000'::uuid"}

SUBJECT_EVENTS = "('doi_tuong_ca_nhan', 'doi_tuong_to_chuc', 'doi_tuong_khac')"

# the previous đối tượng event of the same subject (anywhere, in the unit, in the force)
LINK_PREVIOUS = """
UPDATE stat_event SET prev_day = w.pa, prev_day_unit = w.pu, prev_day_force = w.pf
FROM (SELECT id,
             lag(day) OVER (PARTITION BY subject_id ORDER BY day, id) AS pa,
             lag(day) OVER (PARTITION BY subject_id, unit_id ORDER BY day, id) AS pu,
             lag(day) OVER (PARTITION BY subject_id, force ORDER BY day, id) AS pf
      FROM stat_event WHERE subject_id IS NOT NULL) AS w
WHERE w.id = stat_event.id AND w.pa IS NOT NULL
"""


def month_of_day(dialect: str) -> str:
    return "date(day, 'start of month')" if dialect == "sqlite" else "date_trunc('month', day)::date"


def subject_repeats(op: Any) -> None:
    """Đối tượng counted from its own events and their repeats (app.statistics.subjects):
    the previous-day columns, a đối tượng event beside each ``vi_pham`` event that names a
    subject (which then names none), their monthly sums, and the indexes."""
    dialect = op.get_bind().dialect.name
    for column in ("prev_day", "prev_day_unit", "prev_day_force"):
        op.add_column("stat_event", sa.Column(column, sa.Date(), nullable=True))
    op.execute("""
        INSERT INTO stat_event (case_id, record_id, figure, day, n, amount, unit_id, force,
            commune_code, violation_kind, goods_category, subject_kind, joint, subject_id)
        SELECT case_id, NULL, CASE subject_kind WHEN 'individual' THEN 'doi_tuong_ca_nhan'
                   WHEN 'organisation' THEN 'doi_tuong_to_chuc' ELSE 'doi_tuong_khac' END,
               day, 1, 0, unit_id, force, commune_code, violation_kind, goods_category,
               subject_kind, joint, subject_id
        FROM stat_event WHERE figure = 'vi_pham' AND subject_id IS NOT NULL""")
    op.execute("UPDATE stat_event SET subject_id = NULL WHERE figure = 'vi_pham'")
    month = month_of_day(dialect)
    for table, dims in (("stat_month", "violation_kind, force"),
                        ("stat_month_commune", "commune_code"),
                        ("stat_month_goods", "goods_category")):
        op.execute(f"""
            INSERT INTO {table} (month, figure, unit_id, {dims}, joint, n, amount)
            SELECT {month}, figure, coalesce(unit_id, {NIL[dialect]}), {dims}, joint,
                   sum(n), sum(amount)
            FROM stat_event WHERE figure IN {SUBJECT_EVENTS}
            GROUP BY {month}, figure, coalesce(unit_id, {NIL[dialect]}), {dims}, joint""")
    op.execute(LINK_PREVIOUS)
    op.drop_index("ix_stat_event_subject", table_name="stat_event")
    op.create_index("ix_stat_event_figure_day", "stat_event", ["figure", "day", "unit_id"])
    op.create_index("ix_stat_event_subject_id", "stat_event", ["subject_id"])
    op.create_index("ix_stat_event_repeat", "stat_event",
                    ["prev_day", "day", "unit_id", "force", "figure", "prev_day_unit",
                     "prev_day_force"])



def subject_repeats_undone(op: Any) -> None:
    """Back to a distinct count: the subject on each ``vi_pham`` event again, the đối tượng
    events and their monthly sums gone."""
    for index in ("ix_stat_event_repeat", "ix_stat_event_subject_id", "ix_stat_event_figure_day"):
        op.drop_index(index, table_name="stat_event")
    op.execute(f"""
        UPDATE stat_event SET subject_id = (
            SELECT d.subject_id FROM stat_event AS d
            WHERE d.case_id = stat_event.case_id AND d.figure IN {SUBJECT_EVENTS})
        WHERE figure = 'vi_pham'""")
    op.execute(f"DELETE FROM stat_event WHERE figure IN {SUBJECT_EVENTS}")
    for table in ("stat_month", "stat_month_commune", "stat_month_goods"):
        op.execute(f"DELETE FROM {table} WHERE figure IN {SUBJECT_EVENTS}")
    for column in ("prev_day", "prev_day_unit", "prev_day_force"):
        op.drop_column("stat_event", column)
    op.create_index("ix_stat_event_subject", "stat_event",
                    ["figure", "day", "unit_id", "force", "subject_kind", "subject_id"])
