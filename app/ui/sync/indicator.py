"""The sync state, always visible at the right of the status bar.

One coloured dot and a line: offline (and when the next attempt is), syncing with the
stage and a progress bar, synced N minutes ago, K records waiting, the last error, a
revoked device; "N cần xử lý" is a button that opens the conflicts, and a laptop that is
not enrolled gets an "Đăng ký…" button. The engine's own Vietnamese messages (SyncError,
SyncStatus.headline) go in the tooltip and in the error line.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from app.ui.sync.controller import ENROLLING, PROBING, SYNCING, SyncController
from app.ui.vn_format import VN_TZ

GREEN, AMBER, RED, BLUE, GREY = "#1b7f3b", "#b26a00", "#b00020", "#1f5fbf", "#6b6b6b"


class SyncIndicator(QWidget):
    enrol_requested = Signal()
    conflicts_requested = Signal()

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_indicator")
        self.controller = controller
        self.stage = ""
        self.dot = QLabel("●", objectName="sync_dot")
        self.state_label = QLabel(objectName="sync_state")
        self.pending_label = QLabel(objectName="sync_pending", styleSheet=f"color: {AMBER};")
        self.bar = QProgressBar(objectName="sync_progress", maximumWidth=120, maximumHeight=14,
                                textVisible=False)
        self.attention = QToolButton(objectName="sync_attention", autoRaise=True)
        self.attention.setStyleSheet(f"color: {RED}; font-weight: bold;")
        self.enrol_button = QToolButton(objectName="sync_enrol", autoRaise=True,
                                        text=self.tr("Đăng ký…"))
        self.attention.clicked.connect(self.conflicts_requested)
        self.enrol_button.clicked.connect(self.enrol_requested)
        self.separators = {w: QLabel("·", styleSheet=f"color: {GREY};")
                           for w in (self.pending_label, self.attention)}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(6)
        for w in (self.dot, self.state_label, self.bar, self.pending_label, self.attention,
                  self.enrol_button):
            if w in self.separators:
                layout.addWidget(self.separators[w])
            layout.addWidget(w)
        c = controller
        for signal in (c.status_changed, c.state_changed, c.failed, c.finished, c.probed, c.scheduled):
            signal.connect(self.render)
        c.progress.connect(self._progress)
        self.render()

    def text(self) -> str:
        """What the user reads (the visible labels and buttons, in order)."""
        parts = [w.text() for w in (self.state_label, self.pending_label, self.attention, self.enrol_button)
                 if not w.isHidden() and w.text()]
        return " · ".join(parts)

    def _progress(self, stage: str, done: int, total: int) -> None:
        self.stage = stage
        self.bar.setRange(0, max(total, 0))
        self.bar.setValue(min(done, total) if total > 0 else 0)
        self.render()

    # --- what to say ---------------------------------------------------------------------------
    def render(self, *_args: Any) -> None:
        c, s = self.controller, self.controller.status
        self.bar.setVisible(c.state == SYNCING)
        self.enrol_button.setVisible(s is not None and not s.enrolled)
        self.pending_label.setVisible(bool(s and s.enrolled and s.pending))
        if s is not None:
            self.pending_label.setText(self.tr("%n bản ghi chờ gửi", "", s.pending))
            self.attention.setText(self.tr("%n cần xử lý", "", s.needs_attention))
        self.attention.setVisible(bool(s and s.needs_attention))
        for w, separator in self.separators.items():
            separator.setVisible(not w.isHidden())
        colour, text, tip = self._state(c, s)
        self.dot.setStyleSheet(f"color: {colour};")
        self.state_label.setText(text)
        self.setToolTip(tip)

    def _state(self, c: SyncController, s: Any) -> tuple[str, str, str]:
        headline = s.headline() if s is not None else ""
        if c.state == SYNCING:
            stage = self.stage[:1].lower() + self.stage[1:] if self.stage else self.tr("bắt đầu")
            return BLUE, self.tr("Đang đồng bộ: %1").replace("%1", stage), headline
        if c.state == ENROLLING:
            return BLUE, self.tr("Đang đăng ký với máy chủ…"), headline
        if s is None:
            return GREY, self.tr("Đồng bộ: đang kiểm tra…"), ""
        if not s.enrolled:
            return GREY, self.tr("Chưa đăng ký với máy chủ Chi cục"), headline
        if s.revoked or (c.last_error and c.last_error.kind == "revoked"):
            return RED, self.tr("Máy đã bị thu hồi quyền đồng bộ"), headline
        error = c.last_error
        if c.offline or (error and error.kind == "offline"):
            return AMBER, self._offline(c), (str(error) if error else headline)
        if error is not None:
            return RED, self.tr("Lỗi đồng bộ: %1").replace("%1", _short(str(error))), str(error)
        probing = self.tr(" (đang kiểm tra kết nối…)") if c.state == PROBING else ""
        colour = AMBER if s.pending else GREEN
        return colour, self._synced_ago(s.last_success) + probing, headline

    def _offline(self, c: SyncController) -> str:
        delay = c.schedule.delay()
        if c.state == PROBING:
            return self.tr("Ngoại tuyến · đang thử kết nối…")
        if delay is None:
            return self.tr("Ngoại tuyến")
        at = (datetime.now(UTC) + timedelta(seconds=delay)).astimezone(VN_TZ)
        return self.tr("Ngoại tuyến · thử lại lúc %1").replace("%1", at.strftime("%H:%M"))

    def _synced_ago(self, last: datetime | None) -> str:
        if last is None:
            return self.tr("Chưa đồng bộ lần nào")
        minutes = int((datetime.now(UTC) - last).total_seconds() // 60)
        if minutes < 1:
            return self.tr("Vừa đồng bộ")
        if minutes < 60:
            return self.tr("Đã đồng bộ %n phút trước", "", minutes)
        if minutes < 48 * 60:
            return self.tr("Đã đồng bộ %n giờ trước", "", minutes // 60)
        return self.tr("Đã đồng bộ %n ngày trước", "", minutes // (24 * 60))


def _short(message: str, limit: int = 70) -> str:
    first = message.split("\n", 1)[0]
    return first if len(first) <= limit else first[: limit - 1] + "…"
