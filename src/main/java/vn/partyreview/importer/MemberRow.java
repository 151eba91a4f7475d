package vn.partyreview.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.partyreview.member.MemberStatus;
import vn.partyreview.member.PositionRole;
import vn.partyreview.member.WorkSector;

/** A row of the members table; fields are null where the cell was empty or bad. */
record MemberRow(int row, String code, String userId, String fullName, String gender, LocalDate birthDate,
                 String officialCell, String temporaryCell, String residenceCell, LocalDate admittedOn,
                 MemberStatus status, boolean civilServant, LocalDate transferredInOn, String previousCell,
                 List<PositionItem> positions, boolean probationary, LocalDate fullMembershipOn,
                 WorkSector workSector) {

    /** One item of the positions cell, "ROLE@UNIT_CODE:Title". */
    record PositionItem(PositionRole role, String unitCode, String title) {
    }

    private static final Pattern POSITION = Pattern.compile("([^@:]+)@([^@:]+):(.+)");
    /** Length of member_position.title. */
    private static final int MAX_TITLE_LENGTH = 255;

    static MemberRow read(RowReader reader) {
        MemberStatus status = reader.choice("status", MemberStatus.class, "Tình trạng đảng viên");
        LocalDate admittedOn = reader.date("admitted_on");
        boolean probationary = reader.flag("probationary");
        List<PositionItem> positions = positions(reader);
        boolean civilServant = reader.flag("civil_servant");
        if (status == MemberStatus.NON_PARTY) {
            nonPartyLeader(reader, admittedOn, probationary, positions);
        } else {
            reader.require("official_cell");
            reader.require("admitted_on");
        }
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
                admittedOn,
                status == null ? MemberStatus.ACTIVE : status,
                civilServant,
                reader.date("transferred_in_on"),
                reader.text("previous_cell"),
                positions,
                probationary,
                fullMembershipOn(reader, admittedOn, probationary),
                workSector(reader, civilServant));
    }

    /** Phụ lục 4's sector, for a civil servant: a member outside the political system writes Mẫu 2C, no sector. */
    private static WorkSector workSector(RowReader reader, boolean civilServant) {
        WorkSector sector = reader.choice("work_sector", WorkSector.class, "Lĩnh vực công tác");
        if (sector != null && !civilServant) {
            reader.reject("work_sector", sector.name(), "Lĩnh vực công tác (Phụ lục 4) chỉ ghi cho cán bộ, công "
                    + "chức, viên chức (cột civil_servant là 'có')");
        }
        return sector;
    }

    /**
     * A leader who is not a party member [H B.I.2.2]: no cell, no admission, no party post, so that he is never a
     * member subject nor a voter.
     */
    private static void nonPartyLeader(RowReader reader, LocalDate admittedOn, boolean probationary,
                                       List<PositionItem> positions) {
        for (String column : List.of("official_cell", "temporary_cell", "residence_cell")) {
            String cell = reader.text(column);
            if (cell != null) {
                reader.reject(column, cell, "Người không phải đảng viên không sinh hoạt ở chi bộ nào");
            }
        }
        if (admittedOn != null) {
            reader.reject("admitted_on", admittedOn.toString(), "Người không phải đảng viên không có ngày kết nạp");
        }
        if (probationary) {
            reader.reject("probationary", "có", "Người không phải đảng viên không là đảng viên dự bị");
        }
        positions.stream().filter(position -> position.role().scope() != PositionRole.Scope.BODY)
                .forEach(position -> reader.reject("positions", position.role() + "@" + position.unitCode(),
                        "Người không phải đảng viên chỉ giữ chức vụ ở cơ quan, đoàn thể (BODY_HEAD, BODY_DEPUTY, "
                                + "BODY_MEMBER)"));
        if (positions.isEmpty()) {
            reader.reject("positions", "", "Người không phải đảng viên phải giữ ít nhất một chức vụ lãnh đạo");
        }
    }

    /** A probationary member has not been recognised as a full member yet; nobody is before their admission. */
    private static LocalDate fullMembershipOn(RowReader reader, LocalDate admittedOn, boolean probationary) {
        LocalDate on = reader.date("full_membership_on");
        if (on == null) {
            return null;
        }
        if (probationary) {
            reader.reject("full_membership_on", on.toString(), "Đảng viên dự bị chưa có ngày công nhận chính thức "
                    + "(để trống cột này hoặc ghi 'không' ở cột probationary)");
        } else if (admittedOn != null && on.isBefore(admittedOn)) {
            reader.reject("full_membership_on", on.toString(), "Ngày công nhận chính thức trước ngày kết nạp");
        }
        return on;
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
