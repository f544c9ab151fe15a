"""First start: load demo data to learn the app, or set up this laptop's unit.

The officer is the one who just made the laptop's first account (app.ui.signin): their
record gets the account's id, so they act in everything they do."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.demo import generate_demo
from app.errors import ValidationFailed
from app.rows import Catalogs
from app.services.settings import UnitSetup, configure_unit
from app.ui.errors import show_error
from app.ui.ops import Op

DEMO_CASES = 300
ERROR_STYLE = "color: #b00020;"


class FirstStartDialog(QDialog):
    done_setup = Signal()

    def __init__(self, catalogs: Catalogs, parent: QWidget | None = None,
                 officer: tuple[str, str] | None = None) -> None:
        super().__init__(parent)
        self.officer_id = officer[0] if officer else None
        self.setObjectName("first_start")
        self.setWindowTitle(self.tr("Chào mừng đến với Thực Địa"))
        self.setModal(True)
        intro = QLabel(self.tr(
            "Máy này chưa được thiết lập. Nhập đơn vị và người sử dụng để bắt đầu ghi nhận vụ việc,\n"
            "hoặc nạp dữ liệu mẫu (đơn vị, cán bộ và %1 vụ việc giả định) để làm quen.").replace("%1", str(DEMO_CASES)))
        self.fields: dict[str, QLineEdit | QComboBox] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        province = QComboBox()
        province.addItem(self.tr("— Chọn tỉnh/thành phố —"), "")  # nothing assumed: the user picks
        for p in catalogs.provinces:
            province.addItem(f"{p.code} – {p.label}", p.code)
        rows = (
            ("unit_name", self.tr("Tên đơn vị"), QLineEdit(placeholderText="Đội Quản lý thị trường số 3")),
            ("parent_name", self.tr("Cơ quan chủ quản"), QLineEdit(placeholderText="Chi cục Quản lý thị trường tỉnh Lạng Sơn")),
            ("province_code", self.tr("Tỉnh/thành phố"), province),
            ("agency_code", self.tr("Mã Chi cục (2 số)"), QLineEdit(placeholderText="20", maxLength=2)),
            ("team_code", self.tr("Mã Đội (2 số)"), QLineEdit(
                placeholderText=self.tr("VD 03; 00 nếu Chi cục ban hành"), maxLength=2)),
            ("officer_name", self.tr("Họ tên người sử dụng"), QLineEdit()),
            ("officer_position", self.tr("Chức vụ"), QLineEdit("Kiểm soát viên thị trường")),
            ("officer_badge", self.tr("Số hiệu"), QLineEdit(placeholderText="20-QLTT-0123")),
        )
        for key, label, widget in rows:
            widget.setObjectName(f"setup:{key}")
            error = QLabel(objectName=f"error:{key}", styleSheet=ERROR_STYLE, wordWrap=True)
            error.hide()
            box = QVBoxLayout()
            box.setSpacing(1)
            box.addWidget(widget)
            box.addWidget(error)
            form.addRow(label, box)
            self.fields[key], self.errors[key] = widget, error
        if officer:  # the name the account was made with
            name = self.fields["officer_name"]
            assert isinstance(name, QLineEdit)
            name.setText(officer[1])
            name.setReadOnly(True)
        self.demo_button = QPushButton(self.tr("Nạp dữ liệu mẫu"), objectName="load_demo")
        self.save_button = QPushButton(self.tr("Lưu thiết lập"), objectName="save_setup", default=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.demo_button.clicked.connect(self.load_demo)
        self.save_button.clicked.connect(self.save)

    def _value(self, key: str) -> str:
        w = self.fields[key]
        return w.currentData() if isinstance(w, QComboBox) else w.text()

    def save(self) -> None:
        setup = UnitSetup(**{k: self._value(k) for k in self.fields}, officer_id=self.officer_id)
        for e in self.errors.values():
            e.hide()
        self._busy(True)
        Op(self, lambda s: configure_unit(s, setup).name).success(self._finished).failure(self._failed).run()

    def load_demo(self) -> None:
        self._busy(True)
        self.demo_button.setText(self.tr("Đang tạo dữ liệu mẫu…"))
        Op(self, lambda s: generate_demo(s, DEMO_CASES)).success(self._finished).failure(self._failed).run()

    def _busy(self, busy: bool) -> None:
        self.demo_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)

    def _finished(self, _result) -> None:
        self.accept()
        self.done_setup.emit()

    def _failed(self, exc: Exception) -> None:
        self._busy(False)
        self.demo_button.setText(self.tr("Nạp dữ liệu mẫu"))
        if isinstance(exc, ValidationFailed):
            for key, message in exc.errors.items():
                if key in self.errors:
                    self.errors[key].setText(message)
                    self.errors[key].show()
            return
        show_error(self, exc)
