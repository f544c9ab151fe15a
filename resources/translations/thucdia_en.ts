<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/ui/outcome/actions.py" line="38"/>
        <source>Quyết định</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/actions.py" line="38"/>
        <source>Thi hành</source>
        <translation>Enforcing</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/actions.py" line="39"/>
        <source>Dấu hiệu tội phạm</source>
        <translation>Signs of a crime</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/actions.py" line="39"/>
        <source>Hồ sơ</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/actions.py" line="41"/>
        <source>Quyết định &amp;xử phạt (MQĐ02)…</source>
        <translation>&amp;Sanction decision (MQĐ02)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/actions.py" line="42"/>
        <source>Quyết định &amp;tạm giữ (MQĐ20)…</source>
        <translation>&amp;Holding decision (MQĐ20)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/actions.py" line="43"/>
        <source>Tịch thu, không xử phạt (MQĐ1&amp;4)…</source>
        <translation>Confiscation without sanction (MQĐ1&amp;4)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/actions.py" line="44"/>
        <source>&amp;Không xử phạt…</source>
        <translation>&amp;No sanction…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/actions.py" line="45"/>
        <source>&amp;Giao quyết định…</source>
        <translation>Deli&amp;ver the decision…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/actions.py" line="46"/>
        <source>G&amp;iải trình, xác minh…</source>
        <translation>&amp;Explanation, verification…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/actions.py" line="47"/>
        <source>&amp;Nộp phạt…</source>
        <translation>&amp;Payment…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/actions.py" line="48"/>
        <source>Xử lý tang &amp;vật…</source>
        <translation>Dispose of &amp;goods…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/actions.py" line="49"/>
        <source>Hoãn, giảm, cưỡng chế, bước kh&amp;ác…</source>
        <translation>P&amp;ostpone, reduce, enforce, other…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/actions.py" line="50"/>
        <source>&amp;Chuyển cơ quan điều tra…</source>
        <translation>T&amp;ransfer to the police…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/actions.py" line="51"/>
        <source>Kết quả của cơ quan điều t&amp;ra…</source>
        <translation>The police&apos;s ans&amp;wer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/actions.py" line="52"/>
        <source>Kết thúc hồ &amp;sơ…</source>
        <translation>C&amp;lose the file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/actions.py" line="53"/>
        <source>&amp;Mở lại hồ sơ…</source>
        <translation>Reopen the &amp;file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/actions.py" line="54"/>
        <source>&amp;Hủy bản ghi đã chọn…</source>
        <translation>Void the selected re&amp;cord…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/actions.py" line="78"/>
        <source>Hồ sơ đã kết thúc; mở lại hồ sơ trước.</source>
        <translation>The file is closed; reopen it first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/actions.py" line="80"/>
        <source>Vụ việc đã có quyết định xử phạt số %1.</source>
        <translation>The case already has sanction decision no. %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/actions.py" line="86"/>
        <source>Đã có quyết định tạm giữ số %1.</source>
        <translation>Holding decision no. %1 already issued.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/actions.py" line="87"/>
        <source>Không có tang vật đang tạm giữ.</source>
        <translation>No goods are held.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/actions.py" line="90"/>
        <source>Không có quyết định đã ban hành chưa giao.</source>
        <translation>No issued decision waits to be delivered.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/actions.py" line="93"/>
        <source>Chưa có quyết định xử phạt có tiền phạt.</source>
        <translation>No sanction decision with a fine yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/actions.py" line="94"/>
        <source>Không còn tang vật đang giữ.</source>
        <translation>No goods are still held.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/actions.py" line="97"/>
        <source>Hồ sơ đã chuyển %1, đang chờ kết quả.</source>
        <translation>File transferred to %1, waiting for the answer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/actions.py" line="100"/>
        <source>Không có hồ sơ đang chờ cơ quan điều tra trả lời.</source>
        <translation>No file waits for the investigating agency&apos;s answer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/actions.py" line="102"/>
        <source>Hồ sơ chưa kết thúc.</source>
        <translation>The file is not closed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/actions.py" line="104"/>
        <source>Chọn một sự việc còn hiệu lực trong bảng Diễn biến.</source>
        <translation>Select a valid event in the Timeline.</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../app/ui/outcome/referral_dialog.py" line="61"/>
        <source>Kết quả giải quyết của cơ quan điều tra</source>
        <translation>The investigating agency&apos;s answer</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/referral_dialog.py" line="61"/>
        <source>&amp;Ghi nhận kết quả</source>
        <translation>&amp;Record the answer</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/referral_dialog.py" line="66"/>
        <source>Hồ sơ chuyển ngày %1 cho %2.</source>
        <translation>File transferred on %1 to %2.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/referral_dialog.py" line="69"/>
        <source>&amp;Kết quả</source>
        <translation>&amp;Answer</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/referral_dialog.py" line="70"/>
        <source>&amp;Ngày quyết định</source>
        <translation>Decision &amp;date</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/referral_dialog.py" line="71"/>
        <source>Số q&amp;uyết định</source>
        <translation>Decision n&amp;umber</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/referral_dialog.py" line="72"/>
        <source>Ngày nhận &amp;lại hồ sơ</source>
        <translation>Fi&amp;le returned on</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/referral_dialog.py" line="73"/>
        <source>Từ ngày này còn 5 ngày làm việc để ra quyết định xử phạt (TT 27/2020 Điều 22 khoản 2).</source>
        <translation>From this day there are 5 working days left to issue the sanction decision (Circular 27/2020, Art. 22(2)).</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/referral_dialog.py" line="75"/>
        <source>Ghi c&amp;hú</source>
        <translation>Not&amp;e</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/referral_dialog.py" line="76"/>
        <source>Bị can (người bị khởi tố)</source>
        <translation>Accused (persons prosecuted)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/referral_dialog.py" line="78"/>
        <source>Họ tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/referral_dialog.py" line="79"/>
        <source>Năm sinh</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/referral_dialog.py" line="80"/>
        <source>Số định danh</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/referral_dialog.py" line="81"/>
        <source>Nơi cư trú</source>
        <translation>Residence</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/referral_dialog.py" line="83"/>
        <source>Thêm đối tượng của &amp;vụ việc</source>
        <translation>Add the case&apos;s &amp;subject</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/referral_dialog.py" line="126"/>
        <source>Năm sinh gồm 4 chữ số (VD 1985).</source>
        <translation>A year of birth has 4 digits (e.g. 1985).</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../app/ui/reports/chart.py" line="42"/>
        <source>Kỳ này</source>
        <translation>This period</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/chart.py" line="42"/>
        <source>Cùng kỳ</source>
        <translation>Same period last year</translation>
    </message>
</context>
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
        <location filename="../../app/ui/case_editor/editor.py" line="176"/>
        <source>Vụ việc đã hoàn tất và khóa — chỉ xem, không sửa được. Muốn sửa: lập bản đính chính.</source>
        <translation>This case is finalised and locked — view only, it cannot be edited. To make changes, create an amendment.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/editor.py" line="169"/>
        <source>Vụ việc mới</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/editor.py" line="174"/>
        <source>Bản nháp do máy khác trong đội lập, nhận qua đồng bộ — chỉ xem; chỉ máy lập được sửa.</source>
        <translation>A draft made on another laptop of the team, received by sync — read only; only the laptop that made it may edit it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/editor.py" line="242"/>
        <source>{n} lỗi cần sửa</source>
        <translation>Errors to fix: {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/editor.py" line="242"/>
        <source>{n} điều cần xem lại trước khi in</source>
        <translation>{n} points to review before printing</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../app/ui/case_list_page.py" line="39"/>
        <source>Tìm theo tên, số định danh, mã số thuế, địa chỉ, hàng hóa, biển số… (Ctrl+F)</source>
        <translation>Search by name, personal ID number, tax code, address, goods, plate number… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_list_page.py" line="43"/>
        <source>Mọi trạng thái</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_list_page.py" line="43"/>
        <source>Nháp</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_list_page.py" line="44"/>
        <source>Đã hoàn tất</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_list_page.py" line="47"/>
        <source>Mọi hạn xử lý</source>
        <translation>Any deadline</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_list_page.py" line="47"/>
        <source>Có việc quá hạn</source>
        <translation>With overdue steps</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_list_page.py" line="48"/>
        <source>Đến hạn hôm nay</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_list_page.py" line="48"/>
        <source>Đến hạn trong tuần</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_list_page.py" line="49"/>
        <source>Còn việc phải làm</source>
        <translation>With steps to do</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_list_page.py" line="51"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_list_page.py" line="55"/>
        <source>Mọi xã/phường (gõ để lọc)</source>
        <translation>Every commune/ward (type to filter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_list_page.py" line="66"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_list_page.py" line="68"/>
        <source>Xã/phường</source>
        <translation>Commune/ward</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_list_page.py" line="142"/>
        <source>Tìm thấy hơn %1 vụ việc, hiện %2 vụ khớp nhất</source>
        <translation>Found more than %1 cases, showing the %2 best matches</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_list_page.py" line="145"/>
        <source>Tìm thấy %1 vụ việc, hiện %2 vụ khớp nhất</source>
        <translation>Found %1 cases, showing the %2 best matches</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/case_list_page.py" line="148"/>
        <source>Tìm thấy %n vụ việc (xếp theo mức độ khớp)</source>
        <translation>
            <numerusform>Found %n case (sorted by relevance)</numerusform>
            <numerusform>Found %n cases (sorted by relevance)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/case_list_page.py" line="150"/>
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
        <location filename="../../app/ui/case_tab.py" line="63"/>
        <source>&amp;Xóa bản nháp…</source>
        <translation>&amp;Delete draft…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="64"/>
        <source>&amp;Lưu (Ctrl+S)</source>
        <translation>&amp;Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="65"/>
        <source>&amp;Hoàn tất và khóa (Ctrl+Enter)</source>
        <translation>&amp;Finalise and lock (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="66"/>
        <source>Lập bản &amp;đính chính</source>
        <translation>Create &amp;amendment</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="67"/>
        <source>Lập &amp;biên bản, in… (Ctrl+P)</source>
        <translation>Issue &amp;minutes, print… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="96"/>
        <source>Vụ việc mới, chưa lưu</source>
        <translation>New case, not saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="97"/>
        <source>Vụ việc mới</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="102"/>
        <source>Đang mở…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="111"/>
        <source>Bản nháp được khôi phục sau khi ứng dụng đóng đột ngột — hãy kiểm tra và Lưu</source>
        <translation>Draft recovered after the application closed unexpectedly — please check it and Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="112"/>
        <location filename="../../app/ui/case_tab.py" line="131"/>
        <location filename="../../app/ui/case_tab.py" line="143"/>
        <location filename="../../app/ui/case_tab.py" line="179"/>
        <location filename="../../app/ui/case_tab.py" line="255"/>
        <location filename="../../app/ui/case_tab.py" line="299"/>
        <source>Vụ việc</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="115"/>
        <source>Bản đính chính. Lý do: %1</source>
        <translation>Amendment. Reason: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="128"/>
        <source>Bản nháp của máy khác — chỉ xem</source>
        <translation>Another laptop&apos;s draft — read only</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="130"/>
        <location filename="../../app/ui/case_tab.py" line="229"/>
        <source>Đã hoàn tất và khóa</source>
        <translation>Finalised and locked</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="130"/>
        <source>Đã mở bản nháp</source>
        <translation>Draft opened</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="144"/>
        <source>Có thay đổi chưa lưu</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="152"/>
        <source>Bản nháp tạm lưu tự động lúc %1</source>
        <translation>Draft auto-saved at %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="175"/>
        <source>Đã lưu lúc %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/case_tab.py" line="177"/>
        <source>⚠ %n điều cần xem lại trước khi in</source>
        <translation>
            <numerusform>⚠ %n point to review before printing</numerusform>
            <numerusform>⚠ %n points to review before printing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/case_tab.py" line="190"/>
        <source>Chưa lưu được: %n ô cần sửa (xem chữ đỏ cạnh ô)</source>
        <translation>
            <numerusform>Not saved: %n field needs correcting (see the red text beside it)</numerusform>
            <numerusform>Not saved: %n fields need correcting (see the red text beside them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/case_tab.py" line="207"/>
        <source>Chưa hoàn tất được: còn %n mục thiếu hoặc sai (chữ đỏ)</source>
        <translation>
            <numerusform>Cannot finalise yet: %n item is missing or wrong (red text)</numerusform>
            <numerusform>Cannot finalise yet: %n items are missing or wrong (red text)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="209"/>
        <source>Hoàn tất vụ việc</source>
        <translation>Finalise case</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="210"/>
        <source>Sau khi hoàn tất, các nội dung sau sẽ bị khóa, không sửa được nữa:</source>
        <translation>Once finalised, the following will be locked and can no longer be edited:</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="212"/>
        <source>Muốn sửa sau này phải lập bản đính chính.</source>
        <translation>Any later change requires an amendment.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="213"/>
        <source>&amp;Hoàn tất và khóa</source>
        <translation>&amp;Finalise and lock</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="214"/>
        <source>&amp;Quay lại</source>
        <translation>&amp;Go back</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="238"/>
        <source>Lập bản đính chính</source>
        <translation>Make an amendment</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="239"/>
        <source>Lý do đính chính (được ghi vào bản đính chính, VD: ghi sai số lượng hàng hóa):</source>
        <translation>Reason for the amendment (written on it, e.g. wrong quantity of goods):</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="240"/>
        <source>&amp;Lập bản đính chính</source>
        <translation>&amp;Make the amendment</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="240"/>
        <source>Ghi lý do đính chính.</source>
        <translation>Give the reason for the amendment.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="256"/>
        <location filename="../../app/ui/case_tab.py" line="260"/>
        <source>Xóa bản nháp</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="257"/>
        <source>Xóa bản nháp «%1»?

Bản nháp bị xóa khỏi danh sách trên máy này và trên máy chủ ở lần đồng bộ sau.</source>
        <translation>Delete the draft «%1»?

The draft is removed from the list on this laptop, and on the server at the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="261"/>
        <source>Quay lại</source>
        <translation>Go back</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_tab.py" line="291"/>
        <source>Lập biên bản sau khi hoàn tất vụ việc (Ctrl+Enter)</source>
        <translation>Minutes are issued once the case is finalised (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../app/ui/models/case_table.py" line="83"/>
        <source>Đã hoàn tất và khóa: chỉ xem, muốn sửa phải lập bản đính chính</source>
        <translation>Finalised and locked: view only; to make changes, create an amendment</translation>
    </message>
</context>
<context>
    <name>CasesDialog</name>
    <message>
        <location filename="../../app/ui/reports/cases_dialog.py" line="34"/>
        <source>Các vụ việc: %1</source>
        <translation>Cases: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/cases_dialog.py" line="53"/>
        <source>&amp;Vụ việc (%1) — Enter hoặc nhấp đúp để mở:</source>
        <translation>&amp;Cases (%1) — Enter or double-click to open:</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/cases_dialog.py" line="56"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/cases_dialog.py" line="58"/>
        <source>&amp;Mở vụ việc</source>
        <translation>&amp;Open case</translation>
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
    <name>CloseDialog</name>
    <message>
        <location filename="../../app/ui/outcome/closing.py" line="16"/>
        <source>Kết thúc hồ sơ</source>
        <translation>Close the file</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/closing.py" line="16"/>
        <source>&amp;Kết thúc hồ sơ</source>
        <translation>&amp;Close the file</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/closing.py" line="18"/>
        <source>Sau khi kết thúc, hồ sơ không ghi thêm được bước nào; muốn ghi tiếp phải mở lại hồ sơ và ghi lý do.</source>
        <translation>Once closed, no further step can be recorded; to record more, reopen the file and give the reason.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/closing.py" line="20"/>
        <source>&amp;Ngày kết thúc</source>
        <translation>Closing &amp;date</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/closing.py" line="22"/>
        <source>Chưa kết thúc được hồ sơ:</source>
        <translation>The file cannot be closed yet:</translation>
    </message>
</context>
<context>
    <name>ColleagueCode</name>
    <message>
        <location filename="../../app/ui/signin/colleague.py" line="26"/>
        <location filename="../../app/ui/signin/colleague.py" line="33"/>
        <source>Cấp mã đăng nhập</source>
        <translation>Sign-in code</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin/colleague.py" line="27"/>
        <source>Mọi cán bộ của đơn vị đã có tài khoản trên máy này.</source>
        <translation>Every officer of the unit already has an account on this laptop.</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin/colleague.py" line="34"/>
        <source>Cán bộ chưa có tài khoản trên máy:</source>
        <translation>Officers without an account on this laptop:</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin/colleague.py" line="57"/>
        <source>Mã đăng nhập một lần</source>
        <translation>One-time sign-in code</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin/colleague.py" line="58"/>
        <source>Mã của %1: %2</source>
        <translation>Code for %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin/colleague.py" line="61"/>
        <source>Đưa tận tay cán bộ. Mã chỉ dùng một lần: khi đăng nhập bằng mã, cán bộ đặt mật khẩu của mình.</source>
        <translation>Hand it to the officer in person. The code works once: signing in with it, the officer sets their own password.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="68"/>
        <source>Dữ liệu cần xử lý</source>
        <translation>Data needing attention</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="71"/>
        <source>Xung đột</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="72"/>
        <source>Bị máy chủ từ chối</source>
        <translation>Refused by the server</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="73"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="86"/>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="141"/>
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="86"/>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="141"/>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="87"/>
        <source>Phát hiện lúc</source>
        <translation>Detected at</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="87"/>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="142"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="107"/>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="237"/>
        <source>Giữ bản của máy này</source>
        <translation>Keep this laptop&apos;s version</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="108"/>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="241"/>
        <source>Giữ bản trên máy chủ</source>
        <translation>Keep the server&apos;s version</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="110"/>
        <source>Bản trên máy chủ được ghi vào máy này; thay đổi của máy này vẫn được lưu trong lịch sử xung đột.</source>
        <translation>The server&apos;s version is written to this laptop; this laptop&apos;s change stays in the conflict history.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="135"/>
        <source>Cùng một bản ghi đã được sửa ở máy này và trên máy chủ. Không bản nào bị ghi đè: hãy so sánh và chọn bản giữ lại.</source>
        <translation>The same record was changed on this laptop and on the server. Neither was overwritten: compare them and choose the one to keep.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="141"/>
        <source>Nội dung sai</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="142"/>
        <source>Lúc</source>
        <translation>At</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="147"/>
        <source>Mở vụ việc</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="157"/>
        <source>Máy chủ không nhận các bản ghi dưới đây. Sửa theo lý do rồi lưu: lần đồng bộ sau sẽ gửi lại. Các bản ghi khác vẫn được gửi bình thường.</source>
        <translation>The server did not accept the records below. Fix them as the reason says and save: the next sync sends them again. Other records are sent as usual.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="185"/>
        <source>(cả bản ghi)</source>
        <translation>(whole record)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="189"/>
        <source>Xung đột (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="190"/>
        <source>Bị máy chủ từ chối (%1)</source>
        <translation>Refused by the server (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="214"/>
        <source>Không có xung đột nào cần xử lý.</source>
        <translation>No conflicts need attention.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="257"/>
        <source>(không có)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="259"/>
        <source>Ghép «%1»: giữ bản trên máy chủ, lấy từ máy này: %2.

Kết quả là một phiên bản mới, gửi lên máy chủ ở lần đồng bộ sau.</source>
        <translation>Merge «%1»: keep the server&apos;s version, take from this laptop: %2.

The result is a new version, sent to the server at the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="262"/>
        <source>Ghép</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="226"/>
        <source>Bản của máy này được gửi lên máy chủ ở lần đồng bộ sau, trên phiên bản hiện tại của máy chủ.</source>
        <translation>This laptop&apos;s version is sent to the server at the next sync, on top of the server&apos;s current version.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="98"/>
        <source>Bản trên máy chủ đã hoàn tất và bị khóa, không thể thay bằng bản của máy này. Hãy giữ bản trên máy chủ, rồi lập bản đính chính nếu cần.</source>
        <translation>The server&apos;s version is finalised and locked; it cannot be replaced by this laptop&apos;s version. Keep the server&apos;s version, then make a correction if needed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="102"/>
        <source>Ghép theo lựa chọn từng nội dung</source>
        <translation>Merge field by field as chosen</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="104"/>
        <source>Giữ bản trên máy chủ, lấy từ máy này các nội dung đã chọn &quot;Máy này&quot;; kết quả là một phiên bản mới, gửi lên máy chủ ở lần đồng bộ sau.</source>
        <translation>Keep the server&apos;s version and take from this laptop the fields set to &quot;This laptop&quot;; the result is a new version, sent to the server at the next sync.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="220"/>
        <source>%1 — phiên bản máy này: %2, phiên bản máy chủ: %3 · %4 nội dung khác nhau</source>
        <translation>%1 — this laptop&apos;s version: %2, server&apos;s version: %3 · %4 fields differ</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="235"/>
        <source>Giữ bản của máy này cho «%1»?

Bản này sẽ được gửi lên máy chủ ở lần đồng bộ sau và thay bản đang có trên máy chủ.</source>
        <translation>Keep this laptop&apos;s version of «%1»?

It will be sent to the server at the next sync and replace the version the server holds.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="239"/>
        <source>Giữ bản trên máy chủ cho «%1»?

Nội dung trên máy này được thay bằng bản của máy chủ; bản của máy này vẫn được lưu trong lịch sử xung đột.</source>
        <translation>Keep the server&apos;s version of «%1»?

The content on this laptop is replaced by the server&apos;s version; this laptop&apos;s version stays in the conflict history.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="242"/>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="258"/>
        <source>Xử lý xung đột</source>
        <translation>Resolve conflict</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="246"/>
        <location filename="../../app/ui/sync/conflicts_dialog.py" line="263"/>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../app/ui/widgets/datetime_field.py" line="148"/>
        <source>Xóa (để trống) — phím Delete trong ô</source>
        <translation>Clear (leave blank) — Delete key in the field</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/datetime_field.py" line="163"/>
        <source>Bây giờ</source>
        <translation>Now</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/datetime_field.py" line="163"/>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/datetime_field.py" line="165"/>
        <source>Điền giờ hiện tại (hoặc gõ phím N trong ô)</source>
        <translation>Fill in the current time (or press N in the field)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/datetime_field.py" line="167"/>
        <source>Điền ngày hôm nay (hoặc gõ phím N trong ô)</source>
        <translation>Fill in today&apos;s date (or press N in the field)</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="125"/>
        <source>Quyết định xử phạt vi phạm hành chính (MQĐ02)</source>
        <translation>Administrative sanction decision (MQĐ02)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="126"/>
        <source>Quyết định tạm giữ tang vật, phương tiện (MQĐ20)</source>
        <translation>Decision to hold exhibits and vehicles (MQĐ20)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="127"/>
        <source>Quyết định tịch thu tang vật không ra quyết định xử phạt (MQĐ14)</source>
        <translation>Confiscation decision without a sanction decision (MQĐ14)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="129"/>
        <source>&amp;Ghi nhận quyết định</source>
        <translation>&amp;Record the decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="129"/>
        <source>&amp;Ra quyết định (lấy số) và in…</source>
        <translation>&amp;Issue (take a number) and print…</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="134"/>
        <source>Đối tượng: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="135"/>
        <source>Quyết định đã ban hành trên giấy; ghi lại số, ngày, người ký và trị giá tang vật tịch thu.</source>
        <translation>The decision was issued on paper; record its number, date, signer and the value confiscated.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="138"/>
        <source>&amp;Số quyết định</source>
        <translation>Decision &amp;number</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="139"/>
        <source>&amp;Ngày ra quyết định</source>
        <translation>Decision &amp;date</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="140"/>
        <source>Địa &amp;danh</source>
        <translation>&amp;Place name</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="141"/>
        <source>In ở dòng địa danh, ngày tháng (VD Lạng Sơn).</source>
        <translation>Printed on the place and date line (e.g. Lạng Sơn).</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="142"/>
        <source>Người &amp;ký</source>
        <translation>Signed &amp;by</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="158"/>
        <source>Trị giá tang &amp;vật tịch thu (đồng)</source>
        <translation>&amp;Value confiscated (đồng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="162"/>
        <source>Tình tiết &amp;tăng nặng</source>
        <translation>Aggravating circums&amp;tances</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="164"/>
        <source>Tình tiết &amp;giảm nhẹ</source>
        <translation>&amp;Mitigating circumstances</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="166"/>
        <source>Tài khoản nộp &amp;phạt</source>
        <translation>Pay-in &amp;account</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="167"/>
        <source>Thời &amp;hạn nộp phạt (ngày)</source>
        <translation>Days to pay t&amp;he fine</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="168"/>
        <source>Ít nhất 10 ngày kể từ ngày nhận quyết định (Điều 73).</source>
        <translation>At least 10 days from receiving the decision (Art. 73).</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="172"/>
        <source>&amp;Lý do</source>
        <translation>Rea&amp;son</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="172"/>
        <source>&amp;Lý do tạm giữ</source>
        <translation>Rea&amp;son for holding</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="176"/>
        <source>Thời &amp;hạn tạm giữ (ngày)</source>
        <translation>Days to &amp;hold</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="179"/>
        <source>Nơi tạm &amp;giữ</source>
        <translation>Where &amp;kept</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="183"/>
        <source>Lưu &amp;bản nháp</source>
        <translation>Save dra&amp;ft</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="194"/>
        <source>Hình thức xử phạt theo từng hành vi</source>
        <translation>Sanctions per violation</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="198"/>
        <source>Hành vi (điều, khoản, điểm)</source>
        <translation>Violation (article, clause, point)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="198"/>
        <source>Mức phạt tiền (đồng)</source>
        <translation>Fine (đồng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="199"/>
        <source>Hình thức xử phạt bổ sung</source>
        <translation>Additional sanction</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="199"/>
        <source>Biện pháp khắc phục hậu quả</source>
        <translation>Remedial measure</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="200"/>
        <source>Số ngày thực hiện</source>
        <translation>Days to carry out</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="221"/>
        <source>Tổng tiền phạt: %1 đồng</source>
        <translation>Total fine: %1 đồng</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="232"/>
        <source>Số ngày thực hiện là một số (VD 10).</source>
        <translation>Days to carry out is a number (e.g. 10).</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="287"/>
        <source>Đã lưu bản nháp lúc %1</source>
        <translation>Draft saved at %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="296"/>
        <source>quyết định xử phạt</source>
        <translation>the sanction decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="296"/>
        <source>quyết định tạm giữ</source>
        <translation>the holding decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="297"/>
        <source>Ra quyết định</source>
        <translation>Issue the decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="298"/>
        <source>Lấy số, in và khóa %1? Sau khi ban hành, quyết định không sửa được; muốn thay phải hủy (ghi lý do) rồi lập quyết định mới.</source>
        <translation>Take a number, print and lock %1? Once issued a decision cannot be edited; to replace it, void it (with a reason) and make a new one.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/decision_dialog.py" line="300"/>
        <source>&amp;Ra quyết định</source>
        <translation>&amp;Issue</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../../app/ui/outcome/delivery_dialog.py" line="17"/>
        <source>Giao quyết định</source>
        <translation>Delivery of the decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/delivery_dialog.py" line="17"/>
        <source>&amp;Ghi nhận đã giao</source>
        <translation>&amp;Record the delivery</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/delivery_dialog.py" line="21"/>
        <source>Quyết định đã &amp;ban hành</source>
        <translation>Issued decisio&amp;n</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/delivery_dialog.py" line="23"/>
        <source>%1 số %2 ngày %3</source>
        <translation>%1 no. %2 of %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/delivery_dialog.py" line="25"/>
        <source>&amp;Hình thức giao</source>
        <translation>&amp;How delivered</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/delivery_dialog.py" line="26"/>
        <source>&amp;Ngày giao</source>
        <translation>Delivered &amp;on</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="54"/>
        <source>Lập biên bản — %1</source>
        <translation>Issue minutes — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="60"/>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="60"/>
        <source>Mẫu</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="60"/>
        <source>Lập lúc</source>
        <translation>Issued at</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="61"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="61"/>
        <source>In lại</source>
        <translation>Reprints</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="78"/>
        <source>&amp;Lập biên bản (lấy số) và in…</source>
        <translation>&amp;Issue minutes (assign number) and print…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="79"/>
        <source>&amp;In lại…</source>
        <translation>&amp;Reprint…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="80"/>
        <source>Lưu &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="81"/>
        <source>&amp;Hủy biên bản…</source>
        <translation>&amp;Void minutes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="82"/>
        <source>Đó&amp;ng</source>
        <translation>Clo&amp;se</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="84"/>
        <source>&amp;Mẫu biên bản</source>
        <translation>Minutes &amp;forms</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="88"/>
        <source>&lt;b&gt;Đã lập cho vụ việc này&lt;/b&gt;</source>
        <translation>&lt;b&gt;Issued for this case&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="149"/>
        <source>Đã hủy: %1</source>
        <translation>Voided: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="149"/>
        <source>Đã lập</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="169"/>
        <source>Đang dựng bản xem trước…</source>
        <translation>Building preview…</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="172"/>
        <source>Bản xem trước, chưa lấy số: %1</source>
        <translation>Preview, no number assigned yet: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="187"/>
        <source>Biên bản số %1 (bản đã lập, không sửa được)</source>
        <translation>Minutes no. %1 (issued, cannot be edited)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/documents_dialog.py" line="211"/>
        <source>%n trang</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="237"/>
        <source>Lập biên bản %1</source>
        <translation>Issue %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="261"/>
        <source>Đã lập biên bản số %1</source>
        <translation>Issued minutes no. %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="281"/>
        <source>Đang in trang %1/%2…</source>
        <translation>Printing page %1/%2…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/documents_dialog.py" line="282"/>
        <source>Đã gửi %n trang tới máy in.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="283"/>
        <source>In biên bản</source>
        <translation>Print minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="288"/>
        <location filename="../../app/ui/documents_dialog.py" line="297"/>
        <source>Lưu PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="299"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="302"/>
        <source>Đã lưu %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="309"/>
        <source>Hủy biên bản</source>
        <translation>Void minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="309"/>
        <source>Lý do hủy (biên bản giữ số, đánh dấu đã hủy):</source>
        <translation>Reason for voiding (the minutes keep their number and are marked void):</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="310"/>
        <source>&amp;Hủy biên bản</source>
        <translation>&amp;Void the record</translation>
    </message>
    <message>
        <location filename="../../app/ui/documents_dialog.py" line="310"/>
        <source>Ghi lý do hủy biên bản.</source>
        <translation>Give the reason for voiding.</translation>
    </message>
</context>
<context>
    <name>EndingDialog</name>
    <message>
        <location filename="../../app/ui/outcome/ending_dialog.py" line="16"/>
        <source>Kết thúc vụ việc không xử phạt</source>
        <translation>End the case without a sanction</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/ending_dialog.py" line="16"/>
        <source>&amp;Ghi nhận không xử phạt</source>
        <translation>&amp;Record: no sanction</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/ending_dialog.py" line="19"/>
        <source>Vụ việc kết thúc không ra quyết định xử phạt. Tang vật còn giữ phải được trả lại hoặc tịch thu (MQĐ14).</source>
        <translation>The case ends without a sanction decision. Goods still held must be returned or confiscated (MQĐ14).</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/ending_dialog.py" line="21"/>
        <source>&amp;Lý do</source>
        <translation>Rea&amp;son</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/ending_dialog.py" line="22"/>
        <source>&amp;Diễn giải</source>
        <translation>&amp;Explanation</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/ending_dialog.py" line="23"/>
        <source>&amp;Ngày</source>
        <translation>&amp;Date</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../app/ui/sync/enrol_dialog.py" line="38"/>
        <source>Đăng ký máy với Chi cục</source>
        <translation>Enrol this laptop with the provincial office</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrol_dialog.py" line="41"/>
        <source>Chi cục cấp cho mỗi máy một mã đăng ký dùng một lần (in trên phiếu kèm mã QR). Nhập địa chỉ máy chủ và mã, dán nội dung mã QR, hoặc chọn ảnh chụp mã QR.</source>
        <translation>The provincial office issues each laptop a one-time enrolment code (printed on a slip with a QR code). Enter the server address and the code, paste the QR code&apos;s content, or choose a photo of the QR code.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrol_dialog.py" line="46"/>
        <source>Mã đăng ký, hoặc dán nội dung mã QR</source>
        <translation>Enrolment code, or paste the QR code&apos;s content</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrol_dialog.py" line="47"/>
        <source>Đọc ảnh mã QR…</source>
        <translation>Read a QR photo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrol_dialog.py" line="49"/>
        <source>Không bắt buộc: tệp .pem do Chi cục cung cấp</source>
        <translation>Optional: the .pem file from the provincial office</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrol_dialog.py" line="50"/>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrol_dialog.py" line="54"/>
        <source>Địa chỉ máy chủ</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrol_dialog.py" line="55"/>
        <source>Mã đăng ký</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrol_dialog.py" line="56"/>
        <source>Chứng chỉ (CA)</source>
        <translation>Certificate (CA)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrol_dialog.py" line="57"/>
        <source>Tên máy</source>
        <translation>Laptop name</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrol_dialog.py" line="62"/>
        <source>Đăng ký</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrol_dialog.py" line="63"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrol_dialog.py" line="130"/>
        <source>Chọn ảnh chụp mã QR</source>
        <translation>Choose a photo of the QR code</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrol_dialog.py" line="131"/>
        <source>Ảnh (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrol_dialog.py" line="152"/>
        <source>Chọn tệp chứng chỉ của Chi cục</source>
        <translation>Choose the provincial office&apos;s certificate file</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrol_dialog.py" line="153"/>
        <source>Chứng chỉ (*.pem *.crt *.cer);;Mọi tệp (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrol_dialog.py" line="168"/>
        <source>Không tìm thấy tệp chứng chỉ này.</source>
        <translation>This certificate file was not found.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrol_dialog.py" line="173"/>
        <source>Đang đăng ký với máy chủ…</source>
        <translation>Enrolling with the server…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrol_dialog.py" line="178"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/enrol_dialog.py" line="179"/>
        <source>Đã đăng ký máy với đơn vị %1. Lần đồng bộ đầu tiên đã bắt đầu.</source>
        <translation>This laptop is enrolled with %1. The first sync has started.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="49"/>
        <source>Xuất dữ liệu chưa đồng bộ</source>
        <translation>Export unsynced data</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="52"/>
        <source>Tệp xuất chứa mọi bản ghi máy chưa gửi được lên Chi cục (kể cả ảnh đính kèm), được mã hóa bằng mật khẩu dưới đây. Hãy chuyển tệp cho Chi cục và báo mật khẩu theo đường riêng (gọi điện, gặp trực tiếp). Dữ liệu trên máy không bị xóa.</source>
        <translation>The export holds every record this laptop could not send to the Sub-department (photos included), encrypted with the passphrase below. Hand the file to the Sub-department and give them the passphrase separately (by phone or in person). Nothing is deleted from this laptop.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="62"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="68"/>
        <source>Mật khẩu (ít nhất 10 ký tự)</source>
        <translation>Passphrase (at least 10 characters)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="70"/>
        <source>Nhập lại mật khẩu</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="72"/>
        <source>Lưu vào tệp</source>
        <translation>Save to file</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="76"/>
        <source>Xuất tệp</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="77"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="88"/>
        <source>Lưu tệp xuất</source>
        <translation>Save the export</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="89"/>
        <source>Tệp xuất Thực Địa (*.tdx)</source>
        <translation>Thực Địa export (*.tdx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="107"/>
        <source>Chọn nơi lưu tệp xuất.</source>
        <translation>Choose where to save the export.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="111"/>
        <source>Đang xuất và mã hóa…</source>
        <translation>Exporting and encrypting…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/export_dialog.py" line="121"/>
        <source>Đã xuất %1 bản ghi và %2 tệp đính kèm vào %3 (%4 byte, đã mã hóa).</source>
        <translation>Exported %1 records and %2 attachments to %3 (%4 bytes, encrypted).</translation>
    </message>
</context>
<context>
    <name>FieldChoices</name>
    <message>
        <location filename="../../app/ui/sync/field_choices.py" line="29"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/field_choices.py" line="29"/>
        <source>Bản của máy này</source>
        <translation>This laptop&apos;s version</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/field_choices.py" line="30"/>
        <source>Bản trên máy chủ</source>
        <translation>The server&apos;s version</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/field_choices.py" line="30"/>
        <source>Giữ</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/field_choices.py" line="41"/>
        <location filename="../../app/ui/sync/field_choices.py" line="59"/>
        <location filename="../../app/ui/sync/field_choices.py" line="67"/>
        <source>Máy chủ</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/field_choices.py" line="41"/>
        <location filename="../../app/ui/sync/field_choices.py" line="60"/>
        <source>Máy này</source>
        <translation>This laptop</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/field_choices.py" line="62"/>
        <source>Chọn cho cả mục «%1»</source>
        <translation>Choose for all of «%1»</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/field_choices.py" line="68"/>
        <source>Nội dung này chỉ giữ được theo cả bản ghi</source>
        <translation>This field can only be kept with its whole record</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../app/ui/setup_dialog.py" line="40"/>
        <source>Chào mừng đến với Thực Địa</source>
        <translation>Welcome to Thực Địa</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_dialog.py" line="43"/>
        <source>Máy này chưa được thiết lập. Nhập đơn vị và người sử dụng để bắt đầu ghi nhận vụ việc,
hoặc nạp dữ liệu mẫu (đơn vị, cán bộ và %1 vụ việc giả định) để làm quen.</source>
        <translation>This computer has not been set up yet. Enter your unit and user to start recording cases,
or load sample data (a unit, officers and %1 fictitious cases) to get to know the app.</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_dialog.py" line="49"/>
        <source>— Chọn tỉnh/thành phố —</source>
        <translation>— Choose a province —</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_dialog.py" line="53"/>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_dialog.py" line="54"/>
        <source>Cơ quan chủ quản</source>
        <translation>Parent agency</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_dialog.py" line="55"/>
        <source>Tỉnh/thành phố</source>
        <translation>Province/city</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_dialog.py" line="56"/>
        <source>Mã Chi cục (2 số)</source>
        <translation>Sub-department code (2 digits)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_dialog.py" line="57"/>
        <source>Mã Đội (2 số)</source>
        <translation>Team code (2 digits)</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_dialog.py" line="58"/>
        <source>VD 03; 00 nếu Chi cục ban hành</source>
        <translation>e.g. 03; 00 if the Sub-department issues</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_dialog.py" line="59"/>
        <source>Họ tên người sử dụng</source>
        <translation>User&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_dialog.py" line="60"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_dialog.py" line="61"/>
        <source>Số hiệu</source>
        <translation>Badge number</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_dialog.py" line="78"/>
        <location filename="../../app/ui/setup_dialog.py" line="117"/>
        <source>Nạp dữ liệu mẫu</source>
        <translation>Load sample data</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_dialog.py" line="79"/>
        <source>Lưu thiết lập</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/setup_dialog.py" line="104"/>
        <source>Đang tạo dữ liệu mẫu…</source>
        <translation>Creating sample data…</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../app/ui/outcome/form_dialog.py" line="79"/>
        <source>&amp;Quay lại</source>
        <translation>&amp;Go back</translation>
    </message>
</context>
<context>
    <name>GoodsDialog</name>
    <message>
        <location filename="../../app/ui/outcome/goods_dialog.py" line="28"/>
        <source>Xử lý tang vật</source>
        <translation>Dispose of goods</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/goods_dialog.py" line="28"/>
        <source>&amp;Ghi nhận</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/goods_dialog.py" line="30"/>
        <source>&amp;Tang vật</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/goods_dialog.py" line="32"/>
        <source>%1 — còn %2</source>
        <translation>%1 — %2 left</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/goods_dialog.py" line="34"/>
        <source>Biện &amp;pháp xử lý</source>
        <translation>&amp;Measure</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/goods_dialog.py" line="35"/>
        <source>&amp;Ngày xử lý</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/goods_dialog.py" line="36"/>
        <source>&amp;Số lượng xử lý</source>
        <translation>&amp;Quantity</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/goods_dialog.py" line="37"/>
        <source>Để trống: toàn bộ số lượng còn giữ.</source>
        <translation>Empty: all that is still held.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/goods_dialog.py" line="38"/>
        <source>T&amp;rị giá định giá (đồng)</source>
        <translation>A&amp;ppraised value (đồng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/goods_dialog.py" line="39"/>
        <source>Số tiền &amp;bán được (đồng)</source>
        <translation>Sold &amp;for (đồng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/goods_dialog.py" line="40"/>
        <source>Số &amp;chứng từ nộp tiền</source>
        <translation>Pay-in re&amp;ceipt number</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/goods_dialog.py" line="41"/>
        <source>Cơ quan t&amp;iếp nhận</source>
        <translation>Receiving &amp;agency</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/goods_dialog.py" line="42"/>
        <source>Số &amp;văn bản, biên bản</source>
        <translation>Doc&amp;ument or minutes number</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/goods_dialog.py" line="43"/>
        <source>Ghi c&amp;hú</source>
        <translation>Not&amp;e</translation>
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
        <location filename="../../app/ui/main_window.py" line="52"/>
        <source>Danh sách vụ việc</source>
        <translation>Case list</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="54"/>
        <source>Tin báo</source>
        <translation>Tips</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="57"/>
        <source>Việc cần làm</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="59"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="83"/>
        <source>Đang mở dữ liệu…</source>
        <translation>Opening data…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="97"/>
        <source>Thao tác</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="111"/>
        <source>Vụ việc mới (Ctrl+N)</source>
        <translation>New case (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="112"/>
        <source>Lưu (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="114"/>
        <source>Hoàn tất (Ctrl+Enter)</source>
        <translation>Finalise (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="117"/>
        <source>Tìm (Ctrl+F)</source>
        <translation>Find (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="118"/>
        <source>Dãy số biên bản</source>
        <translation>Number blocks</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="119"/>
        <source>Khóa máy (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="120"/>
        <source>Khóa màn hình hoặc đổi người dùng; vụ việc đang mở được giữ nguyên</source>
        <translation>Lock the screen or switch user; the open case is kept</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="121"/>
        <source>Thời gian tự khóa…</source>
        <translation>Auto-lock time…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="125"/>
        <source>Cấp mã đăng nhập cho đồng đội…</source>
        <translation>Sign-in code for a colleague…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="127"/>
        <source>Kho bạc nhận tiền phạt…</source>
        <translation>Treasury for fines…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="166"/>
        <source>Đã đổi người dùng: %1</source>
        <translation>User switched: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="194"/>
        <source>Thời gian tự khóa</source>
        <translation>Auto-lock time</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="195"/>
        <source>Khóa máy sau số phút không thao tác:</source>
        <translation>Lock after this many idle minutes:</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="231"/>
        <source>%1 · dữ liệu tại %2</source>
        <translation>%1 · data in %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="278"/>
        <source>Vụ việc mới</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="287"/>
        <source>Đang mở…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="295"/>
        <source>Khôi phục</source>
        <translation>Recovered</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="341"/>
        <source>Đóng vụ việc</source>
        <translation>Close case</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="342"/>
        <source>Vụ việc có thay đổi chưa lưu. Lưu trước khi đóng?</source>
        <translation>The case has unsaved changes. Save before closing?</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="343"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="344"/>
        <source>Không lưu</source>
        <translation>Don&apos;t save</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="345"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NumberBlocksDialog</name>
    <message>
        <location filename="../../app/ui/number_blocks_dialog.py" line="33"/>
        <source>Dãy số biên bản của máy này</source>
        <translation>This laptop&apos;s number blocks</translation>
    </message>
    <message>
        <location filename="../../app/ui/number_blocks_dialog.py" line="36"/>
        <source>Ký hiệu</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location filename="../../app/ui/number_blocks_dialog.py" line="36"/>
        <location filename="../../app/ui/number_blocks_dialog.py" line="55"/>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../app/ui/number_blocks_dialog.py" line="36"/>
        <location filename="../../app/ui/number_blocks_dialog.py" line="60"/>
        <source>Từ số</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/number_blocks_dialog.py" line="37"/>
        <source>Đến số</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/ui/number_blocks_dialog.py" line="37"/>
        <source>Số tiếp theo</source>
        <translation>Next number</translation>
    </message>
    <message>
        <location filename="../../app/ui/number_blocks_dialog.py" line="37"/>
        <source>Còn lại</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../app/ui/number_blocks_dialog.py" line="43"/>
        <source>Mọi loại biên bản</source>
        <translation>Every kind of minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/number_blocks_dialog.py" line="52"/>
        <source>Thêm dãy số</source>
        <translation>Add block</translation>
    </message>
    <message>
        <location filename="../../app/ui/number_blocks_dialog.py" line="54"/>
        <source>Loại biên bản</source>
        <translation>Kind of minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/number_blocks_dialog.py" line="58"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/ui/number_blocks_dialog.py" line="61"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/number_blocks_dialog.py" line="68"/>
        <source>Mỗi máy chỉ dùng số trong các dãy được cấp (Thông tư 22/2021, Điều 6). Khi đồng bộ, máy chủ tỉnh cấp thêm dãy số; khi chưa đồng bộ được, nhập dãy số do Chi cục cấp cho máy này.</source>
        <translation>Each laptop uses only numbers from the blocks it was given (Circular 22/2021, Article 6). When it syncs, the provincial server leases more blocks; until it can sync, enter the block the provincial office assigned to this laptop.</translation>
    </message>
</context>
<context>
    <name>OutcomeActions</name>
    <message>
        <location filename="../../app/ui/outcome/actions.py" line="206"/>
        <source>&amp;Quay lại</source>
        <translation>&amp;Go back</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <location filename="../../app/ui/outcome/page.py" line="73"/>
        <source>Kết quả xử lý</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/page.py" line="84"/>
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/page.py" line="84"/>
        <source>Việc cần làm</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/page.py" line="84"/>
        <source>Còn</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/page.py" line="90"/>
        <source>Enter hoặc nhấp đúp: làm việc này</source>
        <translation>Enter or double-click: do this step</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/page.py" line="91"/>
        <source>Tang vật</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/page.py" line="91"/>
        <source>Còn giữ</source>
        <translation>Still held</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/page.py" line="91"/>
        <source>Giữ đến</source>
        <translation>Held until</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/page.py" line="99"/>
        <location filename="../../app/ui/outcome/page.py" line="205"/>
        <source>Cần &amp;làm</source>
        <translation>To &amp;do</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/page.py" line="100"/>
        <source>Tang vật còn giữ</source>
        <translation>Goods still held</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/page.py" line="101"/>
        <source>&amp;Diễn biến</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/page.py" line="102"/>
        <source>Không còn tang vật nào đang tạm giữ.</source>
        <translation>No goods are still held.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/page.py" line="104"/>
        <source>Không có việc nào đến hạn.</source>
        <translation>Nothing is due.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/page.py" line="185"/>
        <source>đang chờ</source>
        <translation>waiting</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/outcome/page.py" line="189"/>
        <source>quá hạn %n ngày</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/page.py" line="191"/>
        <source>hôm nay</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/outcome/page.py" line="193"/>
        <source>còn %n ngày</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/page.py" line="204"/>
        <source>Cần &amp;làm (%1)</source>
        <translation>To &amp;do (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/outcome/page.py" line="246"/>
        <source>Đã gửi %n trang tới máy in.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/page.py" line="247"/>
        <source>In quyết định</source>
        <translation>Print the decision</translation>
    </message>
</context>
<context>
    <name>OverdueButton</name>
    <message>
        <location filename="../../app/ui/todo_page.py" line="159"/>
        <source>Mở trang Việc cần làm</source>
        <translation>Open the To do page</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/todo_page.py" line="163"/>
        <source>⚠ %n việc quá hạn</source>
        <translation>
            <numerusform>⚠ %n step overdue</numerusform>
            <numerusform>⚠ %n steps overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../app/ui/outcome/payment_dialog.py" line="22"/>
        <source>Nộp tiền phạt</source>
        <translation>Payment of the fine</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/payment_dialog.py" line="22"/>
        <source>&amp;Ghi nhận khoản nộp</source>
        <translation>&amp;Record the payment</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/payment_dialog.py" line="28"/>
        <source>Số &amp;biên lai, chứng từ</source>
        <translation>Receipt num&amp;ber</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/payment_dialog.py" line="29"/>
        <source>&amp;Ngày nộp</source>
        <translation>Paid &amp;on</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/payment_dialog.py" line="30"/>
        <source>Số tiền &amp;phạt nộp (đồng)</source>
        <translation>Fine &amp;paid (đồng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/payment_dialog.py" line="31"/>
        <source>Tiền &amp;chậm nộp (đồng)</source>
        <translation>&amp;Late-payment amount (đồng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/payment_dialog.py" line="32"/>
        <source>0,05% số tiền chưa nộp cho mỗi ngày chậm nộp (Luật XLVPHC Điều 78).</source>
        <translation>0.05% of the unpaid amount for each day late (Law on Administrative Violations, Art. 78).</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/payment_dialog.py" line="34"/>
        <source>&amp;Hình thức nộp</source>
        <translation>&amp;How paid</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/payment_dialog.py" line="35"/>
        <source>Quyết định số %1 ngày %2</source>
        <translation>Decision no. %1 of %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/payment_dialog.py" line="59"/>
        <source>Tiền phạt: %1 đồng; đã nộp: %2 đồng; còn phải nộp: %3 đồng.</source>
        <translation>Fine: %1 đồng; paid: %2 đồng; still to pay: %3 đồng.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/payment_dialog.py" line="63"/>
        <source>Hạn nộp: %1.</source>
        <translation>Due by: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/payment_dialog.py" line="65"/>
        <source>Tiền chậm nộp tính đến ngày %1: %2 đồng.</source>
        <translation>Late-payment amount up to %1: %2 đồng.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/payment_dialog.py" line="67"/>
        <source>Tổng phải nộp ngày %1: %2 đồng.</source>
        <translation>Total to pay on %1: %2 đồng.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../app/ui/reports/period_picker.py" line="73"/>
        <source>&amp;Kỳ báo cáo</source>
        <translation>Report &amp;period</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/period_picker.py" line="74"/>
        <source>Nă&amp;m</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/period_picker.py" line="76"/>
        <source>&amp;Từ ngày</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/period_picker.py" line="77"/>
        <location filename="../../app/ui/reports/period_picker.py" line="120"/>
        <source>Đế&amp;n ngày</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/period_picker.py" line="96"/>
        <source>T&amp;háng</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/period_picker.py" line="98"/>
        <source>Tháng %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/period_picker.py" line="101"/>
        <source>&amp;Quý</source>
        <translation>&amp;Quarter</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/period_picker.py" line="103"/>
        <source>Quý %1</source>
        <translation>Quarter %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/period_picker.py" line="106"/>
        <source>Đ&amp;ợt</source>
        <translation>Ca&amp;mpaign part</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/period_picker.py" line="120"/>
        <source>&amp;Ngày</source>
        <translation>&amp;Day</translation>
    </message>
</context>
<context>
    <name>PhotoFileDialog</name>
    <message>
        <location filename="../../app/ui/case_photos/dialogs.py" line="18"/>
        <source>Chọn ảnh hoặc bản quét để đính kèm</source>
        <translation>Choose photos or scans to attach</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_photos/dialogs.py" line="22"/>
        <source>Ảnh và bản quét PDF (%1)</source>
        <translation>Photos and PDF scans (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_photos/dialogs.py" line="22"/>
        <source>Mọi tệp (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_photos/dialogs.py" line="24"/>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_photos/dialogs.py" line="25"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_photos/dialogs.py" line="26"/>
        <source>Thư mục</source>
        <translation>Look in</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_photos/dialogs.py" line="27"/>
        <source>Tên tệp</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_photos/dialogs.py" line="28"/>
        <source>Loại tệp</source>
        <translation>File type</translation>
    </message>
</context>
<context>
    <name>PhotoGrid</name>
    <message>
        <location filename="../../app/ui/case_photos/grid.py" line="145"/>
        <source>Không xem trước được</source>
        <translation>No preview</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_photos/grid.py" line="148"/>
        <source>Đang tải ảnh…</source>
        <translation>Loading photo…</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../app/ui/case_photos/viewer.py" line="39"/>
        <source>Đang mở…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_photos/viewer.py" line="51"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_photos/viewer.py" line="75"/>
        <source>Không mở được tệp này: tệp hỏng hoặc không phải ảnh.</source>
        <translation>Cannot open this file: it is damaged or not an image.</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <location filename="../../app/ui/case_photos/panel.py" line="59"/>
        <source>Ảnh, tài liệu</source>
        <translation>Photos, documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_photos/panel.py" line="70"/>
        <source>Thêm ảnh…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_photos/panel.py" line="71"/>
        <source>Xem cỡ lớn</source>
        <translation>View full size</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_photos/panel.py" line="72"/>
        <source>Gỡ khỏi vụ việc</source>
        <translation>Remove from case</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_photos/panel.py" line="123"/>
        <source>Lưu vụ việc trước khi thêm ảnh (bấm Lưu hoặc Ctrl+S): ảnh được gắn vào vụ việc đã lưu.</source>
        <translation>Save the case before adding photos (press Save or Ctrl+S): photos are attached to a saved case.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_photos/panel.py" line="140"/>
        <source>VD Niêm phong thùng hàng số 3, chụp lúc lập biên bản</source>
        <translation>E.g. Seal of crate no. 3, taken while drawing up the minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_photos/panel.py" line="87"/>
        <source>Lưu chú thích</source>
        <translation>Save caption</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_photos/panel.py" line="91"/>
        <source>Chú thích ảnh đang chọn</source>
        <translation>Caption of the selected photo</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_photos/panel.py" line="126"/>
        <source>Bản nháp của máy khác — chỉ xem ảnh, không thêm hay gỡ được.</source>
        <translation>Another device&apos;s draft — photos can be viewed, not added or removed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_photos/panel.py" line="128"/>
        <source>Vụ việc đã khóa — chỉ xem ảnh, không thêm hay gỡ được.</source>
        <translation>The case is locked — photos can be viewed, not added or removed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_photos/panel.py" line="130"/>
        <source>Ảnh chụp tang vật, niêm phong, giấy tờ tại hiện trường (JPEG, PNG hoặc bản quét PDF, mỗi tệp đến 50 MB). Ảnh được lưu vào vụ việc ngay khi thêm, không cần bấm Lưu. Có thể kéo thả tệp vào đây.</source>
        <translation>Photos of seized goods, seals and papers on site (JPEG, PNG or PDF scans, up to 50 MB each). Photos are saved to the case as soon as they are added, without pressing Save. Files can be dragged and dropped here.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_photos/panel.py" line="136"/>
        <source>Chưa có ảnh nào. Bấm “Thêm ảnh…” hoặc kéo thả tệp ảnh vào đây.</source>
        <translation>No photos yet. Press “Add photos…” or drag and drop photo files here.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_photos/panel.py" line="138"/>
        <source>Chưa có ảnh nào.</source>
        <translation>No photos yet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/case_photos/panel.py" line="266"/>
        <source>Chưa thêm được %n tệp:</source>
        <translation>
            <numerusform>Could not add %n file:</numerusform>
            <numerusform>Could not add %n files:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/case_photos/panel.py" line="282"/>
        <source>%n tệp</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../app/ui/printing.py" line="78"/>
        <source>In biên bản</source>
        <translation>Print minutes</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../app/ui/reason_dialog.py" line="41"/>
        <source>&amp;Quay lại</source>
        <translation>&amp;Go back</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../app/ui/outcome/referral_dialog.py" line="22"/>
        <source>Chuyển hồ sơ vụ việc có dấu hiệu tội phạm</source>
        <translation>Transfer a case with signs of a crime</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/referral_dialog.py" line="22"/>
        <source>&amp;Ghi nhận đã chuyển</source>
        <translation>&amp;Record the transfer</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/referral_dialog.py" line="25"/>
        <source>Chuyển ngay hồ sơ cho cơ quan điều tra (TT 27/2020 Điều 22); kèm biên bản bàn giao hồ sơ (BB-CHS).</source>
        <translation>Transfer the file to the investigating agency at once (Circular 27/2020, Art. 22), with the hand-over minutes (BB-CHS).</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/referral_dialog.py" line="27"/>
        <source>&amp;Ngày chuyển</source>
        <translation>Transferred &amp;on</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/referral_dialog.py" line="28"/>
        <source>&amp;Cơ quan điều tra tiếp nhận</source>
        <translation>Receiving investigating &amp;agency</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/referral_dialog.py" line="29"/>
        <source>VD Cơ quan CSĐT Công an tỉnh Lạng Sơn</source>
        <translation>e.g. Police Investigation Agency, Lạng Sơn Province</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/referral_dialog.py" line="30"/>
        <source>Số quyết định chuyển hồ &amp;sơ</source>
        <translation>Tran&amp;sfer decision number</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/referral_dialog.py" line="31"/>
        <source>Ghi c&amp;hú</source>
        <translation>Not&amp;e</translation>
    </message>
</context>
<context>
    <name>RemovePhotosBox</name>
    <message>
        <location filename="../../app/ui/case_photos/dialogs.py" line="40"/>
        <source>Gỡ ảnh khỏi vụ việc</source>
        <translation>Remove photos from the case</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/case_photos/dialogs.py" line="42"/>
        <source>Gỡ %n tệp sau khỏi vụ việc?</source>
        <translation>
            <numerusform>Remove the following %n file from the case?</numerusform>
            <numerusform>Remove the following %n files from the case?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/case_photos/dialogs.py" line="43"/>
        <source>Vụ việc ghi lại việc gỡ; tệp gốc vẫn được giữ trên máy.</source>
        <translation>The case records the removal; the original file stays on this computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_photos/dialogs.py" line="44"/>
        <source>Gỡ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_photos/dialogs.py" line="45"/>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../app/ui/outcome/closing.py" line="36"/>
        <source>Mở lại hồ sơ</source>
        <translation>Reopen the file</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/closing.py" line="36"/>
        <source>&amp;Mở lại hồ sơ</source>
        <translation>&amp;Reopen the file</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/closing.py" line="38"/>
        <source>&amp;Lý do mở lại</source>
        <translation>Rea&amp;son</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/closing.py" line="39"/>
        <source>&amp;Ngày</source>
        <translation>&amp;Date</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../app/ui/reports/page.py" line="101"/>
        <source>So sánh &amp;cùng kỳ</source>
        <translation>&amp;Compare with last year</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="102"/>
        <source>Tải &amp;lại</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="103"/>
        <source>Xuất &amp;XLSX…</source>
        <translation>Export &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="104"/>
        <source>Xuất &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="105"/>
        <source>&amp;Vụ việc của chỉ tiêu</source>
        <translation>&amp;Cases behind the figure</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="128"/>
        <source>&amp;Số liệu của đơn vị (nhấp đúp hoặc Enter: các vụ việc)</source>
        <translation>&amp;Figures of the unit (double-click or Enter: the cases)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="184"/>
        <source>Đang tính số liệu…</source>
        <translation>Computing the figures…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="194"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="217"/>
        <source>Số vụ, bị can — %1</source>
        <translation>Cases, accused — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="263"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="263"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="264"/>
        <source>Lưu báo cáo</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="271"/>
        <source>Đang ghi %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <location filename="../../app/ui/reports/page.py" line="276"/>
        <source>Đã ghi %1</source>
        <translation>Written: %1</translation>
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
        <location filename="../../app/ui/widgets/row_table.py" line="122"/>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/row_table.py" line="124"/>
        <source>Thêm một dòng (hoặc Enter ở dòng cuối)</source>
        <translation>Add a row (or press Enter on the last row)</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/row_table.py" line="127"/>
        <source>Xóa dòng</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/row_table.py" line="129"/>
        <source>Xóa các dòng đang chọn</source>
        <translation>Delete the selected rows</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/row_table.py" line="287"/>
        <source>Dòng {n}</source>
        <translation>Row {n}</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../app/ui/case_editor/section.py" line="298"/>
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
        <source>&amp;Chép từ hàng hóa kiểm tra</source>
        <translation>&amp;Copy from goods inspected</translation>
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
    <name>SignInPage</name>
    <message>
        <location filename="../../app/ui/signin/page.py" line="61"/>
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin/page.py" line="62"/>
        <source>Họ tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin/page.py" line="63"/>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin/page.py" line="64"/>
        <source>Nhập lại mật khẩu</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin/page.py" line="117"/>
        <source>Thiết lập máy: tài khoản cán bộ đầu tiên</source>
        <translation>Setting up: the first officer&apos;s account</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin/page.py" line="118"/>
        <source>Đặt mật khẩu để mã hóa dữ liệu của máy</source>
        <translation>Set a password to encrypt this laptop&apos;s data</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin/page.py" line="119"/>
        <source>Máy đang khóa</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin/page.py" line="119"/>
        <location filename="../../app/ui/signin/page.py" line="134"/>
        <source>Đăng nhập</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin/page.py" line="120"/>
        <source>Đặt mật khẩu mới</source>
        <translation>Set a new password</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin/page.py" line="121"/>
        <source>Không mở được dữ liệu</source>
        <translation>The data cannot be opened</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin/page.py" line="124"/>
        <source>Dữ liệu trên máy được mã hóa; chỉ người có mật khẩu (hoặc Chi cục) mở được. Mật khẩu ít nhất 8 ký tự.</source>
        <translation>The data on this laptop is encrypted; only someone with a password (or the Chi cục) can open it. At least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin/page.py" line="126"/>
        <source>Từ phiên bản này dữ liệu trên máy được mã hóa. Chọn tên của mình và đặt mật khẩu (ít nhất 8 ký tự); các cán bộ khác được thêm sau.</source>
        <translation>From this version the data on this laptop is encrypted. Pick your name and set a password (at least 8 characters); other officers are added later.</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin/page.py" line="128"/>
        <source>Chọn tên của mình và nhập mật khẩu (hoặc mã dùng một lần do Chi cục cấp).</source>
        <translation>Pick your name and type your password (or the one-time code the Chi cục gave you).</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin/page.py" line="129"/>
        <source>Mã dùng một lần chỉ dùng được một lần: đặt mật khẩu của mình (ít nhất 8 ký tự).</source>
        <translation>A one-time code works once: set your own password (at least 8 characters).</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin/page.py" line="130"/>
        <source>Thiếu tệp khóa (keys.json) của dữ liệu đã mã hóa. Chỉ Chi cục mở được bằng khóa của tỉnh: hãy liên hệ bộ phận kỹ thuật, đừng xóa thư mục dữ liệu.</source>
        <translation>The key file (keys.json) of the encrypted data is missing. Only the Chi cục can open it with the province&apos;s key: contact the technical staff and do not delete the data folder.</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin/page.py" line="133"/>
        <source>Tạo tài khoản</source>
        <translation>Create account</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin/page.py" line="133"/>
        <source>Đặt mật khẩu và mã hóa</source>
        <translation>Set password and encrypt</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin/page.py" line="134"/>
        <location filename="../../app/ui/signin/page.py" line="142"/>
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin/page.py" line="135"/>
        <source>Lưu mật khẩu</source>
        <translation>Save password</translation>
    </message>
    <message>
        <location filename="../../app/ui/signin/page.py" line="142"/>
        <source>Đổi người dùng</source>
        <translation>Switch user</translation>
    </message>
</context>
<context>
    <name>StartupFlow</name>
    <message>
        <location filename="../../app/ui/startup_flow.py" line="63"/>
        <source>Không mở được dữ liệu.</source>
        <translation>Could not open the data.</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup_flow.py" line="68"/>
        <source>Tệp dữ liệu bị hỏng</source>
        <translation>The data file is damaged</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup_flow.py" line="72"/>
        <source>Bản sao lưu gần nhất: %1</source>
        <translation>Latest backup: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup_flow.py" line="73"/>
        <source>Khôi phục bản sao lưu gần nhất</source>
        <translation>Restore the latest backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup_flow.py" line="75"/>
        <source>Không có bản sao lưu. Hãy liên hệ bộ phận kỹ thuật; tệp hỏng được giữ nguyên.</source>
        <translation>No backup is available. Please contact technical support; the damaged file has been left as it is.</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup_flow.py" line="76"/>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup_flow.py" line="91"/>
        <source>Đã mã hóa dữ liệu của máy.</source>
        <translation>This laptop&apos;s data is now encrypted.</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup_flow.py" line="94"/>
        <source>Đã sao lưu dữ liệu trước khi nâng cấp: %1</source>
        <translation>Data backed up before the upgrade: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup_flow.py" line="136"/>
        <source>Vụ việc chưa đặt tên</source>
        <translation>Untitled case</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup_flow.py" line="138"/>
        <source>Khôi phục bản nháp</source>
        <translation>Recover drafts</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/startup_flow.py" line="139"/>
        <source>Lần trước ứng dụng đóng đột ngột khi còn %n bản nháp chưa lưu:</source>
        <translation>
            <numerusform>Last time the application closed unexpectedly with %n unsaved draft:</numerusform>
            <numerusform>Last time the application closed unexpectedly with %n unsaved drafts:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/startup_flow.py" line="140"/>
        <source>Mở lại để kiểm tra và lưu?</source>
        <translation>Reopen to check and save?</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup_flow.py" line="142"/>
        <source>Khôi phục</source>
        <translation>Recover</translation>
    </message>
    <message>
        <location filename="../../app/ui/startup_flow.py" line="143"/>
        <source>Bỏ qua</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <location filename="../../app/ui/outcome/step_dialog.py" line="24"/>
        <source>Giải trình, xác minh</source>
        <translation>Explanation, verification</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/step_dialog.py" line="24"/>
        <source>Thi hành quyết định, bước khác</source>
        <translation>Enforcing the decision, other steps</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/step_dialog.py" line="25"/>
        <source>&amp;Ghi nhận</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/step_dialog.py" line="29"/>
        <source>&amp;Bước</source>
        <translation>&amp;Step</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/step_dialog.py" line="30"/>
        <source>&amp;Ngày</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/step_dialog.py" line="31"/>
        <source>Giải trình trực tiếp</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/step_dialog.py" line="32"/>
        <source>Đối tượng yêu cầu giải trình &amp;trực tiếp (hạn 2 ngày làm việc; bằng văn bản: 5 ngày)</source>
        <translation>The subject asks for a hearing (2 working days; in wri&amp;ting: 5 days)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/step_dialog.py" line="34"/>
        <source>&amp;Hạn</source>
        <translation>D&amp;ue by</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/step_dialog.py" line="35"/>
        <source>Để trống: hạn theo luật, tính theo ngày làm việc.</source>
        <translation>Empty: the legal term, in working days.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/step_dialog.py" line="36"/>
        <source>Quyết định áp &amp;dụng</source>
        <translation>Decision &amp;concerned</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/step_dialog.py" line="39"/>
        <source>Số %1 ngày %2</source>
        <translation>No. %1 of %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/step_dialog.py" line="40"/>
        <source>Số tiền giảm, &amp;miễn (đồng)</source>
        <translation>Amount reduced or &amp;waived (đồng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/step_dialog.py" line="41"/>
        <source>Số &amp;văn bản</source>
        <translation>Document num&amp;ber</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/step_dialog.py" line="42"/>
        <source>Nội d&amp;ung</source>
        <translation>Summar&amp;y</translation>
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
    <name>SyncControls</name>
    <message>
        <location filename="../../app/ui/sync/controls.py" line="33"/>
        <source>Đồng bộ (F9)</source>
        <translation>Sync (F9)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/controls.py" line="35"/>
        <source>Gửi và nhận dữ liệu với máy chủ Chi cục ngay (F9)</source>
        <translation>Send and receive data with the provincial server now (F9)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/controls.py" line="37"/>
        <source>Đăng ký máy với Chi cục…</source>
        <translation>Enrol this laptop with the provincial office…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/controls.py" line="79"/>
        <source>Đồng bộ xong: %1.</source>
        <translation>Sync done: %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/controls.py" line="89"/>
        <source>Đồng bộ chưa xong: %1</source>
        <translation>Sync not finished: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/controls.py" line="93"/>
        <source>Đã đăng ký máy với %1.</source>
        <translation>This laptop is enrolled with %1.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/controls.py" line="99"/>
        <source>Thu hồi quyền đồng bộ</source>
        <translation>Sync access revoked</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/controls.py" line="100"/>
        <source>Máy đã bị thu hồi quyền đồng bộ với máy chủ Chi cục.

Dữ liệu trên máy vẫn được giữ nguyên: các vụ việc và biên bản vẫn mở, sửa và in được như bình thường. Máy sẽ không tự đồng bộ nữa, nên những bản ghi chưa gửi vẫn nằm trên máy.</source>
        <translation>This laptop&apos;s access to the provincial server has been revoked.

The data on this laptop is kept as it is: cases and minutes still open, edit and print as usual. The laptop will no longer sync by itself, so records not yet sent stay on this laptop.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/controls.py" line="106"/>
        <source>Nếu máy không bị mất, hãy liên hệ Chi cục để được cấp mã đăng ký mới.</source>
        <translation>If the laptop was not lost, contact the provincial office for a new enrolment code.</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/controls.py" line="107"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/controls.py" line="108"/>
        <source>Đăng ký lại…</source>
        <translation>Enrol again…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/controls.py" line="109"/>
        <source>Xuất dữ liệu chưa đồng bộ…</source>
        <translation>Export unsynced data…</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="41"/>
        <source>Đăng ký…</source>
        <translation>Enrol…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync/indicator.py" line="79"/>
        <source>%n bản ghi chờ gửi</source>
        <translation>
            <numerusform>%n record waiting to be sent</numerusform>
            <numerusform>%n records waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync/indicator.py" line="80"/>
        <source>%n cần xử lý</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="92"/>
        <source>bắt đầu</source>
        <translation>starting</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="93"/>
        <source>Đang đồng bộ: %1</source>
        <translation>Syncing: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="95"/>
        <source>Đang đăng ký với máy chủ…</source>
        <translation>Enrolling with the server…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="97"/>
        <source>Đồng bộ: đang kiểm tra…</source>
        <translation>Sync: checking…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="99"/>
        <source>Chưa đăng ký với máy chủ Chi cục</source>
        <translation>Not enrolled with the provincial server</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="101"/>
        <source>Máy đã bị thu hồi quyền đồng bộ</source>
        <translation>Sync access revoked</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="106"/>
        <source>Lỗi đồng bộ: %1</source>
        <translation>Sync error: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="107"/>
        <source> (đang kiểm tra kết nối…)</source>
        <translation> (checking the connection…)</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="114"/>
        <source>Ngoại tuyến · đang thử kết nối…</source>
        <translation>Offline · trying to connect…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="116"/>
        <source>Ngoại tuyến</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="118"/>
        <source>Ngoại tuyến · thử lại lúc %1</source>
        <translation>Offline · next try at %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="122"/>
        <source>Chưa đồng bộ lần nào</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync/indicator.py" line="125"/>
        <source>Vừa đồng bộ</source>
        <translation>Synced just now</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync/indicator.py" line="127"/>
        <source>Đã đồng bộ %n phút trước</source>
        <translation>
            <numerusform>Synced %n minute ago</numerusform>
            <numerusform>Synced %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync/indicator.py" line="129"/>
        <source>Đã đồng bộ %n giờ trước</source>
        <translation>
            <numerusform>Synced %n hour ago</numerusform>
            <numerusform>Synced %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/sync/indicator.py" line="130"/>
        <source>Đã đồng bộ %n ngày trước</source>
        <translation>
            <numerusform>Synced %n day ago</numerusform>
            <numerusform>Synced %n days ago</numerusform>
        </translation>
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
        <location filename="../../app/ui/case_editor/team_section.py" line="17"/>
        <source>Thành viên Đoàn kiểm tra (ít nhất 2 người, đúng 1 Trưởng đoàn)</source>
        <translation>Inspection team members (at least 2 people, exactly 1 team leader)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/team_section.py" line="23"/>
        <location filename="../../app/ui/case_editor/team_section.py" line="70"/>
        <source>Họ tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/team_section.py" line="24"/>
        <source>Gõ vài chữ để chọn cán bộ của đơn vị, hoặc gõ họ tên người của lực lượng khác</source>
        <translation>Type a few letters to pick an officer of the unit, or type the name of someone from another force</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/team_section.py" line="25"/>
        <location filename="../../app/ui/case_editor/team_section.py" line="55"/>
        <location filename="../../app/ui/case_editor/team_section.py" line="81"/>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/team_section.py" line="26"/>
        <source>Số hiệu</source>
        <translation>Badge no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/team_section.py" line="27"/>
        <source>Trưởng đoàn</source>
        <translation>Team leader</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/team_section.py" line="40"/>
        <source>Cơ quan phối hợp</source>
        <translation>Cooperating agencies</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/team_section.py" line="48"/>
        <source>Lực lượng</source>
        <translation>Force</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/team_section.py" line="53"/>
        <source>Cơ quan, đơn vị</source>
        <translation>Agency/unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/team_section.py" line="54"/>
        <source>Người đại diện</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/team_section.py" line="64"/>
        <source>Người chứng kiến, đại diện chính quyền</source>
        <translation>Witnesses and local authority representatives</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/team_section.py" line="73"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/team_section.py" line="77"/>
        <source>Người chứng kiến</source>
        <translation>Witness</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/team_section.py" line="78"/>
        <source>Đại diện chính quyền</source>
        <translation>Local authority representative</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/team_section.py" line="82"/>
        <source>Số giấy tờ</source>
        <translation>ID document no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/team_section.py" line="83"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../app/ui/outcome/timeline.py" line="83"/>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/timeline.py" line="83"/>
        <source>Sự việc</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/timeline.py" line="83"/>
        <source>Người ghi nhận</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/timeline.py" line="84"/>
        <source>Văn bản</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/timeline.py" line="107"/>
        <location filename="../../app/ui/outcome/timeline.py" line="122"/>
        <source>Đã hủy: %1</source>
        <translation>Voided: %1</translation>
    </message>
</context>
<context>
    <name>TipsPage</name>
    <message>
        <location filename="../../app/ui/tips_page.py" line="66"/>
        <source>Tải lại</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../app/ui/tips_page.py" line="78"/>
        <source>Kết quả xác minh, lý do không xử lý…</source>
        <translation>Verification result, reason for no action…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tips_page.py" line="82"/>
        <source>Lưu trạng thái</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../app/ui/tips_page.py" line="83"/>
        <source>Lập vụ việc từ tin báo</source>
        <translation>Open a case from the tip</translation>
    </message>
    <message>
        <location filename="../../app/ui/tips_page.py" line="84"/>
        <source>Mở vụ việc</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../app/ui/tips_page.py" line="87"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/tips_page.py" line="88"/>
        <source>Ghi chú</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/tips_page.py" line="89"/>
        <source>Vụ việc</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../app/ui/tips_page.py" line="105"/>
        <source>Tin báo Chi cục giao cho đơn vị; thay đổi trạng thái được gửi lên máy chủ ở lần đồng bộ sau.</source>
        <translation>Tips the provincial office assigned to the unit; status changes are sent to the server at the next sync.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/tips_page.py" line="156"/>
        <source>%n tin báo</source>
        <translation>
            <numerusform>%n tip</numerusform>
            <numerusform>%n tips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/tips_page.py" line="157"/>
        <source>Tin báo (%n mới)</source>
        <translation>
            <numerusform>Tips (%n new)</numerusform>
            <numerusform>Tips (%n new)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/tips_page.py" line="157"/>
        <source>Tin báo</source>
        <translation>Tips</translation>
    </message>
    <message>
        <location filename="../../app/ui/tips_page.py" line="167"/>
        <source>Chưa có tin báo nào</source>
        <translation>No tips yet</translation>
    </message>
    <message>
        <location filename="../../app/ui/tips_page.py" line="174"/>
        <source>Tin báo số %1 · nhận lúc %2</source>
        <translation>Tip no. %1 · received at %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/tips_page.py" line="178"/>
        <source>Địa điểm: %1</source>
        <translation>Place: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/tips_page.py" line="180"/>
        <source>Đối tượng nghi vấn: %1</source>
        <translation>Suspected subject: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/tips_page.py" line="182"/>
        <source>Hàng hóa: %1</source>
        <translation>Goods: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/tips_page.py" line="186"/>
        <source>Chưa lập vụ việc</source>
        <translation>No case yet</translation>
    </message>
</context>
<context>
    <name>TipsTableModel</name>
    <message>
        <location filename="../../app/ui/models/tips_table.py" line="24"/>
        <source>Ngày nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tips_table.py" line="24"/>
        <source>Số tin báo</source>
        <translation>Tip no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tips_table.py" line="24"/>
        <source>Nội dung</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tips_table.py" line="25"/>
        <source>Địa điểm</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tips_table.py" line="25"/>
        <source>Đối tượng nghi vấn</source>
        <translation>Suspected subject</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tips_table.py" line="25"/>
        <source>Hàng hóa</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tips_table.py" line="26"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tips_table.py" line="26"/>
        <source>Vụ việc</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tips_table.py" line="30"/>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tips_table.py" line="31"/>
        <source>Đã giao</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tips_table.py" line="32"/>
        <source>Đang xử lý</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tips_table.py" line="33"/>
        <source>Đã xử lý</source>
        <translation>Dealt with</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/tips_table.py" line="34"/>
        <source>Không xử lý</source>
        <translation>No action</translation>
    </message>
</context>
<context>
    <name>TodoPage</name>
    <message>
        <location filename="../../app/ui/todo_page.py" line="45"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/todo_page.py" line="45"/>
        <source>Đến hạn hôm nay</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../app/ui/todo_page.py" line="46"/>
        <source>Đến hạn trong 7 ngày tới</source>
        <translation>Due in the next 7 days</translation>
    </message>
    <message>
        <location filename="../../app/ui/todo_page.py" line="46"/>
        <source>Tất cả việc chưa làm</source>
        <translation>Everything still to do</translation>
    </message>
    <message>
        <location filename="../../app/ui/todo_page.py" line="50"/>
        <source>&amp;Hiện</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../app/ui/todo_page.py" line="52"/>
        <source>Tải &amp;lại</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location filename="../../app/ui/todo_page.py" line="53"/>
        <source>&amp;Mở vụ việc (Enter)</source>
        <translation>&amp;Open the case (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/todo_page.py" line="71"/>
        <source>Các bước phải làm theo thời hạn luật định, tính theo ngày làm việc (trừ ngày nghỉ lễ, Tết).</source>
        <translation>Steps due by their legal terms, counted in working days (public holidays and Tết excluded).</translation>
    </message>
    <message>
        <location filename="../../app/ui/todo_page.py" line="133"/>
        <source> (hiện %1 việc đầu)</source>
        <translation> (showing the first %1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/todo_page.py" line="134"/>
        <source>%n việc</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/todo_page.py" line="136"/>
        <source>Không có việc nào quá hạn.</source>
        <translation>Nothing is overdue.</translation>
    </message>
    <message>
        <location filename="../../app/ui/todo_page.py" line="137"/>
        <source>Hôm nay không có việc nào đến hạn.</source>
        <translation>Nothing is due today.</translation>
    </message>
    <message>
        <location filename="../../app/ui/todo_page.py" line="138"/>
        <source>Trong tuần không có việc nào đến hạn.</source>
        <translation>Nothing is due this week.</translation>
    </message>
    <message>
        <location filename="../../app/ui/todo_page.py" line="139"/>
        <source>Không có việc nào chưa làm.</source>
        <translation>Nothing left to do.</translation>
    </message>
</context>
<context>
    <name>TodoTableModel</name>
    <message>
        <location filename="../../app/ui/models/todo_table.py" line="24"/>
        <source>Hạn</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/todo_table.py" line="24"/>
        <source>Còn</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/todo_table.py" line="24"/>
        <source>Việc cần làm</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/todo_table.py" line="24"/>
        <source>Vụ số</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/todo_table.py" line="25"/>
        <source>Đối tượng</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../app/ui/models/todo_table.py" line="34"/>
        <source>đang chờ</source>
        <translation>waiting</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/todo_table.py" line="39"/>
        <source>quá hạn %n ngày</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/models/todo_table.py" line="41"/>
        <source>hôm nay</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/models/todo_table.py" line="42"/>
        <source>còn %n ngày</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
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
    <name>TreasuryDialog</name>
    <message>
        <location filename="../../app/ui/outcome/treasury_dialog.py" line="15"/>
        <source>Kho bạc nhận tiền phạt</source>
        <translation>Treasury for fines</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/treasury_dialog.py" line="15"/>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/treasury_dialog.py" line="16"/>
        <source>In trên quyết định xử phạt (nơi nộp tiền phạt) và đề xuất sẵn khi lập quyết định.</source>
        <translation>Printed on decisions to sanction (where fines are paid) and offered when a decision is drafted.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/treasury_dialog.py" line="17"/>
        <source>&amp;Tên Kho bạc</source>
        <translation>Treasury &amp;name</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/treasury_dialog.py" line="18"/>
        <source>VD: Kho bạc Nhà nước khu vực VII</source>
        <translation>e.g. Kho bạc Nhà nước khu vực VII</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/treasury_dialog.py" line="19"/>
        <source>Đị&amp;a chỉ</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/treasury_dialog.py" line="21"/>
        <source>&amp;Số tài khoản</source>
        <translation>A&amp;ccount number</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/treasury_dialog.py" line="22"/>
        <source>Chữ số, có thể có dấu chấm, gạch nối: 7111.0.1054321</source>
        <translation>Digits, with dots or dashes if any: 7111.0.1054321</translation>
    </message>
</context>
<context>
    <name>ViolationsSection</name>
    <message>
        <location filename="../../app/ui/case_editor/violations_section.py" line="28"/>
        <source>Bỏ dấu hiệu tội phạm</source>
        <translation>Clear the signs of a crime</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/violations_section.py" line="29"/>
        <source>Vụ việc có hàng cấm: ghi lý do bỏ dấu hiệu tội phạm của hành vi này (lưu vào nhật ký cùng tên người sửa):</source>
        <translation>The case has prohibited goods: give the reason for clearing this violation&apos;s signs of a crime (kept in the audit log with the editor&apos;s name):</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/violations_section.py" line="40"/>
        <source>Vi phạm</source>
        <translation>Violations</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/violations_section.py" line="51"/>
        <source>Hành vi vi phạm (điểm, khoản, điều)</source>
        <translation>Violation (point, clause, article)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/violations_section.py" line="55"/>
        <source>Gõ số điều, khoản hoặc vài chữ, VD: 15 k1, nhap lau</source>
        <translation>Type the article and clause numbers or a few words, e.g. 15 k1, nhap lau</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/violations_section.py" line="59"/>
        <source>Loại vi phạm</source>
        <translation>Violation type</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/violations_section.py" line="65"/>
        <source>Mô tả hành vi</source>
        <translation>Description of the conduct</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/violations_section.py" line="68"/>
        <source>Mức phạt đề xuất
(đồng)</source>
        <translation>Proposed fine
(đồng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/violations_section.py" line="70"/>
        <source>Dấu hiệu
tội phạm</source>
        <translation>Signs of
a crime</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/violations_section.py" line="82"/>
        <source>Hàng cấm: có dấu hiệu tội phạm, cần xem xét chuyển cơ quan điều tra</source>
        <translation>Prohibited goods: signs of a crime; consider referral to the investigating authority</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/violations_section.py" line="129"/>
        <source>Chưa có khung phạt trong danh mục cho hành vi này.</source>
        <translation>The catalogue has no fine range for this violation yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/violations_section.py" line="130"/>
        <source>Khung phạt cá nhân: {lo} – {hi} đồng; tổ chức ×{m}</source>
        <translation>Fine range for individuals: {lo} – {hi} đồng; organisations ×{m}</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/violations_section.py" line="164"/>
        <source>Dòng {n}: </source>
        <translation>Row {n}: </translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/violations_section.py" line="169"/>
        <source>Mức phạt đề xuất {f} đồng nằm ngoài khung ({who}).</source>
        <translation>The proposed fine of {f} đồng is outside the range ({who}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/violations_section.py" line="170"/>
        <source>tổ chức</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/case_editor/violations_section.py" line="170"/>
        <source>cá nhân</source>
        <translation>individual</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../app/ui/outcome/closing.py" line="51"/>
        <source>Hủy bản ghi</source>
        <translation>Void a record</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/closing.py" line="51"/>
        <source>&amp;Hủy bản ghi</source>
        <translation>&amp;Void the record</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/closing.py" line="54"/>
        <source>Quyết định số %1 (cả văn bản đã in, giữ nguyên số)</source>
        <translation>Decision no. %1 (and its printed document, which keeps its number)</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/closing.py" line="56"/>
        <source>Bản ghi «%1» ngày %2</source>
        <translation>The record «%1» of %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/closing.py" line="57"/>
        <source> được giữ lại, đánh dấu đã hủy kèm lý do; sau khi hủy, ghi lại bản đúng.</source>
        <translation> is kept, marked void with the reason; after voiding, record the right one.</translation>
    </message>
    <message>
        <location filename="../../app/ui/outcome/closing.py" line="58"/>
        <source>&amp;Lý do hủy</source>
        <translation>&amp;Reason for voiding</translation>
    </message>
</context>
<context>
    <name>_Edit</name>
    <message>
        <location filename="../../app/ui/widgets/datetime_field.py" line="57"/>
        <source>chưa nhập</source>
        <translation>not entered</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/datetime_field.py" line="64"/>
        <source>Gõ số (ngày, tháng, năm{t}); phím N: {now}; Delete: để trống</source>
        <translation>Type digits (day, month, year{t}); N: {now}; Delete: blank</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/datetime_field.py" line="65"/>
        <source>, giờ, phút</source>
        <translation>, hour, minute</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/datetime_field.py" line="66"/>
        <source>bây giờ</source>
        <translation>now</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/datetime_field.py" line="66"/>
        <source>hôm nay</source>
        <translation>today</translation>
    </message>
</context>
</TS>
