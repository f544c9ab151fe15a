<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BasisSection</name>
    <message>
        <location filename="../../app/ui/case_editor/basis_section.py" line="17"/>
        <source>Căn cứ, thời gian, địa điểm</source>
        <translation>Basis, time and place</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/basis_section.py" line="18"/>
        <source>Căn cứ kiểm tra</source>
        <translation>Basis for inspection</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/basis_section.py" line="19"/>
        <source>Theo Quyết định kiểm tra</source>
        <translation>Under an inspection decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/basis_section.py" line="20"/>
        <source>Kiểm tra đột xuất</source>
        <translation>Unscheduled inspection</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/basis_section.py" line="32"/>
        <source>Căn cứ</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/basis_section.py" line="38"/>
        <source>VD 20030015/QĐ-KT</source>
        <translation>e.g. 20030015/QĐ-KT</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/basis_section.py" line="42"/>
        <source>VD Đội trưởng Đội QLTT số 3</source>
        <translation>e.g. Head of Market Surveillance Team No. 3</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/basis_section.py" line="44"/>
        <source>Số Quyết định</source>
        <translation>Decision number</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/basis_section.py" line="45"/>
        <source>Ngày Quyết định</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/basis_section.py" line="46"/>
        <source>Người ký</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/basis_section.py" line="47"/>
        <source>Chức vụ người ký</source>
        <translation>Signatory&apos;s position</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/basis_section.py" line="52"/>
        <source>VD Phát hiện xe tải chở hàng không có hóa đơn, chứng từ tại đường mòn…</source>
        <translation>e.g. A truck was found carrying goods without invoices or documents on a trail…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/basis_section.py" line="56"/>
        <source>Số tin báo, nếu có</source>
        <translation>Tip-off number, if any</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/basis_section.py" line="59"/>
        <source>Căn cứ kiểm tra đột xuất</source>
        <translation>Grounds for the unscheduled inspection</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/basis_section.py" line="64"/>
        <source>Tin báo số</source>
        <translation>Tip-off no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/basis_section.py" line="67"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/basis_section.py" line="71"/>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/basis_section.py" line="72"/>
        <source>Kết thúc</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/basis_section.py" line="74"/>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/basis_section.py" line="77"/>
        <source>Số nhà, thôn/tổ, đường; VD Km 12, QL 4A</source>
        <translation>House no., village/residential group, street; e.g. Km 12, QL 4A</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/basis_section.py" line="79"/>
        <source>Gõ tên xã, VD tan thanh</source>
        <translation>Type the commune name, e.g. tan thanh</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/basis_section.py" line="82"/>
        <source>VD 12C-123.45 (nếu kiểm tra phương tiện)</source>
        <translation>e.g. 12C-123.45 (if a vehicle is inspected)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/basis_section.py" line="86"/>
        <source>Địa chỉ nơi kiểm tra</source>
        <translation>Inspection address</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/basis_section.py" line="87"/>
        <source>Xã, phường</source>
        <translation>Commune/ward</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/basis_section.py" line="89"/>
        <source>Biển số phương tiện</source>
        <translation>Vehicle registration plate</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../app/ui/case_editor/editor.py" line="71"/>
        <source>Vụ việc đã hoàn tất và khóa — chỉ xem, không sửa được. Muốn sửa: lập bản đính chính.</source>
        <translation>This case is finalised and locked — view only, it cannot be edited. To make changes, create an amendment.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/editor.py" line="152"/>
        <source>Vụ việc mới</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/editor.py" line="206"/>
        <source>{n} lỗi cần sửa</source>
        <translation>Errors to fix: {n}</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../app/ui/case_list_page.py" line="38"/>
        <source>Tìm theo tên, số định danh, mã số thuế, địa chỉ, hàng hóa, biển số… (Ctrl+F)</source>
        <translation>Search by name, personal ID number, tax code, address, goods, plate number… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_list_page.py" line="42"/>
        <source>Mọi trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_list_page.py" line="42"/>
        <source>Nháp</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_list_page.py" line="43"/>
        <source>Đã hoàn tất</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_list_page.py" line="45"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_list_page.py" line="49"/>
        <source>Mọi xã/phường (gõ để lọc)</source>
        <translation>Every commune/ward (type to filter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_list_page.py" line="59"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_list_page.py" line="61"/>
        <source>Xã/phường</source>
        <translation>Commune/ward</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/case_list_page.py" line="119"/>
        <source>Tìm thấy %n vụ việc (xếp theo mức độ khớp)</source>
        <translation>
            <numerusform>Found %n case (sorted by relevance)</numerusform>
            <numerusform>Found %n cases (sorted by relevance)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/case_list_page.py" line="121"/>
        <source>%n vụ việc</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTab</name>
    <message>
        <location filename="../../app/ui/case_tab.py" line="44"/>
        <source>Lưu (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="45"/>
        <source>Hoàn tất và khóa (Ctrl+Enter)</source>
        <translation>Finalise and lock (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="46"/>
        <source>Lập bản đính chính</source>
        <translation>Create amendment</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="47"/>
        <source>Lập biên bản, in…</source>
        <translation>Issue minutes, print…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="69"/>
        <source>Vụ việc mới, chưa lưu</source>
        <translation>New case, not saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="70"/>
        <source>Vụ việc mới</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="73"/>
        <source>Đang mở…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="81"/>
        <source>Bản nháp được khôi phục sau khi ứng dụng đóng đột ngột — hãy kiểm tra và Lưu</source>
        <translation>Draft recovered after the application closed unexpectedly — please check it and Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="82"/>
        <location filename="../../app/ui/case_tab.py" line="90"/>
        <location filename="../../app/ui/case_tab.py" line="98"/>
        <location filename="../../app/ui/case_tab.py" line="129"/>
        <location filename="../../app/ui/case_tab.py" line="199"/>
        <source>Vụ việc</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="89"/>
        <location filename="../../app/ui/case_tab.py" line="179"/>
        <source>Đã hoàn tất và khóa</source>
        <translation>Finalised and locked</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="89"/>
        <source>Đã mở bản nháp</source>
        <translation>Draft opened</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="99"/>
        <source>Có thay đổi chưa lưu</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="107"/>
        <source>Bản nháp tạm lưu tự động lúc %1</source>
        <translation>Draft auto-saved at %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="128"/>
        <source>Đã lưu lúc %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/case_tab.py" line="139"/>
        <source>Chưa lưu được: %n ô cần sửa (xem chữ đỏ cạnh ô)</source>
        <translation>
            <numerusform>Not saved: %n field needs correcting (see the red text beside it)</numerusform>
            <numerusform>Not saved: %n fields need correcting (see the red text beside them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/case_tab.py" line="156"/>
        <source>Chưa hoàn tất được: còn %n mục thiếu hoặc sai (chữ đỏ)</source>
        <translation>
            <numerusform>Cannot finalise yet: %n item is missing or wrong (red text)</numerusform>
            <numerusform>Cannot finalise yet: %n items are missing or wrong (red text)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="158"/>
        <source>Hoàn tất vụ việc</source>
        <translation>Finalise case</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="159"/>
        <source>Sau khi hoàn tất, các nội dung sau sẽ bị khóa, không sửa được nữa:</source>
        <translation>Once finalised, the following will be locked and can no longer be edited:</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="161"/>
        <source>Muốn sửa sau này phải lập bản đính chính.</source>
        <translation>Any later change requires an amendment.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="162"/>
        <source>Hoàn tất và khóa</source>
        <translation>Finalise and lock</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="163"/>
        <source>Quay lại</source>
        <translation>Go back</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../app/ui/models/case_table.py" line="81"/>
        <source>Đã hoàn tất và khóa: chỉ xem, muốn sửa phải lập bản đính chính</source>
        <translation>Finalised and locked: view only; to make changes, create an amendment</translation>
    </message>
</context>
<context>
    <name>CatalogPicker</name>
    <message>
        <location filename="../../app/ui/widgets/catalog_picker.py" line="68"/>
        <source>Gõ vài chữ để tìm…</source>
        <translation>Type a few letters to search…</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/catalog_picker.py" line="171"/>
        <source>Chọn từ danh mục</source>
        <translation>Choose from the catalogue</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../app/ui/widgets/datetime_field.py" line="125"/>
        <source>Xóa (để trống)</source>
        <translation>Clear (leave blank)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/datetime_field.py" line="139"/>
        <source>Bây giờ</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/datetime_field.py" line="139"/>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="51"/>
        <source>Lập biên bản — %1</source>
        <translation>Issue minutes — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="55"/>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="55"/>
        <source>Mẫu</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="55"/>
        <source>Lập lúc</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="56"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="56"/>
        <source>In lại</source>
        <translation>Reprints</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="69"/>
        <source>Lập biên bản (lấy số) và in…</source>
        <translation>Issue minutes (assign number) and print…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="70"/>
        <source>In lại…</source>
        <translation>Reprint…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="71"/>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="72"/>
        <source>Hủy biên bản…</source>
        <translation>Void minutes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="73"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="75"/>
        <source>&lt;b&gt;Mẫu biên bản&lt;/b&gt;</source>
        <translation>&lt;b&gt;Minutes forms&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="77"/>
        <source>&lt;b&gt;Đã lập cho vụ việc này&lt;/b&gt;</source>
        <translation>&lt;b&gt;Issued for this case&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="136"/>
        <source>Đã hủy: %1</source>
        <translation>Voided: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="136"/>
        <source>Đã lập</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="155"/>
        <source>Đang dựng bản xem trước…</source>
        <translation>Building preview…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="157"/>
        <source>Bản xem trước, chưa lấy số: %1</source>
        <translation>Preview, no number assigned yet: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="171"/>
        <source>Biên bản số %1 (bản đã lập, không sửa được)</source>
        <translation>Minutes no. %1 (issued, cannot be edited)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/documents_dialog.py" line="192"/>
        <source>%n trang</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="227"/>
        <source>Đã lập biên bản số %1</source>
        <translation>Issued minutes no. %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="247"/>
        <source>Đang in trang %1/%2…</source>
        <translation>Printing page %1/%2…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/documents_dialog.py" line="248"/>
        <source>Đã gửi %n trang tới máy in.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="249"/>
        <source>In biên bản</source>
        <translation>Print minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="254"/>
        <source>Lưu PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="258"/>
        <source>Đã lưu %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="263"/>
        <source>Hủy biên bản</source>
        <translation>Void minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="264"/>
        <source>Lý do hủy (biên bản giữ số, đánh dấu đã hủy):</source>
        <translation>Reason for voiding (the minutes keep their number and are marked void):</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../app/ui/setup_dialog.py" line="35"/>
        <source>Chào mừng đến với Thực Địa</source>
        <translation>Welcome to Thực Địa</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_dialog.py" line="38"/>
        <source>Máy này chưa được thiết lập. Nhập đơn vị và người sử dụng để bắt đầu ghi nhận vụ việc,
hoặc nạp dữ liệu mẫu (đơn vị, cán bộ và %1 vụ việc giả định) để làm quen.</source>
        <translation>This computer has not been set up yet. Enter your unit and user to start recording cases,
or load sample data (a unit, officers and %1 fictitious cases) to get to know the app.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_dialog.py" line="47"/>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_dialog.py" line="48"/>
        <source>Cơ quan chủ quản</source>
        <translation>Parent agency</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_dialog.py" line="49"/>
        <source>Tỉnh/thành phố</source>
        <translation>Province/city</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_dialog.py" line="50"/>
        <source>Mã Chi cục (2 số)</source>
        <translation>Sub-department code (2 digits)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_dialog.py" line="51"/>
        <source>Mã Đội (2 số)</source>
        <translation>Team code (2 digits)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_dialog.py" line="52"/>
        <source>Họ tên người sử dụng</source>
        <translation>User&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_dialog.py" line="53"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_dialog.py" line="54"/>
        <source>Số hiệu</source>
        <translation>Badge number</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_dialog.py" line="66"/>
        <location filename="../../app/ui/setup_dialog.py" line="105"/>
        <source>Nạp dữ liệu mẫu</source>
        <translation>Load sample data</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_dialog.py" line="67"/>
        <source>Lưu thiết lập</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_dialog.py" line="92"/>
        <source>Đang tạo dữ liệu mẫu…</source>
        <translation>Creating sample data…</translation>
    </message>
</context>
<context>
    <name>GoodsSection</name>
    <message>
        <location filename="../../app/ui/case_editor/goods_section.py" line="35"/>
        <source>Hàng hóa kiểm tra</source>
        <translation>Goods inspected</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/goods_section.py" line="37"/>
        <source>Tên hàng</source>
        <translation>Item name</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/goods_section.py" line="40"/>
        <source>Nhóm hàng</source>
        <translation>Goods category</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/goods_section.py" line="47"/>
        <source>Đơn vị
tính</source>
        <translation>Unit of
measure</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/goods_section.py" line="52"/>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/goods_section.py" line="53"/>
        <source>Xuất xứ</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/goods_section.py" line="54"/>
        <source>Giấy tờ,
hóa đơn</source>
        <translation>Documents,
invoices</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/goods_section.py" line="55"/>
        <source>Trị giá ước tính
(đồng)</source>
        <translation>Estimated value
(đồng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/goods_section.py" line="56"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="31"/>
        <source>Danh sách vụ việc</source>
        <translation>Case list</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="36"/>
        <source>Đang mở dữ liệu…</source>
        <translation>Opening data…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="43"/>
        <source>Thao tác</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="55"/>
        <source>Vụ việc mới (Ctrl+N)</source>
        <translation>New case (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="56"/>
        <source>Lưu (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="58"/>
        <source>Hoàn tất (Ctrl+Enter)</source>
        <translation>Finalise (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="61"/>
        <source>Tìm (Ctrl+F)</source>
        <translation>Find (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="85"/>
        <source>%1 · dữ liệu tại %2</source>
        <translation>%1 · data in %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="115"/>
        <source>Vụ việc mới</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="123"/>
        <source>Đang mở…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="126"/>
        <source>Khôi phục</source>
        <translation>Recovered</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="151"/>
        <source>Đóng vụ việc</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="152"/>
        <source>Vụ việc có thay đổi chưa lưu. Lưu trước khi đóng?</source>
        <translation>The case has unsaved changes. Save before closing?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="153"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="154"/>
        <source>Không lưu</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="155"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../app/ui/printing.py" line="71"/>
        <source>In biên bản</source>
        <translation>Print minutes</translation>
    </message>
</context>
<context>
    <name>ResultsSection</name>
    <message>
        <location filename="../../app/ui/case_editor/results_section.py" line="22"/>
        <source>Nội dung, kết quả, ý kiến</source>
        <translation>Scope, results, statements</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/results_section.py" line="27"/>
        <source>VD Kiểm tra hàng hóa, hóa đơn, chứng từ chứng minh nguồn gốc hàng hóa trên xe</source>
        <translation>e.g. Inspected the goods on the vehicle and the invoices and documents proving their origin</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/results_section.py" line="30"/>
        <location filename="../../app/ui/case_editor/results_section.py" line="37"/>
        <source>Nội dung kiểm tra</source>
        <translation>Scope of inspection</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/results_section.py" line="31"/>
        <source>Kết quả kiểm tra, từng nội dung</source>
        <translation>Inspection results, item by item</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/results_section.py" line="38"/>
        <source>Kết quả</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/results_section.py" line="46"/>
        <source>Ý kiến</source>
        <translation>Statements</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/results_section.py" line="49"/>
        <source>Ý kiến của đối tượng được kiểm tra</source>
        <translation>Statement of the inspected subject</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/results_section.py" line="50"/>
        <source>Ý kiến của cơ quan phối hợp</source>
        <translation>Statement of the cooperating agency</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/results_section.py" line="51"/>
        <source>Ý kiến của người chứng kiến, đại diện chính quyền</source>
        <translation>Statement of the witness or local authority representative</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/results_section.py" line="52"/>
        <source>Ý kiến đánh giá, kiến nghị, đề xuất của Đoàn kiểm tra</source>
        <translation>Assessment, recommendations and proposals of the inspection team</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/results_section.py" line="53"/>
        <source>Lý do đối tượng không ký biên bản, nếu có</source>
        <translation>Reason the subject did not sign the minutes, if any</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <location filename="../../app/ui/widgets/row_table.py" line="118"/>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/row_table.py" line="120"/>
        <source>Thêm một dòng (hoặc Enter ở dòng cuối)</source>
        <translation>Add a row (or press Enter on the last row)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/row_table.py" line="123"/>
        <source>Xóa dòng</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/row_table.py" line="125"/>
        <source>Xóa các dòng đang chọn</source>
        <translation>Delete the selected rows</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/row_table.py" line="252"/>
        <source>Dòng {n}</source>
        <translation>Row {n}</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../app/ui/case_editor/section.py" line="263"/>
        <source>Chọn từ danh mục</source>
        <translation>Choose from the catalogue</translation>
    </message>
</context>
<context>
    <name>SeizureSection</name>
    <message>
        <location filename="../../app/ui/case_editor/seizure_section.py" line="38"/>
        <source>Tạm giữ tang vật</source>
        <translation>Seizure of goods</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/seizure_section.py" line="42"/>
        <source>Có tạm giữ tang vật</source>
        <translation>Goods were seized</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/seizure_section.py" line="57"/>
        <source>VD Để xác minh tình tiết làm căn cứ ra quyết định xử lý vi phạm</source>
        <translation>e.g. To verify facts needed as the basis for a decision on the violation</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/seizure_section.py" line="61"/>
        <source>VD Kho tang vật Đội QLTT số 3, số 12 đường…</source>
        <translation>e.g. Seized-goods store of Market Surveillance Team No. 3, 12 … Street</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/seizure_section.py" line="63"/>
        <source>Tang vật được niêm phong</source>
        <translation>Seized goods are sealed</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/seizure_section.py" line="64"/>
        <source>Thời điểm tạm giữ</source>
        <translation>Time of seizure</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/seizure_section.py" line="65"/>
        <source>Người quản lý, bảo quản</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/seizure_section.py" line="66"/>
        <source>Lý do tạm giữ</source>
        <translation>Reason for seizure</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/seizure_section.py" line="67"/>
        <source>Nơi bảo quản</source>
        <translation>Storage place</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/seizure_section.py" line="70"/>
        <source>Danh mục tang vật</source>
        <translation>List of seized goods</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/seizure_section.py" line="76"/>
        <source>Tên tang vật</source>
        <translation>Item name</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/seizure_section.py" line="79"/>
        <source>Nhóm hàng</source>
        <translation>Goods category</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/seizure_section.py" line="86"/>
        <source>Đơn vị
tính</source>
        <translation>Unit of
measure</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/seizure_section.py" line="91"/>
        <source>Số lượng</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/seizure_section.py" line="92"/>
        <source>Chủng loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/seizure_section.py" line="93"/>
        <source>Tình trạng,
đặc điểm</source>
        <translation>Condition,
features</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/seizure_section.py" line="95"/>
        <source>Trị giá ước tính
(đồng)</source>
        <translation>Estimated value
(đồng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/seizure_section.py" line="97"/>
        <source>Số niêm phong</source>
        <translation>Seal no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/seizure_section.py" line="98"/>
        <source>Ghi chú</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/seizure_section.py" line="106"/>
        <source>Chép từ hàng hóa kiểm tra</source>
        <translation>Copy from goods inspected</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/seizure_section.py" line="108"/>
        <source>Thêm vào danh mục các hàng hóa kiểm tra chưa có ở đây</source>
        <translation>Add the inspected goods not yet listed here</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/seizure_section.py" line="176"/>
        <source>Vụ việc còn {n} biên bản tạm giữ khác: được giữ nguyên, không sửa ở đây.</source>
        <translation>Other seizure minutes in this case: {n} — kept unchanged, not edited here.</translation>
    </message>
</context>
<context>
    <name>StartupFlow</name>
    <message>
        <location filename="../../app/ui/startup_flow.py" line="55"/>
        <source>Không mở được dữ liệu.</source>
        <translation>Could not open the data.</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup_flow.py" line="60"/>
        <source>Tệp dữ liệu bị hỏng</source>
        <translation>The data file is damaged</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup_flow.py" line="64"/>
        <source>Bản sao lưu gần nhất: %1</source>
        <translation>Latest backup: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup_flow.py" line="65"/>
        <source>Khôi phục bản sao lưu gần nhất</source>
        <translation>Restore the latest backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup_flow.py" line="67"/>
        <source>Không có bản sao lưu. Hãy liên hệ bộ phận kỹ thuật; tệp hỏng được giữ nguyên.</source>
        <translation>No backup is available. Please contact technical support; the damaged file has been left as it is.</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup_flow.py" line="68"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup_flow.py" line="84"/>
        <source>Đã sao lưu dữ liệu trước khi nâng cấp: %1</source>
        <translation>Data backed up before the upgrade: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup_flow.py" line="120"/>
        <source>Vụ việc chưa đặt tên</source>
        <translation>Untitled case</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup_flow.py" line="122"/>
        <source>Khôi phục bản nháp</source>
        <translation>Recover drafts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/startup_flow.py" line="123"/>
        <source>Lần trước ứng dụng đóng đột ngột khi còn %n bản nháp chưa lưu:</source>
        <translation>
            <numerusform>Last time the application closed unexpectedly with %n unsaved draft:</numerusform>
            <numerusform>Last time the application closed unexpectedly with %n unsaved drafts:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/startup_flow.py" line="124"/>
        <source>Mở lại để kiểm tra và lưu?</source>
        <translation>Reopen to check and save?</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup_flow.py" line="126"/>
        <source>Khôi phục</source>
        <translation>Recover</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup_flow.py" line="127"/>
        <source>Bỏ qua</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>SubjectSearch</name>
    <message>
        <location filename="../../app/ui/case_editor/subject_search.py" line="36"/>
        <source>Tìm đối tượng đã có (số định danh, mã số thuế, họ tên)</source>
        <translation>Find an existing subject (personal ID number, tax code, name)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/subject_search.py" line="80"/>
        <source>Không thấy đối tượng nào — nhập mới ở dưới</source>
        <translation>No subject found — enter a new one below</translation>
    </message>
</context>
<context>
    <name>SubjectSection</name>
    <message>
        <location filename="../../app/ui/case_editor/subject_section.py" line="45"/>
        <source>Đối tượng được kiểm tra</source>
        <translation>Inspected subject</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/subject_section.py" line="56"/>
        <source>Đang dùng đối tượng đã có trong sổ</source>
        <translation>Using an existing subject from the register</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/subject_section.py" line="58"/>
        <source>Nhập đối tượng mới</source>
        <translation>Enter a new subject</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/subject_section.py" line="64"/>
        <source>Cá nhân</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/subject_section.py" line="65"/>
        <source>Tổ chức</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/subject_section.py" line="79"/>
        <source>Loại đối tượng</source>
        <translation>Subject type</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/subject_section.py" line="81"/>
        <location filename="../../app/ui/case_editor/subject_section.py" line="199"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/subject_section.py" line="82"/>
        <source>Mã số thuế</source>
        <translation>Tax code</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/subject_section.py" line="83"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/subject_section.py" line="92"/>
        <source>Số định danh cá nhân</source>
        <translation>Personal ID number</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/subject_section.py" line="93"/>
        <source>CMND</source>
        <translation>Old ID card (CMND)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/subject_section.py" line="94"/>
        <source>Hộ chiếu</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/subject_section.py" line="98"/>
        <location filename="../../app/ui/case_editor/subject_section.py" line="129"/>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/subject_section.py" line="99"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/subject_section.py" line="100"/>
        <source>Quốc tịch</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/subject_section.py" line="101"/>
        <source>Nghề nghiệp</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/subject_section.py" line="102"/>
        <source>Loại giấy tờ</source>
        <translation>ID document type</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/subject_section.py" line="103"/>
        <source>Số giấy tờ</source>
        <translation>ID document number</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/subject_section.py" line="104"/>
        <location filename="../../app/ui/case_editor/subject_section.py" line="117"/>
        <source>Ngày cấp</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/subject_section.py" line="105"/>
        <location filename="../../app/ui/case_editor/subject_section.py" line="120"/>
        <source>Nơi cấp</source>
        <translation>Place of issue</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/subject_section.py" line="112"/>
        <source>Số GCN đăng ký DN/đầu tư, GP thành lập</source>
        <translation>Business/investment registration certificate or establishment licence no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/subject_section.py" line="124"/>
        <source>Người đại diện theo pháp luật</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/subject_section.py" line="131"/>
        <source>Chức danh</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/subject_section.py" line="136"/>
        <location filename="../../app/ui/case_editor/subject_section.py" line="201"/>
        <source>Nơi ở hiện tại</source>
        <translation>Current residence</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/subject_section.py" line="138"/>
        <source>Xã, phường (của địa chỉ)</source>
        <translation>Commune/ward (of the address)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/subject_section.py" line="140"/>
        <source>Đối tượng có mặt khi kiểm tra</source>
        <translation>Subject present at the inspection</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/subject_section.py" line="155"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/subject_section.py" line="155"/>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/subject_section.py" line="155"/>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/subject_section.py" line="199"/>
        <source>Tên tổ chức</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/subject_section.py" line="201"/>
        <source>Địa chỉ trụ sở chính</source>
        <translation>Head office address</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/subject_section.py" line="204"/>
        <source>Mã số doanh nghiệp/MST</source>
        <translation>Enterprise code/tax code</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/subject_section.py" line="204"/>
        <source>Mã số thuế (nếu có)</source>
        <translation>Tax code (if any)</translation>
    </message>
</context>
<context>
    <name>TeamSection</name>
    <message>
        <location filename="../../app/ui/case_editor/team_section.py" line="15"/>
        <source>Đoàn kiểm tra</source>
        <translation>Inspection team</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/team_section.py" line="16"/>
        <source>Thành viên Đoàn kiểm tra (ít nhất 2 người, đúng 1 Trưởng đoàn)</source>
        <translation>Inspection team members (at least 2 people, exactly 1 team leader)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/team_section.py" line="22"/>
        <location filename="../../app/ui/case_editor/team_section.py" line="66"/>
        <source>Họ tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/team_section.py" line="23"/>
        <location filename="../../app/ui/case_editor/team_section.py" line="51"/>
        <location filename="../../app/ui/case_editor/team_section.py" line="77"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/team_section.py" line="24"/>
        <source>Số hiệu</source>
        <translation>Badge no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/team_section.py" line="25"/>
        <source>Trưởng đoàn</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/team_section.py" line="36"/>
        <source>Cơ quan phối hợp</source>
        <translation>Cooperating agencies</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/team_section.py" line="44"/>
        <source>Lực lượng</source>
        <translation>Force</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/team_section.py" line="49"/>
        <source>Cơ quan, đơn vị</source>
        <translation>Agency/unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/team_section.py" line="50"/>
        <source>Người đại diện</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/team_section.py" line="60"/>
        <source>Người chứng kiến, đại diện chính quyền</source>
        <translation>Witnesses and local authority representatives</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/team_section.py" line="69"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/team_section.py" line="73"/>
        <source>Người chứng kiến</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/team_section.py" line="74"/>
        <source>Đại diện chính quyền</source>
        <translation>Local authority representative</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/team_section.py" line="78"/>
        <source>Số giấy tờ</source>
        <translation>ID document no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/team_section.py" line="79"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>Totals</name>
    <message>
        <location filename="../../app/ui/case_editor/goods_section.py" line="22"/>
        <source>Tổng: {n} mặt hàng, trị giá {v} đồng</source>
        <translation>Total items: {n}, value {v} đồng</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/goods_section.py" line="27"/>
        <source> ({k} dòng có trị giá chưa đọc được)</source>
        <translation> (rows with an unreadable value: {k})</translation>
    </message>
</context>
<context>
    <name>ViolationsSection</name>
    <message>
        <location filename="../../app/ui/case_editor/violations_section.py" line="26"/>
        <source>Vi phạm</source>
        <translation>Violations</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/violations_section.py" line="37"/>
        <source>Hành vi vi phạm (điểm, khoản, điều)</source>
        <translation>Violation (point, clause, article)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/violations_section.py" line="41"/>
        <source>Gõ số điều, khoản hoặc vài chữ, VD: 15 k1, nhap lau</source>
        <translation>Type the article and clause numbers or a few words, e.g. 15 k1, nhap lau</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/violations_section.py" line="45"/>
        <source>Loại vi phạm</source>
        <translation>Violation type</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/violations_section.py" line="51"/>
        <source>Mô tả hành vi</source>
        <translation>Description of the conduct</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/violations_section.py" line="54"/>
        <source>Mức phạt đề xuất
(đồng)</source>
        <translation>Proposed fine
(đồng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/violations_section.py" line="56"/>
        <source>Dấu hiệu
tội phạm</source>
        <translation>Signs of
a crime</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/violations_section.py" line="68"/>
        <source>Hàng cấm: có dấu hiệu tội phạm, cần xem xét chuyển cơ quan điều tra</source>
        <translation>Prohibited goods: signs of a crime; consider referral to the investigating authority</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/violations_section.py" line="100"/>
        <source>Chưa có khung phạt trong danh mục cho hành vi này.</source>
        <translation>The catalogue has no fine range for this violation yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/violations_section.py" line="101"/>
        <source>Khung phạt cá nhân: {lo} – {hi} đồng; tổ chức ×{m}</source>
        <translation>Fine range for individuals: {lo} – {hi} đồng; organisations ×{m}</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/violations_section.py" line="132"/>
        <source>Dòng {n}: </source>
        <translation>Row {n}: </translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/violations_section.py" line="136"/>
        <source>Mức phạt đề xuất {f} đồng nằm ngoài khung ({who}).</source>
        <translation>The proposed fine of {f} đồng is outside the range ({who}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/violations_section.py" line="137"/>
        <source>tổ chức</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/violations_section.py" line="137"/>
        <source>cá nhân</source>
        <translation>individual</translation>
    </message>
</context>
<context>
    <name>_Edit</name>
    <message>
        <location filename="../../app/ui/widgets/datetime_field.py" line="55"/>
        <source>chưa nhập</source>
        <translation>not entered</translation>
    </message>
</context>
</TS>
