"""The "Báo cáo" tab: the team's own report of a period (app.statistics), compared with the
same period last year, as a table, a chart and the summary sentence, opened into the cases
behind a figure, exported to XLSX and PDF."""
