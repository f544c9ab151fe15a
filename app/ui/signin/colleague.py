"""A one-time sign-in code for a colleague of the unit who has no account on this laptop
yet (an officer the province provisioned by sync). The colleague picks their name on the
sign-in page, types the code, and sets their own password at once. A forgotten password is
not reset here: that is the province's (python -m server open-laptop --one-time-code)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from app.ui.ops import Op


def give_colleague_code(window: QWidget, db) -> None:
    from app.security.keyfile import KeyFile

    def officers(session):
        from app.services.settings import unit_officers

        have = set(KeyFile.load(db.data_dir.root).accounts)
        return [(str(o.id), o.full_name) for o in unit_officers(session) if str(o.id) not in have]

    def choose(candidates: list[tuple[str, str]]) -> None:
        if not candidates:
            box = QMessageBox(
                QMessageBox.Icon.Information, QCoreApplication.translate("ColleagueCode", "Cấp mã đăng nhập"),
                QCoreApplication.translate("ColleagueCode", "Mọi cán bộ của đơn vị đã có tài khoản trên máy này."),
                parent=window)
            box.open()
            return
        names = [name for _id, name in candidates]
        dialog = QInputDialog(window, objectName="colleague_pick")
        dialog.setWindowTitle(QCoreApplication.translate("ColleagueCode", "Cấp mã đăng nhập"))
        dialog.setLabelText(QCoreApplication.translate("ColleagueCode", "Cán bộ chưa có tài khoản trên máy:"))
        dialog.setComboBoxItems(names)
        dialog.setComboBoxEditable(False)

        def picked(name: str) -> None:
            officer_id = candidates[names.index(name)][0]

            def issue(_none) -> str:
                keys = KeyFile.load(db.data_dir.root)
                code = keys.issue_one_time_code(db.key, officer_id, name)
                keys.save()
                return code

            Op(window, issue, with_session=False).success(lambda code: _show(window, name, code)).run()

        dialog.textValueSelected.connect(picked)
        dialog.open()

    Op(window, officers).success(choose).run()


def _show(window: QWidget, name: str, code: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information, QCoreApplication.translate("ColleagueCode", "Mã đăng nhập một lần"),
        QCoreApplication.translate("ColleagueCode", "Mã của %1: %2").replace("%1", name).replace("%2", code),
        parent=window)
    box.setObjectName("colleague_code")
    box.setInformativeText(QCoreApplication.translate(
        "ColleagueCode", "Đưa tận tay cán bộ. Mã chỉ dùng một lần: khi đăng nhập bằng mã, cán bộ đặt "
        "mật khẩu của mình."))
    box.open()
