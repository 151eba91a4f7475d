package vn.partyreview.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.partyreview.member.PositionRole;
import vn.partyreview.organization.OrganizationKind;

/**
 * Checks across rows and against the database: unique codes and user ids, references that resolve (in the file or
 * the database), cells where a cell is needed, no cycle in the parent chain.
 */
class ImportValidator {

    private record Place(ImportTable table, int row) {
    }

    private final ImportBatch batch;
    private final ExistingRecords existing;
    private final ImportErrors errors;
    /** First row of each code; a repeated code is reported as a duplicate. */
    private final Map<String, OrganizationRow> fileOrganizations = new HashMap<>();
    private final Set<String> fileBodies = new HashSet<>();
    private final Set<String> fileMembers = new HashSet<>();

    ImportValidator(ImportBatch batch, ExistingRecords existing, ImportErrors errors) {
        this.batch = batch;
        this.existing = existing;
        this.errors = errors;
        batch.organizations().stream().filter(row -> row.code() != null)
                .forEach(row -> fileOrganizations.putIfAbsent(row.code(), row));
        batch.bodies().stream().map(BodyRow::code).filter(code -> code != null).forEach(fileBodies::add);
        batch.members().stream().map(MemberRow::code).filter(code -> code != null).forEach(fileMembers::add);
    }

    void validate() {
        checkUniqueness();
        batch.organizations().forEach(this::checkParent);
        batch.bodies().forEach(row -> checkOrganization(ImportTable.BODIES, row.row(), "organization_code",
                row.organizationCode()));
        batch.members().forEach(this::checkMemberReferences);
        batch.collectives().forEach(this::checkCollectiveReferences);
    }

    private void checkUniqueness() {
        // Organisations and bodies share one code space: both name Camunda groups and collectives' units.
        Map<String, Place> unitCodes = new HashMap<>();
        for (OrganizationRow row : batch.organizations()) {
            unique(ImportTable.ORGANIZATIONS, row.row(), "code", row.code(), unitCodes, isExistingUnit(row.code()),
                    "Mã");
        }
        for (BodyRow row : batch.bodies()) {
            unique(ImportTable.BODIES, row.row(), "code", row.code(), unitCodes, isExistingUnit(row.code()), "Mã");
        }
        Map<String, Place> memberCodes = new HashMap<>();
        Map<String, Place> userIds = new HashMap<>();
        for (MemberRow row : batch.members()) {
            unique(ImportTable.MEMBERS, row.row(), "code", row.code(), memberCodes,
                    existing.members().containsKey(row.code()), "Mã");
            unique(ImportTable.MEMBERS, row.row(), "user_id", row.userId(), userIds,
                    existing.userIds().contains(row.userId()), "Tên đăng nhập");
        }
        Map<String, Place> collectiveCodes = new HashMap<>();
        for (CollectiveRow row : batch.collectives()) {
            unique(ImportTable.COLLECTIVES, row.row(), "code", row.code(), collectiveCodes,
                    existing.collectiveCodes().contains(row.code()), "Mã");
        }
    }

    private void unique(ImportTable table, int row, String column, String value, Map<String, Place> seen,
                        boolean inDatabase, String label) {
        if (value == null) {
            return;
        }
        Place first = seen.putIfAbsent(value, new Place(table, row));
        if (first != null) {
            String where = first.table() == table
                    ? "dòng " + first.row() : "dòng " + first.row() + " của bảng " + first.table().tableName();
            errors.add(table, row, column, value, label + " '" + value + "' bị trùng với " + where);
        } else if (inDatabase) {
            errors.add(table, row, column, value, label + " '" + value + "' đã có trong hệ thống");
        }
    }

    private void checkParent(OrganizationRow row) {
        String parent = row.parentCode();
        if (parent == null) {
            if (row.kind() == OrganizationKind.CELL) {
                reject(row, "", "Chi bộ trực thuộc phải có tổ chức cấp trên");
            }
        } else if (!isOrganization(parent)) {
            reject(row, parent, "Không tìm thấy tổ chức cấp trên '" + parent + "'");
        } else if (isCell(parent)) {
            reject(row, parent, "Tổ chức cấp trên '" + parent + "' là chi bộ, không có tổ chức trực thuộc");
        } else {
            checkNoCycle(row);
        }
    }

    /** Follows the parents inside the file; a chain that comes back to the row is a cycle. */
    private void checkNoCycle(OrganizationRow row) {
        List<String> chain = new ArrayList<>(List.of(row.code() == null ? "" : row.code()));
        Set<String> visited = new HashSet<>(chain);
        String parent = row.parentCode();
        while (parent != null && fileOrganizations.containsKey(parent)) {
            chain.add(parent);
            if (parent.equals(row.code())) {
                reject(row, row.parentCode(), "Vòng lặp tổ chức cấp trên: " + String.join(" → ", chain));
                return;
            }
            if (!visited.add(parent)) {
                return; // a cycle further up, reported on its own rows
            }
            parent = fileOrganizations.get(parent).parentCode();
        }
    }

    private void reject(OrganizationRow row, String value, String message) {
        errors.add(ImportTable.ORGANIZATIONS, row.row(), "parent_code", value, message);
    }

    private void checkMemberReferences(MemberRow row) {
        checkCell(row.row(), "official_cell", row.officialCell());
        checkCell(row.row(), "temporary_cell", row.temporaryCell());
        checkCell(row.row(), "residence_cell", row.residenceCell());
        for (MemberRow.PositionItem position : row.positions()) {
            String unit = position.unitCode();
            if (position.role().scope() == PositionRole.Scope.ORGANIZATION) {
                checkOrganization(ImportTable.MEMBERS, row.row(), "positions", unit);
            } else if (!isBody(unit)) {
                errors.add(ImportTable.MEMBERS, row.row(), "positions", unit,
                        "Không tìm thấy cơ quan, đoàn thể '" + unit + "'");
            }
        }
    }

    private void checkCell(int row, String column, String code) {
        if (code == null) {
            return;
        }
        if (!isOrganization(code)) {
            errors.add(ImportTable.MEMBERS, row, column, code, "Không tìm thấy chi bộ '" + code + "'");
        } else if (!isCell(code) && kindOf(code) != null) {
            errors.add(ImportTable.MEMBERS, row, column, code, "'" + code + "' không phải là chi bộ");
        }
    }

    private void checkOrganization(ImportTable table, int row, String column, String code) {
        if (code != null && !isOrganization(code)) {
            errors.add(table, row, column, code, "Không tìm thấy tổ chức '" + code + "'");
        }
    }

    private void checkCollectiveReferences(CollectiveRow row) {
        String unit = row.unitCode();
        if (unit != null && !isOrganization(unit) && !isBody(unit)) {
            errors.add(ImportTable.COLLECTIVES, row.row(), "unit_code", unit,
                    "Không tìm thấy tổ chức hoặc cơ quan, đoàn thể '" + unit + "'");
        }
        checkMember(row.row(), "head_code", row.headCode());
        row.memberCodes().forEach(code -> checkMember(row.row(), "member_codes", code));
    }

    private void checkMember(int row, String column, String code) {
        if (code != null && !fileMembers.contains(code) && !existing.members().containsKey(code)) {
            errors.add(ImportTable.COLLECTIVES, row, column, code, "Không tìm thấy đảng viên '" + code + "'");
        }
    }

    private boolean isExistingUnit(String code) {
        return existing.organizations().containsKey(code) || existing.bodies().containsKey(code);
    }

    private boolean isOrganization(String code) {
        return fileOrganizations.containsKey(code) || existing.organizations().containsKey(code);
    }

    private boolean isBody(String code) {
        return fileBodies.contains(code) || existing.bodies().containsKey(code);
    }

    /** Kind of a known organisation; null when the file gave a bad kind (already reported). */
    private OrganizationKind kindOf(String code) {
        OrganizationRow row = fileOrganizations.get(code);
        return row != null ? row.kind() : existing.organizations().get(code).getKind();
    }

    private boolean isCell(String code) {
        OrganizationKind kind = kindOf(code);
        return kind != null && kind.isCell();
    }
}
