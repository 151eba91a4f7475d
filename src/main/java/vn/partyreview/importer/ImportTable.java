package vn.partyreview.importer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The four tables of an import file, in the order they are written, with their columns. */
public enum ImportTable {
    ORGANIZATIONS("organizations",
            Column.required("code", Column.UNIT_CODE_LENGTH), Column.required("name", 255),
            Column.required("kind", 32), Column.optional("category", 32), Column.optional("parent_code", 64),
            Column.optional("established_on", 32)),
    BODIES("bodies",
            Column.required("code", Column.UNIT_CODE_LENGTH), Column.required("name", 255),
            Column.required("kind", 32), Column.required("organization_code", 64)),
    MEMBERS("members",
            Column.required("code", 64), Column.required("user_id", 64), Column.required("full_name", 255),
            Column.optional("gender", 8), Column.optional("birth_date", 32), Column.optional("official_cell", 64),
            Column.optional("temporary_cell", 64), Column.optional("residence_cell", 64),
            Column.optional("admitted_on", 32), Column.optional("status", 32),
            Column.optional("civil_servant", 16), Column.optional("transferred_in_on", 32),
            Column.optional("previous_cell", 255), Column.optional("positions", Integer.MAX_VALUE),
            Column.optional("probationary", 16), Column.optional("full_membership_on", 32),
            Column.optional("work_sector", 32)),
    COLLECTIVES("collectives",
            Column.required("code", 64), Column.required("name", 255), Column.required("unit_code", 64),
            Column.optional("head_code", 64), Column.optional("member_codes", Integer.MAX_VALUE));

    /**
     * A column of a table. A required column must be in the header and have a value in every row; maxLength keeps
     * values within the database columns.
     */
    public record Column(String name, boolean required, int maxLength) {

        /** Organisation and body codes become Camunda group ids "code.suffix" (at most 64 characters). */
        static final int UNIT_CODE_LENGTH = 50;

        static Column required(String name, int maxLength) {
            return new Column(name, true, maxLength);
        }

        static Column optional(String name, int maxLength) {
            return new Column(name, false, maxLength);
        }
    }

    private final String tableName;
    private final List<Column> columns;

    ImportTable(String tableName, Column... columns) {
        this.tableName = tableName;
        this.columns = List.of(columns);
    }

    /** The sheet name in a workbook, the file or part name of a CSV table. */
    public String tableName() {
        return tableName;
    }

    public List<Column> columns() {
        return columns;
    }

    public Optional<Column> column(String name) {
        return columns.stream().filter(column -> column.name().equals(name)).findFirst();
    }

    public static Optional<ImportTable> byName(String name) {
        return Arrays.stream(values()).filter(table -> table.tableName.equals(name)).findFirst();
    }

    /** Names of all tables, for messages. */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(ImportTable::tableName).toList());
    }
}
