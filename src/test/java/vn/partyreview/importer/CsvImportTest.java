package vn.partyreview.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.partyreview.collective.LeadershipCollective;
import vn.partyreview.identity.InitialPasswords;
import vn.partyreview.member.MemberStatus;
import vn.partyreview.member.PartyMember;
import vn.partyreview.member.PositionRole;
import vn.partyreview.organization.CellCategory;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationKind;

class CsvImportTest extends ImportTestBase {

    @Test
    void importsAGoodCsvSetWithItsCamundaUsersAndGroups() {
        Snapshot before = snapshot();

        ImportResult result = importService.importCsv(csvSet("good"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.counts()).containsExactly(Map.entry("organizations", 3), Map.entry("bodies", 1),
                Map.entry("members", 3), Map.entry("collectives", 2));
        assertThat(result.createdUsers()).extracting(CreatedUser::userId)
                .containsExactlyInAnyOrder("csv.nva", "csv.ttb", "csv.lvc");
        CreatedUser an = result.createdUsers().stream().filter(user -> user.userId().equals("csv.nva"))
                .findFirst().orElseThrow();
        assertThat(identityService.checkPassword("csv.nva", an.initialPassword())).isTrue();
        Snapshot after = snapshot();
        assertThat(after.organizations()).isEqualTo(before.organizations() + 3);
        assertThat(after.users()).isEqualTo(before.users() + 3);

        assertThat(usersOf("CSV-CB-TDP01.members")).containsExactly("csv.nva", "csv.ttb");
        assertThat(usersOf("CSV-CB-TDP01.committee")).containsExactly("csv.nva", "csv.ttb");
        assertThat(usersOf("CSV-CB-TDP02.members")).containsExactly("csv.lvc");
        assertThat(usersOf("CSV-MTTQ-GB.head")).containsExactly("csv.nva");
        assertThat(identityService.createGroupQuery().groupId("CSV-DU-GB.standing").count()).isOne();
        // in a transaction: the stored entities have lazy associations
        transaction.executeWithoutResult(status -> assertEveryColumnOfTheGoodSetIsStored());
    }

    private void assertEveryColumnOfTheGoodSetIsStored() {
        Organization cell = organizations.findByCode("CSV-CB-TDP01").orElseThrow();
        assertThat(cell.getParent().getCode()).isEqualTo("CSV-DU-GB");
        assertThat(cell.getKind()).isEqualTo(OrganizationKind.CELL);
        assertThat(cell.getCategory()).isEqualTo(CellCategory.RESIDENTIAL);
        assertThat(cell.getEstablishedOn()).isEqualTo(LocalDate.of(2010, 3, 15));
        assertThat(bodies.findByCode("CSV-MTTQ-GB").orElseThrow().getOrganization().getCode())
                .isEqualTo("CSV-DU-GB");

        PartyMember an = members.findByUserId("csv.nva").orElseThrow();
        assertThat(an.getFullName()).isEqualTo("Nguyễn Văn An");
        assertThat(an.isCivilServant()).isTrue();
        assertThat(an.getStatus()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(an.getResidenceCell().getCode()).isEqualTo("CSV-CB-TDP01");
        assertThat(an.getPositions()).extracting(position -> position.getRole() + "@" + position.getUnitCode()
                + ":" + position.getTitle()).containsExactly("SECRETARY@CSV-CB-TDP01:Bí thư chi bộ",
                "BODY_HEAD@CSV-MTTQ-GB:Chủ tịch UB MTTQ phường");
        PartyMember binh = members.findByUserId("csv.ttb").orElseThrow();
        assertThat(binh.getStatus()).isEqualTo(MemberStatus.COMMITTEE_SUSPENDED);
        assertThat(binh.getBirthDate()).isEqualTo(LocalDate.of(1980, 9, 2));
        assertThat(binh.getTemporaryCell().getCode()).isEqualTo("CSV-CB-TDP02");
        assertThat(binh.getTransferredInOn()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(binh.getPreviousCell()).isEqualTo("Chi bộ Trường THCS, quận Long Biên");
        assertThat(binh.getPositions()).extracting(position -> position.getRole())
                .containsExactly(PositionRole.COMMITTEE_MEMBER);
        assertThat(an.isProbationary()).isFalse();
        assertThat(an.getFullMembershipOn()).isEqualTo(LocalDate.of(1996, 6, 1));
        assertThat(binh.hasVote()).as("an empty probationary cell is a full member").isTrue();
        PartyMember cuong = members.findByUserId("csv.lvc").orElseThrow();
        assertThat(cuong.isProbationary()).isTrue();
        assertThat(cuong.hasVote()).isFalse();
        assertThat(cuong.probationEndsOn()).isEqualTo(LocalDate.of(2027, 1, 10));

        LeadershipCollective committee = collectives.findByCodeIn(List.of("CSV-TT-CB01")).get(0);
        assertThat(committee.getOrganization().getCode()).isEqualTo("CSV-CB-TDP01");
        assertThat(committee.getHead().getCode()).isEqualTo("CSV-M001");
        assertThat(committee.getMembers()).extracting(PartyMember::getCode)
                .containsExactlyInAnyOrder("CSV-M001", "CSV-M002");
        LeadershipCollective mttq = collectives.findByCodeIn(List.of("CSV-TT-MTTQ")).get(0);
        assertThat(mttq.getBody().getCode()).isEqualTo("CSV-MTTQ-GB");
    }

    @Test
    void rejectsUnknownParents() {
        Snapshot before = snapshot();

        ImportResult result = importService.importCsv(csvSet("unknown-parent"));

        assertThat(places(result)).containsExactly("organizations:3:parent_code", "organizations:5:parent_code");
        assertThat(result.errors().get(0).value()).isEqualTo("UP-KHONGCO");
        assertThat(result.errors().get(0).message()).isEqualTo("Không tìm thấy tổ chức cấp trên 'UP-KHONGCO'");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void rejectsDuplicateCodesAndUserIdsInTheFileAndInTheDatabase() {
        if (organizations.findByCode("DUP-EXISTING").isEmpty()) {
            organizations.save(new Organization("DUP-EXISTING", "Chi bộ đã có", OrganizationKind.BASIC_CELL,
                    null, null, null));
        }
        Snapshot before = snapshot();

        ImportResult result = importService.importCsv(csvSet("duplicate-code"));

        assertThat(result.errors()).extracting(error -> error.table() + ":" + error.row() + ":" + error.column()
                + " " + error.message()).containsExactly(
                "organizations:4:code Mã 'DUP-CB1' bị trùng với dòng 3",
                "organizations:5:code Mã 'DUP-EXISTING' đã có trong hệ thống",
                "members:3:user_id Tên đăng nhập 'dup.a' bị trùng với dòng 2",
                "members:4:code Mã 'DUP-M1' bị trùng với dòng 2",
                "members:5:user_id Tên đăng nhập 'admin' đã có trong hệ thống");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void rejectsUnparsableAndMissingDates() {
        Snapshot before = snapshot();

        ImportResult result = importService.importCsv(csvSet("bad-date"));

        assertThat(places(result)).containsExactlyInAnyOrder("organizations:2:established_on",
                "members:2:birth_date", "members:2:admitted_on", "members:3:birth_date", "members:4:admitted_on");
        assertThat(result.errors()).anySatisfy(error -> {
            assertThat(error.value()).isEqualTo("31/02/2020");
            assertThat(error.message()).isEqualTo("Ngày không hợp lệ '31/02/2020' (dùng dd/MM/yyyy)");
        });
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void rejectsProbationDatesThatContradictTheRecord() {
        Snapshot before = snapshot();

        ImportResult result = importService.importCsv(csvSet("bad-probation"));

        assertThat(result.errors()).extracting(error -> error.table() + ":" + error.row() + ":" + error.column()
                + " " + error.message()).containsExactly(
                "members:2:full_membership_on Đảng viên dự bị chưa có ngày công nhận chính thức (để trống cột này "
                        + "hoặc ghi 'không' ở cột probationary)",
                "members:3:full_membership_on Ngày công nhận chính thức trước ngày kết nạp",
                "members:4:probationary Giá trị không hợp lệ 'chắc' (dùng có hoặc không)",
                "members:5:full_membership_on Ngày không hợp lệ '31/02/2011' (dùng dd/MM/yyyy)");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void importsALeaderWhoIsNotAPartyMemberWithNoCellAndOnlyHisBodysGroups() {
        ImportResult result = importService.importCsv(csvSet("non-party-good"));

        assertThat(result.errors()).isEmpty();
        assertThat(usersOf("NG-UBND.leaders")).containsExactly("ng.b");
        assertThat(usersOf("NG-CB.members")).containsExactly("ng.a");
        assertThat(identityService.createGroupQuery().groupMember("ng.b").list()).extracting(group -> group.getId())
                .containsExactly("NG-UBND.leaders");
        transaction.executeWithoutResult(status -> {
            PartyMember leader = members.findByCodeIn(List.of("NG-L1")).get(0);
            assertThat(leader.isPartyMember()).isFalse();
            assertThat(leader.getOfficialCell()).isNull();
            assertThat(leader.getAdmittedOn()).isNull();
        });
    }

    @Test
    void aNonPartyLeaderHasNoCellNoAdmissionNoPartyPostAndEveryoneElseACellAndAnAdmission() {
        Snapshot before = snapshot();

        ImportResult result = importService.importCsv(csvSet("non-party"));

        assertThat(result.errors()).extracting(error -> error.table() + ":" + error.row() + ":" + error.column()
                + " " + error.message()).containsExactlyInAnyOrder(
                "members:3:official_cell Người không phải đảng viên không sinh hoạt ở chi bộ nào",
                "members:4:admitted_on Người không phải đảng viên không có ngày kết nạp",
                "members:4:probationary Người không phải đảng viên không là đảng viên dự bị",
                "members:4:positions Người không phải đảng viên chỉ giữ chức vụ ở cơ quan, đoàn thể (BODY_HEAD, "
                        + "BODY_DEPUTY, BODY_MEMBER)",
                "members:5:positions Người không phải đảng viên phải giữ ít nhất một chức vụ lãnh đạo",
                "members:6:official_cell Thiếu giá trị bắt buộc",
                "members:6:admitted_on Thiếu giá trị bắt buộc");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void importsTheSectorOfACivilServantWithoutAPostAndLeavesItEmptyWhereNotGiven() {
        ImportResult result = importService.importCsv(csvSet("sector"));

        assertThat(result.errors()).isEmpty();
        transaction.executeWithoutResult(status -> assertThat(members.findByCodeIn(List.of("WS-M1", "WS-M2",
                "WS-M3"))).extracting(member -> member.getCode() + ":" + member.getWorkSector())
                .containsExactlyInAnyOrder("WS-M1:PUBLIC_UNIT", "WS-M2:null", "WS-M3:null"));
    }

    @Test
    void rejectsAnUnknownSectorAndASectorOutsideThePoliticalSystemImportingNothing() {
        Snapshot before = snapshot();

        ImportResult result = importService.importCsv(csvSet("bad-sector"));

        assertThat(result.errors()).extracting(error -> error.table() + ":" + error.row() + ":" + error.column()
                + " " + error.message()).containsExactly(
                "members:2:work_sector Lĩnh vực công tác không hợp lệ 'GIAO_DUC' (dùng PARTY_ADVISORY, "
                        + "STATE_ADMINISTRATION, ELECTED_BODY, FRONT_MASS_ORGANIZATION, ARMED_FORCES, JUSTICE, "
                        + "PUBLIC_UNIT, STATE_ENTERPRISE, ASSOCIATION)",
                "members:3:work_sector Lĩnh vực công tác (Phụ lục 4) chỉ ghi cho cán bộ, công chức, viên chức "
                        + "(cột civil_servant là 'có')");
        assertThat(snapshot()).isEqualTo(before);
        assertThat(organizations.findByCode("BS-DU")).isEmpty();
    }

    @Test
    void rejectsAnUnknownCategory() {
        Snapshot before = snapshot();

        ImportResult result = importService.importCsv(csvSet("unknown-category"));

        assertThat(places(result)).containsExactly("organizations:3:category");
        assertThat(result.errors().get(0).message()).startsWith("Loại chi bộ không hợp lệ 'TRUONG_HOC' (dùng ");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void listsEveryErrorOfAFileWithManyKindsOfErrors() {
        Snapshot before = snapshot();

        ImportResult result = importService.importCsv(csvSet("many-errors"));

        assertThat(places(result)).containsExactlyInAnyOrder(
                "organizations:3:parent_code", // cycle ME-A -> ME-B -> ME-A
                "organizations:4:parent_code", // parent is a cell
                "organizations:5:name",
                "organizations:5:kind",
                "organizations:6:code", // characters not allowed in a group id
                "organizations:7:parent_code", // a CELL needs a parent
                "bodies:1:note", // unknown column
                "bodies:2:organization_code",
                "members:2:user_id",
                "members:2:official_cell", // not a cell
                "members:2:status",
                "members:2:civil_servant",
                "members:2:positions", // malformed
                "members:3:official_cell", // missing
                "members:3:positions", // unknown role
                "members:3:positions", // unknown body
                "collectives:2:unit_code",
                "collectives:2:head_code",
                "collectives:2:member_codes");
        assertThat(result.errors()).extracting(ImportError::message).contains(
                "Vòng lặp tổ chức cấp trên: ME-A → ME-B → ME-A",
                "Cột không hợp lệ 'note' (dùng code, name, kind, organization_code)",
                "'ME-DU' không phải là chi bộ",
                "Chức vụ không đúng dạng 'SECRETARY-ME-DU' (dùng VAI_TRÒ@MÃ_ĐƠN_VỊ:Chức danh)",
                "Không tìm thấy cơ quan, đoàn thể 'ME-MTTQ'",
                "Không tìm thấy đảng viên 'ME-M8'",
                "Thiếu giá trị bắt buộc");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void rollsBackEverythingWhenProvisioningFails() {
        Snapshot before = snapshot();
        Map<String, InputStream> files = Map.of(
                "organizations", csv("code,name,kind\nRB-CB,Chi bộ cơ sở R,BASIC_CELL\n"),
                "members", csv("code,user_id,full_name,official_cell,admitted_on\n"
                        + "RB-M1,rb.a,Đỗ Văn A,RB-CB,2001-01-01\n"));

        assertThatThrownBy(() -> importService.importCsv(files, () -> {
            throw new IllegalStateException("password store down");
        })).hasMessage("password store down");

        assertThat(snapshot()).isEqualTo(before);
        assertThat(organizations.findByCode("RB-CB")).isEmpty();
    }

    @Test
    void refusesATableWithAnUnknownNameAndAFileThatIsNotUtf8() {
        assertThatThrownBy(() -> importService.importCsv(Map.of("member", csv("code\n"))))
                .isInstanceOf(ImportFileException.class)
                .hasMessage("Bảng không hợp lệ 'member' (dùng organizations, bodies, members, collectives)");
        byte[] windows1258 = {'c', 'o', 'd', 'e', '\n', 'T', (byte) 0xEA, 'n', '\n'};
        assertThatThrownBy(() -> importService.importCsv(
                Map.of("organizations", new ByteArrayInputStream(windows1258)), InitialPasswords.fixed("x")))
                .isInstanceOf(ImportFileException.class)
                .hasMessage("Tệp CSV 'organizations' không được lưu bằng bảng mã UTF-8");
    }

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
