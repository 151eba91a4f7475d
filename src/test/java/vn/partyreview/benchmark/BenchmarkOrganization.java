package vn.partyreview.benchmark;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A district of the benchmark's size as the importer's CSV tables: the district (BM-QU) with its own basic cell of
 * five officials (who suggest, appraise and decide for the wards), wards (BM-DU{w}) of {@code cellsPerWard} residential cells (BM-CB{w}-{c}) of {@code membersPerCell}
 * members. Every cell has a secretary and a deputy; each ward's first cell also holds the ward's secretary, office,
 * inspection, supervisor and a committee member. A ward's members are decided in one session of its committee, so
 * a ward holds at most 100 members (the ballot sheet's rows).
 */
record BenchmarkOrganization(int wards, int cellsPerWard, int membersPerCell) {

    static final String DISTRICT = "BM-QU";
    static final String PASSWORD = "bench-Password-1";
    private static final String DISTRICT_CELL = "BM-CBQ";
    private static final List<String> GIVEN = List.of("An", "Bình", "Cường", "Dũng", "Hà", "Hạnh", "Lan", "Long",
            "Mai", "Nam");

    BenchmarkOrganization {
        if (membersPerCell < 5 || cellsPerWard * membersPerCell > 100) {
            throw new IllegalArgumentException("5..100/cellsPerWard members per cell: " + membersPerCell);
        }
    }

    static BenchmarkOrganization of(int members, int cells, int cellsPerWard) {
        return new BenchmarkOrganization(Math.max(1, cells / cellsPerWard), cellsPerWard, members / cells);
    }

    int cells() {
        return wards * cellsPerWard;
    }

    /** The members reviewed: those of the wards' cells. */
    int members() {
        return cells() * membersPerCell;
    }

    String ward(int ward) {
        return "BM-DU" + ward;
    }

    String cellSecretary(int ward, int cell) {
        return userId(ward, cell, 0);
    }

    String plainMember(int ward, int cell) {
        return userId(ward, cell, membersPerCell - 1);
    }

    Map<String, InputStream> tables() {
        StringBuilder organizations = new StringBuilder("code,name,kind,category,parent_code,established_on\n")
                .append(DISTRICT).append(",Đảng bộ quận thử tải,DISTRICT_COMMITTEE,,,01/01/2004\n")
                .append(DISTRICT_CELL).append(",Chi bộ Cơ quan Quận ủy thử tải,BASIC_CELL,OTHER,")
                .append(DISTRICT).append(",01/01/2004\n");
        StringBuilder members = new StringBuilder(
                "code,user_id,full_name,official_cell,residence_cell,admitted_on,civil_servant,positions\n");
        List<String> districtPositions = List.of(
                "SECRETARY@BM-QU:Bí thư Quận ủy;STANDING_MEMBER@BM-QU:Ủy viên Ban Thường vụ;SECRETARY@BM-CBQ:Bí thư",
                "ORGANIZING_STAFF@BM-QU:Ban Tổ chức;OFFICE_STAFF@BM-QU:Văn phòng;DEPUTY_SECRETARY@BM-CBQ:Phó Bí thư",
                "INSPECTION_MEMBER@BM-QU:Ủy ban Kiểm tra;SUPERVISOR@BM-QU:Theo dõi tiến độ", "", "");
        for (int official = 0; official < districtPositions.size(); official++) {
            member(members, "BMQ-" + official, "bmq." + official, DISTRICT_CELL, districtPositions.get(official));
        }
        for (int ward = 0; ward < wards; ward++) {
            String wardCode = ward(ward);
            organizations.append(wardCode).append(",Đảng bộ phường thử tải ").append(ward)
                    .append(",BASIC_COMMITTEE,WARD_COMMITTEE,").append(DISTRICT).append(",01/01/2004\n");
            for (int cell = 0; cell < cellsPerWard; cell++) {
                String cellCode = "BM-CB" + ward + "-" + cell;
                organizations.append(cellCode).append(",Chi bộ thử tải ").append(ward).append('-').append(cell)
                        .append(",CELL,RESIDENTIAL,").append(wardCode).append(",01/01/2010\n");
                for (int member = 0; member < membersPerCell; member++) {
                    member(members, "BM" + ward + "-" + cell + "-" + member, userId(ward, cell, member), cellCode,
                            positions(member, cell == 0, cellCode, wardCode));
                }
            }
        }
        Map<String, InputStream> tables = new LinkedHashMap<>();
        tables.put("organizations", stream(organizations));
        tables.put("members", stream(members));
        return tables;
    }

    private static String positions(int member, boolean wardOfficials, String cellCode, String wardCode) {
        return switch (member) {
            case 0 -> "SECRETARY@" + cellCode + ":Bí thư chi bộ";
            case 1 -> "DEPUTY_SECRETARY@" + cellCode + ":Phó Bí thư chi bộ";
            case 2 -> wardOfficials ? "SECRETARY@" + wardCode + ":Bí thư Đảng ủy phường" : "";
            case 3 -> wardOfficials ? "OFFICE_STAFF@" + wardCode + ":Văn phòng Đảng ủy;INSPECTION_MEMBER@" + wardCode
                    + ":Ủy ban Kiểm tra;SUPERVISOR@" + wardCode + ":Theo dõi tiến độ" : "";
            case 4 -> wardOfficials ? "COMMITTEE_MEMBER@" + wardCode + ":Đảng ủy viên" : "";
            default -> "";
        };
    }

    private static void member(StringBuilder members, String code, String userId, String cellCode, String positions) {
        members.append(code).append(',').append(userId).append(",Nguyễn Văn ")
                .append(GIVEN.get(Math.floorMod(code.hashCode(), GIVEN.size()))).append(',').append(cellCode)
                .append(',').append(cellCode).append(",01/02/2001,không,").append(positions).append('\n');
    }

    private static String userId(int ward, int cell, int member) {
        return "bm" + ward + "-" + cell + "." + member;
    }

    private static InputStream stream(StringBuilder csv) {
        return new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
