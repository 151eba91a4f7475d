package vn.partyreview.importer;

import java.util.List;

/** A row of the collectives table; fields are null where the cell was empty or bad. */
record CollectiveRow(int row, String code, String name, String unitCode, String headCode, List<String> memberCodes) {

    static CollectiveRow read(RowReader reader) {
        return new CollectiveRow(reader.row(),
                reader.text("code"),
                reader.text("name"),
                reader.text("unit_code"),
                reader.text("head_code"),
                reader.items("member_codes"));
    }
}
