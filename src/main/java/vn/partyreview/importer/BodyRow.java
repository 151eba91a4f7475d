package vn.partyreview.importer;

import vn.partyreview.organization.BodyKind;

/** A row of the bodies table; fields are null where the cell was empty or bad. */
record BodyRow(int row, String code, String name, BodyKind kind, String organizationCode) {

    static BodyRow read(RowReader reader) {
        return new BodyRow(reader.row(),
                reader.text("code", OrganizationRow.UNIT_CODE_PATTERN, OrganizationRow.BAD_UNIT_CODE),
                reader.text("name"),
                reader.choice("kind", BodyKind.class, "Loại cơ quan, đoàn thể"),
                reader.text("organization_code"));
    }
}
