"""Generate resources/catalogs/communes.json from the ``vietnam-provinces`` package.

    python tools/make_communes.py [--check]

All 3,321 communes, wards and special zones of the 2025 map (34 provinces), with their
5-digit codes (Quyết định 19/2025/QĐ-TTg), from the library's data; the facts the library
does not carry (land-border communes, the communes merged into one) come from
tools/commune_extras.json, checked against the library's names. ``--check`` writes nothing
and fails when the shipped file differs from what the library gives (the suite runs it).

The library is needed here only: the app reads the generated JSON, so the desktop bundle
does not carry the library's 2.4 MB of lookup tables, and the server can replace the
catalogue with a newer file (``python -m server import-catalog``) as for every catalogue.
Bump VERSION whenever the content changes, so installations load it.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "catalogs" / "communes.json"
EXTRAS = Path(__file__).resolve().parent / "commune_extras.json"
VERSION = 2


def _fold(text: str) -> str:
    """Compare names across the two spellings of a tone mark (Hoá/Hóa, Thuỷ/Thủy)."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").replace("đ", "d")


def catalogue() -> dict[str, Any]:
    import vietnam_provinces
    from vietnam_provinces import Ward

    extras = {e["code"]: e for e in json.loads(EXTRAS.read_text(encoding="utf-8"))["communes"]}
    items = []
    for ward in sorted(Ward.iter_all(), key=lambda w: int(w.code)):
        code = f"{int(ward.code):05d}"
        kind = ward.division_type.value  # xã, phường, đặc khu
        name = " ".join(unicodedata.normalize("NFC", ward.name).split())  # some have "  "
        if not name.lower().startswith(kind + " "):
            raise SystemExit(f"{code}: '{name}' does not start with its kind '{kind}'")
        item: dict[str, Any] = {
            "code": code,
            "name": kind + name[len(kind):],  # "phường Đông Kinh", as written inside a sentence
            "kind": kind,
            "province_code": f"{int(ward.province_code):02d}",
            "border": False,
        }
        extra = extras.pop(code, None)
        if extra is not None:
            if _fold(extra["name"]) != _fold(item["name"]):
                raise SystemExit(f"{code}: extras name '{extra['name']}' ≠ '{item['name']}'")
            item["border"] = bool(extra.get("border", False))
            if extra.get("former_units"):
                item["former_units"] = extra["former_units"]
        items.append(item)
    if extras:
        raise SystemExit(f"codes in {EXTRAS.name} unknown to the library: {sorted(extras)}")
    return {
        "catalog": "communes",
        "version": VERSION,
        "source": (
            "Nghị quyết của UBTVQH về sắp xếp đơn vị hành chính cấp xã năm 2025 (hiệu lực "
            "01/7/2025); mã 5 số theo Quyết định 19/2025/QĐ-TTg; dữ liệu từ gói vietnam-provinces "
            f"{vietnam_provinces.__version__} (lấy ngày {vietnam_provinces.__data_version__})"
        ),
        "notes": [
            "Đủ 3.321 đơn vị hành chính cấp xã của 34 tỉnh, thành phố; sinh tự động bằng "
            "tools/make_communes.py, không sửa tay. Máy chủ tỉnh có thể phân phối bản mới hơn.",
            "Cờ border (xã, phường có đường biên giới đất liền) và former_units do người soạn ghi "
            "trong tools/commune_extras.json, hiện cho 7 tỉnh (04, 12, 15, 20, 22, 80, 91); CHƯA "
            "đối chiếu với danh sách xã biên giới chính thức — cần rà soát.",
            "Xã Tân Thanh (Văn Lãng, Lạng Sơn) không còn từ 01/7/2025: đã nhập vào xã Hoàng Văn "
            "Thụ (xem former_units).",
        ],
        "items": items,
    }


def render(doc: dict[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str]) -> int:
    text = render(catalogue())
    if "--check" in argv:
        if TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET} differs from the library: run python tools/make_communes.py")
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"{TARGET.relative_to(ROOT)}: {len(catalogue()['items'])} communes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
