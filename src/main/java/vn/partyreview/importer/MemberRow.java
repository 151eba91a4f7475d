package vn.partyreview.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.partyreview.member.MemberStatus;
import vn.partyreview.member.PositionRole;

/** A row of the members table; fields are null where the cell was empty or bad. */
record MemberRow(int row, String code, String userId, String fullName, String gender, LocalDate birthDate,
                 String officialCell, String temporaryCell, String residenceCell, LocalDate admittedOn,
                 MemberStatus status, boolean civilServant, LocalDate transferredInOn, String previousCell,
                 List<PositionItem> positions) {

    /** One item of the positions cell, "ROLE@UNIT_CODE:Title". */
    record PositionItem(PositionRole role, String unitCode, String title) {
    }

    private static final Pattern POSITION = Pattern.compile("([^@:]+)@([^@:]+):(.+)");
    /** Length of member_position.title. */
    private static final int MAX_TITLE_LENGTH = 255;

    static MemberRow read(RowReader reader) {
        MemberStatus status = reader.choice("status", MemberStatus.class, "Tình trạng đảng viên");
        return new MemberRow(reader.row(),
                reader.text("code"),
                reader.text("user_id", "[a-zA-Z0-9._-]+",
                        "Tên đăng nhập không hợp lệ '%s' (chỉ dùng chữ không dấu, chữ số, dấu chấm, gạch dưới, "
                                + "gạch ngang)"),
                reader.text("full_name"),
                reader.text("gender"),
                reader.date("birth_date"),
                reader.text("official_cell"),
                reader.text("temporary_cell"),
                reader.text("residence_cell"),
                reader.date("admitted_on"),
                status == null ? MemberStatus.ACTIVE : status,
                reader.flag("civil_servant"),
                reader.date("transferred_in_on"),
                reader.text("previous_cell"),
                positions(reader));
    }

    private static List<PositionItem> positions(RowReader reader) {
        List<PositionItem> positions = new ArrayList<>();
        for (String item : reader.items("positions")) {
            Matcher matcher = POSITION.matcher(item);
            if (!matcher.matches() || matcher.group(2).isBlank() || matcher.group(3).isBlank()) {
                reader.reject("positions", item,
                        "Chức vụ không đúng dạng '" + item + "' (dùng VAI_TRÒ@MÃ_ĐƠN_VỊ:Chức danh)");
                continue;
            }
            String title = matcher.group(3).strip();
            if (title.length() > MAX_TITLE_LENGTH) {
                reader.reject("positions", item, "Chức danh dài quá " + MAX_TITLE_LENGTH + " ký tự");
            }
            PositionRole role = reader.choice("positions", matcher.group(1), PositionRole.class, "Vai trò");
            if (role != null) {
                positions.add(new PositionItem(role, matcher.group(2).strip(), title));
            }
        }
        return positions;
    }
}
