"""Checks of the seed catalogues shipped in resources/catalogs/ (stdlib json only)."""

import json
import re
import unicodedata
from pathlib import Path

import pytest

CATALOG_DIR = Path(__file__).resolve().parent.parent / "resources" / "catalogs"

CATALOGS = [
    "provinces",
    "communes",
    "goods_categories",
    "violation_kinds",
    "legal_acts",
    "measure_units",
    "forces",
    "officer_titles",
    "nationalities",
    "cccd_birthplaces",
]

# The 34 provincial units exactly as DOMAIN.md lists them.
DOMAIN_PROVINCES = {
    "01": "Hà Nội", "04": "Cao Bằng", "08": "Tuyên Quang", "11": "Điện Biên",
    "12": "Lai Châu", "14": "Sơn La", "15": "Lào Cai", "19": "Thái Nguyên",
    "20": "Lạng Sơn", "22": "Quảng Ninh", "24": "Bắc Ninh", "25": "Phú Thọ",
    "31": "Hải Phòng", "33": "Hưng Yên", "37": "Ninh Bình", "38": "Thanh Hóa",
    "40": "Nghệ An", "42": "Hà Tĩnh", "44": "Quảng Trị", "46": "Huế",
    "48": "Đà Nẵng", "51": "Quảng Ngãi", "52": "Gia Lai", "56": "Khánh Hòa",
    "66": "Đắk Lắk", "68": "Lâm Đồng", "75": "Đồng Nai", "79": "Hồ Chí Minh",
    "80": "Tây Ninh", "82": "Đồng Tháp", "86": "Vĩnh Long", "91": "An Giang",
    "92": "Cần Thơ", "96": "Cà Mau",
}
CITY_CODES = {"01", "31", "46", "48", "79", "92"}
BORDER_PROVINCES = {
    "04", "08", "11", "12", "14", "15", "20", "22", "38", "40", "42", "44",
    "46", "48", "51", "52", "66", "68", "75", "80", "82", "91",
}
SAMPLE_COMMUNE_PROVINCES = {"20", "04", "22", "15", "12", "91", "80"}
# catalogues replaced since the first release (a newer version is what makes it load)
VERSIONS = {"communes": 2, "legal_acts": 2, "officer_titles": 2, "violation_kinds": 2}
GROUPS = {"buon_lau_hang_cam", "gian_lan_thuong_mai", "hang_gia"}
SNAKE = re.compile(r"^[a-z0-9]+(_[a-z0-9]+)*$")
POINTS = set("abcdđeghiklmnopq")


def load(name):
    path = CATALOG_DIR / f"{name}.json"
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def items(name):
    return load(name)["items"]


def by_code(name):
    return {item["code"]: item for item in items(name)}


def iter_strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for key, value in obj.items():
            yield key
            yield from iter_strings(value)
    elif isinstance(obj, list):
        for value in obj:
            yield from iter_strings(value)


# ---------------------------------------------------------------- every file


@pytest.mark.parametrize("name", CATALOGS)
def test_file_is_utf8_json_with_two_space_indent(name):
    raw = (CATALOG_DIR / f"{name}.json").read_bytes()
    text = raw.decode("utf-8")
    doc = json.loads(text)
    assert text == json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("name", CATALOGS)
def test_shape(name):
    doc = load(name)
    assert set(doc) - {"notes"} == {"catalog", "version", "source", "items"}
    assert doc["catalog"] == name
    assert doc["version"] == VERSIONS.get(name, 1)
    assert isinstance(doc["source"], str) and doc["source"].strip()
    if "notes" in doc:
        assert all(isinstance(n, str) and n for n in doc["notes"])
    assert isinstance(doc["items"], list) and doc["items"]
    for item in doc["items"]:
        assert isinstance(item, dict)
        assert isinstance(item["code"], str) and item["code"]
        assert isinstance(item["name" if name != "legal_acts" else "title"], str)


@pytest.mark.parametrize("name", CATALOGS)
def test_codes_unique(name):
    codes = [item["code"] for item in items(name)]
    assert len(codes) == len(set(codes))


@pytest.mark.parametrize("name", CATALOGS)
def test_strings_are_nfc_and_trimmed(name):
    for s in iter_strings(load(name)):
        assert unicodedata.is_normalized("NFC", s), repr(s)
        assert s == s.strip() and "  " not in s, repr(s)


# ---------------------------------------------------------------- provinces


def test_provinces_exactly_as_domain():
    provinces = by_code("provinces")
    assert len(provinces) == 34
    assert {code: p["name"] for code, p in provinces.items()} == DOMAIN_PROVINCES


def test_province_kind_and_border():
    for code, p in by_code("provinces").items():
        assert p["kind"] == ("thành phố" if code in CITY_CODES else "tỉnh")
        assert isinstance(p["border"], bool)
        assert p["border"] == (code in BORDER_PROVINCES), code
        assert bool(p["border_countries"]) == p["border"]
        assert set(p["border_countries"]) <= {"CN", "LA", "KH"}


# ---------------------------------------------------------------- communes


def test_communes_fields_and_province_codes():
    provinces = by_code("provinces")
    for c in items("communes"):
        assert re.fullmatch(r"\d{5}", c["code"]), c
        assert c["province_code"] in provinces, c
        assert c["kind"] in {"xã", "phường", "đặc khu"}, c
        assert c["name"].startswith(c["kind"] + " "), c
        assert isinstance(c["border"], bool)
        if "code_note" in c:
            assert c["code_note"] == "provisional"


def test_communes_are_the_whole_2025_map():
    communes = items("communes")
    assert len(communes) == 3321 and len(by_code("communes")) == 3321
    assert {c["province_code"] for c in communes} == set(DOMAIN_PROVINCES)
    kinds = {k: sum(c["kind"] == k for c in communes) for k in ("xã", "phường", "đặc khu")}
    assert kinds == {"xã": 2621, "phường": 687, "đặc khu": 13}
    hanoi = {c["name"] for c in communes if c["province_code"] == "01"}
    assert {"phường Hoàn Kiếm", "phường Cửa Nam", "xã Sóc Sơn"} <= hanoi


def test_communes_file_is_what_the_library_gives():
    """resources/catalogs/communes.json is generated (tools/make_communes.py), never edited."""
    import subprocess
    import sys

    tool = CATALOG_DIR.parent.parent / "tools" / "make_communes.py"
    done = subprocess.run([sys.executable, str(tool), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_communes_cover_sample_border_provinces():
    counts = {}
    for c in items("communes"):
        counts[c["province_code"]] = counts.get(c["province_code"], 0) + 1
    for code in SAMPLE_COMMUNE_PROVINCES:
        assert counts.get(code, 0) >= 15, code
    # full lists after 1 July 2025
    assert counts["20"] == 65 and counts["04"] == 56 and counts["22"] == 54
    assert counts["15"] == 99 and counts["12"] == 38
    assert counts["91"] == 102 and counts["80"] == 96


def test_each_sample_province_has_border_communes_and_only_border_provinces_do():
    provinces = by_code("provinces")
    with_border = {c["province_code"] for c in items("communes") if c["border"]}
    assert with_border == SAMPLE_COMMUNE_PROVINCES
    assert all(provinces[p]["border"] for p in with_border)


def test_lang_son_real_border_communes():
    lang_son = {c["name"]: c for c in items("communes") if c["province_code"] == "20"}
    for name in ("xã Đồng Đăng", "xã Hoàng Văn Thụ", "xã Ba Sơn", "xã Quốc Khánh"):
        assert lang_son[name]["border"] is True, name
    for name in ("phường Đông Kinh", "phường Lương Văn Tri", "phường Tam Thanh", "phường Kỳ Lừa"):
        assert lang_son[name]["kind"] == "phường"
        assert lang_son[name]["border"] is False
    # xã Tân Thanh was merged into xã Hoàng Văn Thụ on 1 July 2025
    assert "xã Tân Thanh" not in lang_son
    assert "xã Tân Thanh" in lang_son["xã Hoàng Văn Thụ"]["former_units"]
    assert lang_son["phường Đông Kinh"]["code"] == "05977"


def test_special_zones_present():
    names = {c["name"] for c in items("communes") if c["kind"] == "đặc khu"}
    assert {"đặc khu Vân Đồn", "đặc khu Cô Tô", "đặc khu Phú Quốc"} <= names


# ---------------------------------------------------------------- goods, kinds


def test_goods_categories():
    goods = by_code("goods_categories")
    assert len(goods) >= 26
    for code, g in goods.items():
        assert SNAKE.match(code), code
        assert isinstance(g["prohibited"], bool)
        assert g["group"] in GROUPS
    for code in ("ma_tuy", "vu_khi", "phao_no", "tien_gia", "dong_vat_hoang_da", "khi_n2o"):
        assert goods[code]["prohibited"] is True, code
    for code in ("xang_dau", "thuoc_la_dieu", "vang", "cau_kho", "my_pham"):
        assert goods[code]["prohibited"] is False, code
    assert goods["thuoc_la_dieu"]["name"] == "Thuốc lá điếu"


def test_violation_kinds():
    kinds = by_code("violation_kinds")
    for code, k in kinds.items():
        assert SNAKE.match(code), code
        assert k["group"] in GROUPS
    expected = {
        "hang_nhap_lau": "buon_lau_hang_cam", "hang_cam": "buon_lau_hang_cam",
        "xuat_lau": "buon_lau_hang_cam", "van_chuyen_trai_phep_qua_bien_gioi": "buon_lau_hang_cam",
        "hang_gia_gia_tri_su_dung": "hang_gia", "hang_gia_mao_nhan": "hang_gia",
        "tem_nhan_bao_bi_gia": "hang_gia", "xam_pham_so_huu_tri_tue": "hang_gia",
        "khong_ro_nguon_goc": "gian_lan_thuong_mai", "gian_lan_nguon_goc_xuat_xu": "gian_lan_thuong_mai",
        "hang_kem_chat_luong": "gian_lan_thuong_mai", "vi_pham_niem_yet_gia": "gian_lan_thuong_mai",
        "vi_pham_tmdt": "gian_lan_thuong_mai", "dau_co_gam_hang": "gian_lan_thuong_mai",
        "kinh_doanh_khong_phep": "gian_lan_thuong_mai",
    }
    for code, group in expected.items():
        assert kinds[code]["group"] == group, code


# ---------------------------------------------------------------- legal acts


def test_legal_acts_fields():
    acts = items("legal_acts")
    kinds = by_code("violation_kinds")
    assert len(acts) >= 60
    for a in acts:
        assert a["decree"] == "98/2020/NĐ-CP"
        assert isinstance(a["article"], int) and isinstance(a["clause"], int)
        assert a["point"] is None or a["point"] in POINTS
        code = f"98/2020-D{a['article']}-K{a['clause']}" + (f"-{a['point']}" if a["point"] else "")
        assert a["code"] == code
        assert a["violation_kind"] in kinds, a["code"]
        for key in ("fine_min", "fine_max"):
            assert isinstance(a[key], int) and not isinstance(a[key], bool) and a[key] > 0
        assert a["fine_min"] <= a["fine_max"], a["code"]
        assert a["fine_max"] <= 200_000_000
        assert a["org_multiplier"] in (1, 2)
        assert isinstance(a["warning_allowed"], bool)
        # the field's maximum (Luật XLVPHC Điều 24): hàng cấm, hàng giả 200 tr, trade 100 tr
        assert a["field_max_fine"] == (200_000_000 if 8 <= a["article"] <= 14 else 100_000_000)
        assert a["fine_max"] <= a["field_max_fine"], a["code"]
        if "note" in a:
            assert isinstance(a["note"], str) and a["note"]


def test_legal_acts_points_inside_their_clause():
    acts = by_code("legal_acts")
    for a in acts.values():
        parent = acts.get(f"98/2020-D{a['article']}-K{a['clause']}")
        if a["point"] and parent:
            assert parent["fine_min"] <= a["fine_min"] <= a["fine_max"] <= parent["fine_max"], a["code"]


def test_legal_acts_known_ranges():
    acts = by_code("legal_acts")
    assert (acts["98/2020-D15-K1-a"]["fine_min"], acts["98/2020-D15-K1-a"]["fine_max"]) == (500_000, 1_000_000)
    assert (acts["98/2020-D15-K1-i"]["fine_min"], acts["98/2020-D15-K1-i"]["fine_max"]) == (40_000_000, 50_000_000)
    assert (acts["98/2020-D8-K1"]["fine_min"], acts["98/2020-D8-K1"]["fine_max"]) == (1_000_000, 3_000_000)
    assert (acts["98/2020-D8-K8"]["fine_min"], acts["98/2020-D8-K8"]["fine_max"]) == (90_000_000, 100_000_000)
    assert acts["98/2020-D17-K1"]["warning_allowed"] is True
    assert acts["98/2020-D15-K1-a"]["violation_kind"] == "hang_nhap_lau"
    assert acts["98/2020-D8-K1"]["violation_kind"] == "hang_cam"


def test_legal_acts_cover_domain_articles():
    articles = {a["article"] for a in items("legal_acts")}
    assert {6, 8, 9, 10, 11, 12, 13, 14, 15, 17, 23, 30, 31, 32} <= articles


# ---------------------------------------------------------------- small lists


def test_measure_units():
    units = items("measure_units")
    names = [u["name"] for u in units]
    assert names.count("bao") == 1
    codes = {u["code"] for u in units}
    assert {"bao", "tut", "cay_vang", "chi", "luong", "kg", "lit", "cai"} <= codes
    for u in units:
        assert SNAKE.match(u["code"]), u
    assert by_code("measure_units")["cay_vang"]["name"] == "cây (vàng)"
    assert by_code("measure_units")["tut"]["name"] == "tút"


def test_forces():
    names = {f["name"] for f in items("forces")}
    assert names == {
        "Quản lý thị trường", "Công an", "Hải quan", "Bộ đội Biên phòng",
        "Thuế", "Kiểm lâm", "UBND xã/phường",
    }


def test_officer_titles():
    titles = by_code("officer_titles")
    expected = {
        "kiem_soat_vien": 10, "kiem_soat_vien_chinh": 10, "kiem_soat_vien_cao_cap": 10,
        "pho_doi_truong": 0, "doi_truong": 30, "chi_cuc_truong": 50,
        "chu_tich_ubnd_xa": 50, "giam_doc_so_cong_thuong": 80, "chu_tich_ubnd_tinh": 100,
    }
    for code, share in expected.items():
        assert titles[code]["fine_share_percent"] == share, code
    # NĐ 189 Điều 12 k1, k2: confiscation up to twice the fine limit; the others any value
    limited = {c for c, t in titles.items() if t["confiscation_multiple"] is not None}
    assert limited == {"kiem_soat_vien", "kiem_soat_vien_chinh", "kiem_soat_vien_cao_cap", "doi_truong"}
    assert {titles[c]["confiscation_multiple"] for c in limited} == {2}
    assert titles["doi_truong"]["short_name"] == "Đội trưởng"
    assert {t["agency_level"] for t in titles.values()} == {"unit", "parent", "other"}
    assert titles["chi_cuc_truong"]["agency_level"] == "parent"
    assert all("fine_limit" not in t for t in titles.values())  # one rule: share × field maximum


def test_nationalities():
    nat = by_code("nationalities")
    for code in nat:
        assert re.fullmatch(r"[A-Z]{2}", code), code
    assert len(nat) >= 20
    assert nat["VN"]["name"] == "Việt Nam"
    assert nat["CN"]["name"] == "Trung Quốc"
    assert nat["LA"]["name"] == "Lào"
    assert nat["KH"]["name"] == "Campuchia"
    assert {"TH", "KR", "JP", "US"} <= set(nat)


def test_cccd_birthplaces():
    places = by_code("cccd_birthplaces")
    assert len(places) == 63
    for code in places:
        assert re.fullmatch(r"0\d\d", code), code
    assert places["001"]["name"] == "Hà Nội"
    assert places["096"]["name"] == "Cà Mau"
    assert places["020"]["name"] == "Lạng Sơn"
    assert places["079"]["name"] == "Hồ Chí Minh"
    # gaps in the table
    assert not {"003", "005", "007", "009", "013", "016", "018", "021"} & set(places)
