"""Statistics and reports (issue #12; REPORTS.md): the figures the Ban Chỉ đạo 389 and the
QLTT report, the same on the laptop and on the provincial server.

- ``facts``: the fact tables (``stat_case``, ``stat_event``, ``stat_tip``), one schema on
  SQLite and PostgreSQL; ``projection`` makes their rows from the wire payloads (the counting
  rules live there); ``store`` writes them; ``local`` keeps the laptop's current
  (server.statistics.feed keeps the province's).
- ``periods`` (TT 55/2020, cut-off day, Tết campaign, same period last year), ``figures``
  (each figure declared once), ``engine`` (the queries), ``cases`` (the cases behind a
  figure), ``tips``.
- ``report`` puts a report together; ``summary`` writes its paragraph; ``xlsx`` and ``pdf``
  its files; ``wording`` the numbers as the reports write them; ``outputs`` what both
  command lines share.

Qt-free; importable by the server. Nothing below imports app.ui or app.cli.
"""
