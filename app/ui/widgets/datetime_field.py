"""Date and date-time fields that may be empty (drafts), shown in Vietnam time.

The form holds aware UTC datetimes; the field shows and edits Vietnam wall-clock time
(UTC+7). The exact value given to ``set_value`` is returned untouched until the user
edits the field, so seconds and microseconds survive a round trip.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, Qt, QTime, QTimeZone, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateTimeEdit, QHBoxLayout, QToolButton, QWidget

from app.vntime import VN_TZ

_SENTINEL = QDateTime(QDate(1800, 1, 1), QTime(0, 0), QTimeZone(QTimeZone.Initialization.UTC))
_START_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
NOW_KEY = "n"  # typed in the field: now (today for a date), like the "Bây giờ" button


def to_wall(value: datetime) -> QDateTime:
    """An aware (naive = UTC) datetime as Vietnam wall-clock components in a UTC QDateTime."""
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    local = aware.astimezone(VN_TZ)
    return QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute),
        QTimeZone(QTimeZone.Initialization.UTC),
    )


def from_wall(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    local = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=VN_TZ)
    return local.astimezone(UTC)


def now_vn_minute() -> datetime:
    return datetime.now(UTC).replace(second=0, microsecond=0)


class _Edit(QDateTimeEdit):
    """Shows "chưa nhập" at the sentinel; the first key or click starts from now/today.

    Tab always leaves the field (sections are reached by typing, "/" or the arrows);
    QDateTimeEdit would swallow it while "chưa nhập" shows, trapping the keyboard.
    "n" sets now/today, Delete empties the field (the ✕ button, which Tab skips); other
    letters are ignored rather than appended to "chưa nhập".
    """

    def __init__(self, with_time: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTimeZone(QTimeZone(QTimeZone.Initialization.UTC))
        self.setMinimumDateTime(_SENTINEL)
        self.setSpecialValueText(self.tr("chưa nhập"))
        self.setDisplayFormat("dd/MM/yyyy HH:mm" if with_time else "dd/MM/yyyy")
        self.setCalendarPopup(True)
        self.calendarWidget().installEventFilter(self)
        self.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self._with_time = with_time
        self.setDateTime(_SENTINEL)
        self.setToolTip(self.tr("Gõ số (ngày, tháng, năm{t}); phím N: {now}; Delete: để trống").format(
            t=self.tr(", giờ, phút") if with_time else "",
            now=self.tr("bây giờ") if with_time else self.tr("hôm nay")))

    def is_unset(self) -> bool:
        return self.dateTime() == _SENTINEL

    def start(self) -> None:
        """Leave the empty state at today (and now, for date-times)."""
        self.setDateTime(
            to_wall(now_vn_minute())
            if self._with_time
            else QDateTime(QDate.currentDate(), QTime(0, 0), self.timeZone())
        )
        self.setSelectedSection(QDateTimeEdit.Section.DaySection)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 (Qt override)
        return QWidget.focusNextPrevChild(self, forward)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            forward = event.key() == Qt.Key.Key_Tab and not shift
            QWidget.focusNextPrevChild(self, forward)
            return
        text = event.text()
        if self.isReadOnly() or event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            super().keyPressEvent(event)
            return
        if text.lower() == NOW_KEY:
            self.start()
            return
        if event.key() == Qt.Key.Key_Delete:
            self.setDateTime(_SENTINEL)
            return
        if self.is_unset() and (event.key() in _START_KEYS or text.isdigit()):
            self.start()
            if not text.isdigit():
                return
        elif self.is_unset() and text.isprintable() and text.strip():
            return  # a letter or sign on "chưa nhập": nothing to edit
        super().keyPressEvent(event)

    def stepBy(self, steps: int) -> None:
        if self.is_unset():
            self.start()
            return
        super().stepBy(steps)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.calendarWidget()
            and event.type() == QEvent.Type.Show
            and self.is_unset()
        ):
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.is_unset() and not self.isReadOnly():
            self.start()
            return
        super().mouseDoubleClickEvent(event)


class DateTimeField(QWidget):
    """``value()`` → aware UTC datetime (or ``date`` with ``with_time=False``) or None."""

    changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, with_time: bool = True, now_button: bool = False
    ) -> None:
        super().__init__(parent)
        self._with_time = with_time
        self._value: datetime | date | None = None
        self._loading = False
        self.edit = _Edit(with_time, self)
        self.edit.setMinimumWidth(150 if with_time else 115)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("✕")
        self.clear_button.setToolTip(self.tr("Xóa (để trống) — phím Delete trong ô"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Delete in the field does it
        self.clear_button.clicked.connect(self._clear_by_user)
        keep = self.clear_button.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # "Bây giờ" does not jump when ✕ appears
        self.clear_button.setSizePolicy(keep)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit)
        row.addWidget(self.clear_button)
        self.now_button: QToolButton | None = None
        if now_button:
            self.now_button = QToolButton(self)
            self.now_button.setText(self.tr("Bây giờ") if with_time else self.tr("Hôm nay"))
            self.now_button.setToolTip(
                self.tr("Điền giờ hiện tại (hoặc gõ phím N trong ô)")
                if with_time
                else self.tr("Điền ngày hôm nay (hoặc gõ phím N trong ô)")
            )
            self.now_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.now_button.clicked.connect(self.edit.start)
            row.addWidget(self.now_button)
        row.addStretch(1)
        self.setFocusProxy(self.edit)
        self.edit.dateTimeChanged.connect(self._on_edit)
        self._sync_buttons()

    def value(self) -> datetime | date | None:
        return self._value

    def set_value(self, value: datetime | date | None) -> None:
        self._loading = True
        try:
            self._value = value
            if value is None:
                self.edit.setDateTime(_SENTINEL)
            elif isinstance(value, datetime):
                self.edit.setDateTime(to_wall(value))
            else:
                self.edit.setDateTime(
                    QDateTime(
                        QDate(value.year, value.month, value.day), QTime(0, 0), self.edit.timeZone()
                    )
                )
        finally:
            self._loading = False
        self._sync_buttons()
        self.changed.emit()

    def is_empty(self) -> bool:
        return self._value is None

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 (Qt naming, like QLineEdit)
        self.edit.setReadOnly(read_only)
        self._sync_buttons()

    def isReadOnly(self) -> bool:  # noqa: N802
        return self.edit.isReadOnly()

    def _on_edit(self, qdt: QDateTime) -> None:
        if self._loading:
            return
        if self.edit.is_unset():
            self._value = None
        elif self._with_time:
            self._value = from_wall(qdt)
        else:
            d = qdt.date()
            self._value = date(d.year(), d.month(), d.day())
        self._sync_buttons()
        self.changed.emit()

    def _clear_by_user(self) -> None:
        self.edit.setDateTime(_SENTINEL)

    def _sync_buttons(self) -> None:
        read_only = self.edit.isReadOnly()
        self.clear_button.setVisible(not read_only and self._value is not None)
        if self.now_button is not None:
            self.now_button.setVisible(not read_only)
