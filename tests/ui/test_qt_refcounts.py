"""PySide6 6.12.0 on Python 3.11 drops a reference to None/True on many ordinary calls
(setReadOnly, addItem, setText…) until Python aborts with "none_dealloc" — after about
30,000 calls, well within a working day. This pins a Qt binding that does not."""

from __future__ import annotations

import subprocess
import sys
import textwrap

PROBE = textwrap.dedent("""
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QTableWidget, QTableWidgetItem
    app = QApplication([])
    line, combo, check, table = QLineEdit(), QComboBox(), QCheckBox(), QTableWidget(1, 1)
    item = QTableWidgetItem("x")
    table.setItem(0, 0, item)
    before = sys.getrefcount(None), sys.getrefcount(True)
    for i in range(20000):
        line.setText(str(i)); line.setReadOnly(i % 2 == 0)
        combo.addItem(str(i), str(i)); combo.setCurrentIndex(i % 3)
        item.setText(str(i)); check.setChecked(i % 2 == 0)
    after = sys.getrefcount(None), sys.getrefcount(True)
    print(after[0] - before[0], after[1] - before[1])
""")


def test_qt_calls_do_not_leak_references_to_none_or_true():
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    none_drift, true_drift = map(int, result.stdout.split())
    # 120,000 calls: a binding with the bug drifts by tens of thousands (or aborts)
    assert abs(none_drift) < 500 and abs(true_drift) < 500, (none_drift, true_drift)
