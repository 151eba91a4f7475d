package vn.partyreview.importer;

import java.time.LocalDate;
import vn.partyreview.organization.CellCategory;
import vn.partyreview.organization.OrganizationKind;

/** A row of the organizations table; fields are null where the cell was empty or bad. */
record OrganizationRow(int row, String code, String name, OrganizationKind kind, CellCategory category,
                       String parentCode, LocalDate establishedOn) {

    /** Organisation and body codes become Camunda group ids, which allow only these characters. */
    static final String UNIT_CODE_PATTERN = "[a-zA-Z0-9._-]+";
    static final String BAD_UNIT_CODE =
            "Mã không hợp lệ '%s' (chỉ dùng chữ không dấu, chữ số, dấu chấm, gạch dưới, gạch ngang)";

    static OrganizationRow read(RowReader reader) {
        return new OrganizationRow(reader.row(),
                reader.text("code", UNIT_CODE_PATTERN, BAD_UNIT_CODE),
                reader.text("name"),
                reader.choice("kind", OrganizationKind.class, "Loại tổ chức"),
                reader.choice("category", CellCategory.class, "Loại chi bộ"),
                reader.text("parent_code"),
                reader.date("established_on"));
    }
}
