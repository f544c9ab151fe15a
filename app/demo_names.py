"""Invented Vietnamese names, goods and places for demo data (no real persons)."""

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Nông", "Lương", "Triệu", "Vi", "Lục", "Hà", "Đàm", "Lăng", "Mã", "Chu", "Tô", "Hứa", "Lâm", "Quách", "Phan", "Đinh"]
MIDDLE_M = ["Văn", "Đức", "Minh", "Quang", "Xuân", "Hữu", "Công", "Thành", "Tiến", "Ngọc"]
MIDDLE_F = ["Thị", "Thu", "Ngọc", "Thanh", "Kim", "Minh", "Hồng", "Bích", "Diệu", "Phương"]
GIVEN_M = ["An", "Bình", "Cường", "Dũng", "Hùng", "Long", "Nam", "Phúc", "Quân", "Sơn", "Thắng", "Tuấn", "Đạt", "Hiếu", "Khánh", "Vinh", "Toàn", "Lợi", "Kiên", "Trường"]
GIVEN_F = ["Ánh", "Hà", "Hạnh", "Hương", "Lan", "Linh", "Mai", "Nga", "Thảo", "Vân", "Yến", "Huyền", "Nhung", "Quỳnh", "Trang", "Dung", "Loan", "Hoa", "Lụa", "Hiền"]
OCCUPATIONS = ("Kinh doanh tự do", "Lái xe", "Buôn bán nhỏ", "Nông dân", "Chủ hộ kinh doanh", "Lao động tự do")
COMPANY_WORDS = ["Hoàng", "Long", "Minh", "Phát", "Thành", "Đạt", "Biên", "Cương", "Đông", "Bắc", "Kim", "Ngân", "Phú", "Quý", "Hưng", "Thịnh", "Tân", "Phong", "An", "Khang", "Bảo", "Ngọc", "Hải", "Đăng", "Việt", "Trung", "Sơn", "Hà"]
HAMLETS = ("thôn Nà Lừa", "thôn Bản Vàng", "thôn Khòn Khuyến", "bản Na Hình", "thôn Pò Mã", "tổ 3", "tổ 7", "thôn Tân Lập", "bản Chu Lìn", "ấp Vĩnh Lợi")
PLACES = (
    "bãi xe", "đường mòn biên giới", "kho hàng của hộ kinh doanh", "điểm tập kết hàng hóa",
    "cửa hàng tạp hóa", "điểm giao nhận chuyển phát", "quốc lộ 1A", "quốc lộ 4B", "đường tỉnh 235",
)
# (name, category keyword to match in the catalogue, unit, unit value in đồng, kind)
GOODS = (
    ("Thuốc lá điếu nhãn hiệu Esse (nhập lậu)", "thuoc la dieu", "bao", 23000, "Thuốc lá ngoại"),
    ("Thuốc lá điếu nhãn hiệu Jet (nhập lậu)", "thuoc la dieu", "bao", 22000, "Thuốc lá ngoại"),
    ("Thuốc lá điện tử dùng một lần", "dien tu", "chiếc", 180000, "Thuốc lá điện tử"),
    ("Đường cát trắng không rõ nguồn gốc", "duong", "kg", 19000, "Đường kính trắng"),
    ("Mỹ phẩm kem dưỡng da không nhãn phụ tiếng Việt", "my pham", "hộp", 120000, "Kem dưỡng"),
    ("Áo khoác nam giả mạo nhãn hiệu", "quan ao", "chiếc", 220000, "Áo khoác"),
    ("Giày thể thao giả mạo nhãn hiệu", "quan ao", "đôi", 350000, "Giày"),
    ("Bánh kẹo nhập khẩu không có nhãn phụ", "banh", "gói", 35000, "Bánh kẹo các loại"),
    ("Rượu ngoại không có tem nhập khẩu", "ruou", "chai", 450000, "Rượu mạnh"),
    ("Điện thoại di động đã qua sử dụng", "dien tu", "chiếc", 1500000, "Điện thoại"),
    ("Phân bón NPK không rõ nguồn gốc", "phan bon", "bao", 420000, "Bao 50 kg"),
    ("Gà thải loại nhập lậu", "gia suc", "kg", 45000, "Gà đông lạnh"),
    ("Thuốc tân dược không có số đăng ký", "thuoc tan duoc", "hộp", 90000, "Thuốc kháng sinh"),
    ("Pháo hoa nổ", "phao", "kg", 400000, "Pháo các loại"),
    ("Bình khí N2O (khí cười)", "n2o", "chiếc", 250000, "Bình 3,3 lít"),
    ("Cau khô nhập lậu", "cau", "kg", 60000, "Cau sấy"),
)
# Legal act articles of NĐ 98/2020 matching the goods above (article numbers).
ACT_FOR_KEYWORD = {
    "thuoc la dieu": 23, "dien tu": 15, "duong": 17, "my pham": 17, "quan ao": 11,
    "banh": 17, "ruou": 15, "phan bon": 17, "gia suc": 15, "thuoc tan duoc": 17,
    "phao": 8, "n2o": 8, "cau": 15,
}
PLATE_PREFIX = {"20": "12", "04": "11", "22": "14", "15": "24", "12": "25", "91": "67", "80": "70"}
OFFICERS = (
    ("Hoàng Văn Thắng", "Đội trưởng Đội Quản lý thị trường số 3", "0105", "doi_truong"),
    ("Nông Thị Hạnh", "Kiểm soát viên thị trường", "0123", "kiem_soat_vien"),
    ("Lương Đức Minh", "Kiểm soát viên thị trường", "0148", "kiem_soat_vien"),
    ("Triệu Quang Vinh", "Kiểm soát viên thị trường", "0162", "kiem_soat_vien"),
)
